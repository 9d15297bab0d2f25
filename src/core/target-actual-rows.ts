/**
 * Plans that give each initiative a row of targets and a row of actuals, told apart by a column of their own
 * ("区分": 目標 / 実績), with a column per year ("R3年度", "R4年度", …). A target row and the actual row under it are
 * read as one row would be in a plan with target and actual columns, each value from its own cell.
 */
import type { Grid } from './grid';
import type { PlanColumn } from './model';
import { cellText } from './cell-text';
import { normalizeText } from './quantity';
import type { FiscalYear } from './quantity-types';
import { headerWords } from './header-words';

export type RowKind = 'target' | 'actual';

/** The words of a 区分 cell, as headerWords leaves them (lower case, no brackets' notes or decorations). */
const TARGET_KIND_WORDS: ReadonlySet<string> = new Set(['目標', '目標値', '数値目標', '目標数値', '計画', '計画値', 'target', 'targets', 'goal', 'plan']);
const ACTUAL_KIND_WORDS: ReadonlySet<string> = new Set(['実績', '実績値', '実績数値', '実績見込', '実績見込み', '見込', '見込み', 'actual', 'actuals', 'result', 'results']);

/** Rows looked at to find the column of kinds: enough for a plan's first initiatives, few enough to cost nothing. */
const SAMPLE_ROWS = 200;

/** What a 区分 cell says its row holds, or null for anything else ("達成率", a name, a blank). */
export function rowKindOf(text: string): RowKind | null {
  if (text === '' || text.length > 12) return null;
  const words = headerWords(text);
  if (TARGET_KIND_WORDS.has(words)) return 'target';
  if (ACTUAL_KIND_WORDS.has(words)) return 'actual';
  return null;
}

export interface YearColumn {
  readonly index: number;
  readonly header: string;
  readonly year: FiscalYear;
}

export interface TargetActualRows {
  /** 0-based grid column of the kinds. */
  readonly kindColumn: number;
  readonly kindHeader: string;
  /** The columns of a year each, in the order of the sheet. */
  readonly years: readonly YearColumn[];
}

/** A header that is a year and nothing else, alone or under a heading ("R3年度", "年度別 R3年度"). */
function yearOf(column: PlanColumn): FiscalYear | null {
  if (column.year === null) return null;
  const last = normalizeText(column.header).trim().split(/\s+/u).pop() ?? '';
  return headerWords(column.header) === '' || headerWords(last) === '' ? column.year : null;
}

/**
 * The column of kinds and the year columns, when the rows under the header are targets and actuals in turn: a column
 * whose cells are mostly 目標 and 実績 (both present), and at least one column headed by a year alone. Null otherwise,
 * as for nearly every plan.
 */
export function targetActualRowsOf(grid: Grid, columns: readonly PlanColumn[], firstRow: number, headerRow: number): TargetActualRows | null {
  const years: YearColumn[] = [];
  for (const column of columns) {
    const year = yearOf(column);
    if (year !== null) years.push({ index: column.index, header: column.header, year });
  }
  if (years.length === 0) return null;
  const last = Math.min(grid.cells.length, firstRow + SAMPLE_ROWS);
  let width = 0;
  for (let row = firstRow; row < last; row++) width = Math.max(width, grid.cells[row]?.length ?? 0);
  for (let col = 0; col < width; col++) {
    if (years.some((y) => y.index === col)) continue;
    let targets = 0;
    let actuals = 0;
    let others = 0;
    for (let row = firstRow; row < last; row++) {
      const text = cellText(grid.cells[row]?.[col] ?? null).trim();
      if (text === '') continue;
      const kind = rowKindOf(text);
      if (kind === 'target') targets++;
      else if (kind === 'actual') actuals++;
      else others++;
    }
    // Mostly kinds: a column of names that holds "計画" once is no column of kinds.
    if (targets > 0 && actuals > 0 && (targets + actuals) >= 3 * others) {
      return { kindColumn: col, kindHeader: cellText(grid.cells[headerRow]?.[col] ?? null).trim(), years };
    }
  }
  return null;
}

/** The latest year with an actual written in any actual row: the year a progress report is made for. */
export function latestYearWithActuals(grid: Grid, layout: TargetActualRows, firstRow: number): FiscalYear | null {
  let latest: FiscalYear | null = null;
  for (let row = firstRow; row < grid.cells.length; row++) {
    const cells = grid.cells[row];
    if (cells === undefined || rowKindOf(cellText(cells[layout.kindColumn] ?? null).trim()) !== 'actual') continue;
    for (const column of layout.years) {
      if ((latest === null || column.year > latest) && cellText(cells[column.index] ?? null).trim() !== '') latest = column.year;
    }
  }
  return latest;
}

/** Rows looked past a target row for its actual row: a row of rates or notes may stand between. */
const PAIR_REACH = 3;

/**
 * The actual row read with the target row at `row`: the next row of actuals within reach, of the same initiative (its
 * name and number blank, merged with the target row's or the same), before any other target row. -1 when none.
 */
export function pairedActualRow(
  grid: Grid, layout: TargetActualRows, row: number, text: (row: number, col: number) => string, nameColumn: number, idColumn: number,
): number {
  const last = Math.min(grid.cells.length - 1, row + PAIR_REACH);
  for (let r = row + 1; r <= last; r++) {
    const kind = rowKindOf(text(r, layout.kindColumn));
    if (kind === 'target') return -1;
    if (kind !== 'actual') continue;
    const sameAs = (col: number): boolean => {
      if (col < 0) return true;
      const own = text(r, col);
      return own === '' || own === text(row, col);
    };
    return sameAs(nameColumn) && sameAs(idColumn) ? r : -1;
  }
  return -1;
}

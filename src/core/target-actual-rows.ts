/**
 * Plans that give each initiative a row of targets and a row of actuals, told apart by a column of their own
 * ("区分": 目標 / 実績), with a column per year ("R3年度", "R4年度", …). A target row and its actual row (under it, or
 * above it in a sheet that writes actuals first) are read as one row would be in a plan with target and actual
 * columns, each value from its own cell.
 */
import type { Grid } from './grid';
import type { PlanColumn } from './model';
import { cellText } from './cell-text';
import { normalizeText } from './quantity';
import type { FiscalYear } from './quantity-types';
import { headerWords, roleOfHeader } from './header-words';

export type RowKind = 'target' | 'actual';
/** A forecast (見込): the actual where a sheet has no row of actuals, else a row of its own like a row of rates. */
type WrittenKind = RowKind | 'forecast';

/** The words of a 区分 cell, as headerWords leaves them (lower case, no brackets' notes or decorations). */
const TARGET_KIND_WORDS: ReadonlySet<string> = new Set(['目標', '目標値', '数値目標', '目標数値', '計画', '計画値', '計画額', 'target', 'targets', 'goal', 'plan']);
const ACTUAL_KIND_WORDS: ReadonlySet<string> = new Set(['実績', '実績値', '実績額', '実績数値', '実績見込', '実績見込み', '実施', '実施状況', 'actual', 'actuals', 'result', 'results']);
const FORECAST_KIND_WORDS: ReadonlySet<string> = new Set(['見込', '見込み', '見込値', 'forecast', 'projected', 'projection']);

/** Rows looked at to find the column of kinds: enough for a plan's first initiatives, few enough to cost nothing. */
const SAMPLE_ROWS = 200;

/** The longest a kind is written: a word or two ("実績（見込）"). */
const LONGEST_KIND = 12;

/** What a 区分 cell says its row holds, or null for anything else ("達成率", a name, a blank). */
function writtenKindOf(text: string): WrittenKind | null {
  // A longer text is a name or a note, spared the normalising.
  if (text === '' || text.length > LONGEST_KIND) return null;
  const words = headerWords(text);
  if (TARGET_KIND_WORDS.has(words)) return 'target';
  if (ACTUAL_KIND_WORDS.has(words)) return 'actual';
  if (FORECAST_KIND_WORDS.has(words)) return 'forecast';
  return null;
}

/** The kind a row is read as: a forecast as the actual only in a sheet without rows of actuals. */
function kindAs(kind: WrittenKind | null, forecastIsActual: boolean): RowKind | null {
  return kind === 'forecast' ? (forecastIsActual ? 'actual' : null) : kind;
}

export interface YearColumn {
  readonly index: number;
  /** The year as its header cell writes it ("R4年度", "FY2022"), without a heading merged over it. */
  readonly label: string;
  readonly year: FiscalYear;
}

export interface TargetActualRows {
  /** 0-based grid column of the kinds. */
  readonly kindColumn: number;
  readonly kindHeader: string;
  /** The columns of a year each, in the order of the sheet. */
  readonly years: readonly YearColumn[];
  /** Whether the sheet writes each actual row above its target row. */
  readonly actualFirst: boolean;
  /** Whether its rows of actuals are forecasts (目標 and 見込, without 実績). */
  readonly forecastIsActual: boolean;
}

/** The year a header alone names, under a heading or not ("R3年度", "年度別目標・実績 R3年度"), with its label. */
function yearOf(column: PlanColumn): { year: FiscalYear; label: string } | null {
  if (column.year === null) return null;
  if (headerWords(column.header) === '') return { year: column.year, label: column.header.trim() };
  const last = normalizeText(column.header).trim().split(/\s+/u).pop() ?? '';
  return headerWords(last) === '' ? { year: column.year, label: last } : null;
}

/** Rows looked past a row of one kind for its partner of the other: a row of rates or notes may stand between. */
const PAIR_REACH = 3;

/**
 * How many rows of `from` have a row of `to` of the same initiative after them within reach, before any other kind:
 * the pairs the sheet writes in that order.
 */
function followedBy(kinds: readonly (RowKind | null)[], from: RowKind, to: RowKind, sameInitiative: (a: number, b: number) => boolean): number {
  let count = 0;
  kinds.forEach((kind, i) => {
    if (kind !== from) return;
    for (let j = i + 1; j <= i + PAIR_REACH && j < kinds.length; j++) {
      if (kinds[j] === to && sameInitiative(i, j)) count++;
      if (kinds[j] !== null) return;
    }
  });
  return count;
}

/**
 * Whether two rows of the sample (by their offsets) are of one initiative as written: the cells of the initiative's
 * name and number blank in the later row (under a merge, or left blank) or the same.
 */
function sameAsWritten(grid: Grid, firstRow: number, columns: readonly PlanColumn[], kindColumn: number): (a: number, b: number) => boolean {
  // Not the column of kinds, whatever its header ("項目" names initiatives elsewhere).
  const keys = columns.filter((c) => (c.role === 'name' || c.role === 'id') && c.index !== kindColumn).map((c) => c.index);
  return (a, b) => keys.every((col) => {
    const later = cellText(grid.cells[firstRow + b]?.[col] ?? null).trim();
    return later === '' || later === cellText(grid.cells[firstRow + a]?.[col] ?? null).trim();
  });
}

/**
 * The column of kinds and the year columns, when the rows under the header are targets and actuals in turn: a column
 * whose cells are mostly 目標 and 実績, each 目標 row with its 実績 row next to it, and at least one column headed by
 * a year alone. Null otherwise, as for nearly every plan.
 */
export function targetActualRowsOf(grid: Grid, columns: readonly PlanColumn[], firstRow: number, headerRow: number): TargetActualRows | null {
  const years: YearColumn[] = [];
  for (const column of columns) {
    const year = yearOf(column);
    if (year !== null) years.push({ index: column.index, ...year });
  }
  if (years.length === 0) return null;
  const last = Math.min(grid.cells.length, firstRow + SAMPLE_ROWS);
  let width = 0;
  for (let row = firstRow; row < last; row++) width = Math.max(width, grid.cells[row]?.length ?? 0);
  for (let col = 0; col < width; col++) {
    if (years.some((y) => y.index === col)) continue;
    const written: (WrittenKind | null)[] = [];
    let others = 0;
    for (let row = firstRow; row < last; row++) {
      const text = cellText(grid.cells[row]?.[col] ?? null).trim();
      const kind = writtenKindOf(text);
      written.push(kind);
      if (kind === null && text !== '') others++;
    }
    const forecastIsActual = !written.includes('actual');
    const kinds = written.map((k) => kindAs(k, forecastIsActual));
    const targets = kinds.filter((k) => k === 'target').length;
    const actuals = kinds.filter((k) => k === 'actual').length;
    // Kinds in as many rows as anything else (a row of rates or of differences under each pair, 達成率 or 差, is
    // common): a column of names that holds "計画" once is no column of kinds.
    if (targets === 0 || actuals === 0 || targets + actuals < others) continue;
    // Most target rows beside an actual row of their own, in the order most are written: kinds that merely occur in
    // a column do not pair up, and one initiative with an actual row alone does not turn the order round.
    const same = sameAsWritten(grid, firstRow, columns, col);
    const targetsFirst = followedBy(kinds, 'target', 'actual', same);
    const actualsFirst = followedBy(kinds, 'actual', 'target', same);
    const actualFirst = actualsFirst > targetsFirst;
    if (2 * Math.max(targetsFirst, actualsFirst) < Math.max(targets, actuals)) continue;
    return { kindColumn: col, kindHeader: cellText(grid.cells[headerRow]?.[col] ?? null).trim(), years, actualFirst, forecastIsActual };
  }
  return null;
}

/** Whether a column is the column of kinds or a year's. */
export function isLayoutColumn(layout: TargetActualRows, index: number): boolean {
  return index === layout.kindColumn || layout.years.some((y) => y.index === index);
}

/**
 * The rows layout of a plan, if it is one, and its columns as read in it: the kinds and years are no role's columns,
 * whatever their headers say ("目標・実績" over the kinds). Not where the header names a column 目標 or 実績 exactly
 * besides: that stands for them, while one whose header merely holds the word ("目標設定の考え方") does not.
 */
export function withTargetActualRows(grid: Grid, columns: readonly PlanColumn[], headerRow: number, headerLastRow: number): { layout: TargetActualRows | null; columns: readonly PlanColumn[] } {
  const found = targetActualRowsOf(grid, columns, headerLastRow + 1, headerRow);
  if (found === null) return { layout: null, columns };
  const namesValues = (c: PlanColumn): boolean => (c.role === 'target' || c.role === 'actual') && !isLayoutColumn(found, c.index) && roleOfHeader(c.header)?.exact === true && c.weakRole !== true;
  if (columns.some(namesValues)) return { layout: null, columns };
  return { layout: found, columns: columns.map((c) => (isLayoutColumn(found, c.index) ? { ...c, role: null } : c)) };
}

/** The latest year with an actual written in any actual row: the year a progress report is made for. */
export function latestYearWithActuals(grid: Grid, layout: TargetActualRows, firstRow: number): FiscalYear | null {
  let latest: FiscalYear | null = null;
  for (let row = firstRow; row < grid.cells.length; row++) {
    const cells = grid.cells[row];
    if (cells === undefined || kindAs(writtenKindOf(cellText(cells[layout.kindColumn] ?? null).trim()), layout.forecastIsActual) !== 'actual') continue;
    for (const column of layout.years) {
      if ((latest === null || column.year > latest) && cellText(cells[column.index] ?? null).trim() !== '') latest = column.year;
    }
  }
  return latest;
}

/** Where a row's target and actual are read from. */
export interface ValueRows {
  /** Grid rows of the target and actual read on this row, -1 for none. */
  readonly target: number;
  readonly actual: number;
  /** An actual row read with the target row above it: it goes on with that row's initiative. */
  readonly readAbove: boolean;
}

const NO_VALUES: ValueRows = { target: -1, actual: -1, readAbove: false };
const READ_ABOVE: ValueRows = { target: -1, actual: -1, readAbove: true };

/**
 * Pairs each target row with its actual row as the rows are read in order: the actual row under it (or above it, in a
 * sheet that writes actuals first), within reach, of the same initiative.
 */
export class RowPairing {
  /** The actual row already read with the target row above it. */
  private readWithAbove = -1;
  /** Actual rows read with a target row, not to be read with another. */
  private readonly used = new Set<number>();

  constructor(
    private readonly layout: TargetActualRows,
    /** The text of a cell, through merged areas. */
    private readonly text: (row: number, col: number) => string,
    /** Whether two rows are of one initiative: their names and numbers the same or blank. */
    private readonly sameInitiative: (row: number, other: number) => boolean,
    private readonly firstRow: number,
    private readonly rowCount: number,
  ) {}

  kindAt(row: number): RowKind | null {
    return kindAs(writtenKindOf(this.text(row, this.layout.kindColumn)), this.layout.forecastIsActual);
  }

  /** Where the row at `row` reads its target and actual; called once per row, in order. */
  valueRows(row: number): ValueRows {
    if (row === this.readWithAbove) return READ_ABOVE;
    const kind = this.kindAt(row);
    // Where a target's actual row is in this sheet; an initiative written the other way round is read too.
    const usual: 1 | -1 = this.layout.actualFirst ? -1 : 1;
    if (kind === 'target') {
      let actual = this.partner(row, 'actual', usual);
      if (actual < 0 || this.used.has(actual)) {
        const other = this.partner(row, 'actual', usual === 1 ? -1 : 1);
        actual = other >= 0 && !this.used.has(other) ? other : -1;
      }
      if (actual >= 0) this.used.add(actual);
      if (actual > row) this.readWithAbove = actual;
      return { target: row, actual, readAbove: false };
    }
    if (kind === 'actual') {
      // Written above its target row, which reads it from there: where the sheet writes actuals first, or where that
      // target row has no actual row of its own under it.
      const target = this.partner(row, 'target', 1);
      if (target >= 0 && (this.layout.actualFirst || this.partner(target, 'actual', 1) < 0)) return NO_VALUES;
      return { target: -1, actual: row, readAbove: false };
    }
    return NO_VALUES;
  }

  /** The nearest row of kind `want` from `row` in the direction `step`, before any other kind's, of the same initiative; else -1. */
  private partner(row: number, want: RowKind, step: 1 | -1): number {
    for (let r = row + step, n = 0; n < PAIR_REACH && r >= this.firstRow && r < this.rowCount; r += step, n++) {
      const kind = this.kindAt(r);
      if (kind === want) return this.sameInitiative(row, r) ? r : -1;
      if (kind !== null) return -1;
    }
    return -1;
  }
}

/** Reading a grid of cells, as staff keep the plan, into initiatives and their indicators. */
import { a1, cellAt, type CellValue, type Grid } from './grid';
import { cellText, isBlank, oddValueKind, oddValueText } from './cell-text';
import { columnFor, findHeader } from './headers';
import { buildIndicators, type RowCells } from './read-indicators';
import type { Initiative, Indicator, Plan, PlanColumn, Problem, Role } from './model';
import { normalizeText } from './quantity';
import type { FiscalYear } from './quantity-types';
import { CAUSE_MARKERS, TOTAL_ROW_WORDS } from './vocabulary';
import { EvaluationError } from './errors';

export interface ReadOptions {
  /** The fiscal year to evaluate; otherwise taken from the headers or the targets. */
  readonly year?: FiscalYear | null;
  /** Roles chosen by a person, overriding detection: role → 0-based grid column. */
  readonly columnRoles?: Partial<Record<Role, number>>;
}

export interface PlanRead {
  readonly plan: Plan;
  readonly problems: Problem[];
}

/** Each merged area's value, seen from every cell it covers (in the grid only its first cell holds it). */
class MergedValues {
  /** row → column → value, only for covered cells other than each area's first. */
  private readonly origin = new Map<number, Map<number, CellValue>>();
  private readonly spanStart = new Map<number, Map<number, number>>();
  private readonly wide = new Map<number, Set<number>>();

  constructor(private readonly grid: Grid) {
    for (const m of grid.merges) {
      const value = cellAt(grid, m.top, m.left);
      for (let r = m.top; r <= m.bottom; r++) {
        if (m.right - m.left >= 2) MergedValues.at(this.wide, r, () => new Set<number>()).add(m.left);
        const starts = MergedValues.at(this.spanStart, r, () => new Map<number, number>());
        const values = MergedValues.at(this.origin, r, () => new Map<number, CellValue>());
        for (let c = m.left; c <= m.right; c++) {
          starts.set(c, m.top);
          if (r !== m.top || c !== m.left) values.set(c, value);
        }
      }
    }
  }

  private static at<V>(map: Map<number, V>, row: number, make: () => V): V {
    let entry = map.get(row);
    if (entry === undefined) map.set(row, (entry = make()));
    return entry;
  }

  value(row: number, col: number): CellValue {
    const values = this.origin.get(row);
    if (values !== undefined && values.has(col)) return values.get(col) ?? null;
    return cellAt(this.grid, row, col);
  }

  /** The first row of the merged area covering this cell, or the row itself. */
  firstRow(row: number, col: number): number {
    return this.spanStart.get(row)?.get(col) ?? row;
  }

  /** True for a cell merged across three or more columns starting here: a section title, not an initiative. */
  isWide(row: number, col: number): boolean {
    return this.wide.get(row)?.has(col) ?? false;
  }
}

function resolveColumns(detected: readonly PlanColumn[], grid: Grid, headerRow: number, chosen?: Partial<Record<Role, number>>): PlanColumn[] {
  if (!chosen) return [...detected];
  const chosenIndexes = new Map<number, Role>();
  for (const [role, index] of Object.entries(chosen) as [Role, number | undefined][]) {
    if (index !== undefined && index >= 0) chosenIndexes.set(index, role);
  }
  const chosenRoles = new Set(chosenIndexes.values());
  const columns = detected.map((c) => {
    const role = chosenIndexes.get(c.index) ?? (c.role !== null && chosenRoles.has(c.role) ? null : c.role);
    return { ...c, role };
  });
  for (const [index, role] of chosenIndexes) {
    if (!columns.some((c) => c.index === index)) {
      columns.push({ index, header: cellText(cellAt(grid, headerRow, index)), role, year: null });
    }
  }
  return columns.sort((a, b) => a.index - b.index);
}

function mostFrequentYear(initiatives: readonly Initiative[]): FiscalYear | null {
  const counts = new Map<FiscalYear, number>();
  for (const initiative of initiatives) {
    for (const indicator of initiative.indicators) {
      for (const year of indicator.targets.keys()) {
        if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
      }
    }
  }
  let best: FiscalYear | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year < best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

const TOTAL_WORDS = new Set(TOTAL_ROW_WORDS);
const SECTION_NUMBERING = /^\s*(?:\(\s*\d+\s*\)|[0-9]+[.．、)]|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][.．、]?)\s*/u;

const LONGEST_TOTAL_WORD = Math.max(...TOTAL_ROW_WORDS.map((w) => w.length));

function isTotalText(text: string): boolean {
  // Most cells are long names: only a short text can be a total's label ("合計", "Total").
  if (text === '' || text.length > LONGEST_TOTAL_WORD + 4) return false;
  return TOTAL_WORDS.has(normalizeText(text).replace(/\s/gu, '').toLowerCase());
}

/** The one column of a row that holds anything, or -1 when none or several do. */
function loneFilledColumn(cells: readonly CellValue[]): number {
  let found = -1;
  for (let i = 0; i < cells.length; i++) {
    if (isBlank(cells[i] ?? null)) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/** Splits "15団体 【遅れが生じている要因】 市町村において…" into the value and the cause written after the mark. */
function splitCauseMarker(text: string): { before: string; cause: string | null } {
  for (const marker of CAUSE_MARKERS) {
    const at = text.indexOf(marker);
    if (at >= 0) return { before: text.slice(0, at).trim(), cause: text.slice(at + marker.length).trim() || null };
  }
  return { before: text, cause: null };
}

function titleAbove(grid: Grid, headerRow: number): string | null {
  for (let row = 0; row < headerRow; row++) {
    for (const value of grid.cells[row] ?? []) {
      const title = cellText(value).trim();
      if (title !== '') return title;
    }
  }
  return null;
}

/** Reads the plan on a grid. Throws EvaluationError when the grid holds no plan. */
export function readPlan(grid: Grid, options: ReadOptions = {}): PlanRead {
  if (grid.cells.length === 0 || grid.cells.every((row) => row.every(isBlank))) {
    throw new EvaluationError('emptySheet', { sheet: grid.sheetName });
  }
  const header = findHeader(grid);
  if (!header && !options.columnRoles) throw new EvaluationError('noHeader', { sheet: grid.sheetName });
  const headerRow = header?.row ?? 0;
  const columns = resolveColumns(header?.columns ?? [], grid, headerRow, options.columnRoles);
  const headerYear = columnFor(columns, 'actual')?.year ?? columnFor(columns, 'target')?.year ?? null;
  const preferredYear = options.year ?? headerYear;

  const col = (role: Role): number => columnFor(columns, role, preferredYear)?.index ?? -1;
  const roleColumns = {
    id: col('id'), pillar: col('pillar'), name: col('name'), indicator: col('indicator'), unit: col('unit'),
    target: col('target'), actual: col('actual'), status: col('status'), cause: col('cause'), nextSteps: col('nextSteps'),
  };
  const usedIndexes = new Set(Object.values(roleColumns).filter((i) => i >= 0));
  const extraColumns = columns.filter((c) => !usedIndexes.has(c.index) && c.role !== 'target' && c.role !== 'actual');

  const merged = new MergedValues(grid);
  const problems: Problem[] = [];
  const initiatives: Initiative[] = [];
  const at = (row: number, c: number): string => a1(grid, row, c < 0 ? 0 : c);
  const text = (row: number, c: number): string => (c < 0 ? '' : cellText(merged.value(row, c)).trim());

  const headerName = text(headerRow, roleColumns.name);
  const headerTarget = text(headerRow, roleColumns.target);
  let section = '';
  let carriedPillar = '';
  let carriedNotice = false;
  let current: { initiative: Initiative; indicators: Indicator[]; nameRow: number } | null = null;

  const flush = (): void => {
    if (current) initiatives.push({ ...current.initiative, indicators: current.indicators });
    current = null;
  };

  for (let row = headerRow + 1; row < grid.cells.length; row++) {
    const cells = grid.cells[row] ?? [];
    if (cells.every(isBlank)) continue;

    const nameText = text(row, roleColumns.name);
    const idText = text(row, roleColumns.id);
    if (isTotalText(nameText) || isTotalText(idText) || (roleColumns.name < 0 && isTotalText(text(row, roleColumns.indicator)))) continue;
    // A header repeated further down (a second table, a printed page's header) is not an initiative.
    if (nameText !== '' && nameText === headerName && text(row, roleColumns.target) === headerTarget) continue;

    // A section title ("(1) 県庁のICT化") stands alone in its row: across a wide merge, outside the name
    // column, or numbered like a heading.
    const filled = loneFilledColumn(cells);
    const isSection =
      filled >= 0 &&
      (filled !== roleColumns.name || merged.isWide(row, filled) || SECTION_NUMBERING.test(cellText(cells[filled] ?? null)));
    if (isSection) {
      flush();
      section = cellText(cells[filled] ?? null).replace(SECTION_NUMBERING, '').trim();
      carriedPillar = '';
      continue;
    }

    // Pillar: the merged group's text, else carried down from the row above (staff leave repeats blank).
    let pillar = roleColumns.pillar >= 0 ? text(row, roleColumns.pillar) : '';
    if (pillar === '') {
      pillar = carriedPillar || section;
      if (roleColumns.pillar >= 0 && carriedPillar !== '' && grid.mergesKnown === false && !carriedNotice) {
        problems.push({ cell: at(row, roleColumns.pillar), severity: 'info', code: 'directionCarriedDown', params: { pillar } });
        carriedNotice = true;
      }
    } else {
      carriedNotice = false;
    }
    carriedPillar = pillar;

    const ownName = roleColumns.name >= 0 ? cellText(cellAt(grid, row, roleColumns.name)).trim() : '';
    const nameStartRow = roleColumns.name >= 0 ? merged.firstRow(row, roleColumns.name) : row;
    const continues =
      current !== null && roleColumns.name >= 0 &&
      (nameStartRow < row ? (current as { nameRow: number }).nameRow === nameStartRow : ownName === '');

    const rowCells: RowCells = {
      grid, row, preferredYear,
      indicator: roleColumns.indicator >= 0 ? text(row, roleColumns.indicator) : '',
      unit: text(row, roleColumns.unit),
      target: roleColumns.target >= 0 ? merged.value(row, roleColumns.target) : null,
      actual: roleColumns.actual >= 0 ? merged.value(row, roleColumns.actual) : null,
      targetCol: roleColumns.target, actualCol: roleColumns.actual,
    };
    for (const [c, value] of [[roleColumns.target, rowCells.target], [roleColumns.actual, rowCells.actual]] as const) {
      const kind = oddValueKind(value);
      if (c >= 0 && kind) {
        problems.push({
          cell: at(row, c), severity: 'warning', code: kind === 'error' ? 'cellError' : 'unexpectedCellType',
          params: { value: oddValueText(value), kind },
        });
      }
    }

    const actualText = rowCells.actual === null ? '' : cellText(rowCells.actual);
    const { before, cause: markedCause } = splitCauseMarker(actualText);
    if (markedCause !== null) rowCells.actual = before;
    const indicators = buildIndicators(rowCells, problems);

    const causeText = text(row, roleColumns.cause) || markedCause || '';
    const statusText = text(row, roleColumns.status);

    if (continues && current) {
      const c: { initiative: Initiative; indicators: Indicator[] } = current;
      c.indicators.push(...indicators);
      // A later row of a merged initiative may add the cause or status the first row left blank.
      c.initiative = {
        ...c.initiative,
        cause: c.initiative.cause ?? (causeText || null),
        causeRef: c.initiative.causeRef ?? (causeText ? { cell: at(row, roleColumns.cause), row: grid.top + row + 1 } : null),
        recordedStatus: c.initiative.recordedStatus ?? (statusText || null),
      };
      continue;
    }
    flush();

    const extra: Record<string, string> = {};
    for (const c of extraColumns) {
      const value = text(row, c.index);
      if (value !== '') extra[c.header] = value;
    }
    const sheetRow = grid.top + row + 1;
    current = {
      nameRow: nameStartRow,
      indicators,
      initiative: {
        row: sheetRow,
        id: idText || String(initiatives.length + 1),
        pillar,
        name: nameText || indicators[0]?.name || '',
        indicators: [],
        recordedStatus: statusText || null,
        recordedStatusRef: roleColumns.status >= 0 ? { cell: at(row, roleColumns.status), row: sheetRow } : null,
        cause: causeText || null,
        causeRef: { cell: at(row, roleColumns.cause >= 0 ? roleColumns.cause : roleColumns.actual), row: sheetRow },
        nextSteps: text(row, roleColumns.nextSteps) || null,
        extra,
      },
    };
  }
  flush();

  const plan: Plan = {
    sheet: grid.sheetName,
    title: titleAbove(grid, headerRow),
    headerRow: grid.top + headerRow + 1,
    columns,
    year: preferredYear ?? mostFrequentYear(initiatives),
    initiatives,
  };
  return { plan, problems };
}

/** Reading a grid of cells, as staff keep the plan, into initiatives and their indicators. */
import { cellAt, columnLetters, isCellError, percentCellKey, type CellValue, type Grid } from './grid';
import { cellText, hasWhitespace, isBlank, lowerCaseChanges, oddValueKind, oddValueText, trimmed } from './cell-text';
import { columnFor, findHeader, headerBelow, indicatorGroupsOf, isPartOfYear, isSuperseded, type IndicatorGroup } from './headers';
import { headerWords, roleOfHeader, unitOfHeader } from './header-words';
import { buildIndicators, type LaterTarget, type RowCells } from './read-indicators';
import type { Initiative, Indicator, IssuesCell, Plan, PlanColumn, Problem, Role, TargetPoint } from './model';
import { needsNormalising, normalizeText } from './quantity';
import type { FiscalYear } from './quantity-types';
import { CAUSE_MARKERS, NO_ENTRY_WORDS, TOTAL_ROW_WORDS } from './vocabulary';
import { causalSentence, causeBesideStatusWord, namesComments, namesIssues, namesReasons, namesRemarks, remarkGivesCause, remarkMayExplainMiss } from './cause-sources';
import { formItemsOf, type FormItem } from './form-sheet';
import { EvaluationError } from './errors';
import { deadlineOfCell, readDeadline, type When } from './deadlines';
import { legendKey, readRecordedStatus } from './recorded-status';
import { comparesWithLastYear, namesLastYear } from './last-year';
import { directionColumnAmong, directionOfMark } from './direction-column';
import { isLayoutColumn, latestYearWithActuals, RowPairing, withTargetActualRows } from './target-actual-rows';
import { SECTION_NUMBERING, SECTION_PREFIX, asOfAbove, sectionAbove, statusColumnOf, statusMatrixOf, tickedIn, isStatusLegend, statusLegendOf, titleAbove, yearOfTitle } from './sheet-frame';

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

/**
 * Each merged area's value, seen from every cell it covers (in the grid only its first cell holds it). Kept per
 * column as typed arrays over the rows, not per cell: a plan's 方向性 column is merged down its whole length, and
 * this is asked for several cells of every row.
 */
class MergedValues {
  /** Per column that has merged cells: for each grid row, 1 + the index of the last area covering it (0: none). */
  private readonly areaAt: (Int32Array | undefined)[];
  /** Per column: 1 on the rows where an area three or more columns wide starts in this column. */
  private readonly wideAt: (Uint8Array | undefined)[];
  private readonly values: CellValue[];

  constructor(private readonly grid: Grid) {
    const rows = grid.cells.length;
    // No cell right of the widest row is ever asked for: a title merged across the whole sheet costs nothing there.
    let width = 0;
    for (const row of grid.cells) width = Math.max(width, row.length);
    // Filled, not left with holes: a hole read for every cell of an unmerged column is a slow lookup.
    this.areaAt = new Array<Int32Array | undefined>(width).fill(undefined);
    this.wideAt = new Array<Uint8Array | undefined>(width).fill(undefined);
    this.values = grid.merges.map((m) => cellAt(grid, m.top, m.left));
    grid.merges.forEach((m, i) => {
      const top = Math.max(m.top, 0);
      const end = Math.min(m.bottom + 1, rows);
      if (top >= end) return;
      const right = Math.min(m.right, width - 1);
      for (let c = Math.max(m.left, 0); c <= right; c++) (this.areaAt[c] ??= new Int32Array(rows)).fill(i + 1, top, end);
      if (m.right - m.left >= 2) (this.wideAt[m.left] ??= new Uint8Array(rows)).fill(1, top, end);
    });
  }

  private areaIndex(row: number, col: number): number {
    return (this.areaAt[col]?.[row] ?? 0) - 1;
  }

  value(row: number, col: number): CellValue {
    const area = this.areaIndex(row, col);
    if (area >= 0) {
      const m = this.grid.merges[area];
      if (m !== undefined && (row !== m.top || col !== m.left)) return this.values[area] ?? null;
    }
    return cellAt(this.grid, row, col);
  }

  /** The cell's text as seen through merged areas, trimmed. */
  text(row: number, col: number): string {
    // Most columns hold no merged cell: their value is read from the row as it stands.
    const value = this.areaAt[col] === undefined ? (this.grid.cells[row]?.[col] ?? null) : this.value(row, col);
    return typeof value === 'string' ? trimmed(value) : cellText(value).trim();
  }

  /** Whether the cell (the first of its merged area) is a number shown as a percentage. */
  isPercent(row: number, col: number): boolean {
    const cells = this.grid.percentCells;
    if (cells === undefined || cells.size === 0 || col < 0) return false;
    return cells.has(this.firstCellKey(row, col));
  }

  /** The unit the cell's number format (of the first of its merged area) writes after it, or ''. */
  unitOf(row: number, col: number): string {
    const units = this.grid.cellUnits;
    if (units === undefined || units.size === 0 || row < 0 || col < 0) return '';
    return units.get(this.firstCellKey(row, col)) ?? '';
  }

  /** The percentCellKey of the cell, or of the first cell of the merged area covering it. */
  private firstCellKey(row: number, col: number): number {
    const area = this.grid.merges[this.areaIndex(row, col)];
    return area === undefined ? percentCellKey(row, col) : percentCellKey(area.top, area.left);
  }

  /** The first row of the merged area covering this cell, or the row itself. */
  firstRow(row: number, col: number): number {
    const area = this.areaIndex(row, col);
    return area >= 0 ? (this.grid.merges[area]?.top ?? row) : row;
  }

  /** True for a cell merged across three or more columns starting here: a section title, not an initiative. */
  isWide(row: number, col: number): boolean {
    return this.wideAt[col]?.[row] === 1;
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
  // Indexed, as in read-indicators.ts: a for…of over a short array costs several times an indexed loop.
  for (const initiative of initiatives) {
    for (const indicator of initiative.indicators) {
      for (let i = 0; i < indicator.targets.length; i++) {
        const year = (indicator.targets[i] as TargetPoint).year;
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
const NO_ENTRY = new Set(NO_ENTRY_WORDS);
/** The first characters of NO_ENTRY_WORDS, in either case and width ("N/A", "ｎ／ａ"). */
const NO_ENTRY_FIRSTS: ReadonlySet<number> = new Set(NO_ENTRY_WORDS.flatMap((w) => {
  const c = w.charCodeAt(0);
  const upper = w.charAt(0).toUpperCase().charCodeAt(0);
  // Half-width ASCII has a full-width form 0xFEE0 above it.
  return c >= 0x21 && c <= 0x7e ? [c, upper, c + 0xfee0, upper + 0xfee0] : [c];
}));

/** A cell's text, or '' for a mark of nothing to say ("－", "N/A", "特になし"). */
function entryOf(text: string): string {
  // Most cells are words ("順調", "遅れ") that begin with no mark's first character: spared the normalising.
  if (text.length === 0 || text.length > 4 || !NO_ENTRY_FIRSTS.has(text.charCodeAt(0))) return text;
  return NO_ENTRY.has(normalizeText(text).toLowerCase()) ? '' : text;
}
/**
 * Whether every area merged down column `by` below the header (one at least) is merged down column `col` over the same
 * rows: the two columns speak of the same groups of rows.
 */
function mergedAlike(grid: Grid, col: number, by: number, firstRow: number): boolean {
  const groups = mergedSpansDown(grid, by, firstRow);
  if (groups.length === 0) return false;
  const named = new Set(mergedSpansDown(grid, col, firstRow));
  return groups.every((g) => named.has(g));
}

/** The rows ("top:bottom") of each area merged down a column below the header. */
function mergedSpansDown(grid: Grid, col: number, firstRow: number): string[] {
  return grid.merges.filter((m) => m.left <= col && col <= m.right && m.top >= firstRow && m.bottom > m.top).map((m) => `${m.top}:${m.bottom}`);
}

/** Headers of what a plan of measures lists, one a row, beside its indicator: "施策", "施策名", "事業名", "事務事業名". */
const MEASURE_HEADERS = /^(?:施策|施策名|事業|事業名|事務事業|事務事業名)$/u;

/**
 * A page number as printed in a sheet kept for printing: "－ 1 －", "- 12 -", "Page 2 of 5", "1ページ"; not "2/5", which
 * may be an actual alone on an indicator's row.
 */
const PAGE_NUMBER = /^(?:[-－―—–ー]\s*\d{1,4}\s*[-－―—–ー]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*ページ)$/iu;

/** Marks of "same as above": 〃 (and the double prime staff type for it), 同上. */
const DITTO_MARKS: ReadonlySet<string> = new Set(['〃', '″', '同上', '〃〃']);

const WHITESPACE = /\s/gu;
/** The word for a unit in a header ("実績（R4年度） 単位"), taken off to tell whose unit it is. */
const UNIT_WORDS = /単位|units?/giu;

/** A bracketed remark after a total's word: the group it adds up ("小計（業務の効率化）"). */
const SUBTOTAL_WORDS = /^(?:小計|合計|総計|計|subtotal|total)$/iu;
const TOTAL_REMARK = /(?<=\S)\s*[(（][^()（）]*[)）]\s*$/u;
/** The first characters of such a total: a bracket, or SUBTOTAL_WORDS' first characters in either case. */
const SUBTOTAL_FIRSTS: ReadonlySet<number> = new Set([...'(（小合総計sStT'].map((c) => c.charCodeAt(0)));
const LONGEST_TOTAL_WORD = Math.max(...TOTAL_ROW_WORDS.map((w) => w.length));

function isTotalText(text: string): boolean {
  if (text === '') return false;
  // "（小計）", "小計（業務の効率化）": a total's word in brackets, or with the group it adds up in brackets after it.
  // Only a text that starts as one does (nearly every name starts otherwise) is searched for brackets.
  if (SUBTOTAL_FIRSTS.has(text.charCodeAt(0)) && (text.includes('(') || text.includes('（'))) {
    const bare = text.replace(TOTAL_REMARK, '').replace(/^[(（]\s*|\s*[)）]$/gu, '');
    // Not 全体, which also names an initiative of the whole office ("全体（庁内情報システム最適化）").
    if (bare !== text && bare !== '' && SUBTOTAL_WORDS.test(bare.replace(WHITESPACE, ''))) return true;
  }
  // Most cells are long names: only a short text can be a total's label ("合計", "Total").
  if (text.length > LONGEST_TOTAL_WORD + 4) return false;
  // Already normal, without spaces or capitals (a number such as "12", "合計"): the text is its own key.
  if (!needsNormalising(text) && !hasWhitespace(text) && !lowerCaseChanges(text)) return TOTAL_WORDS.has(text);
  return TOTAL_WORDS.has(normalizeText(text).replace(WHITESPACE, '').toLowerCase());
}

/**
 * What a row holds, in one pass: whether every cell is blank, the one filled column (-1 when several), and whether
 * any cell holds an error value (#N/A, #REF!…).
 */
interface RowFill {
  blank: boolean;
  lone: number;
  hasError: boolean;
}

/**
 * `cells.every(isBlank)` and the one column of a row that holds anything (-1 when none or several), in one pass.
 * every() skips holes, while a hole or undefined counts as an empty cell for the lone column; both kept so.
 */
function rowFill(cells: readonly CellValue[], out: RowFill): RowFill {
  let blank = true;
  let lone = -1;
  let filled = 0;
  let hasError = false;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (value === undefined) {
      if (i in cells) blank = false; // isBlank(undefined) is false, though it counts as empty below
      continue;
    }
    if (isBlank(value)) continue;
    blank = false;
    if (filled++ === 0) lone = i;
    if (typeof value === 'object' && isCellError(value)) hasError = true;
  }
  out.blank = blank;
  out.lone = filled === 1 ? lone : -1;
  out.hasError = hasError;
  return out;
}

/** Whether an indicator's target states no direction of its own, so that a column of directions gives it one. */
function takesDirectionFromColumn(indicator: Indicator): boolean {
  return indicator.targets.some((t) => t.quantity.direction === null && !t.quantity.reduction);
}

/** The first characters of the cause marks ("【", "[", "R"), each with a bit of its own (at most 31 distinct ones). */
const CAUSE_MARKER_FIRSTS = new Map<number, number>();
for (const marker of CAUSE_MARKERS) {
  const first = marker.charCodeAt(0);
  if (!CAUSE_MARKER_FIRSTS.has(first)) CAUSE_MARKER_FIRSTS.set(first, 1 << CAUSE_MARKER_FIRSTS.size);
}
/** For each code unit, its bit among the marks' first characters (0: none begins with it). */
const CAUSE_MARKER_START_BITS = new Int32Array(0x10000);
for (const [code, bit] of CAUSE_MARKER_FIRSTS) CAUSE_MARKER_START_BITS[code] = bit;

/** Where the first cause mark (in CAUSE_MARKERS' order) stands in "15団体 【遅れが生じている要因】 市町村において…". */
function causeMarkerIn(text: string): { at: number; length: number } | null {
  // One pass tells which marks' first characters the text holds ("R" of "R2年度" is common, "【" rare): only the
  // marks that could be there are searched for.
  let seen = 0;
  for (let i = 0; i < text.length; i++) seen |= CAUSE_MARKER_START_BITS[text.charCodeAt(i)] ?? 0;
  if (seen === 0) return null;
  for (const marker of CAUSE_MARKERS) {
    if ((seen & (CAUSE_MARKER_FIRSTS.get(marker.charCodeAt(0)) ?? 0)) === 0) continue;
    const at = text.indexOf(marker);
    if (at >= 0) return { at, length: marker.length };
  }
  return null;
}

/** "…のため。）" of a mark inside brackets ("（遅延理由：…のため。）"): the closing bracket is not the cause's. */
function withoutUnopenedBracket(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x29 /* ) */ && !text.includes('(')) return text.slice(0, -1).trim();
  if (last === 0xff09 /* ） */ && !text.includes('（')) return text.slice(0, -1).trim();
  return text;
}

/**
 * Whether a row's first filled cell is the very heading of a judgement's column ("評価", "今後の方向性", "Next steps"),
 * or the key to one ("評価区分", "Status key").
 */
function labelsJudgement(cells: readonly CellValue[]): boolean {
  const first = cells.find((value) => !isBlank(value));
  const label = first === undefined ? '' : cellText(first).trim();
  const role = label === '' ? null : roleOfHeader(label);
  if (role === null || (role.role !== 'status' && role.role !== 'cause' && role.role !== 'nextSteps')) return false;
  return role.exact || KEY_LABEL.test(label);
}
const KEY_LABEL = /(?:key|legend|凡例|区分|基準)\s*[:：]?$/iu;

/** A column's number under the header: "③", "(3)", "3". */
const COLUMN_NUMBER = /^(?:[\u2460-\u2473]|[(（]?\d{1,2}[)）]?)$/u;

/** A row that numbers the columns: three cells or more, each a column's number. */
function numbersColumns(cells: readonly CellValue[]): boolean {
  let numbered = 0;
  for (const value of cells) {
    if (isBlank(value)) continue;
    if (!COLUMN_NUMBER.test(cellText(value).trim())) return false;
    numbered++;
  }
  return numbered >= 3;
}

/** A column telling in words what was done: "取組状況", "令和5年度の取組状況", "実施状況" (header words, compacted). */
const NARRATIVE_HEADER = /(?:取組|取り組み|実施)の?状況/u;

/**
 * The update given at the year's end, in words: "Q4 Update", "Q4 Progress", "Year-end update", "End of year update"
 * (header words, compacted); not "Q4" alone, one of four quarters' figures.
 */
const YEAR_END_UPDATE_HEADER = /^(?:q4|quarter4|year-?end|endofyear|end-of-year)(?:progress)?(?:update|progress|position|report)$/u;

/** A forecast of the year's end: "年度末見込", "実績見込（年度末）", "見込み", "Forecast", "Projected outturn". */
const FORECAST_HEADER = /見込|forecast|projected|projection/iu;

/** Headers of where things stood when the plan was made, as header words ("基準値（R2）" is 基準値). */
const BASELINE_HEADERS: ReadonlySet<string> = new Set(['基準値', '現状値', '現状', '計画策定時', '策定時', '基準', 'baseline']);

/** Headers of deadlines, as header words: "期限", "達成時期", "完了期日", "Deadline", "Due date"; not "報告期日". */
const DEADLINE_HEADERS: ReadonlySet<string> = new Set(['期限', '達成期限', '完了期限', '達成時期', '完了時期', '期日', '完了期日', '目標期日', '目標時期', 'deadline', 'duedate', 'due']);
/**
 * Headers of a column that holds deadlines only where its cells are dates or months: "Timeframe" ("Dec 2023", not
 * "Ongoing", "2023-2026"), "Target date", "Completion date".
 */
const DATED_DEADLINE_HEADERS: ReadonlySet<string> = new Set(['timeframe', 'targetdate', 'completiondate', 'targetcompletiondate']);
/** Whether a column's header names dates ("Target date", "Timeframe"), whatever role its words give it. */
function namesDates(column: PlanColumn): boolean {
  return DATED_DEADLINE_HEADERS.has(headerWords(column.header));
}

/**
 * A target that is a date or a month alone in a column of dates named as targets ("Target date": "Dec 2023", a date
 * cell), written as the deadline it is ("by Dec 2023"); any other value as it is.
 */
function dateAsDeadline(target: CellValue): CellValue {
  const when = deadlineOfCell(target);
  if (when === null) return target;
  if (typeof target === 'string') return /^\s*by\b/iu.test(target) ? target : `by ${target.trim()}`;
  const month = Math.floor(when / 32);
  return `by ${ENGLISH_MONTH_NAMES[month % 12] ?? ''} ${when % 32}, ${Math.floor(month / 12)}`;
}
const ENGLISH_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Rows looked at to tell whether a column's cells are dates. */
const DATE_SAMPLE_ROWS = 300;
/** A date written in Japanese: "R4年9月", "R4年度中", or the era's shorthand "R6.6". */
const JAPANESE_DATE = /[年月度]|^(?:令和|平成|[RH])\s*(?:元|\d)/u;
/** Words after a date that make it a deadline, as the target reader wants them ("R4年9月まで", "R4年度中"). */
const DEADLINE_WORDS = /まで|中|内|末/u;

/**
 * A target in words with the deadline its own column gives, written as the target reader and a reader of the sheets
 * take it ("文書管理システムの導入（R4年9月まで）", "Adopt the policy (by March 2023)"), or null: where the target holds a
 * number or no words, or the deadline is no month, year's end or calendar quarter that can be read ("Q3 2022/23", "R4〜R5", a date's serial).
 */
function targetWithDeadline(target: CellValue, deadline: CellValue): string | null {
  if (typeof target !== 'string' || typeof deadline !== 'string') return null;
  const words = target.trim();
  const when = deadline.trim();
  if (when === '' || entryOf(words) === '' || !/\p{L}/u.test(words) || /\d/u.test(normalizeText(words))) return null;
  const joined = JAPANESE_DATE.test(when) ? `${words}（${DEADLINE_WORDS.test(when) ? when : `${when}まで`}）` : `${words} (by ${when})`;
  return readDeadline(joined) === null ? null : joined;
}

/** Whether at least half the filled cells of a column, under its header, are dates or months alone. */
function mostlyDates(grid: Grid, col: number, firstRow: number): boolean {
  let filled = 0;
  let dates = 0;
  const last = Math.min(grid.cells.length, firstRow + DATE_SAMPLE_ROWS);
  for (let row = firstRow; row < last; row++) {
    const value = cellAt(grid, row, col);
    if (isBlank(value)) continue;
    filled++;
    if (deadlineOfCell(value) !== null) dates++;
  }
  return dates > 0 && dates * 2 >= filled;
}

/** The initiative being read, while later rows of a merged initiative may still add to it; kept as it is once done. */
interface PendingInitiative extends Initiative {
  readonly indicators: Indicator[];
  recordedStatus: string | null;
  recordedStatusCell: string | null;
  cause: string | null;
  causeCell: string;
  issues: IssuesCell | null;
  nextSteps: string | null;
  readonly extra: Record<string, string>;
}

const NO_LATER_TARGETS: readonly LaterTarget[] = [];

/** Reads the plan on a grid. Throws EvaluationError when the grid holds no plan. */
export function readPlan(grid: Grid, options: ReadOptions = {}): PlanRead {
  if (grid.cells.length === 0 || grid.cells.every((row) => row.every(isBlank))) {
    throw new EvaluationError('emptySheet', { sheet: grid.sheetName });
  }
  const header = findHeader(grid);
  if (!header && !options.columnRoles) throw new EvaluationError('noHeader', { sheet: grid.sheetName });
  const headerRow = header?.row ?? 0;
  const headerLastRow = header?.lastRow ?? headerRow;
  // Columns a person chose say the sheet is to be read as a list, whatever it looks like.
  const form = header && !options.columnRoles ? formItemsOf(grid, headerRow, headerLastRow) : null;
  if (form !== null) {
    const [naming, judging] = form as [FormItem, FormItem];
    throw new EvaluationError('formPerSheet', { sheet: grid.sheetName, namingCell: naming.cell, naming: naming.text, judgingCell: judging.cell, judging: judging.text });
  }
  const resolved = resolveColumns(header?.columns ?? [], grid, headerRow, options.columnRoles);
  // Rows of targets and of actuals in turn ("区分": 目標/実績), a column per year, unless a person chose the target
  // and actual columns.
  const chosen = options.columnRoles;
  const { layout: kindRows, columns } = chosen?.target !== undefined || chosen?.actual !== undefined ? { layout: null, columns: resolved }
    : withTargetActualRows(grid, resolved, headerRow, headerLastRow);
  const ofLayout = (c: PlanColumn): boolean => kindRows !== null && isLayoutColumn(kindRows, c.index);
  const headerYear = columnFor(columns, 'actual')?.year ?? columnFor(columns, 'target')?.year ?? null;
  // No year asked for and none in the headers: the one year the title names ("令和3年度 行動計画 進捗状況"), else in
  // rows of targets and actuals the latest year with actuals.
  const title = titleAbove(grid, headerRow);
  const titleYear = options.year == null && headerYear === null ? yearOfTitle(title) : null;
  const actualsYear = options.year == null && headerYear === null && titleYear === null && kindRows !== null ? latestYearWithActuals(grid, kindRows, headerLastRow + 1) : null;
  const preferredYear = options.year ?? headerYear ?? titleYear ?? actualsYear;
  const yearColumn = kindRows?.years.find((y) => y.year === preferredYear);

  // A column of ↑/↓ or 増加/減少, even under a header that names policy directions ("方向性").
  const directionColumn = directionColumnAmong(grid, columns.filter((c) => c.role === null || c.role === 'pillar'), headerLastRow + 1);
  const col = (role: Role): number => {
    const index = columnFor(columns, role, preferredYear)?.index ?? -1;
    return index === directionColumn?.index ? -1 : index;
  };
  const roleColumns = {
    id: col('id'), pillar: col('pillar'), indicator: col('indicator'), unit: col('unit'),
    // In rows of targets and actuals without a column of names, an indicator's rows are one initiative, named by it.
    name: kindRows !== null && col('name') < 0 ? col('indicator') : col('name'),
    // A plain 目標 column, where there is one, is the target column: it may list several years ("R2年度:50業務
    // R3年度:60業務"), while a dated column ("R3年度目標") gives its own year only, even the evaluated one.
    // A column of dates named as a target's ("Target date") only where no other is.
    target: (columns.find((c) => c.role === 'target' && c.year === null && !isSuperseded(c.header) && !namesDates(c)) ??
      columns.find((c) => c.role === 'target' && c.year === null && !isSuperseded(c.header)) ?? columns.find((c) => c.role === 'target' && c.year === null))?.index ?? col('target'),
    actual: col('actual'), status: statusColumnOf(grid, columns, headerLastRow + 1, preferredYear) ?? col('status'),
    cause: col('cause'), nextSteps: col('nextSteps'),
  };
  // Without an actual column, what was done in the year may be told in words beside the rating ("令和5年度の取組状況"
  // beside "自己評価"): the actual, in which the sentence that says why a delay came about is its cause.
  // So is a quarter's update at the year's end ("Q4 Update", "Year-end update") beside the Status.
  const narrative = roleColumns.actual < 0 && kindRows === null
    ? columns.find((c) => c.role === 'status' && c.index !== roleColumns.status && NARRATIVE_HEADER.test(headerWords(c.header))) ??
      columns.find((c) => (c.role === null || c.role === 'status') && c.index !== roleColumns.status && YEAR_END_UPDATE_HEADER.test(headerWords(c.header)))
    : undefined;
  if (narrative !== undefined) roleColumns.actual = narrative.index;
  // Without a column of names, a column of no role before the indicators, merged over each group of rows the status is
  // merged over ("施策名" over its 成果指標, rated once a 施策): each group is one initiative, named by it.
  // So is a column of 施策 right before its one indicator a row ("施策 | 成果指標"), merged over no rows: a 施策 merged
  // over several indicators each rated on its own row leaves each indicator an initiative.
  if (roleColumns.name < 0 && kindRows === null && roleColumns.indicator >= 0) {
    const namer = columns.filter((c) => c.role === null && c.index < roleColumns.indicator).pop();
    const ratedAlike = namer !== undefined && roleColumns.status >= 0 && mergedAlike(grid, namer.index, roleColumns.status, headerLastRow + 1);
    const measureBeside = namer !== undefined && namer.index === roleColumns.indicator - 1 && MEASURE_HEADERS.test(headerWords(namer.header)) &&
      mergedSpansDown(grid, namer.index, headerLastRow + 1).length === 0;
    if (namer !== undefined && (ratedAlike || measureBeside)) roleColumns.name = namer.index;
  }
  // A report in the middle of the year ("9月末実績" beside "年度末見込"): the year's target is compared with the
  // forecast for the year's end, as the office compares them, not with the part of the year done so far.
  const partActual = kindRows === null ? columns.find((c) => c.index === roleColumns.actual && isPartOfYear(c.header)) : undefined;
  const forecast = partActual === undefined ? undefined : columns.find((c) => c.index !== partActual.index && FORECAST_HEADER.test(headerWords(c.header)));
  const readForecast = partActual !== undefined && forecast !== undefined;
  if (readForecast) roleColumns.actual = forecast.index;
  const targetYear = columns.find((c) => c.index === roleColumns.target)?.year ?? null;
  // Without a unit column, the unit a value column's header notes ("目標効果額（千円）"), the target's first.
  const unitOfHeaders = roleColumns.unit >= 0 ? '' : unitOfHeader(columns.find((c) => c.index === roleColumns.target)?.header ?? '') ||
    unitOfHeader(columns.find((c) => c.index === roleColumns.actual)?.header ?? '');
  // A unit column of the actual's own ("実績" over "数値" and "単位"), beside the target's.
  const actualUnitColumn = columns.find((c) => c.role === 'unit' && c.index !== roleColumns.unit && roleOfHeader(c.header.replace(UNIT_WORDS, ''))?.role === 'actual');
  // Targets of the evaluated and later years in columns of their own ("R3年度目標"): read with the target, never
  // kept as extras.
  const laterTargetColumns = kindRows !== null ? kindRows.years.filter((y) => preferredYear !== null && y.year > preferredYear)
    : columns.filter((c) => c.role === 'target' && c.index !== roleColumns.target && c.year !== null && (preferredYear === null || c.year >= preferredYear));
  // Last year's actuals ("R2年度実績" when R3 is evaluated, "前年度実績"), for targets set against them.
  const lastYearColumn = kindRows !== null ? kindRows.years.find((y) => preferredYear !== null && y.year === preferredYear - 1)
    : columns.find((c) => (c.role === 'actual' || c.role === null) && c.index !== roleColumns.actual &&
      !comparesWithLastYear(c.header) && (namesLastYear(c.header) || (c.role === 'actual' && preferredYear !== null && c.year === preferredYear - 1)));
  // Where things stood when the plan was made ("基準値（R2）", "現状値", "Baseline"): which way the targets go from it.
  const baselineColumn = kindRows !== null ? undefined : columns.find((c) => c.role === null && BASELINE_HEADERS.has(headerWords(c.header)));
  // Indicators side by side, each under a heading of its own ("活動指標" and "成果指標" over 指標名 | 目標値 | 実績値): the
  // row's first indicator is read from the group its columns are in, and each other group's as a further one.
  const groups = kindRows !== null || chosen !== undefined ? [] : indicatorGroupsOf(grid, headerRow, headerLastRow, columns);
  const firstGroup = groups.find((g) => g.indicator.index === roleColumns.indicator && g.target.index === roleColumns.target && g.actual.index === roleColumns.actual);
  const furtherGroups = firstGroup === undefined ? [] : groups.filter((g) => g !== firstGroup);
  const furtherGroupColumns = new Set(furtherGroups.flatMap((g) => [g.indicator.index, g.target.index, g.actual.index]));
  const usedIndexes = new Set([...Object.values(roleColumns).filter((i) => i >= 0), ...furtherGroupColumns]);
  // A column named weakly as a target or actual ("計画" beside the rows of kinds) and read as neither is kept too.
  // Not "Target date" beside "Target": a column of deadlines.
  const readAsValues = (c: PlanColumn): boolean => (c.role === 'target' || c.role === 'actual') && !namesDates(c) && (c.weakRole !== true || laterTargetColumns.some((l) => l.index === c.index));
  // Without a status column, statuses ticked in one of several columns headed by them ("A 達成 | B 順調 | C 遅れ").
  const statusMatrix = roleColumns.status < 0 ? statusMatrixOf(grid, columns, headerLastRow + 1) : null;
  const extraColumns = columns.filter((c) => !usedIndexes.has(c.index) && !readAsValues(c) && c !== directionColumn && !ofLayout(c) &&
    !(statusMatrix?.columns.includes(c.index) ?? false));
  // Each kept under its header, or where two share one ("内容" under "実績" and under "進捗状況"), with its column too.
  const extraKeys = extraColumns.map((c) => (extraColumns.some((o) => o !== c && o.header === c.header) ? `${c.header}（${columnLetters(grid.left + c.index)}列）` : c.header));
  // Without a cause column, the reasons for the rating (評価の理由) or else a column of issues (課題) is where a delay's
  // cause is most likely written. A column of next steps headed with issues too ("課題と今後の方向性") says what held
  // things back as well; failing all, remarks ("備考", "説明") are where staff wrote why.
  const issuesColumn = roleColumns.cause >= 0 ? undefined
    : (extraColumns.find((c) => namesReasons(c.header)) ?? extraColumns.find((c) => namesIssues(c.header)) ?? extraColumns.find((c) => namesComments(c.header)) ??
      columns.find((c) => c.index === roleColumns.nextSteps && namesIssues(c.header)) ?? extraColumns.find((c) => namesRemarks(c.header)));
  // Remarks of any kind, not reasons for the rating written under a remark's heading ("説明（評価の理由）").
  const remarksOnly = issuesColumn !== undefined && namesRemarks(issuesColumn.header) && !namesReasons(issuesColumn.header);
  // Without a column of causes or issues, why a delay came about may be written beside the status ("遅れ（入札不調の
  // ため）") or before the next steps ("〜が遅れたため、〜。今後は〜"): taken for a delayed initiative, with a note.
  const causeBesideStatus = (row: number): IssuesCell | null => {
    if (roleColumns.status < 0) return null;
    const remark = causeBesideStatusWord(text(row, roleColumns.status));
    return remark === null ? null : { text: remark, cell: at(row, roleColumns.status), header: headerText(roleColumns.status) };
  };
  const causeBeforeNextSteps = (row: number): IssuesCell | null => {
    if (roleColumns.nextSteps < 0) return null;
    const said = causalSentence(text(row, roleColumns.nextSteps));
    return said === null ? null : { text: said, cell: at(row, roleColumns.nextSteps), header: headerText(roleColumns.nextSteps) };
  };
  const causeInNarrative = (row: number): IssuesCell | null => {
    if (narrative === undefined) return null;
    const said = causalSentence(text(row, narrative.index));
    return said === null ? null : { text: said, cell: at(row, narrative.index), header: narrative.header };
  };
  const causeElsewhere = (row: number): IssuesCell | null => causeBesideStatus(row) ?? causeBeforeNextSteps(row) ?? causeInNarrative(row);
  // A column of deadlines beside a target in words ("目標" over "内容" and "期限"): the deadline is the target's.
  // Or a column of dates under a header that may hold other things ("Timeframe": "Dec 2023", at least half its cells).
  const deadlineColumn = extraColumns.find((c) => DEADLINE_HEADERS.has(headerWords(c.header))) ??
    extraColumns.find((c) => DATED_DEADLINE_HEADERS.has(headerWords(c.header)) && mostlyDates(grid, c.index, headerLastRow + 1));

  const targetColumn = columns.find((c) => c.index === roleColumns.target);
  const targetNamesDates = kindRows === null && targetColumn !== undefined && namesDates(targetColumn);

  const merged = new MergedValues(grid);
  const problems: Problem[] = [];
  const initiatives: Initiative[] = [];
  // A1 addresses are built for several cells of every row: the column letters are worked out once per column.
  const letters: string[] = [];
  const lettersOf = (c: number): string => (letters[c] ??= columnLetters(grid.left + c));
  const at = (row: number, c: number): string => `${lettersOf(c < 0 ? 0 : c)}${grid.top + row + 1}`;
  // A mark of "same as above" (〃, 同上) is the text of the nearest cell above it in the plan that is no such mark,
  // blank or not: 〃 under a blank cause is no cause.
  const textAbove = (row: number, c: number, own: string): string => {
    if (!DITTO_MARKS.has(own)) return own;
    for (let above = row - 1; above > headerLastRow; above--) {
      const written = merged.text(above, c);
      if (!DITTO_MARKS.has(written)) return written;
    }
    return own;
  };
  // Kept small, for the engine to inline it: it is read for several cells of every row.
  const text = (row: number, c: number): string => {
    if (c < 0) return '';
    const own = merged.text(row, c);
    return own.length === 0 || own.length > 2 ? own : textAbove(row, c, own);
  };
  // What the column of issues says on a row, if the plan has one and it says anything.
  const issuesAt = (row: number): IssuesCell | null => {
    if (issuesColumn === undefined) return roleColumns.cause >= 0 ? null : causeElsewhere(row);
    const written = text(row, issuesColumn.index);
    // A remark is a cause only where it speaks of one, not a label ("所管：総務課") or a plan: else the cause is looked
    // for beside the status or before the next steps, and asked for where it is not there either.
    if (remarksOnly && !remarkGivesCause(written)) return causeElsewhere(row) ?? explainedMiss(row, written);
    // Next steps headed with issues too ("課題・今後の対応"): the sentence that says what held things back, not the
    // step ("地域説明会を開催する。").
    if (issuesColumn.index === roleColumns.nextSteps) return causeElsewhere(row);
    return entryOf(written) === '' ? null : { text: written, cell: at(row, issuesColumn.index), header: issuesColumn.header };
  };
  // Remarks written beside rows recorded as missed and beside none recorded as met ("Notes" beside each "Target not
  // met" of a report, blank beside each "Target met"): each says why its row missed, in whatever words it says it.
  let remarksOnMissesOnly: boolean | undefined;
  const remarksExplainMisses = (remarks: number): boolean => {
    if (remarksOnMissesOnly !== undefined) return remarksOnMissesOnly;
    let missesExplained = 0;
    let metWithout = 0;
    for (let row = headerLastRow + 1; row < grid.cells.length && roleColumns.status >= 0; row++) {
      const recorded = readRecordedStatus(text(row, roleColumns.status));
      const remarked = entryOf(text(row, remarks)) !== '';
      if ((recorded === 'achieved' || recorded === 'on-track') && remarked) return (remarksOnMissesOnly = false);
      if (recorded === 'achieved' || recorded === 'on-track') metWithout++;
      else if (recorded === 'delayed' && remarked) missesExplained++;
    }
    return (remarksOnMissesOnly = missesExplained > 0 && metWithout > 0);
  };
  const explainedMiss = (row: number, written: string): IssuesCell | null =>
    issuesColumn !== undefined && remarkMayExplainMiss(entryOf(written)) && remarksExplainMisses(issuesColumn.index)
      ? { text: written, cell: at(row, issuesColumn.index), header: issuesColumn.header } : null;
  // The deadline of the row's initiative, where the column gives it as a date or month.
  const deadlineAt = (row: number): { when: When; cell: string } | null => {
    const when = deadlineColumn === undefined ? null : deadlineOfCell(merged.value(row, deadlineColumn.index));
    return when === null || deadlineColumn === undefined ? null : { when, cell: at(row, deadlineColumn.index) };
  };
  const oddValue = (row: number, c: number, value: CellValue): void => {
    const kind = oddValueKind(value);
    if (c >= 0 && kind) {
      problems.push({
        cell: at(row, c), severity: 'warning', code: kind === 'error' ? 'cellError' : kind === 'uncomputed' ? 'formulaNotComputed' : 'unexpectedCellType',
        params: { value: oddValueText(value), kind },
      });
    }
  };

  // Two columns that read alike ("R2年度末実績" and "R2年度末実績(旧)"): the first is read, the other named.
  for (const role of ['name', 'target', 'actual', 'status', 'cause'] as const) {
    const used = columns.find((c) => c.index === roleColumns[role]);
    if (used === undefined) continue;
    for (const other of columns) {
      // Not one read for something else: last year's actuals, or the issues a delay's cause is taken from.
      if (other.role !== role || other.index === used.index || other.year !== used.year || other === lastYearColumn || other === issuesColumn || other === deadlineColumn ||
        furtherGroupColumns.has(other.index)) continue;
      problems.push({
        cell: at(headerRow, other.index), severity: 'info', code: 'columnIgnored',
        params: { header: other.header, used: used.header, usedCell: at(headerRow, used.index), column: lettersOf(other.index), usedColumn: lettersOf(used.index) },
      });
    }
  }

  // "--year R3" against a column headed "R2年度末実績": the actuals may not be the evaluated year's.
  const actualColumn = columns.find((c) => c.index === roleColumns.actual);
  if (readForecast) {
    problems.push({ cell: at(headerRow, forecast.index), severity: 'info', code: 'actualFromForecast', params: { forecast: forecast.header, part: partActual.header } });
  }
  if (options.year != null && actualColumn?.year != null && actualColumn.year !== options.year) {
    problems.push({
      cell: at(headerRow, actualColumn.index), severity: 'warning', code: 'actualYearDiffers',
      params: { year: options.year, columnYear: actualColumn.year, header: actualColumn.header.replace(/\s+/gu, ' ') },
    });
  }

  // Parts of the year beside the year's actual ("上半期実績", "下半期実績"): where the year's cell is blank and they are
  // not, they are not added up (a rate or a running total does not add up), but named.
  const partColumns = actualColumn === undefined ? [] : columns.filter((c) => c.role === 'actual' && c.index !== actualColumn.index &&
    isPartOfYear(c.header) && (c.year === null || c.year === actualColumn.year));
  const partsWritten = (row: number): string => partColumns.flatMap((c) => {
    const written = text(row, c.index);
    return written === '' ? [] : [`${c.header}（${at(row, c.index)}: ${written}）`];
  }).join('・');

  // Where a row's cause is written: its cause column, else its column of issues or comments, else (or when only a
  // mark in the actual cell gives it) its actual cell.
  // Not remarks: a cause missing is asked for where it belongs, not over a remark of another kind.
  const causeColumn = roleColumns.cause >= 0 ? roleColumns.cause : issuesColumn !== undefined && !remarksOnly ? issuesColumn.index : -1;
  const causeCellAt = (row: number, fromMark: boolean, actualCell: string): string =>
    causeColumn >= 0 && !fromMark ? at(row, causeColumn) : actualCell;
  // In rows of targets and of actuals, the evaluated year's column holds both, and the actual row under a target row
  // is read with it.
  const valueColumn = kindRows === null ? -1 : (yearColumn?.index ?? -1);
  // Two rows of one initiative: their names and numbers the same, or blank in either.
  const sameInitiative = (row: number, other: number): boolean => [roleColumns.name, roleColumns.id].every((c) => {
    if (c < 0) return true;
    const own = text(row, c);
    const others = text(other, c);
    return own === '' || others === '' || own === others;
  });
  const targetRemark = columns.find((c) => c.role === null && c.remarkOf === 'target');
  const actualRemark = columns.find((c) => c.role === null && c.remarkOf === 'actual');
  const remarkIfBlank = (row: number, col: number, remark: PlanColumn | undefined): number =>
    remark !== undefined && col >= 0 && isBlank(merged.value(row, col)) && !isBlank(merged.value(row, remark.index)) ? remark.index : col;
  const pairing = kindRows === null ? null : new RowPairing(kindRows, text, sameInitiative, headerLastRow + 1, grid.cells.length);
  const valueAt = (r: number, c: number): CellValue => (r < 0 || c < 0 ? null : merged.value(r, c));
  // A further group's indicator on a row: its own name, target and actual, with the unit they or their headers write;
  // the row's other columns (unit, direction, baseline, last year) are the first indicator's.
  const groupRowCells = (row: number, initiative: string, group: IndicatorGroup): RowCells => {
    const targetCol = group.target.index;
    const actualCol = group.actual.index;
    return {
      preferredYear, initiative, indicator: text(row, group.indicator.index),
      unit: merged.unitOf(row, targetCol) || merged.unitOf(row, actualCol) || unitOfHeader(group.target.header) || unitOfHeader(group.actual.header),
      actualUnit: '', target: valueAt(row, targetCol), actual: valueAt(row, actualCol),
      targetIsPercent: merged.isPercent(row, targetCol), actualIsPercent: merged.isPercent(row, actualCol),
      targetCell: at(row, targetCol), actualCell: at(row, actualCol), targetYear: null, laterTargets: NO_LATER_TARGETS,
      direction: null, lastYear: null, lastYearIsPercent: false, lastYearCell: '', baseline: null, baselineCell: '',
    };
  };
  // A cell of the other row of a pair of a target row and an actual row, '' outside rows of targets and actuals.
  const pairText = (row: number, other: number, c: number): string => (pairing === null || other < 0 || other === row || c < 0 ? '' : text(other, c));

  // The header's words for the name and target columns (from the lower row of a two-row header), to know the
  // header repeated further down.
  const headerText = (index: number): string => columns.find((c) => c.index === index)?.header.trim() ?? text(headerRow, index);
  const headerName = headerText(roleColumns.name);
  const headerTarget = headerText(roleColumns.target);
  const fill: RowFill = { blank: true, lone: -1, hasError: false };
  // A numbered title above the header is the first section's only where sections follow under it: else it is the
  // table's caption ("1 取組の進捗状況一覧").
  const above = sectionAbove(grid, headerRow);
  let section = above;
  let sectionRows = 0;
  let carriedPillar = '';
  let carriedNotice = false;
  let current: PendingInitiative | null = null;
  let directionUsed = false;
  /** The first row of the current initiative's name cell (merged over the rows that continue it). */
  let currentNameRow = -1;

  const flush = (): void => {
    if (current) initiatives.push(current);
    current = null;
  };

  for (let row = headerLastRow + 1; row < grid.cells.length; row++) {
    const cells = grid.cells[row] ?? [];
    const { blank, lone: filled, hasError } = rowFill(cells, fill);
    if (blank) continue;
    // In rows of targets and actuals, the kind of this row and the rows it reads its values from.
    const kind = pairing === null ? null : pairing.kindAt(row);
    const valueRows = pairing === null ? null : pairing.valueRows(row);
    const nameText = text(row, roleColumns.name);
    const idText = text(row, roleColumns.id);
    const totalRow = isTotalText(nameText) || isTotalText(idText) || (roleColumns.name < 0 && isTotalText(text(row, roleColumns.indicator))) ||
      // A total written in a column of no role ("部門: 合計"), the name left blank.
      (nameText === '' && isTotalText(cellText(cells.find((value) => !isBlank(value)) ?? null).trim()));
    // An error in any other cell of the row is named here: the target and actual cells are checked below. A total's
    // row is not read: an error there (#REF!) still says the sheet is broken, a formula without its result nothing.
    if (hasError) {
      const valuesChecked = valueRows === null || kind !== null;
      for (let c = 0; c < cells.length; c++) {
        const value = cells[c] ?? null;
        if (totalRow && oddValueKind(value) === 'uncomputed') continue;
        if (c !== roleColumns.target && c !== roleColumns.actual && !(valuesChecked && c === valueColumn) && !furtherGroups.some((g) => c === g.target.index || c === g.actual.index)) oddValue(row, c, isCellError(value) ? value : null);
      }
    }
    if (totalRow) continue;
    // A header repeated further down (a second table, a printed page's header) is not an initiative.
    if (nameText !== '' && nameText === headerName && text(row, roleColumns.target) === headerTarget) continue;
    // The columns' numbers under the header ("①②③…", "(1)(2)(3)…") are no initiative.
    if (row === headerLastRow + 1 && COLUMN_NUMBER.test(nameText) && numbersColumns(cells)) continue;
    // A header further down: of a second plan table (worded otherwise), read on; of another kind of table below the
    // plan (effects, references), the plan ends above it.
    const headed = nameText === '' ? null : headerBelow(grid, row, nameText);
    if (headed === 'plan') continue;
    // A printed page's number alone in a row ("－ 1 －", "Page 2 of 5") is no initiative, nor a value of the one above.
    if (filled >= 0 && PAGE_NUMBER.test(cellText(cells[filled] ?? null).trim())) continue;
    // A legend of the marks written alone in a row ("【評価区分】 A：計画どおり B：遅れている") is no initiative.
    if (filled >= 0 && isStatusLegend(cellText(cells[filled] ?? null))) continue;
    // Or in the name column under a label of its own ("評価区分 | A：順調 B：やや遅れ"), with no value beside it; or
    // any note under such a label of a judgement ("今後の方向性 | 拡充・継続・縮小・廃止"), with no value or status.
    if (filled < 0 && text(row, roleColumns.target) === '' && text(row, roleColumns.actual) === '' &&
      (isStatusLegend(nameText) || (kindRows === null && text(row, roleColumns.status) === '' && labelsJudgement(cells)))) continue;
    if (headed === 'other') {
      problems.push({ cell: at(row, roleColumns.name), severity: 'info', code: 'otherTableBelow', params: { row: grid.top + row + 1 } });
      break;
    }

    // A section title ("(1) 県庁のICT化") stands alone in its row: across a wide merge, outside the name
    // column, or numbered like a heading.
    // Not a row that goes on with the initiative above (under its merged name), nor one holding only a target or an
    // actual: those are an indicator of their own.
    const continuesMergedName = roleColumns.name >= 0 && merged.firstRow(row, roleColumns.name) < row;
    const onlyValues = filled === roleColumns.target || filled === roleColumns.actual || filled === roleColumns.indicator || furtherGroupColumns.has(filled);
    // Nor, in rows of targets and actuals, one that holds only its kind ("実績", "達成率" of a year not reached).
    const onlyKind = kindRows !== null && filled === kindRows.kindColumn && !SECTION_NUMBERING.test(cellText(cells[filled] ?? null));
    const isSection =
      filled >= 0 && !continuesMergedName && !onlyValues && !onlyKind && kind === null &&
      (filled !== roleColumns.name || merged.isWide(row, filled) || SECTION_NUMBERING.test(cellText(cells[filled] ?? null)));
    if (isSection) {
      sectionRows++;
      flush();
      section = cellText(cells[filled] ?? null).replace(SECTION_PREFIX, '').trim();
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

    const ownNameValue = roleColumns.name >= 0 ? cellAt(grid, row, roleColumns.name) : null;
    const nameStartRow = roleColumns.name >= 0 ? merged.firstRow(row, roleColumns.name) : row;
    const pending: PendingInitiative | null = current;
    // A row continues the initiative above when its name cell is merged with that initiative's, or is left blank
    // (not holding an error) without a number of its own: a new No. starts a new initiative even without a name.
    // The actual row read with the target row above it goes on with that row's initiative, whatever its name cell holds.
    const readWithTargetRow = valueRows?.readAbove === true;
    // There, a row that writes the initiative's name again goes on with it too (a row of rates, the next indicator).
    const continues: boolean = readWithTargetRow || (
      pending !== null && roleColumns.name >= 0 &&
      (nameStartRow < row ? currentNameRow === nameStartRow
        : (isBlank(ownNameValue) || (kindRows !== null && nameText === pending.name)) && (idText === '' || idText === pending.id)));
    // Where this row's target and actual are: its own cells, or in rows of targets and actuals the year's cells of
    // the target row and of the actual row read with it (-1: none).
    const targetRow = valueRows === null ? row : valueRows.target;
    const actualRow = valueRows === null ? row : valueRows.actual;
    // A remark beside a blank value under the same heading ("実績" over "数値" and "内容") is what was written.
    const targetCol = valueRows !== null ? valueColumn : remarkIfBlank(row, roleColumns.target, targetRemark);
    const actualCol = valueRows !== null ? valueColumn : remarkIfBlank(row, roleColumns.actual, actualRemark);
    // The row whose cells stand for the value where it has none, for an address ("no target" named on this row).
    const targetAt = targetRow < 0 ? row : targetRow;
    const actualAt = actualRow < 0 ? row : actualRow;

    const sheetRow = grid.top + row + 1;
    const rowCells: RowCells = {
      preferredYear,
      initiative: nameText,
      // In rows of targets and actuals, the indicator and unit written on either row of the pair.
      indicator: roleColumns.indicator >= 0 ? text(row, roleColumns.indicator) || pairText(row, actualRow, roleColumns.indicator) : '',
      // Else the unit the number formats write ("#,##0\"㎡\""), else the header's note.
      unit: text(row, roleColumns.unit) || pairText(row, actualRow, roleColumns.unit) || merged.unitOf(targetRow, targetCol) ||
        merged.unitOf(actualRow, actualCol) || unitOfHeaders,
      actualUnit: actualUnitColumn === undefined ? '' : text(row, actualUnitColumn.index),
      target: valueAt(targetRow, targetCol),
      actual: valueAt(actualRow, actualCol),
      actualIsNarrative: narrative !== undefined && actualCol === narrative.index,
      targetIsPercent: targetRow >= 0 && merged.isPercent(targetRow, targetCol),
      actualIsPercent: actualRow >= 0 && merged.isPercent(actualRow, actualCol),
      targetCell: at(targetAt, targetCol),
      // Without an actual column, the target's cell (else the name's) stands for it: column A may be anything.
      actualCell: actualCol >= 0 ? at(actualAt, actualCol) : targetCol >= 0 ? at(targetAt, targetCol) : at(row, roleColumns.name),
      targetYear: kindRows === null ? targetYear : preferredYear,
      direction: directionColumn === undefined ? null : (directionOfMark(text(row, directionColumn.index)) ?? null),
      lastYear: lastYearColumn === undefined ? null : valueAt(actualRow, lastYearColumn.index),
      lastYearIsPercent: lastYearColumn !== undefined && actualRow >= 0 && merged.isPercent(actualRow, lastYearColumn.index),
      lastYearCell: lastYearColumn === undefined ? '' : at(actualAt, lastYearColumn.index),
      baseline: baselineColumn === undefined ? null : merged.value(row, baselineColumn.index),
      baselineCell: baselineColumn === undefined ? '' : at(row, baselineColumn.index),
      laterTargets: laterTargetColumns.length === 0 || targetRow < 0 ? NO_LATER_TARGETS
        : laterTargetColumns.map((c) => ({ year: c.year as FiscalYear, value: merged.value(targetRow, c.index), cell: at(targetRow, c.index), isPercent: merged.isPercent(targetRow, c.index) })),
    };
    if (targetNamesDates) rowCells.target = dateAsDeadline(rowCells.target);
    const withDeadline = deadlineColumn === undefined ? null : targetWithDeadline(rowCells.target, merged.value(row, deadlineColumn.index));
    if (withDeadline !== null) rowCells.target = withDeadline;
    if (partColumns.length > 0 && isBlank(rowCells.actual)) {
      const parts = partsWritten(row);
      if (parts !== '') problems.push({ cell: rowCells.actualCell, severity: 'warning', code: 'yearActualBlank', params: { header: actualColumn?.header ?? '', parts } });
    }
    if (targetRow >= 0) oddValue(targetRow, targetCol, rowCells.target);

    // "15団体 【遅れが生じている要因】 市町村において…": the value before the mark, the cause after it.
    const actualText = rowCells.actual === null ? '' : cellText(rowCells.actual);
    const mark = causeMarkerIn(actualText);
    const markedCause = mark === null ? null : withoutUnopenedBracket(actualText.slice(mark.at + mark.length).trim()) || null;
    // A mark with nothing after it leaves the actual cell as written.
    if (mark !== null && markedCause !== null) rowCells.actual = actualText.slice(0, mark.at).trim();
    // A row read with its target row has given its values there; a row of rates or a forecast under them (達成率,
    // 見込) gives none, even under the indicator's merged name.
    const noValues: boolean = valueRows !== null && valueRows.target < 0 && valueRows.actual < 0 && (kind !== null || continues);
    const indicators: Indicator[] = noValues ? [] : buildIndicators(rowCells, problems);
    // A date cell against a deadline is the day the thing was done: no odd value.
    if (actualRow >= 0 && indicators[0]?.actualDate == null) oddValue(actualRow, actualCol, rowCells.actual);
    for (const group of furtherGroups) {
      const groupCells = groupRowCells(row, nameText, group);
      // A group left blank on the row measures nothing there.
      if (groupCells.indicator === '' && isBlank(groupCells.target) && isBlank(groupCells.actual)) continue;
      oddValue(row, group.target.index, groupCells.target);
      const own = buildIndicators(groupCells, problems);
      if (own[0]?.actualDate == null) oddValue(row, group.actual.index, groupCells.actual);
      for (const indicator of own) indicators.push(indicator);
    }
    if (rowCells.direction !== null && !directionUsed) directionUsed = indicators.some(takesDirectionFromColumn);

    const writtenCause = entryOf(text(row, roleColumns.cause));
    const causeText = writtenCause || markedCause || '';
    // The cause after a mark in the actual cell is written there; so, with nothing after the mark, is the one missing.
    const causeAtMark = writtenCause === '' && mark !== null;
    // In a matrix, the ticked column's words are the status, and its cell the status's.
    const ticked = statusMatrix === null ? -1 : tickedIn(statusMatrix, (c) => text(row, c));
    const statusText = statusMatrix === null ? entryOf(text(row, roleColumns.status)) : (statusMatrix.words[ticked] ?? '');
    const statusColumn = statusMatrix === null ? roleColumns.status : (statusMatrix.columns[Math.max(ticked, 0)] ?? -1);

    if (continues && pending !== null) {
      for (const indicator of indicators) pending.indicators.push(indicator);
      // A later row of a merged initiative may add the cause the first row left blank, or a cause of its own
      // indicator: every cause recorded is carried, in row order.
      // A cause cell merged down from the row above is the same cause, not another.
      const causeRepeated = roleColumns.cause >= 0 && writtenCause !== '' && merged.firstRow(row, roleColumns.cause) < row;
      if (causeText !== '' && !causeRepeated) {
        if (pending.cause === null) {
          pending.cause = causeText;
          pending.causeCell = causeCellAt(row, causeAtMark, rowCells.actualCell);
        } else if (!pending.cause.split('\n').includes(causeText)) {
          pending.cause = `${pending.cause}\n${causeText}`;
        }
      }
      // Issues written beside a later row's indicator are the initiative's too; so are next steps the first row left
      // blank (written on the actual row, under a target row), and each row's own value of the other columns.
      if (pending.issues === null) pending.issues = issuesAt(row);
      if (pending.nextSteps === null) pending.nextSteps = text(row, roleColumns.nextSteps) || null;
      for (let i = 0; i < extraColumns.length; i++) {
        const key = extraKeys[i] as string;
        // Each indicator row's own value kept, one line per row written ("デジタル推進課", "行政改革課"); not a merged
        // cell's again, nor in rows of targets and actuals, whose rows are one indicator's target, actual and rate.
        const c = extraColumns[i] as PlanColumn;
        const value = text(row, c.index);
        const kept = pending.extra[key];
        if (value !== '' && kept === undefined) pending.extra[key] = value;
        else if (value !== '' && kept !== undefined && kindRows === null && merged.firstRow(row, c.index) === row) pending.extra[key] = `${kept}\n${value}`;
      }
      if (pending.recordedStatus === null && statusText !== '') {
        pending.recordedStatus = statusText;
        pending.recordedStatusCell = at(row, statusColumn);
      }
      continue;
    }
    flush();
    currentNameRow = nameStartRow;

    const extra: Record<string, string> = {};
    for (let i = 0; i < extraColumns.length; i++) {
      const value = text(row, (extraColumns[i] as PlanColumn).index);
      if (value !== '') extra[extraKeys[i] as string] = value;
    }
    current = {
      indicators,
      row: sheetRow,
      id: idText || String(initiatives.length + 1),
      pillar,
      name: nameText || indicators[0]?.name || '',
      recordedStatus: statusText || null,
      recordedStatusCell: statusColumn >= 0 ? at(row, statusColumn) : null,
      cause: causeText || null,
      causeCell: causeCellAt(row, causeAtMark, rowCells.actualCell),
      nextSteps: text(row, roleColumns.nextSteps) || null,
      extra,
      issues: issuesAt(row),
      deadline: deadlineAt(row),
    };
  }
  flush();
  if (above !== '' && sectionRows === 0) {
    for (let i = 0; i < initiatives.length; i++) {
      const initiative = initiatives[i] as Initiative;
      if (initiative.pillar === above) initiatives[i] = { ...initiative, pillar: '' };
    }
  }
  // Said once, where the column decided a direction that no target wrote.
  if (directionColumn !== undefined && directionUsed) {
    problems.push({ cell: at(headerRow, directionColumn.index), severity: 'info', code: 'directionFromColumn', params: { header: directionColumn.header } });
  }
  // A header with nothing under it is no plan to judge: said plainly rather than reported as 0 initiatives.
  if (initiatives.length === 0) throw new EvaluationError('noInitiatives', { sheet: grid.sheetName, row: grid.top + headerRow + 1 });

  // No year asked for and none in the headers: the year most targets are written for, said so, since a wrong
  // guess would judge every initiative against another year's targets.
  const inferredYear = preferredYear === null ? mostFrequentYear(initiatives) : null;
  if (titleYear !== null) {
    problems.push({ cell: at(headerRow, roleColumns.actual >= 0 ? roleColumns.actual : Math.max(roleColumns.target, 0)), severity: 'info', code: 'yearFromTitle', params: { year: titleYear, title: title ?? '' } });
  }
  if (actualsYear !== null) {
    problems.push({ cell: at(headerLastRow, valueColumn >= 0 ? valueColumn : 0), severity: 'info', code: 'yearFromActuals', params: { year: actualsYear } });
  }
  if (kindRows !== null && yearColumn !== undefined) {
    problems.push({ cell: at(headerRow, kindRows.kindColumn), severity: 'info', code: 'targetActualRows', params: { kind: kindRows.kindHeader, yearHeader: yearColumn.label, yearCell: at(headerLastRow, yearColumn.index), order: kindRows.actualFirst ? 'above' : 'below' } });
    // A year asked for whose actual rows are all blank ("--year R5" where R5 holds forecasts): nothing was measured.
    if (!initiatives.some((i) => i.indicators.some((x) => x.actualText !== ''))) {
      problems.push({ cell: at(headerLastRow, yearColumn.index), severity: 'warning', code: 'noActualsForYear', params: { year: yearColumn.year, yearHeader: yearColumn.label } });
    }
  }
  if (kindRows !== null && yearColumn === undefined && preferredYear !== null) {
    problems.push({ cell: at(headerRow, kindRows.kindColumn), severity: 'warning', code: 'noYearColumn', params: { year: preferredYear } });
  }
  if (inferredYear !== null) {
    problems.push({ cell: at(headerRow, roleColumns.actual >= 0 ? roleColumns.actual : Math.max(roleColumns.target, 0)), severity: 'info', code: 'yearInferred', params: { year: inferredYear } });
  }

  // A legend of the rating marks above the header or below the initiatives: said once where a status recorded is a
  // mark it reads otherwise than the mark alone would be read.
  const lastRead = initiatives.reduce((last, i) => Math.max(last, i.row - grid.top - 1), headerLastRow);
  const legend = statusLegendOf(grid, headerRow, lastRead + 1);
  const legendUsed = legend === null ? [] : [...legend.marks].filter(([mark, { status }]) =>
    readRecordedStatus(mark) !== status && initiatives.some((i) => legendKey(i.recordedStatus) === mark));
  if (legend !== null && legendUsed.length > 0) {
    problems.push({
      cell: at(legend.row, legend.col), severity: 'info', code: 'statusLegend',
      params: { marks: legendUsed.map(([mark, { words }]) => `${mark.toUpperCase()}：${words}`).join('、') },
    });
  }

  const plan: Plan = {
    sheet: grid.sheetName,
    title,
    headerRow: grid.top + headerRow + 1,
    columns,
    year: preferredYear ?? inferredYear,
    initiatives,
    targetActualRows: kindRows !== null,
    statusLegend: legend?.marks ?? new Map(),
    asOf: asOfAbove(grid, headerRow),
  };
  return { plan, problems };
}

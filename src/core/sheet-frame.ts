/**
 * What surrounds a plan's rows on its sheet: the title above the header and the year it names, a section title
 * just above the header, and which of several status columns holds this year's ratings.
 */
import type { Grid } from './grid';
import type { PlanColumn, Status, StatusLegend } from './model';
import type { FiscalYear } from './quantity-types';
import { cellText, isBlank } from './cell-text';
import { normalizeText, parseYearLabel } from './quantity';
import { mentionsLastYear } from './last-year';
import { readRecordedStatus, startsWithRate } from './recorded-status';
import { asOfIn, type When } from './deadlines';
import { fiscalYearSpans, roleOfHeader } from './header-words';

/** The numbering of a section title: "(1)", "1.", "①", "Ⅱ". */
export const SECTION_NUMBERING = /^\s*(?:\(\s*\d+\s*\)|[0-9]+[.．、)]|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][.．、]?)\s*/u;
/** What is taken off a section title: its numbering, also a bare number before a space ("１　県庁のICT化"). */
export const SECTION_PREFIX = new RegExp(`${SECTION_NUMBERING.source}|^\\s*[0-9０-９]{1,2}\\s+`, 'u');

/** Rows looked at to tell which of several status columns holds the statuses. */
const STATUS_SAMPLE_ROWS = 300;
/** A status as a rating is written: a mark, a grade or a few words ("○", "B", "概ね順調"); not a comment. */
const LONGEST_RATING = 8;
/** The final rating's column among several ("所管課評価", "行革推進本部評価（最終）"). */
const FINAL_RATING = /最終|二次|確定|本部|final/iu;

/**
 * Of several columns headed as statuses ("達成状況" and "評価"), this year's (not "前年度評価", nor an earlier year's),
 * then the final rating's where it holds ratings in at least half as many rows as any, else the one whose cells are
 * ratings most often (the other may hold comments).
 * Undefined with fewer than two.
 */
export function statusColumnOf(grid: Grid, columns: readonly PlanColumn[], firstRow: number, year: FiscalYear | null): number | undefined {
  const all = columns.filter((c) => c.role === 'status');
  if (all.length < 2) return undefined;
  const thisYears = all.filter((c) => !mentionsLastYear(c.header));
  const dated = thisYears.filter((c) => c.year !== null);
  const latest = dated.reduce<FiscalYear | null>((y, c) => (y === null || (c.year ?? 0) > y ? c.year : y), null);
  const ofYear = year !== null && dated.some((c) => c.year === year) ? year : latest;
  const candidates = ofYear === null ? thisYears : thisYears.filter((c) => c.year === ofYear || c.year === null);
  if (candidates.length === 0) return undefined;
  const last = Math.min(grid.cells.length, firstRow + STATUS_SAMPLE_ROWS);
  // Ratings in words or marks before rates of progress ("Progress" of "79%" beside "Status" of "Slipped"): a share done
  // is no status recorded where the plan records one, in at least half as many rows. Else rates count as ratings.
  const countRatings = (withRates: boolean): number[] => candidates.map((column) => {
    let count = 0;
    for (let row = firstRow; row < last; row++) {
      const value = grid.cells[row]?.[column.index];
      if (typeof value === 'string' && value.trim().length <= LONGEST_RATING && readRecordedStatus(value) !== null && (withRates || !startsWithRate(value))) count++;
    }
    return count;
  });
  const words = countRatings(false);
  const anyRatings = countRatings(true);
  const counts = Math.max(...words) > 0 && Math.max(...words) * 2 >= Math.max(...anyRatings) ? words : anyRatings;
  const most = Math.max(...counts);
  // The final rating's column where it holds ratings, even where some are not given yet ("－"); else the fullest.
  const final = candidates.findIndex((c, i) => FINAL_RATING.test(c.header) && (counts[i] ?? 0) > 0 && (counts[i] ?? 0) * 2 >= most);
  return candidates[final >= 0 ? final : counts.indexOf(most)]?.index;
}

/** Marks that tick a box: "該当欄に○". */
const TICKS: ReadonlySet<string> = new Set(['○', '〇', '◯', '●', '◎', '✓', '✔', 'レ', 'v', 'x', '×', '✕', '1']);

/**
 * Statuses recorded as a tick in one of several columns side by side, each headed by a status ("進捗状況（該当欄に○）"
 * over "A 達成 | B 順調 | C 遅れ | D 未着手"): the columns, in order, and for each its status words ("A 達成").
 */
export interface StatusMatrix {
  readonly columns: readonly number[];
  readonly words: readonly string[];
}

/**
 * The status matrix among columns of no role: two or more side by side whose headers each read as a status, with
 * nothing below them but ticks, one a row at most, and two or more in all; null where there is none.
 */
export function statusMatrixOf(grid: Grid, columns: readonly PlanColumn[], firstRow: number): StatusMatrix | null {
  let run: PlanColumn[] = [];
  const runs: PlanColumn[][] = [];
  for (const column of columns) {
    const last = run[run.length - 1];
    const reads = column.role === null && readRecordedStatus(column.header) !== null;
    if (reads && last !== undefined && column.index === last.index + 1) run.push(column);
    else {
      if (run.length >= 2) runs.push(run);
      run = reads ? [column] : [];
    }
  }
  if (run.length >= 2) runs.push(run);
  for (const candidate of runs) {
    let ticks = 0;
    let others = 0;
    const end = Math.min(grid.cells.length, firstRow + STATUS_SAMPLE_ROWS);
    for (let row = firstRow; row < end; row++) {
      let inRow = 0;
      for (const column of candidate) {
        const value = grid.cells[row]?.[column.index] ?? null;
        if (isBlank(value)) continue;
        if (TICKS.has(normalizeText(cellText(value)).trim().toLowerCase())) inRow++;
        else others++;
      }
      if (inRow > 1) others++;
      ticks += inRow;
    }
    if (ticks >= 2 && others === 0) {
      return { columns: candidate.map((c) => c.index), words: candidate.map((c) => normalizeText(c.header).replace(/\s+/gu, ' ').trim()) };
    }
  }
  return null;
}

/** The column of a matrix ticked on a row (-1: none), among `columns` as its values there are. */
export function tickedIn(matrix: StatusMatrix, cellsOfRow: (column: number) => string): number {
  for (let i = 0; i < matrix.columns.length; i++) if (cellsOfRow(matrix.columns[i] as number) !== '') return i;
  return -1;
}

/**
 * The section title just above the header ("1 デジタル化の推進" over the first table), which the rows under the header
 * belong to: the nearest row above it that holds anything, when that is one numbered title alone.
 */
export function sectionAbove(grid: Grid, headerRow: number): string {
  for (let row = headerRow - 1; row >= 0; row--) {
    const filled = (grid.cells[row] ?? []).filter((value) => !isBlank(value));
    if (filled.length === 0) continue;
    const title = filled.length === 1 ? cellText(filled[0] ?? null) : '';
    return SECTION_PREFIX.test(title) ? title.replace(SECTION_PREFIX, '').trim() : '';
  }
  return '';
}

/** A title of a progress report, as opposed to a meeting's papers ("第1回推進本部会議 資料2") or a plan's making. */
const PROGRESS_TITLE = /進捗|進行管理|実績|評価|取組状況|実施状況|達成状況|結果|報告|\b(?:progress|results|report|performance|position|update)\b/iu;
const OTHER_TITLE = /会議|資料|策定|改定|改訂|案|\b(?:draft|consultation|proposed|proposal)\b/iu;
/** A fiscal year in English: "FY2021", "FY 2021". */
const FISCAL_YEAR_EN = /\bFY\s*\d{4}\b/u;

/**
 * The fiscal year a progress report's title names, where it names one and only one ("令和3年度 行動計画 進捗状況"; not
 * "R3年度～R7年度", nor "令和4年度 第1回行政改革推進本部会議 資料2").
 */
export function yearOfTitle(title: string | null): FiscalYear | null {
  if (title === null || !PROGRESS_TITLE.test(title) || OTHER_TITLE.test(title)) return null;
  // "2022/23": the fiscal year from April 2022, as English titles write it; only where it is the one year named.
  const spans = fiscalYearSpans(title);
  if (spans.length > 1) return null;
  if (spans.length === 1 && !title.includes('年度') && !FISCAL_YEAR_EN.test(title)) return spans[0] ?? null;
  if (!(title.includes('年度') || FISCAL_YEAR_EN.test(title))) return null;
  const years = new Set<FiscalYear>();
  for (const part of title.split(/[～〜~\-－ー―]|から|及び|・|、/u)) {
    const year = parseYearLabel(part);
    if (year !== null) years.add(year);
  }
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** A legend of rating marks ("評価区分 S：計画以上 A：計画どおり B：やや遅れている C：…") and the cell (0-based) holding it. */
export interface LegendOnSheet {
  readonly row: number;
  readonly col: number;
  readonly marks: StatusLegend;
}

/**
 * One mark and its meaning in a legend: a letter, a mark or a score of 1 to 5, a colon or equals sign, then words up to
 * the next mark ("B：やや遅れている", "A=順調", "B: Slightly behind", "4：目標どおり").
 */
const LEGEND_ITEM = /(?:^|[\s、,/])([A-Ea-eSs◎○〇△×✕1-5])\s*[:=]\s*([^:=、,/]{2,}?)(?=\s*[、,/]?\s*[A-Ea-eSs◎○〇△×✕1-5]\s*[:=]|\s*$)/gu;
/** A mark that is a score ("4：目標どおり"): a legend of scores lists three or more, so a numbered note is none. */
const SCORE_MARK = /^[1-5]$/u;

/**
 * The legend of rating marks above the header or below the table (from row `below` on), where one cell lists two or
 * more marks each with words that read as a status: the sheet's own meaning of "B" (やや遅れている) comes before any
 * reading of the mark alone.
 */
export function statusLegendOf(grid: Grid, headerRow: number, below: number): LegendOnSheet | null {
  for (let row = 0; row < grid.cells.length; row++) {
    if (row === headerRow) row = Math.max(row, below);
    const cells = grid.cells[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      const marks = typeof value === 'string' ? legendMarks(value) : null;
      if (marks !== null) return { row, col, marks };
    }
  }
  return null;
}

/**
 * Whether a text is a legend of rating marks, or a key of the status words a plan uses ("Status: Complete / On
 * schedule / Slipped / Not started", "Status key: Completed | On track | Delayed").
 */
export function isStatusLegend(text: string): boolean {
  return legendMarks(text) !== null || isStatusKey(text);
}

/** A label, a colon and the words listed after it, each kept apart by a slash, bar or comma. */
const STATUS_KEY = /^([^:：]{1,30})[:：]\s*(\S.*)$/u;
const KEY_ITEM_SEPARATOR = /\s*[/|,、・]\s*/u;
/** The label of a key: a status's heading ("Status", "RAG status", "進捗状況"), or a key's or legend's ("Key", "凡例"). */
const KEY_LABEL = /(?:key|legend|凡例)$/iu;

function isStatusKey(text: string): boolean {
  const m = STATUS_KEY.exec(normalizeText(text).trim());
  if (m === null) return false;
  const label = (m[1] ?? '').trim();
  if (roleOfHeader(label)?.role !== 'status' && !KEY_LABEL.test(label)) return false;
  const items = (m[2] ?? '').split(KEY_ITEM_SEPARATOR);
  // Two statuses or more, each the whole item: "Status: On track as planned, with some slippage" is a remark.
  return items.length >= 2 && items.every((item) => item.length <= LONGEST_KEY_ITEM && readRecordedStatus(item) !== null);
}
/** A status word in a key is short: "Not started", "Behind schedule". */
const LONGEST_KEY_ITEM = 20;

/** A legend's marks and what they mean; null for a text that is none. */
function legendMarks(text: string): StatusLegend | null {
  if (!/[:：=＝]/u.test(text)) return null;
  const marks = new Map<string, { status: Exclude<Status, 'unknown'>; words: string }>();
  for (const m of normalizeText(text).matchAll(LEGEND_ITEM)) {
    const words = (m[2] ?? '').trim();
    const status = readRecordedStatus(words);
    if (status !== null) marks.set((m[1] ?? '').toLowerCase(), { status, words });
  }
  // Two marks or more that read as statuses: a note such as "A:目標値 B:実績値" is no legend. Scores need three
  // ("評価基準 5：目標を大きく上回る 4：目標どおり 3：概ね目標どおり…"): "1：…達成 2：…" may be notes numbered.
  let scores = 0;
  for (const mark of marks.keys()) if (SCORE_MARK.test(mark)) scores++;
  if (scores > 0 && (scores < 3 || scores !== marks.size)) return null;
  return marks.size >= 2 ? marks : null;
}

/** The day the lines above the header say the figures are as of ("令和3年5月31日現在"), or null. */
export function asOfAbove(grid: Grid, headerRow: number): When | null {
  for (let row = 0; row < headerRow; row++) {
    for (const value of grid.cells[row] ?? []) {
      const text = typeof value === 'string' ? value : '';
      const when = text === '' ? null : asOfIn(text);
      if (when !== null) return when;
    }
  }
  return null;
}

export function titleAbove(grid: Grid, headerRow: number): string | null {
  for (let row = 0; row < headerRow; row++) {
    for (const value of grid.cells[row] ?? []) {
      const title = cellText(value).trim();
      if (title !== '') return title;
    }
  }
  return null;
}

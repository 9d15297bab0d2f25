/** Finding the header row of a plan sheet and the role of each column from its header words. */
import { cellAt, type Grid, type MergedArea } from './grid';
import type { PlanColumn, Role } from './model';
import { normalizeText } from './quantity';
import type { FiscalYear } from './quantity-types';
import { cellText } from './cell-text';
import { ROLE_HEADER_WORDS } from './vocabulary';
import { comparesWithLastYear, namesLastYear } from './last-year';
import { headerWords, headerYearOf, isYearOnly, namesNextYearsSteps, roleOfHeader } from './header-words';
import { targetActualRowsOf } from './target-actual-rows';

/** How far down a header may sit: title, date and note lines above it are common, dozens are not. */
const HEADER_SEARCH_ROWS = 30;

export interface HeaderGuess {
  /** 0-based grid row. */
  readonly row: number;
  /** The header's last row: the row below `row` when the header is written on two rows, else `row`. */
  readonly lastRow: number;
  readonly columns: readonly PlanColumn[];
  readonly score: number;
}

function columnsOfRow(grid: Grid, row: number): PlanColumn[] {
  const width = grid.cells[row]?.length ?? 0;
  const columns: PlanColumn[] = [];
  for (let col = 0; col < width; col++) {
    const header = cellText(cellAt(grid, row, col)).trim();
    if (header === '') continue;
    const match = roleOfHeader(header);
    const column: PlanColumn = { index: col, header, role: match?.role ?? null, year: headerYearOf(header) ?? bareYearOf(header) };
    columns.push(match?.weak === true ? { ...column, weakRole: true } : column);
  }
  return columns;
}

/** An English header of a year and a word ("2023 Result", "Target 2024"): the year, as "FY2023 Result" gives it. */
const BARE_YEAR_HEADER = /^(?:(20\d{2})\s+[A-Za-z][A-Za-z ]*|[A-Za-z][A-Za-z ]*\s(20\d{2}))$/u;

function bareYearOf(header: string): FiscalYear | null {
  const m = BARE_YEAR_HEADER.exec(header.trim());
  return m === null ? null : Number(m[1] ?? m[2]);
}

function scoreColumns(columns: readonly PlanColumn[]): number {
  // Only roles named by their own words make a plan's header: "項目 / 計画 / 決算" heads a budget, not a plan.
  const roles = new Set(columns.filter((c) => c.weakRole !== true).map((c) => c.role).filter((r): r is Role => r !== null));
  const hasSubject = roles.has('name') || roles.has('indicator');
  const hasJudgement = roles.has('target') || roles.has('actual') || roles.has('status');
  if (!hasSubject || !hasJudgement) return 0;
  return roles.size;
}

/**
 * "Measure" beside another column of initiatives ("Action", "Initiative") and no indicator's: the indicator, as in a
 * plan's "performance measure"; alone, it names the initiative.
 */
function measureBesideAction(columns: PlanColumn[]): PlanColumn[] {
  const isMeasure = (c: PlanColumn): boolean => c.role === 'name' && /^measures?$/u.test(headerWords(c.header));
  const measure = columns.find(isMeasure);
  if (measure === undefined || columns.some((c) => c.role === 'indicator') || !columns.some((c) => c.role === 'name' && !isMeasure(c))) return columns;
  return columns.map((c) => (c === measure ? { ...c, role: 'indicator' } : c));
}

/**
 * Roles settled across the row: a column named weakly (計画, 決算, a note) gives way to one named by the role's own
 * words ("計画" beside "目標" is kept as a column of its own); and 推進項目 (重点項目), a policy direction beside 取組項目, names the
 * initiatives where no other column does.
 */
function settleRoles(columns: PlanColumn[]): PlanColumn[] {
  const strong = columns.filter((c) => c.role !== null && c.weakRole !== true);
  // Of the same year: "計画" under H19 beside "数値目標（H21年度）" is H19's target, and "令和4年度計画" beside a "目標"
  // that lists R7's is R4's.
  const givesWay = (c: PlanColumn): boolean => c.weakRole === true && strong.some((s) => s.role === c.role && s.year === c.year);
  let settled = columns.map((c) => (givesWay(c) ? { ...c, role: null } : c));
  // "Measure" beside "Deliverable" or "Action" is what measures it: the indicator, where no column is named so.
  const names = settled.filter((c) => c.role === 'name');
  const measure = names.length > 1 && !settled.some((c) => c.role === 'indicator') ? names.find((c) => MEASURE.test(headerWords(c.header))) : undefined;
  if (measure !== undefined) settled = settled.map((c) => (c === measure ? { ...c, role: 'indicator' } : c));
  if (!settled.some((c) => c.role === 'name')) {
    const initiatives = settled.find((c) => c.role === 'pillar' && PILLAR_OR_INITIATIVES.test(headerWords(c.header)));
    if (initiatives !== undefined) settled = settled.map((c) => (c === initiatives ? { ...c, role: 'name' } : c));
  }
  // "Planned actions", "Actions for 2025" beside no other column of names are the actions themselves, not next steps.
  if (!settled.some((c) => c.role === 'name')) {
    const actions = settled.find((c) => c.role === 'nextSteps' && namesNextYearsSteps(c.header) && ACTIONS.test(headerWords(c.header)));
    if (actions !== undefined) settled = settled.map((c) => (c === actions ? { ...c, role: 'name' } : c));
  }
  return settled;
}

/** Header words that speak of actions ("plannedactions", "actionsfor"). */
const ACTIONS = /action/u;

/** A heading of what measures an initiative: "Measure", "Measures". */
const MEASURE = /^measures?$/u;

/** A heading of policy directions that names the initiatives themselves where nothing else does. */
const PILLAR_OR_INITIATIVES = /^(?:推進項目|重点項目|重点取組)$/u;

/** Whether the columns name initiatives and the rows under them are targets and actuals in turn, by year. */
function headsTargetActualRows(grid: Grid, row: number, lastRow: number, columns: readonly PlanColumn[]): boolean {
  if (!columns.some((c) => c.role === 'name' || c.role === 'indicator')) return false;
  return targetActualRowsOf(grid, columns, lastRow + 1, row) !== null;
}

/**
 * A header written on two rows: a heading merged across columns ("数値目標" over "目標" and "実績", "取組" over "大項目"
 * and "小項目") names them in the row below. The columns under such a merge take the lower row's words; the others
 * keep their own. Null when the row has no merge across columns with words under it.
 */
function twoRowHeader(grid: Grid, row: number, columns: readonly PlanColumn[]): PlanColumn[] | null {
  const spans = grid.merges.filter((m) => m.top === row && m.bottom === row && m.right > m.left);
  const below = row + 1;
  const under = (col: number): string => cellText(cellAt(grid, below, col)).trim();
  const belowWidth = grid.cells[below]?.length ?? 0;
  // On 方眼紙 (a sheet of narrow columns, every cell merged across several) a sub-header is merged across columns
  // too: the columns it covers after its first are part of it, not left blank, and make no column of their own.
  // Only in a header written on two rows, the other headers merged down over both: below a one-row header on 方眼紙,
  // the values are merged so too.
  const twoRowsMergedDown = grid.merges.some((m) => m.top === row && m.bottom >= below && cellText(cellAt(grid, row, m.left)).trim() !== '');
  const subHeaderSpans = twoRowsMergedDown ? grid.merges.filter((m) => m.top === below && m.bottom === below && m.right > m.left) : [];
  const coveredBySubHeader = (col: number, within: { left: number; right: number }): boolean =>
    subHeaderSpans.some((s) => s.left < col && col <= s.right && s.left >= within.left && s.right <= within.right && under(s.left) !== '');
  // Beside headers merged down over the sub-headers' row ("No.", "取組項目"): a title merged above a header (from
  // column B, beside an empty margin) has none.
  const namingHeading = twoRowsMergedDown ? headingOverTargetAndActual(spans, grid, row, under, coveredBySubHeader) : null;
  const named = spans.filter((m) => {
    // A heading of its own (数値目標, 取組) or a year over its columns, never a title across the whole table.
    const heading = cellText(cellAt(grid, row, m.left)).trim();
    if (m.left === 0 && m.right >= belowWidth - 1) return false;
    for (let c = m.left; c <= m.right; c++) if (under(c) === '' && !coveredBySubHeader(c, m)) return false;
    if (roleOfHeader(heading) !== null || isYearOnly(heading)) return true;
    const subHeaders: string[] = [];
    for (let c = m.left; c <= m.right; c++) if (!coveredBySubHeader(c, m)) subHeaders.push(under(c));
    // Or a heading of no role over years alone ("工程表" over "R3年度", "R4年度"), in a row that holds nothing else (the
    // other headers merged down over it): a column per year, each kept. A row of data with years in it is no header.
    if (subHeaders.every(isYearOnly)) {
      for (let c = 0; c < belowWidth; c++) if ((c < m.left || c > m.right) && under(c) !== '' && !isYearOnly(under(c))) return false;
      return true;
    }
    return m === namingHeading;
  });
  if (named.length === 0) return null;
  const replaced = new Set<number>();
  const lower: PlanColumn[] = [];
  for (const m of named) {
    const heading = columns.find((x) => x.index === m.left)?.header ?? '';
    const headingRole = roleOfHeader(heading)?.role ?? null;
    const spanned: PlanColumn[] = [];
    for (let c = m.left; c <= m.right; c++) {
      replaced.add(c);
      if (coveredBySubHeader(c, m)) continue;
      const header = under(c);
      // "目標" over "R2年度" and "R3年度": a year alone below takes the heading's role; so does the value of a
      // heading written with its unit beside it ("目標（R4年度）" over "数値" and "単位").
      const ofHeading = isYearOnly(header) || (VALUE_WORDS.test(header) && (headingRole === 'target' || headingRole === 'actual'));
      // "Action" over "Number" and "Description": the initiative's number, and its name.
      const ownMatch = roleOfHeader(header);
      const ownRole = headingRole === 'name' && VALUE_WORDS.test(header) ? 'id' : ownMatch?.role;
      const role = ownRole ?? (ofHeading ? headingRole : null);
      // A unit under a heading is that heading's unit ("実績" over "単位"): named with it, for the reader to pair them.
      const named = ofHeading || (role === 'unit' && headingRole !== null);
      const column: PlanColumn = {
        index: c, header: named ? `${heading} ${header}` : header, role,
        year: headerYearOf(header) ?? (isYearOnly(heading) || ofHeading ? headerYearOf(heading) : null),
      };
      spanned.push(ownMatch?.weak === true && role === ownMatch.role ? { ...column, weakRole: true } : column);
    }
    // What the heading names, described under it ("成果指標" over "名称", "R4年度実績" over "内容", "Action" over
    // "Description"), where no other column under it is already so: "実績" over "数値" and "内容" keeps 内容 a comment.
    const described = headingRole === null || spanned.some((c) => c.role === headingRole) ? -1
      : spanned.findIndex((c) => c.role === null && DESCRIPTION_WORDS.test(under(c.index)));
    const column = spanned[described];
    if (column !== undefined) {
      spanned[described] = { ...column, header: `${heading} ${column.header}`, role: headingRole, year: column.year ?? headerYearOf(heading) };
    }
    // Beside a value of the heading's own ("実績" over "数値" and "内容"): a remark on it, which says what was done where
    // the value is left blank.
    const remarkOf = headingRole === 'target' || headingRole === 'actual' ? headingRole : null;
    const remark = remarkOf === null || described >= 0 ? -1 : spanned.findIndex((c) => c.role === null && DESCRIPTION_WORDS.test(under(c.index)));
    const remarkColumn = spanned[remark];
    if (remarkColumn !== undefined && remarkOf !== null) spanned[remark] = { ...remarkColumn, remarkOf };
    lower.push(...spanned);
  }
  // A column of its own with a year written under it ("実績" over "R2年度") takes that year.
  const own = columns.filter((c) => !replaced.has(c.index)).map((c) => (isYearOnly(under(c.index)) ? { ...c, year: headerYearOf(under(c.index)) } : c));
  return [...own, ...lower].sort((a, b) => a.index - b.index);
}

/**
 * A heading that names what is counted ("職員数（各年4月1日）") or nothing, merged over sub-headers that name the year's
 * target and actual themselves ("R2基準 | R6目標 | R6実績"), in a row that holds nothing else: the sub-headers are read
 * for their own roles. Only one such heading: two ("前年度" and "本年度" over "目標 | 実績" each) would leave which
 * target is the year's to guess; nor one of last year, a part of it or a figure kept for the record.
 */
function headingOverTargetAndActual(
  spans: readonly MergedArea[],
  grid: Grid,
  row: number,
  under: (col: number) => string,
  coveredBySubHeader: (col: number, within: MergedArea) => boolean,
): MergedArea | null {
  const strongRole = (header: string): Role | null => {
    const match = roleOfHeader(header);
    return match === null || match.weak === true ? null : match.role;
  };
  const found = spans.filter((m) => {
    const heading = cellText(cellAt(grid, row, m.left)).trim();
    if (roleOfHeader(heading) !== null || isYearOnly(heading) || namesLastYear(heading) || isPartOfYear(heading) || isSuperseded(heading)) return false;
    const roles = new Set<Role | null>();
    for (let c = m.left; c <= m.right; c++) {
      if (coveredBySubHeader(c, m)) continue;
      if (under(c) === '') return false;
      roles.add(strongRole(under(c)));
    }
    return roles.has('target') && roles.has('actual');
  });
  if (found.length !== 1) return null;
  const heading = found[0]!;
  const width = grid.cells[row + 1]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    if (under(c) !== '' && !spans.some((s) => s.left <= c && c <= s.right)) return null;
  }
  return heading;
}

/** One indicator's name, target and actual columns under a heading merged over them alone ("成果指標"). */
export interface IndicatorGroup {
  readonly heading: string;
  readonly indicator: PlanColumn;
  readonly target: PlanColumn;
  readonly actual: PlanColumn;
}

const GROUPED_ROLES: ReadonlySet<Role> = new Set(['indicator', 'target', 'actual']);

/**
 * Indicators written side by side in one row, each under a heading of its own merged over its name, target and actual
 * alone ("活動指標" over 指標名 | 目標値 | 実績値, "成果指標" over the same): each group, left to right. Empty unless there
 * are two or more, headed differently, and every indicator, target and actual column of the header is in one: a
 * target or actual outside them, a year's column or a second target inside one, leaves which is whose to guess.
 */
export function indicatorGroupsOf(grid: Grid, row: number, lastRow: number, columns: readonly PlanColumn[]): IndicatorGroup[] {
  if (lastRow !== row + 1) return [];
  const groups: IndicatorGroup[] = [];
  for (const m of grid.merges) {
    if (m.top !== row || m.bottom !== row || m.right <= m.left) continue;
    const heading = cellText(cellAt(grid, row, m.left)).trim();
    const spanned = columns.filter((c) => c.index >= m.left && c.index <= m.right);
    const byRole = new Map<Role, PlanColumn>();
    for (const c of spanned) {
      if (c.role === null || !GROUPED_ROLES.has(c.role) || byRole.has(c.role) || c.year !== null || c.weakRole === true || c.remarkOf !== undefined) break;
      byRole.set(c.role, c);
    }
    const indicator = byRole.get('indicator');
    const target = byRole.get('target');
    const actual = byRole.get('actual');
    if (heading === '' || spanned.length !== 3 || indicator === undefined || target === undefined || actual === undefined) continue;
    groups.push({ heading, indicator, target, actual });
  }
  if (groups.length < 2 || new Set(groups.map((g) => g.heading)).size !== groups.length) return [];
  const grouped = new Set(groups.flatMap((g) => [g.indicator.index, g.target.index, g.actual.index]));
  if (columns.some((c) => c.role !== null && GROUPED_ROLES.has(c.role) && !grouped.has(c.index))) return [];
  return groups.sort((a, b) => a.target.index - b.target.index);
}

/** The value column under a heading ("数値" beside "単位" under "目標"). */
const VALUE_WORDS = /^\s*(?:数値|数量|値|実数|value|figure|number)\s*$/iu;
/** What the heading names, under it ("取組" over "内容", "Action" over "Description"). */
const DESCRIPTION_WORDS = /^\s*(?:内容|名称|概要|description|details?|name|title)\s*$/iu;

/**
 * Each grid's header, found once: choosing the plan sheet and reading it both ask, and the search reads every cell
 * of the first rows as a header. Grids are not changed once made.
 */
const HEADERS_FOUND = new WeakMap<Grid, HeaderGuess | null>();

/** The row that best reads as a plan's header (with the row below when it is written on two), or null. */
export function findHeader(grid: Grid): HeaderGuess | null {
  const known = HEADERS_FOUND.get(grid);
  if (known !== undefined) return known;
  const found = searchHeader(grid);
  HEADERS_FOUND.set(grid, found);
  return found;
}

function searchHeader(grid: Grid): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  const last = Math.min(grid.cells.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const own = columnsOfRow(grid, row);
    const twoRows = twoRowHeader(grid, row, own);
    const columns = settleRoles(measureBesideAction(twoRows ?? own));
    const lastRow = twoRows ? row + 1 : row;
    // A header over rows of targets and of actuals ("区分": 目標/実績, a column per year) names no judgement of its own.
    let score = scoreColumns(columns);
    if (score === 0 && headsTargetActualRows(grid, row, lastRow, columns)) score = 1 + new Set(columns.flatMap((c) => (c.role === null ? [] : [c.role]))).size;
    if (score > 0 && (best === null || score > best.score)) best = { row, lastRow, columns, score };
  }
  return best;
}

/**
 * What a row further down whose name cell is a header word for initiatives ("取組項目") heads: another plan table
 * ('plan', its rows read on), another kind of table ('other': "区分 / 取組項目 / R4効果額" under the plan), or
 * nothing (null: the row is an initiative).
 */
export function headerBelow(grid: Grid, row: number, nameText: string): 'plan' | 'other' | null {
  // Looked up as written ("取組項目", "Initiative"): this runs on every row, and reading each name as a header would
  // cost more than the row.
  if (!NAME_HEADER_WORDS.has(nameText)) return null;
  return scoreColumns(columnsOfRow(grid, row)) > 0 ? 'plan' : 'other';
}

/** The header words of the name column, as written: "取組項目"; "initiative", "Initiative", "INITIATIVE". */
const NAME_HEADER_WORDS: ReadonlySet<string> = new Set((ROLE_HEADER_WORDS.find(([role]) => role === 'name')?.[1] ?? [])
  .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]));

/**
 * A header of a part of the year: "上半期実績", "第1四半期", "1Q", "9月末時点"; not the year's end ("3月末時点",
 * "R4年3月末現在").
 */
const PART_OF_YEAR = /上半期|下半期|上期|下期|四半期|[1-4]\s*Q|Q\s*[1-4]|前期|後期|中間|half|quarter/iu;
/** A figure as of a month's end: "9月末時点", "12月末現在", "9月末実績". */
const AS_OF_MONTH = /(?<!\d)(\d{1,2})\s*月\s*(?:末?\s*(?:時点|現在)|末)/u;

export function isPartOfYear(header: string): boolean {
  if (PART_OF_YEAR.test(header)) return true;
  // March closes the fiscal year: "3月末時点" is the year's figure.
  const asOf = AS_OF_MONTH.exec(normalizeText(header));
  return asOf !== null && Number(asOf[1]) !== 3;
}

/** Of columns alike, the year's figure before a part's ("年度実績" before "上半期実績"), where there is one. */
function wholeYearFirst(columns: readonly PlanColumn[]): PlanColumn | undefined {
  return columns.find((c) => !isPartOfYear(c.header)) ?? columns[0];
}

/** A column kept for the record beside the one in force: "目標（当初）", "目標(旧)", "変更前目標", "Original target". */
const SUPERSEDED = /当初|[(（]\s*旧\s*[)）]|^旧|変更前|修正前|見直し前|前回|\b(?:original|initial|old|previous|superseded)\b/iu;

export function isSuperseded(header: string): boolean {
  return SUPERSEDED.test(normalizeText(header));
}

/** Of several columns of numbers, the last one left of the column of names; undefined where none is left of it. */
function nearestBeforeNames(columns: readonly PlanColumn[], numbers: readonly PlanColumn[]): PlanColumn | undefined {
  const names = columnFor(columns, 'name');
  if (names === undefined) return undefined;
  let nearest: PlanColumn | undefined;
  for (const c of numbers) if (c.index < names.index && (nearest === undefined || c.index > nearest.index)) nearest = c;
  return nearest;
}

/**
 * The column for a role; for targets and actuals, the one for the given year when several are written, and the one
 * in force before one kept for the record.
 */
export function columnFor(
  columns: readonly PlanColumn[],
  role: Role,
  year: FiscalYear | null = null,
): PlanColumn | undefined {
  const all = columns.filter((c) => c.role === role);
  // "前年度実績" beside "実績": last year's column is what a target may be compared with, never the actual; nor is a
  // comparison with it ("前年度実績との比較").
  const thisYears = role === 'actual' && all.length > 1 ? all.filter((c) => !namesLastYear(c.header) && !comparesWithLastYear(c.header)) : all;
  const unsuperseded = thisYears.length > 1 ? thisYears.filter((c) => !isSuperseded(c.header)) : thisYears;
  const candidates = unsuperseded.length > 0 ? unsuperseded : thisYears.length > 0 ? thisYears : all;
  if (candidates.length <= 1) return candidates[0];
  // Of one year's columns, the year's figure before a half-year's ("年度実績" beside "上半期実績").
  if (year !== null) {
    const forYear = wholeYearFirst(candidates.filter((c) => c.year === year));
    if (forYear) return forYear;
  }
  // A number that is the role's word itself ("No.") before one that holds it ("総合計画No"); else the number nearest
  // before the names, the initiative's own ("DP Code | Strategy | OP Code | Action": OP Code).
  const undatedColumns = candidates.filter((c) => c.year === null);
  const undated = (role === 'id' ? undatedColumns.find((c) => roleOfHeader(c.header)?.exact === true) ?? nearestBeforeNames(columns, undatedColumns) : undefined) ??
    wholeYearFirst(undatedColumns);
  if (undated && role !== 'actual') return undated;
  // Several dated actual columns: the latest year is the one being evaluated.
  const latest = candidates.reduce((a, b) => ((b.year ?? -1) > (a.year ?? -1) ? b : a));
  return wholeYearFirst(candidates.filter((c) => c.year === latest.year));
}

/**
 * The summary sheets reviewers open, laid out like the published progress report: 評価サマリー (headline and
 * counts), 遅れ一覧 (delays with their causes), 主な成果 (results), 要確認 (problems to check).
 */
import { formatDateTime } from '../date-time';
import { formatDay } from '../when';
import { describeRules, type GradingRules } from '../grading';
import { countStatuses } from '../judge';
import type { CauseCategory, Evaluation, InitiativeResult, Status } from '../model';
import { causeLabel, headline, message, problemMessage, severityLabel, statusLabel, type Lang, type MessageKey } from '../messages';
import { formatQuantity } from '../format-quantity';
import { mentionsLastYear } from '../last-year';
import { revisionNotation, revisionsInForce, type Revision } from '../revise/history';
import { asWritten, formatYearLabel, normalizeText } from '../quantity';
import { joinBrokenValues } from '../quantity/broken-lines';
import { hasSuspectValue } from '../suspect-values';
import type { Direction, Quantity } from '../quantity-types';
import { displayWidth, empty, linkAddress, num, percent, text, type Area, type CellSpec, type ConditionalFormat, type SheetSpec, type WorkbookSpec } from './description';
import { SheetBuilder } from './sheet-builder';
import { DATA_BAR_COLOUR, STATUS_COLOURS, STYLE } from './styles';

export interface SummaryContext {
  readonly evaluation: Evaluation;
  /** Target revisions recorded in the workbook's history, listed in the report's notation. */
  readonly revisions?: readonly Revision[];
  readonly rules: GradingRules;
  readonly lang: Lang;
  readonly workbookName: string;
  readonly generatedAt: Date;
}

const CAUSE_ORDER: readonly CauseCategory[] = ['pandemic', 'budget', 'coordination', 'staffing', 'schedule', 'other'];

function pillarsInOrder(initiatives: readonly InitiativeResult[]): string[] {
  return [...new Set(initiatives.map((i) => i.pillar))];
}

function shareOnTrack(onTrack: number, total: number): number | null {
  return total === 0 ? null : onTrack / total;
}

function statusColouring(area: Area, lang: Lang): ConditionalFormat[] {
  const statuses: Status[] = ['achieved', 'on-track', 'delayed', 'unknown'];
  return statuses.map((status) => ({
    kind: 'textEquals' as const, area, text: statusLabel(lang, status), fill: STATUS_COLOURS[status].fill, fontColor: STATUS_COLOURS[status].font,
  }));
}

function summarySheet(ctx: SummaryContext): SheetSpec {
  const { evaluation, lang } = ctx;
  const t = (key: MessageKey, p: Record<string, string | number> = {}): string => message(lang, key, p);
  const sheet = new SheetBuilder('summary', t('sheet.summary'), [40, 10, 10, 10, 10, 10, 10, 12]);
  const year = evaluation.year === null ? t('year.none') : formatYearLabel(evaluation.year, lang);
  const title = evaluation.plan.title ?? evaluation.plan.sheet;

  sheet.banner(t('summary.title', { title }), STYLE.title, 28);
  sheet.banner(t('summary.year', { year, sheet: evaluation.plan.sheet }), STYLE.subtitle);
  sheet.blank();
  sheet.banner(headline(lang, evaluation.counts), STYLE.headline);
  sheet.blank();

  sheet.row([text(t('summary.byPillar'), STYLE.section)]);
  const body = pillarsInOrder(evaluation.initiatives).map((pillar) => {
    const c = countStatuses(evaluation.initiatives.filter((i) => i.pillar === pillar));
    return [
      text(pillar || '—', STYLE.body), num(c.total, STYLE.count), num(c.onTrack, STYLE.count), num(c.achieved, STYLE.count),
      num(c.onTrack - c.achieved, STYLE.count), num(c.delayed, STYLE.count), num(c.unknown, STYLE.count),
      percent(shareOnTrack(c.onTrack, c.total), STYLE.rate),
    ];
  });
  const c = evaluation.counts;
  const total = [
    text(t('row.total'), STYLE.totalLabel), num(c.total, STYLE.totalCount), num(c.onTrack, STYLE.totalCount), num(c.achieved, STYLE.totalCount),
    num(c.onTrack - c.achieved, STYLE.totalCount), num(c.delayed, STYLE.totalCount), num(c.unknown, STYLE.totalCount),
    percent(shareOnTrack(c.onTrack, c.total), STYLE.totalRate),
  ];
  const pillars = sheet.table(
    [t('col.pillar'), t('col.total'), t('col.onTrack'), t('col.achieved'), t('col.onTrackOnly'), t('col.delayed'), t('col.unknown'), t('col.shareOnTrack')],
    body,
    { total, main: true },
  );
  sheet.format({ kind: 'dataBar', area: { top: pillars.firstBodyRow, left: 7, bottom: pillars.lastBodyRow, right: 7 }, color: DATA_BAR_COLOUR });
  sheet.blank();

  sheet.row([text(t('summary.byCause'), STYLE.section)]);
  const delayed = evaluation.initiatives.filter((i) => i.status === 'delayed');
  // The commonest cause first, as a reviewer reads them; "other" last whatever its count, ties in the usual order.
  const causeRows = CAUSE_ORDER.map((category) => [category, delayed.filter((i) => i.causeCategory === category).length] as const)
    .filter(([, count]) => count > 0)
    .sort(([a, countA], [b, countB]) => Number(a === 'other') - Number(b === 'other') || countB - countA)
    .map(([category, count]) => [text(causeLabel(lang, category), STYLE.body), num(count, STYLE.count)]);
  const missing = delayed.filter((i) => i.causeCategory === null).length;
  if (missing > 0) causeRows.push([text(message(lang, 'cause.missing'), STYLE.missing), num(missing, STYLE.count)]);
  sheet.table([t('col.causeCategory'), t('col.count')], causeRows, { whenEmpty: t('delayed.none') });
  sheet.blank();

  const revisions = revisionsInForce(ctx.revisions ?? []);
  if (revisions.length > 0) {
    sheet.row([text(t('summary.revisions'), STYLE.section)]);
    // Named with their initiative: two initiatives may have an indicator of the same name.
    for (const r of revisions) sheet.banner(`〇${r.initiative}${lang === 'ja' ? '　' : ': '}${revisionNotation(r, lang)}`, STYLE.note);
    sheet.blank();
  }

  sheet.row([text(t('summary.about'), STYLE.section)]);
  const about: [MessageKey, string | number][] = [
    ['about.generatedAt', formatDateTime(ctx.generatedAt)],
    ['about.workbook', ctx.workbookName],
    ['about.sheet', message(lang, 'about.sheetValue', { sheet: evaluation.plan.sheet, row: evaluation.plan.headerRow })],
    ['about.rules', describeRules(ctx.rules)],
    ['about.problems', evaluation.problems.length],
    ['about.tool', t('about.toolName')],
  ];
  // A count is a number: as text Excel would flag it "number stored as text".
  for (const [key, value] of about) sheet.pair(text(t(key), STYLE.label), typeof value === 'number' ? num(value, STYLE.noteCount) : text(value, STYLE.note));
  // Read at a glance on one page, unless so many directions would shrink it past reading.
  if (sheet.height <= SUMMARY_ONE_PAGE_POINTS) sheet.onePage();
  return sheet.build();
}

/** What an A4 landscape page holds, in points of row height, shrunk to no less than about three quarters. */
const SUMMARY_ONE_PAGE_POINTS = 640;

type IndicatorOf = InitiativeResult['indicators'][number];

/** One line per indicator. */
function indicatorLines(i: InitiativeResult, pick: (ind: IndicatorOf) => string): string {
  const listed = i.indicators;
  if (listed.length <= 1) return listed.map(pick).filter((s) => s.trim() !== '').join('\n');
  // Several: numbered alike in each column, so that a name wrapping onto two lines does not set the lines apart.
  return listed.map((ind, k) => `${listMark(k)}${pick(ind).trim() || '—'}`).join('\n');
}

/**
 * An indicator's name as its cell writes it; none for a target in words that is its own name ("ペーパーレス会議環境の
 * 整備"), which the target column shows.
 */
function indicatorName(ind: IndicatorOf): string {
  const name = ind.nameWritten ?? ind.name;
  return ind.target === null && normalizeText(name) === normalizeText(ind.targetText) ? '' : name;
}

/** ①, ②, … ⑳, then (21), (22): the marks of an initiative's indicators, the same in every column. */
function listMark(index: number): string {
  return index < 20 ? `${String.fromCharCode(0x2460 + index)} ` : `(${index + 1}) `;
}

/** targetRead in the target cell's own characters where the cell writes it so ("年間２，０００時間以上削減"). */
function targetShown(lang: Lang): (ind: IndicatorOf) => string {
  const read = targetRead(lang);
  return (ind) => asWritten(ind.targetWritten ?? '', read(ind));
}

/** The target of the evaluated year as the report abbreviates it (目標(抄)), else the text as written. */
function targetRead(lang: Lang): (ind: IndicatorOf) => string {
  // A value that looks mistyped is shown as written ("2.000件以上/年"), not as the 2 it was read as.
  return (ind) => {
    if (!ind.target || ind.target.suspicion !== null) return ind.targetText;
    // As the plan writes it; an English sheet adds its own sign of a direction the written value does not state.
    if (lang !== 'ja') return writtenValueEn(ind.target) ?? formatQuantity(ind.target, lang, true);
    const written = changeFromLastYear(ind.targetText, ind.target) ?? writtenValue(ind.target);
    if (written !== null) return `${comparisonBaseBefore(ind.targetText, ind.target)}${written}`;
    // Worked out from last year's actual ("前年度より20%削減"): as written, with the figure it came to.
    if (mentionsLastYear(ind.target.source)) {
      return `${ind.target.source.trim().replace(YEAR_LABEL_BEFORE, '')}（${formatQuantity(ind.target, lang, true)}）`;
    }
    // An English plan on a Japanese sheet: its own words ("8.5 days or fewer", "£1.2m"); not a sign alone ("80%+").
    const english = !JAPANESE_SCRIPT.test(ind.targetText) && /[A-Za-z£$€]/u.test(ind.target.source);
    return (english ? writtenValueEn(ind.target) : null) ?? formatQuantity(ind.target, lang, true);
  };
}

const JAPANESE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** What a value is compared with, written before it: "R3年度比" of "R3年度比15%削減", "基準年度比". */
const COMPARISON_BASE = /(?:(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年度?|\d{4}\s*年度?|基準年度?|基準値|現状)\s*比\s*で?\s*$/u;

/** The base a value is compared with, right before it in the target's text, or ''. */
function comparisonBaseBefore(targetText: string, q: Quantity): string {
  const at = targetText.indexOf(q.source.trim());
  return at <= 0 ? '' : (COMPARISON_BASE.exec(targetText.slice(0, at))?.[0].trim() ?? '');
}

/**
 * What the written text of a value does not say alone: digits run together (a value written with 万 and 億, read as
 * "120000000円"), last year's name (a target worked out from it), a bracket (a milestone or a remark), a range or a
 * move ("80~90%", "45日→30日", "8–9 days").
 */
const NOT_ALONE = /\d{7}|前年|昨年|last\s+year|previous\s+year|prior\s+year|[()（）~〜～→–—]|\d\s*-\s*\d/iu;
/** An amount of money with its scale: "£2.4m", "$1.2bn", "€300k", "¥50M". */
const MONEY = /[£$€¥￥]\s*[\d.,]+\s*(?:bn|mn|[kmb])?(?![a-z])/giu;
/** How often or how far a value is counted ("/年", "/累計", "a year"): words of a value without a unit. */
const PERIOD_WORDS = /\/\s*(?:年|累計)|\b(?:a|per)\s+year\b|\bcumulative\b/giu;
const DIRECTION_WORDS = /以上|以下|以内|未満|超|まで/u;
const CUT_WORDS = /削減|減|縮減|縮小/u;

/** A year's label before its value in a list of years ("R4年度:", "令和4年度 "). */
const YEAR_LABEL_BEFORE = /^(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年度?\s*[:：]?\s*/u;

/**
 * A change from last year compared as it stands, in its own words: "前年度比3%削減" (against "前年度比2.5%削減"), the
 * year's own of "R3年度:前年度比2%削減 R4年度:前年度比3%削減"; not "3%削減". Null for any other target.
 */
function changeFromLastYear(targetText: string, q: Quantity): string | null {
  if (!mentionsLastYear(targetText) || mentionsLastYear(q.source)) return null;
  const part = targetText.split(/[\s、,;；]+/u).find((p) => p.includes(q.source.trim()));
  return part === undefined ? null : part.replace(YEAR_LABEL_BEFORE, '');
}

/**
 * The year's value as its cell writes it ("1,000万円以上", "3日以内", "累計500件"), where that text says all that was
 * read: its unit, its direction and its cut, and nothing else (see NOT_ALONE). Null otherwise, to be formatted.
 */
function writtenValue(q: Quantity): string | null {
  const source = q.source.trim();
  if (q.unit === null || !unitWrittenIn(source, q.unit) || NOT_ALONE.test(source)) return null;
  if (q.direction !== null && !DIRECTION_WORDS.test(source)) return null;
  if (q.reduction && !CUT_WORDS.test(source)) return null;
  return source;
}

/** Whether a value's text writes its unit: "時間/月" as "月12時間" too. */
function unitWrittenIn(source: string, unit: string): boolean {
  if (source.includes(unit)) return true;
  const slash = unit.indexOf('/');
  return slash > 0 && source.includes(unit.slice(0, slash)) && source.includes(unit.slice(slash + 1));
}

/** English words and signs of a bound, as a target writes them ("15 days or fewer", "at least 98%", "≤ 5"). */
const DIRECTION_WORDS_EN = /\b(?:at\s+(?:least|most)|or\s+(?:more|fewer|less|above|below|under|over)|no\s+(?:more|less|fewer)\s+than|up\s+to|(?:more|less|fewer)\s+than|minimum|maximum|under|over|above|below|within)\b|[≥≤<>]/iu;
const ALL_DIRECTION_WORDS_EN = new RegExp(DIRECTION_WORDS_EN.source, 'giu');
const DIRECTION_SIGNS: Readonly<Record<Direction, string>> = { atLeast: '≥ ', atMost: '≤ ', moreThan: '> ', lessThan: '< ' };

/**
 * The year's value as an English sheet shows it: as its cell writes it ("15 days or fewer", "£2.4m", "4回/年"), with a
 * sign of a direction the written text does not state ("≤ 15 days" for "15 days" under a ceiling from elsewhere).
 * Null where the text says less or more than was read (see writtenValue), or for a cut, to be formatted.
 */
function writtenValueEn(q: Quantity): string | null {
  const source = q.source.trim();
  // Without a unit, a value and its period alone ("5,350,000/年"), or an amount of money ("£2.4m", "$1.2bn").
  const unitWritten = q.unit === null ? !/\p{L}/u.test(source.replace(PERIOD_WORDS, '').replace(MONEY, '').replace(ALL_DIRECTION_WORDS_EN, '')) : unitWrittenIn(source, q.unit);
  if (!unitWritten || NOT_ALONE.test(source) || q.reduction) return null;
  if (q.direction === null || DIRECTION_WORDS_EN.test(source) || DIRECTION_WORDS.test(source)) return source;
  return `${DIRECTION_SIGNS[q.direction]}${source}`;
}

/** A number alone ("51", "0.95"): a numeric cell, which reads better with its unit from the quantity. */
const BARE_NUMBER = /^[\d.,\-]+%?$/u;

/**
 * The actual cells as staff wrote them, each once, with their remarks and every item ("55件(期間限定の緊急応援枠40件を
 * 含む)", a second "・" item no target asks about), as the report shows them; a number alone as its value with its unit.
 */
function actualsShown(i: InitiativeResult, lang: Lang): string {
  const lines: string[] = [];
  const shownCells = new Set<string>();
  for (const ind of i.indicators) {
    // As written, but a value broken over two lines to fit the column ("1,6\n20件") whole, as the report prints it.
    const written = joinBrokenValues(ind.actualWritten);
    if (written !== '' && !BARE_NUMBER.test(written)) {
      if (!shownCells.has(ind.actualCell)) lines.push(written);
      shownCells.add(ind.actualCell);
      continue;
    }
    // A date cell (the day a deadline's work was done) as the report writes a day.
    const value = ind.actualDate !== null ? formatDay(ind.actualDate, lang) : numberShown(ind, lang);
    if (value.trim() !== '') lines.push(value);
  }
  return lines.join('\n');
}

/** A numeric actual with its unit ("51業務"); in Japanese a number under a unit with a scale as its cells write it ("8,500千枚"). */
function numberShown(ind: IndicatorOf, lang: Lang): string {
  if (!ind.actual) return ind.actualText;
  // A value, not a bound, though the unit column states one ("千枚以下").
  const written = lang === 'ja' ? writtenValue(ind.actual) : null;
  return written === null ? formatQuantity(ind.actual, lang) : written.replace(DIRECTION_WORDS, '');
}

/**
 * The width of a column of the plan's addresses: wide enough for the longest ("'Reform Plan 2023-24'!AB1234"), which
 * a cell shows on one line, never cut in print; at least `least`.
 */
function sourceWidth(ctx: SummaryContext, cells: readonly string[], least: number): number {
  const widest = cells.reduce((w, cell) => Math.max(w, displayWidth(linkAddress({ sheet: ctx.evaluation.plan.sheet, cell }))), 0);
  return Math.min(40, Math.max(least, widest + 2));
}

/** The width of the No. column: its longest number ("1-(2)-①", "CP1.1") on one line, within reason. */
function idWidth(initiatives: readonly InitiativeResult[]): number {
  // A reduce, not Math.max(...ids): a long plan's ids would be more arguments than a call takes.
  return Math.min(12, initiatives.reduce((w, i) => Math.max(w, displayWidth(i.id) + 1), 4));
}

/**
 * The widths with every column whose body is blank throughout (a plan without policy directions, indicator names or
 * next steps) narrowed to its header: printed one page wide, the columns that hold something come out larger.
 */
function narrowedWhereBlank(widths: readonly number[], headers: readonly string[], body: readonly (readonly CellSpec[])[]): number[] {
  return widths.map((width, col) => {
    const blank = body.length > 0 && body.every((cells) => {
      const content = cells[col]?.content;
      return content === undefined || content.kind === 'empty' || (content.kind === 'text' && content.value.trim() === '');
    });
    return blank ? Math.min(width, displayWidth(headers[col] ?? '') + 2) : width;
  });
}

/** The plan's cell, as Excel writes an address to it ("行動計画!A8", "'Reform Plan 2023-24'!A8"), linked to that cell. */
function sourceCell(ctx: SummaryContext, cell: string): CellSpec {
  const link = { sheet: ctx.evaluation.plan.sheet, cell };
  return { ...text(linkAddress(link), STYLE.bodyCenter), link };
}

function delayedSheet(ctx: SummaryContext): SheetSpec {
  const { evaluation, lang } = ctx;
  const t = (key: MessageKey, p: Record<string, string | number> = {}): string => message(lang, key, p);
  const delayed = evaluation.initiatives.filter((i) => i.status === 'delayed');
  const body = delayed.map((i) => [
    text(i.id, STYLE.bodyCenter),
    text(i.pillar, STYLE.body),
    text(i.name, STYLE.body),
    text(indicatorLines(i, indicatorName), STYLE.body),
    text(indicatorLines(i, targetShown(lang)), STYLE.body),
    text(actualsShown(i, lang), STYLE.body),
    percent(i.rate, STYLE.rate),
    i.cause === null ? text(message(lang, 'cause.missing'), STYLE.missing) : text(i.cause, STYLE.body),
    i.causeCategory === null ? empty(STYLE.body) : text(causeLabel(lang, i.causeCategory), STYLE.body),
    text(i.nextSteps ?? '', STYLE.body),
    sourceCell(ctx, `A${i.row}`),
  ]);
  const headers = [t('col.no'), t('col.pillar'), t('col.initiative'), t('col.indicator'), t('col.target'), t('col.actual'), t('col.rate'), t('col.cause'), t('col.causeCategory'), t('col.nextSteps'), t('col.source')];
  const widths = [idWidth(delayed), 14, 20, 18, 12, 12, 8, 30, 11, 28, sourceWidth(ctx, delayed.map((i) => `A${i.row}`), 13)];
  const sheet = new SheetBuilder('delayed', t('sheet.delayed'), narrowedWhereBlank(widths, headers, body));
  sheet.banner(t('delayed.title', { count: delayed.length }), STYLE.title, 28);
  sheet.table(headers, body, { main: true, whenEmpty: t('delayed.none') });
  return sheet.build();
}

/** The rate a result is ranked by: none for one whose values need checking, which comes after the rest. */
function rankedRate(i: InitiativeResult): number {
  return hasSuspectValue(i) ? -Infinity : (i.rate ?? -Infinity);
}

function resultsSheet(ctx: SummaryContext): SheetSpec {
  const { evaluation, lang } = ctx;
  const t = (key: MessageKey, p: Record<string, string | number> = {}): string => message(lang, key, p);
  const good = evaluation.initiatives.filter((i) => i.status === 'achieved' || i.status === 'on-track');
  const pillars = pillarsInOrder(good);
  const sorted = [...good].sort(
    (a, b) => pillars.indexOf(a.pillar) - pillars.indexOf(b.pillar) || rankedRate(b) - rankedRate(a) || a.row - b.row,
  );
  const body = sorted.map((i) => [
    text(i.pillar, STYLE.body),
    text(i.name, STYLE.body),
    text(indicatorLines(i, indicatorName), STYLE.body),
    text(indicatorLines(i, targetShown(lang)), STYLE.body),
    text(actualsShown(i, lang), STYLE.body),
    hasSuspectValue(i) ? text(t('results.checkRate'), STYLE.missing) : percent(i.rate, STYLE.rate),
    text(statusLabel(lang, i.status), STYLE.bodyCenter),
    text(i.nextSteps ?? '', STYLE.body),
    sourceCell(ctx, `A${i.row}`),
  ]);
  const headers = [t('col.pillar'), t('col.initiative'), t('col.indicator'), t('col.target'), t('col.actual'), t('col.rate'), t('col.status'), t('col.nextSteps'), t('col.source')];
  const widths = [18, 28, 24, 16, 24, 11, 10, 30, sourceWidth(ctx, good.map((i) => `A${i.row}`), 14)];
  const sheet = new SheetBuilder('results', t('sheet.results'), narrowedWhereBlank(widths, headers, body));
  // Ranked within each policy direction, as the report lists them; the title says so where there are several.
  sheet.banner(t('results.title', { count: good.length, byPillar: pillars.length > 1 ? 1 : 0 }), STYLE.title, 28);
  const table = sheet.table(headers, body, { main: true, whenEmpty: t('results.none') });
  if (body.length > 0) {
    sheet.format({ kind: 'dataBar', area: { top: table.firstBodyRow, left: 5, bottom: table.lastBodyRow, right: 5 }, color: DATA_BAR_COLOUR });
    for (const rule of statusColouring({ top: table.firstBodyRow, left: 6, bottom: table.lastBodyRow, right: 6 }, lang)) sheet.format(rule);
  }
  return sheet.build();
}

const rowOfCell = (cell: string): number => Number(/\d+$/u.exec(cell)?.[0] ?? 0);

/**
 * The name of the initiative a sheet row belongs to: from its first row to the last row it was read from (an
 * indicator, the actual row under a target row, the cause), and before the next initiative's. '' for a row of none
 * (the header, a total row between initiatives, a note below the plan).
 */
function initiativeNameAt(evaluation: Evaluation): (row: number) => string {
  const spans = [...evaluation.initiatives].sort((a, b) => a.row - b.row).map((i) => ({
    name: i.name, first: i.row,
    last: Math.max(i.row, ...i.indicators.flatMap((x) => [rowOfCell(x.targetCell), rowOfCell(x.actualCell)]), i.causeCell === null ? 0 : rowOfCell(i.causeCell)),
  }));
  return (row) => spans.find((s) => s.first <= row && row <= s.last)?.name ?? '';
}

function checkSheet(ctx: SummaryContext): SheetSpec {
  const { evaluation, lang } = ctx;
  const t = (key: MessageKey, p: Record<string, string | number> = {}): string => message(lang, key, p);
  const sheet = new SheetBuilder('check', t('sheet.check'), [sourceWidth(ctx, evaluation.problems.map((p) => p.cell), 12), 10, 28, 70]);
  const nameAt = initiativeNameAt(evaluation);
  sheet.banner(t('check.title', { count: evaluation.problems.length }), STYLE.title, 28);
  const body = evaluation.problems.map((p) => [
    sourceCell(ctx, p.cell),
    text(severityLabel(lang, p.severity), STYLE.bodyCenter),
    text(nameAt(rowOfCell(p.cell)), STYLE.body),
    text(problemMessage(lang, p), STYLE.body),
  ]);
  sheet.table([t('col.cell'), t('col.severity'), t('col.initiative'), t('col.message')], body, { main: true, whenEmpty: t('check.none') });
  return sheet.build();
}

/** Every summary sheet, in the order reviewers read them. */
export function summaryWorkbook(ctx: SummaryContext): WorkbookSpec {
  return {
    sheets: [summarySheet(ctx), delayedSheet(ctx), resultsSheet(ctx), checkSheet(ctx)],
    // The plan's own words (names, causes) are Japanese whatever the language of the labels: a font without
    // Japanese would have Excel fall back to a Chinese one.
    fontName: '游ゴシック',
  };
}

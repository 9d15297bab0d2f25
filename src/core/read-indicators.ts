/**
 * The indicators of one plan row: a target cell may list several ("○RPA導入業務数 R2年度:50業務 ○AI-OCR…"), matched
 * with the actual cell's list by name where names match and by order otherwise.
 */
import type { CellValue } from './grid';
import { cellText, isBlank, oddValueKind } from './cell-text';
import type { Indicator, Problem, TargetPoint } from './model';
import { dayOfDate, readDeadline, type When } from './deadlines';
import { asWritten, normalizeName, normalizeText, parseDirectionWords, parseQuantityText, splitIndicatorSegments } from './quantity';
import type { Direction, FiscalYear, ParsedText, Quantity } from './quantity-types';
import { actualAmong, checkFractionForPercent, sumOfParts } from './actual-forms';
import { formatNumber } from './format-quantity';
import { lastYearRelation, lastYearsFigureBeside, targetFromLastYear, type LastYearRelation } from './last-year';
import { baselineThenTarget, measuresLowerIsBetter, milestoneInBrackets, movedTo, rangeOf, nameBeforeTarget, targetInWords, withQualifiedValues } from './target-forms';

export interface RowCells {
  readonly preferredYear: FiscalYear | null;
  /** The initiative's name as its row writes it ('' on a later row of it): "職員数の削減" says which way 職員数 should go. */
  readonly initiative: string;
  readonly indicator: string;
  readonly unit: string;
  /** The actual's own unit ("実績" over "数値" and "単位"); '' without one, or blank, where the target's serves. */
  readonly actualUnit: string;
  target: CellValue;
  actual: CellValue;
  /**
   * The actual cell tells in words what was done ("…年度末時点で42手続を総合窓口で受け付けている。"): its value is the
   * figure in the target's unit, wherever the sentences put it, and its wording says nothing of a forecast.
   */
  readonly actualIsNarrative?: boolean;
  /** The target or actual cell is a number shown as a percentage (0.95 shown as 95%). */
  readonly targetIsPercent: boolean;
  readonly actualIsPercent: boolean;
  /** A1 addresses of the target and actual cells (in column A when there is none): on one row, or on a pair of rows. */
  readonly targetCell: string;
  readonly actualCell: string;
  /** The year the target column's header names ("R2年度目標"), which an undated value in it is for. */
  readonly targetYear: FiscalYear | null;
  /** Later years' targets in columns of their own ("R3年度目標", "目標(R4)"). */
  readonly laterTargets: readonly LaterTarget[];
  /** The direction a column of its own gives the row ("目指す方向": 減少, "方向": ↓), or null. */
  readonly direction: Direction | null;
  /** Last year's actual ("R2年度実績" when R3 is evaluated), null without such a column. */
  readonly lastYear: CellValue;
  readonly lastYearIsPercent: boolean;
  /** Its A1 address, '' without such a column. */
  readonly lastYearCell: string;
  /** Where things stood when the plan was made ("基準値（R2）", "現状値", "Baseline"), null without such a column. */
  readonly baseline: CellValue;
  /** Its A1 address, '' without such a column. */
  readonly baselineCell: string;
}

export interface LaterTarget {
  readonly year: FiscalYear;
  readonly value: CellValue;
  readonly cell: string;
  /** A number shown as a percentage (0.95 shown as 95%), as the evaluated year's target may be. */
  readonly isPercent: boolean;
}

interface Segment {
  readonly text: string;
  readonly parsed: ParsedText;
  readonly label: string;
  /** normalizeName(label), worked out only when segments are matched by name (see keyOf); '' matches nothing. */
  key: string | null;
}

/** What the row's unit cell says as a quantity ("件以上" → 件, atLeast), read once per row and only if needed. */
class UnitOfRow {
  private probe: Quantity | null | undefined = undefined;

  constructor(readonly text: string) {}

  get quantity(): Quantity | null {
    if (this.probe === undefined) this.probe = parseQuantityText(`1${this.text}`).quantities[0] ?? null;
    return this.probe;
  }

  private scaleRead: number | undefined = undefined;

  /** What a value without a unit of its own is multiplied by: 1,000 under "千枚", 10,000 under "万人"; else 1. */
  get scale(): number {
    if (this.scaleRead === undefined) {
      const probe = SCALED_UNIT.test(this.text) ? this.quantity : null;
      this.scaleRead = probe !== null && probe.value > 1 ? probe.value : 1;
    }
    return this.scaleRead;
  }
}

/**
 * A unit column's text that starts with a scale: "千枚", "万人" ("千円" is a unit of its own, read at scale 1); not a
 * rate per so many ("千人当たり", "万人あたり"), whose values are as written.
 */
const SCALED_UNIT = /^\s*[千万億兆](?!.*(?:当たり|あたり|当り|につき))/u;

/** The unit of a row without a unit column: most plans write the unit beside the value. */
const NO_UNIT = new UnitOfRow('');

function segment(text: string): Segment {
  const read = parseQuantityText(text);
  const parsed = read.quantities.length >= 2 ? withQualifiedValues(read) : read;
  return { text, parsed, label: labelOf(text, parsed), key: null };
}

/**
 * A segment's name: a segment without a value is its own name ("全庁共通の取組の推進"), or the words before its target
 * word ("重大事故 ゼロ"); a bare "R2年度:4回/年" has none; "処理期間 現状45日 目標30日" is named without the word for
 * where things stand.
 */
function labelOf(text: string, parsed: ParsedText): string {
  const first = parsed.quantities[0];
  if (first === undefined) return targetInWords(text)?.label ?? text.trim();
  return parsed.quantities.length === 2 ? nameBeforeTarget(parsed) : (first.label ?? '');
}

/**
 * A segment's label as an indicator's name: a fragment names nothing (it still pairs segments, see keyOf), and the
 * base of a change after the name ("コピー用紙 前年度より") is no part of it.
 */
function nameOf(label: string | undefined): string {
  if (label === undefined || FRAGMENT_LABELS.has(label)) return '';
  const named = DEADLINE_STARTS.has(label.charCodeAt(0)) ? label.replace(DEADLINE_AFTER_YEAR, '') : label;
  const last = named.charCodeAt(named.length - 1);
  // より, から, 比: told by the last character before the pattern is tried.
  return last === 0x308a || last === 0x3089 || last === 0x6bd4 ? named.replace(CHANGE_BASE, '') : named;
}
/**
 * What is left of a deadline after its year ("令和6年度末までに押印を求める手続を100%廃止" leaves "末までに押印を求める
 * 手続", "R6年度中に申請の100%" "中に申請"): no part of the name. Told by its first character: 末, 中, 内, ま.
 */
const DEADLINE_AFTER_YEAR = /^(?:末|中|内)?(?:までに|まで|に)(?:は|、)?\s*/u;
const DEADLINE_STARTS: ReadonlySet<number> = new Set([0x672b, 0x4e2d, 0x5185, 0x307e]);
/** What a change is set against, alone ("前年度より20%削減") or after the name ("コピー用紙 前年度より"): no name. */
const CHANGE_BASE = /(?:^|\s+)(?:前年度|前年|昨年度|昨年)(?:実績)?(?:より|から|比)$/u;

/** Words left before a value that name nothing ("R7年度までに100人" leaves まで, "計10か所" 計): no indicator's name. */
const FRAGMENT_LABELS: ReadonlySet<string> = new Set([
  'まで', 'までに', 'で', 'で計', '計', '合計', '全', '平均', 'うち', 'に', 'の', 'を', 'は', 'が', 'から', 'より', '約',
]);

/** A time limit in an indicator's name: "within 10 working days", "14日以内の". */
const CONDITION_IN_NAME = /(?:within|in)\s+\d[\d.,]*\s*(?:working\s+|business\s+)?(?:days?|hours?|weeks?|months?|minutes?|seconds?|secs?|mins?)|within\s+(?:the\s+)?(?:statutory|agreed|target|set)\s+(?:timeframes?|timescales?|times?|deadlines?|periods?)|\d[\d.,]*\s*(?:日|時間|週間?|か月|ヶ月|カ月|分|秒)\s*以内(?:の|に|で)?/giu;
/** A digit in the name, without which it holds no time limit. */
const CONDITION_IN_NAME_HINT = /\d|within/iu;

/** A threshold of time in an English name: "waiting over 78 weeks", "more than 4 hours", "longer than 28 days". */
const THRESHOLD_IN_NAME = /(?<![A-Za-z])(?:over|more than|longer than|greater than|less than|fewer than|shorter than|under|above|below|exceeding)\s+\d[\d.,]*\s*(?:working\s+|business\s+)?(?:days?|hours?|hrs?|weeks?|months?|years?|minutes?|mins?|seconds?|secs?)(?![A-Za-z])/giu;

/** A note in brackets that holds a number ("（月80時間超）", "(90%以下)"). */
const BRACKETED_FIGURE = /[(（][^()（）]*\d[^()（）]*[)）]/gu;

/**
 * The name without what defines what is counted: a time limit ("14日以内の処理率"), and a threshold in another unit than
 * the target's, in brackets ("長時間勤務者数（月80時間超）" counts people; 超 is no way for them to go) or in English
 * words ("Outpatients waiting over 78 weeks" counts patients). A bound in the target's own unit ("経常収支比率（90%以下）",
 * "Referral to treatment under 18 weeks" against "18 weeks") is the indicator's, and stays.
 */
function withoutConditions(name: string, target: Quantity | undefined): string {
  const targetUnit = target?.unit ?? null;
  const named = name
    .replace(CONDITION_IN_NAME, ' ')
    .replace(THRESHOLD_IN_NAME, (threshold) => {
      const bound = parseQuantityText(threshold).quantities[0];
      // Against a bare number, a threshold of the same size is the target's own bound ("below 20 days" over "20").
      const ownBound = targetUnit === null && bound !== undefined && target !== undefined && bound.value === target.value;
      return inOtherUnit(bound, targetUnit) && !ownBound ? ' ' : threshold;
    });
  return named.replace(BRACKETED_FIGURE, (note) => {
    const bound = parseQuantityText(note.slice(1, -1)).quantities.find((q) => q.direction !== null);
    return inOtherUnit(bound, targetUnit) ? ' ' : note;
  });
}

/** Whether a bound is written in a unit of its own, other than the target's. */
function inOtherUnit(bound: Quantity | undefined, targetUnit: string | null): boolean {
  return bound !== undefined && bound.unit !== null && bound.unit !== targetUnit;
}

function keyOf(seg: Segment): string {
  if (seg.key === null) seg.key = normalizeName(seg.label);
  return seg.key;
}

/**
 * A cell's indicator segments; a numeric cell is one value whose unit stands in the unit column, or a percentage
 * when the cell shows it as one (0.95 shown as 95% is 95 %, as people read it).
 */
function segmentsOf(value: CellValue, unit: UnitOfRow, percent = false): Segment[] {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const probe = unit.quantity;
    // A unit column with a scale ("千枚", "万人") scales the number: 12,000 under 千枚 is 12,000,000枚.
    const scale = percent ? 1 : unit.scale;
    // Rounded to 12 significant digits: 0.952 × 100 is 95.19999999999999 in binary.
    const shown = percent ? Number((value * 100).toPrecision(12)) : scale === 1 ? value : Number((value * scale).toPrecision(12));
    const text = percent ? `${shown}%` : String(value);
    // Read as written with its scale ("8,000千枚"), for the sheets to show it so rather than as 8,000,000枚.
    const source = scale === 1 ? text : `${formatNumber(value)}${unit.text}`;
    const quantity: Quantity = {
      value: shown, unit: percent ? '%' : (probe?.unit ?? (unit.text || null)), perYear: probe?.perYear ?? false,
      cumulative: probe?.cumulative ?? false, approximate: false, direction: probe?.direction ?? null,
      reduction: probe?.reduction ?? false, year: null, label: null, source, suspicion: null,
    };
    return [{ text, parsed: { quantities: [quantity], statement: false }, key: '', label: '' }];
  }
  if (oddValueKind(value) !== null) return [];
  const text = cellText(value);
  if (isBlank(text)) return [];
  const parts = splitIndicatorSegments(text);
  if (parts.length <= 1) return [segment(parts[0] ?? text)];
  const segments: Segment[] = new Array<Segment>(parts.length);
  for (let i = 0; i < parts.length; i++) segments[i] = segment(parts[i] as string);
  return segments;
}

/**
 * Pairs each target segment of a list with an actual segment: same name first, then the rest in order. (A single
 * target and actual pair up whatever their names say, without coming here.)
 */
function pairSegments(targets: readonly Segment[], actuals: readonly Segment[]): (Segment | null)[] {
  // Lists whose labels are the same one by one ("○RPA導入業務数 R2年度:50業務" with "○RPA導入業務数 51業務") pair in
  // order: each target's first candidate would be the actual in its place. The name keys are spared.
  if (sameLabelsInOrder(targets, actuals)) return targets.map((_, i) => actuals[i] ?? null);
  const used: boolean[] = actuals.map(() => false);
  const pairs: (Segment | null)[] = targets.map((t) => {
    const tk = keyOf(t);
    if (tk === '') return null;
    const i = actuals.findIndex((a, j) => {
      if (used[j]) return false;
      const ak = keyOf(a);
      return ak !== '' && (ak === tk || ak.includes(tk) || tk.includes(ak));
    });
    if (i < 0) return null;
    used[i] = true;
    return actuals[i] ?? null;
  });
  let next = 0;
  return pairs.map((p) => {
    if (p) return p;
    while (next < actuals.length && used[next]) next++;
    // Only as many unnamed pairs as there are targets: sub-items of the actual cell beyond that are detail.
    const a = actuals[next];
    if (a === undefined) return null;
    used[next] = true;
    return a;
  });
}

/**
 * Targets listed without names ("• 6 buildings\n• 250 kWp") under an indicator column that names them: each is paired
 * by its column's name, so actuals that name themselves in another order ("• Solar PV installed: 280 kWp\n• Buildings
 * retrofitted: 6") go to their own indicator.
 */
function keyUnnamedByColumn(targets: readonly Segment[], names: readonly string[]): void {
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as Segment;
    if (target.label === '') target.key = normalizeName(names[i] ?? '');
  }
}

function sameLabelsInOrder(targets: readonly Segment[], actuals: readonly Segment[]): boolean {
  const n = Math.min(targets.length, actuals.length);
  for (let i = 0; i < n; i++) if (targets[i]?.label !== actuals[i]?.label) return false;
  return true;
}

function withUnit(q: Quantity, unit: UnitOfRow): Quantity {
  if (q.unit !== null || unit.text === '') return q;
  const probe = unit.quantity;
  const scale = unit.scale;
  return {
    ...q, value: scale === 1 ? q.value : Number((q.value * scale).toPrecision(12)), unit: probe?.unit ?? unit.text,
    direction: q.direction ?? probe?.direction ?? null, reduction: q.reduction || (probe?.reduction ?? false),
  };
}

// Loops over quantities and points here are indexed: on Node 20 a for…of over these short arrays cost about 30 ns an
// array against 5 for an index, and reading a plan took about 5% longer.
const NO_TARGETS: readonly TargetPoint[] = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);

function hasYear(points: readonly TargetPoint[], year: FiscalYear | null): boolean {
  for (let i = 0; i < points.length; i++) if ((points[i] as TargetPoint).year === year) return true;
  return false;
}

function point(year: FiscalYear | null, quantity: Quantity, cell: string): TargetPoint {
  return { year, value: quantity.value, cell, quantity };
}

/** "現状45日" and "目標30日" on lines of their own are one target, not two indicators. */
function baselineAndTargetJoined(segments: Segment[]): Segment[] {
  const [baseline, target] = segments as [Segment, Segment];
  const from = baseline.parsed.quantities;
  const to = target.parsed.quantities;
  if (from.length !== 1 || to.length !== 1) return segments;
  if (!baselineThenTarget({ quantities: [from[0] as Quantity, to[0] as Quantity], statement: false })) return segments;
  return [segment(`${baseline.text} ${target.text}`)];
}

/** The target cell's values, the first of each year, in the order written (or the value a move goes to). */
/** `name` is the indicator's, for a range to know which of its ends is the bound. */
function targetPoints(seg: Segment | undefined, unit: UnitOfRow, cell: string, name: string): TargetPoint[] | null {
  const moved = seg === undefined ? null : (movedTo(seg.parsed, seg.text) ?? rangeOf(seg.parsed, seg.text, name));
  if (moved !== null) return [point(moved.year, withUnit(moved, unit), cell)];
  const quantities = seg?.parsed.quantities ?? [];
  const first = quantities[0];
  if (first === undefined) {
    const worded = seg === undefined ? null : targetInWords(seg.text);
    return worded === null ? null : [point(null, withUnit(worded, unit), cell)];
  }
  // Made with its first point: an empty array's first push reserves room for seventeen, kept for the whole plan.
  const points: TargetPoint[] = [point(first.year, withUnit(first, unit), cell)];
  for (let i = 1; i < quantities.length; i++) {
    const q = quantities[i];
    if (q !== undefined && !hasYear(points, q.year)) points.push(point(q.year, withUnit(q, unit), cell));
  }
  const milestone = first.year === null || seg === undefined ? null : milestoneInBrackets(seg.text, seg.parsed);
  if (milestone !== null && !hasYear(points, milestone.year)) points.push(point(milestone.year, withUnit(milestone, unit), cell));
  return points;
}

function actualFor(seg: Segment | null | undefined, unit: UnitOfRow, year: FiscalYear | null, targetUnit: string | null = null): Quantity | null {
  const quantities = seg == null ? undefined : seg.parsed.quantities;
  let chosen = quantities === undefined ? undefined : actualAmong(quantities, year);
  // A figure without the target's unit before one with it ("Phase 2 works completed; 38 wards connected" against "40
  // wards"): the one in the target's unit is the actual.
  if (chosen !== undefined && quantities !== undefined && targetUnit !== null && chosen.unit !== targetUnit && quantities.length > 1) {
    chosen = quantities.find((q) => q.unit === targetUnit && (year === null || q.year === null || q.year === year)) ?? chosen;
  }
  return chosen ? withUnit(chosen, unit) : null;
}

/** A figure a narrative gives for something else than the year's result: the target, last year's, a starting point. */
const NOT_THE_RESULT = /目標|計画|前年|昨年|当初|基準/u;
/** Words after a figure that make it a change or a starting point: "10%増加し", "30手続から". */
const CHANGE_AFTER = /^\s*(?:の)?(?:増|減|から|より|アップ|ダウン|上昇|低下)/u;
/** Words before a figure that say it is where things stood at the year's end: "年度末時点で", "現在". */
const AT_YEAR_END = /時点|年度末|現在|末で|実績/u;

/**
 * The figure a narrative gives as the year's result in the unit of the target's first value: not the target, last
 * year's or another year's figure, nor a change ("前年度より10%増加し"). Where several remain, the one said to be where
 * things stood at the year's end; where that does not settle it, none (the recorded rating judges).
 */
function figureInUnitOf(told: readonly Quantity[], narrative: string, target: Segment | undefined, unit: UnitOfRow, actualUnit: UnitOfRow, year: FiscalYear | null): Quantity | null {
  const first = target?.parsed.quantities[0];
  const wanted = first === undefined ? null : withUnit(first, unit).unit;
  if (wanted === null) return null;
  const normal = normalizeText(narrative);
  // A target set against last year ("前年度比10%削減") is met by a figure said the same way ("前年度比3.2%の削減").
  const againstLastYear = first !== undefined && first.label !== null && /前年|昨年|比/u.test(first.label);
  const candidates: Quantity[] = [];
  for (let i = 0; i < told.length; i++) {
    const q = withUnit(told[i] as Quantity, actualUnit);
    if (q.unit !== wanted || (q.year !== null && q.year !== year)) continue;
    if (q.label !== null && NOT_THE_RESULT.test(q.label) && !(againstLastYear && /前年|昨年/u.test(q.label) && !/目標|計画/u.test(q.label))) continue;
    const at = normal.indexOf(q.source);
    if (at >= 0 && CHANGE_AFTER.test(normal.slice(at + q.source.length))) continue;
    candidates.push(q);
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const atYearEnd = candidates.filter((q) => q.label !== null && AT_YEAR_END.test(q.label));
  return atYearEnd.length === 1 ? (atYearEnd[0] as Quantity) : null;
}

function reportSuspicions(seg: Segment | null | undefined, cell: string, problems: Problem[]): void {
  if (seg == null) return;
  const quantities = seg.parsed.quantities;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i] as Quantity;
    if (q.suspicion === 'decimalLooksLikeThousands') {
      problems.push({ cell, severity: 'warning', code: 'suspectThousands', params: { text: q.source.trim(), value: q.value } });
    }
  }
}

/** Whether a segment holds two to `count` values, none with a year label or a name before it. */
function listsUndatedValues(seg: Segment | undefined, count: number): boolean {
  const quantities = seg?.parsed.quantities ?? [];
  if (quantities.length < 2 || quantities.length > count) return false;
  for (const q of quantities) if (q.year !== null || (q.label !== null && q.label !== '')) return false;
  return true;
}

/** One segment per quantity of a cell that lists one value per indicator on its lines. */
function segmentPerQuantity(seg: Segment | undefined, statement: boolean): Segment[] {
  return (seg?.parsed.quantities ?? []).map((q) => ({ text: q.source, parsed: { quantities: [q], statement }, key: '', label: '' }));
}

/**
 * The names an indicator column's cell lists: its bulleted items, or a name a line where no line holds a value and
 * the target cell lists as many values, one each ("キャッシュレス決済導入窓口数\nデジタル人材育成数" over "20窓口\n50人");
 * else a name broken over two lines ("マイナンバーカードを活用した\n電子申請件数") is one.
 */
function indicatorNames(text: string, target: CellValue): readonly string[] {
  const names = splitIndicatorSegments(text);
  const only = names.length === 1 ? (names[0] as string) : null;
  if (only === null || !only.includes('\n') || typeof target !== 'string' || parseQuantityText(only).quantities.length > 0) return names;
  const lines = only.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const values = target.split('\n').filter((line) => line.trim() !== '');
  return values.length === lines.length && parseQuantityText(target).quantities.length === lines.length ? lines : names;
}

export function buildIndicators(cells: RowCells, problems: Problem[]): Indicator[] {
  const { targetCell, actualCell } = cells;
  const unit = cells.unit === '' ? NO_UNIT : new UnitOfRow(cells.unit);
  const actualUnit = cells.actualUnit === '' || cells.actualUnit === cells.unit ? unit : new UnitOfRow(cells.actualUnit);

  const names: readonly string[] = cells.indicator === '' ? NO_NAMES : indicatorNames(cells.indicator, cells.target);
  let targets = segmentsOf(cells.target, unit, cells.targetIsPercent);
  if (targets.length === 2) targets = baselineAndTargetJoined(targets);
  const narrative = cells.actualIsNarrative === true && typeof cells.actual === 'string' ? parseQuantityText(cells.actual).quantities : null;
  let actuals = narrative !== null ? [] : segmentsOf(cells.actual, actualUnit, cells.actualIsPercent);
  // With an indicator column, a target cell of one value per indicator listed on lines keeps that order.
  if (names.length > 1 && targets.length === 1 && (targets[0]?.parsed.quantities.length ?? 0) === names.length) {
    targets = segmentPerQuantity(targets[0], false);
  }
  if (names.length > 1 && actuals.length === 1 && (actuals[0]?.parsed.quantities.length ?? 0) === names.length) {
    actuals = segmentPerQuantity(actuals[0], actuals[0]?.parsed.statement ?? false);
  }
  // A listed target with its actuals written one per line, without names or years ("120件\n70%"): one each, in order.
  if (targets.length > 1 && actuals.length === 1 && listsUndatedValues(actuals[0], targets.length)) {
    actuals = segmentPerQuantity(actuals[0], actuals[0]?.parsed.statement ?? false);
  }
  // Fewer actuals than listed targets: an indicator has gone unreported, which the judgement alone would not show.
  if (targets.length > 1 && actuals.length > 0 && actuals.length < targets.length) {
    problems.push({ cell: actualCell, severity: 'warning', code: 'indicatorCountMismatch', params: { targets: targets.length, actuals: actuals.length } });
  }
  if (names.length === targets.length && names.length > 1) keyUnnamedByColumn(targets, names);
  const count = Math.max(names.length, targets.length, actuals.length > 0 && targets.length === 0 ? 1 : 0);
  // One target and at most one actual (most rows) pair up as they are; only lists need pairing.
  const single = targets.length <= 1 && actuals.length <= 1;
  const paired = single ? actuals : pairSegments(targets, actuals);
  if (!single && targets.length === 0 && actuals.length > 0) paired.push(actuals[0] ?? null);

  const actualWritten = typeof cells.actual === 'string' ? cells.actual.trim() : '';
  const targetWritten = typeof cells.target === 'string' ? cells.target : '';
  const indicators: Indicator[] = new Array<Indicator>(count);
  for (let i = 0; i < count; i++) {
    const t = targets[i];
    const a = paired[i] ?? (names.length > 1 ? actuals[i] : undefined);
    reportSuspicions(t, targetCell, problems);
    reportSuspicions(a, actualCell, problems);
    const targetName = nameOf(t?.label);
    const name = names[i] ?? (targetName || nameOf(a?.label));
    // The name as the cell it came from writes it, for the sheets ("（人）", not "(人)").
    const nameSource = names[i] !== undefined ? cells.indicator : targetName !== '' ? cells.target : cells.actual;
    const nameWritten = typeof nameSource === 'string' ? asWritten(nameSource, name) : name;
    const summed = a == null ? null : sumOfParts(a.parsed.quantities);
    const told = narrative === null ? null : figureInUnitOf(narrative, cells.actual as string, t, unit, actualUnit, cells.preferredYear);
    // Against a deadline in words ("Q3 2024"), a narrative tells when the thing was done ("Adopted in November 2024").
    const toldWhen = narrative !== null && told === null && t !== undefined && t.parsed.quantities.length === 0 && readDeadline(t.text) !== null ? actualWritten : null;
    const actual = told ?? (summed !== null ? withUnit(summed, actualUnit) : actualFor(a, actualUnit, cells.preferredYear, t?.parsed.quantities[0]?.unit ?? null));
    if (summed !== null) problems.push({ cell: actualCell, severity: 'info', code: 'actualSummed', params: { value: summed.value, parts: (a as Segment).parsed.quantities.length } });
    const points = againstLastYear(t, actual, a?.text ?? '', cells, unit, i, count, problems) ?? cutFromBaseline(t, actual, cells, unit, count, problems)
      ?? withLaterTargets(targetPoints(t, unit, targetCell, name), cells, unit, i, count) ?? NO_TARGETS;
    // Without a unit, `${name} ` would normalise back to the name: read the name alone and spare the copy.
    // A time limit in the name ("Complaints answered within 10 working days", "14日以内の処理率") is what is
    // counted, not the way the indicator should go.
    const named = CONDITION_IN_NAME_HINT.test(name) ? withoutConditions(name, points[0]?.quantity) : name;
    const implied = parseDirectionWords(cells.unit === '' ? named : `${named} ${cells.unit}`);
    // A name of a cut ("職員数の削減") over targets that come down year by year (4,245, 4,175, 4,055人) sets levels to
    // come down to, not sizes of cuts.
    // An indicator without a name of its own is measured by the initiative's ("Average response time to P1 calls").
    const measured = name === '' && count === 1 ? cells.initiative : name;
    const levelsOfCut = (implied.reduction || measured !== name) && implied.direction === null && cutsItself(measured) && undirected(points, '') && comesDownYearly(points);
    const lowerByName = cells.direction === null && implied.direction === null && undirected(points, measured) && !breaksEven(measured, points) &&
      (levelsOfCut || (!implied.reduction && (measuresLowerIsBetter(measured) || cutsWhatIsMeasured(cells.initiative, measured))));
    if (lowerByName) problems.push({ cell: targetCell, severity: 'info', code: 'lowerIsBetterByName', params: { name: measured } });
    // A target set below where things stood (基準値 210人, 目標 200人), where the initiative or indicator speaks of
    // bringing something down ("職員数の適正化"), aims to bring the figure down; a count set low after an exceptional
    // year ("寄附件数" 2,000 → 1,800 in "ふるさと納税の推進") is still better when higher.
    const baseline = !lowerByName && count === 1 && cells.baseline !== null && cells.direction === null && implied.direction === null && !implied.reduction &&
      undirected(points, measured) && (BRINGS_DOWN.test(cells.initiative) || BRINGS_DOWN.test(name)) ? baselineAbove(cells, unit, points) : null;
    if (baseline !== null) {
      problems.push({ cell: targetCell, severity: 'info', code: 'lowerIsBetterByBaseline', params: { baseline: baseline.text, baselineCell: cells.baselineCell } });
    }
    if (actual !== null && typeof cells.actual === 'number' && !cells.actualIsPercent) checkFractionForPercent(actual, points, actualCell, problems);
    const actualDate = cells.actual instanceof Date && count === 1 && points.length === 0 ? dayDoneBy(cells.actual, t) : null;
    indicators[i] = {
      name,
      nameWritten,
      targets: points,
      actual,
      targetText: t?.text ?? '',
      actualText: actualDate !== null ? cellText(cells.actual) : (told?.source ?? a?.text ?? toldWhen ?? ''),
      actualWritten,
      targetWritten,
      actualDate,
      impliedDirection: cells.direction ?? (lowerByName || baseline !== null ? 'atMost' : implied.direction),
      impliedReduction: implied.reduction && !levelsOfCut,
      actualIsStatement: a?.parsed.statement ?? false,
      targetCell,
      actualCell,
    };
  }
  return indicators;
}

/**
 * The day a date cell in the actual column says the thing was done, where the target is a deadline in words alone
 * ("令和6年9月までに全庁舎に整備"); null against anything else, where a date is no actual. Asked only of date cells.
 */
function dayDoneBy(date: Date, target: Segment | undefined): When | null {
  if (target === undefined || Number.isNaN(date.getTime()) || readDeadline(target.text) === null) return null;
  return dayOfDate(date);
}

/**
 * The target of a segment set against last year ("前年度実績以上", "前年度比5%増"): last year's actual, from its column,
 * moved as the target says, with a note of the figure used. Without last year's figure, no target (the recorded status
 * judges), and a note says why; but a change against an actual written as one is compared as it stands ("前年度比5%増"
 * against "前年度比7%増", "前年度比5ポイント増" against "3ポイント増"). Null for any other target.
 */
function againstLastYear(
  seg: Segment | undefined, actual: Quantity | null, actualText: string, cells: RowCells, unit: UnitOfRow, index: number, count: number,
  problems: Problem[],
): readonly TargetPoint[] | null {
  const read = seg === undefined ? null : lastYearRelation(seg.text, seg.parsed, cells.preferredYear === null ? null : cells.preferredYear - 1);
  // "増加" or "現状維持" alone is set against last year only beside a column of last year's figures.
  if (seg === undefined || read === null || (read.bare === true && cells.lastYear === null)) return null;
  // Kept where it is, what is better when lower ("火災件数", "燃料費の抑制") is kept no higher.
  const keptLower = read.bare === true && read.direction === 'atLeast' && (measuresLowerIsBetter(cells.indicator) || BRINGS_DOWN.test(cells.initiative));
  const relation: LastYearRelation = keptLower ? { ...read, direction: 'atMost' } : read;
  const targetCell = cells.targetCell;
  // Last year's actual from its column, else as the target cell gives it ("前年度以上（R2:98.5%）").
  const fromColumn = lastYearActual(cells, unit, index, count);
  const written = relation.written !== null && isLastYears(relation.written, cells.preferredYear) ? relation.written : null;
  // Else as the actual cell gives it in brackets ("12,500件（R4実績：12,000件）").
  const named = fromColumn === null && written === null ? lastYearsFigureBeside(actualText, cells.preferredYear === null ? null : cells.preferredYear - 1) : null;
  // Not in another unit than the actual's: "12,500件（前年度 12,000人）" is no figure of the same thing.
  const beside = named !== null && (named.unit === null || actual?.unit == null || named.unit === actual.unit) ? named : null;
  const figure = written ?? beside;
  const base = fromColumn ?? (figure === null ? null : { quantity: figure, text: figure.source });
  if (base !== null) {
    const target = targetFromLastYear(base.quantity, relation, seg.text);
    problems.push({
      cell: targetCell, severity: 'info', code: 'comparedWithLastYear',
      params: {
        target: seg.text.trim(), lastYear: base.text.trim(), lastYearCell: fromColumn !== null ? cells.lastYearCell : written !== null ? targetCell : cells.actualCell,
        value: target.value, unit: target.unit ?? '', direction: relation.direction,
      },
    });
    return [point(null, target, targetCell)];
  }
  // A change against an actual written as one, in its unit ("前年度比7%増", "3ポイント増", "15件減"): compared as they stand.
  if (actual !== null && isChangeLike(relation, seg.parsed.quantities[0], actual, actualText)) return null;
  if (actual !== null) {
    const lastYearCell = cells.lastYearCell;
    // The year before the evaluated one names the column to add ("R3年度実績" in an R4 plan).
    const lastYear = cells.preferredYear === null ? '' : cells.preferredYear - 1;
    problems.push({ cell: targetCell, severity: 'warning', code: 'lastYearMissing', params: { target: seg.text.trim(), lastYearCell, lastYear } });
  }
  return NO_TARGETS;
}

/**
 * A public enterprise's 経常収支比率 (水道, 病院: revenue over costs, to be at least 100%), not a local government's
 * (costs over revenue, better when lower, set at 85–95%): told by a target of 100% or more.
 */
function breaksEven(name: string, points: readonly TargetPoint[]): boolean {
  const q = points[0]?.quantity;
  return q !== undefined && q.unit === '%' && q.value >= 100 && name.includes('経常収支比率');
}

/**
 * Words of bringing something down or into line: "削減", "抑制", "適正化", "見直し", "Reduce"; and of fewer facilities,
 * as a 公共施設等総合管理計画 says it ("複合化", "集約化", "統廃合", "用途廃止", "民営化", "幼稚園の統合"); not "押印の廃止" or
 * "システム統合", whose counts may go either way.
 */
const BRINGS_DOWN = /削減|縮減|抑制|適正化|見直し|効率化|減少|縮小|低減|圧縮|複合化|集約化|統廃合|用途廃止|民営化|除却|(?:施設|園|所|校|館|庁舎|組織|課|部署)の?(?:統合|廃止)|\b(?:reduc\w*|cut|cuts|cutting|lower\w*|decreas\w*|minimi[sz]\w*)\b/iu;

/**
 * The row's baseline, as written, where every target is below it in its unit (or it has none): the targets bring the
 * figure down from there. Null otherwise, or where the baseline holds no single value.
 */
function baselineAbove(cells: RowCells, unit: UnitOfRow, points: readonly TargetPoint[]): { text: string } | null {
  const baseline = baselineFigure(cells, unit);
  if (baseline === null) return null;
  const from = baseline.quantity;
  for (let i = 0; i < points.length; i++) {
    const q = (points[i] as TargetPoint).quantity;
    if ((from.unit !== null && q.unit !== null && from.unit !== q.unit) || q.value >= from.value) return null;
  }
  return { text: baseline.text };
}

/** The row's baseline as one plain value (no direction, no cut) and its text as written; null otherwise. */
function baselineFigure(cells: RowCells, unit: UnitOfRow): { quantity: Quantity; text: string } | null {
  const segments = segmentsOf(cells.baseline, unit);
  const quantities = segments.length === 1 ? (segments[0] as Segment).parsed.quantities : [];
  const quantity = quantities.length === 1 ? (quantities[0] as Quantity) : null;
  if (quantity === null || quantity.direction !== null || quantity.reduction) return null;
  return { quantity, text: (segments[0] as Segment).text.trim() };
}

/**
 * A cut in percent of where things stood ("半減", "30%削減") against an actual that is an amount ("95t"), beside a
 * baseline column ("基準値（R2）" 200t): the level to come down to, the baseline less the cut (100t), with a note. Null
 * for any other target, where there is no such baseline, or where the actual states a cut itself ("52%減").
 */
function cutFromBaseline(seg: Segment | undefined, actual: Quantity | null, cells: RowCells, unit: UnitOfRow, count: number, problems: Problem[]): readonly TargetPoint[] | null {
  if (seg === undefined || actual === null || count !== 1 || cells.baseline === null || seg.parsed.quantities.length > 1) return null;
  // "半減" says its cut in a word.
  const cut = seg.parsed.quantities[0] ?? targetInWords(seg.text);
  if (cut === null) return null;
  if (!cut.reduction || cut.unit !== '%' || cut.value <= 0 || cut.value >= 100 || actual.reduction || actual.unit === '%') return null;
  const baseline = baselineFigure(cells, unit);
  const base = baseline?.quantity;
  if (baseline === null || base === undefined || base.value <= 0) return null;
  if (base.unit !== null && actual.unit !== null && base.unit !== actual.unit) return null;
  const value = Number((base.value * (1 - cut.value / 100)).toPrecision(12));
  const level: Quantity = { ...base, value, direction: 'atMost', reduction: false, approximate: false, year: cut.year, label: null, source: seg.text, suspicion: null };
  problems.push({
    cell: cells.targetCell, severity: 'info', code: 'cutFromBaseline',
    params: { target: seg.text.trim(), baseline: baseline.text, baselineCell: cells.baselineCell, value, unit: base.unit ?? '' },
  });
  return [point(cut.year, level, cells.targetCell)];
}

/**
 * Whether the actual states a change as the target does: a change in percent against a percentage, or an amount more
 * or less than last year's against an amount in its unit written as a rise or a cut.
 */
function isChangeLike(relation: LastYearRelation, change: Quantity | undefined, actual: Quantity, actualText: string): boolean {
  if (relation.percentChange) return actual.unit === '%';
  if (relation.offset === 0 || change === undefined || actual.unit !== change.unit) return false;
  return actual.reduction || /[増減]/u.test(actualText);
}

/**
 * Whether a figure in a target's brackets is last year's: dated the year before the evaluated one ("（R2:98.5%）" for
 * R3), or undated with no label but last year's ("（前年度 30%）", "(30%)"); not "（R7年度目標:100%）" or "（県平均 95%）".
 */
function isLastYears(q: Quantity, year: FiscalYear | null): boolean {
  if (q.year !== null) return year === null || q.year === year - 1;
  return q.label === null || q.label === '' || /前年|昨年/u.test(q.label);
}

/**
 * Last year's actual of the indicator at `index` of `count`, from the row's last-year cell listed as the actual is,
 * with the text it is read from ("1億2,000万円", as written, for the note).
 */
function lastYearActual(cells: RowCells, unit: UnitOfRow, index: number, count: number): { quantity: Quantity; text: string } | null {
  if (cells.lastYear === null) return null;
  const segments = segmentsOf(cells.lastYear, unit, cells.lastYearIsPercent);
  const seg = segments.length === count ? segments[index]
    : segments.length === 1 && count > 1 ? segmentPerQuantity(segments[0], false)[index] : undefined;
  const lastYear = cells.preferredYear === null ? null : cells.preferredYear - 1;
  const quantity = actualFor(seg, unit, lastYear);
  return quantity === null || seg === undefined ? null : { quantity, text: seg.parsed.quantities.length > 1 ? quantity.source : seg.text };
}

/** An initiative that cuts something ("職員数の削減", "公用車の縮減", "内部管理経費の抑制"): the thing cut, before the verb. */
const CUT_INITIATIVE = /^(.{2,}?)の?(?:削減|縮減|抑制|低減|減少|圧縮|適正化による削減)$/u;
/** The same in English: "Reduce staff turnover", "Cut missed bin collections". */
const CUT_INITIATIVE_EN = /^(?:reduce|reducing|cut|cutting|lower|lowering|decrease|decreasing|minimi[sz]e)\s+(?:the\s+|our\s+)?(.{3,})$/iu;

/**
 * Whether the initiative says it cuts what the indicator measures: "職員数の削減" over "職員数", "公用車の削減" over
 * "公用車台数". The indicator's name must begin with the thing cut, so "紙の削減" says nothing of "電子決裁率".
 */
function cutsWhatIsMeasured(initiative: string, indicator: string): boolean {
  if (indicator === '' || initiative === '') return false;
  const bare = withoutUnitNote(initiative);
  // Told by its first letter, or (below) its last two characters, before any pattern is tried.
  const first = bare.charCodeAt(0) | 0x20;
  if (first >= 0x61 && first <= 0x7a) {
    const object = CUT_INITIATIVE_EN.exec(bare)?.[1]?.trim().toLowerCase();
    return object !== undefined && indicator.toLowerCase().startsWith(object);
  }
  const cut = thingCut(bare);
  // The thing itself, or its number or amount ("公用車" over "公用車台数"); not what is done about it ("会議の削減" over
  // "オンライン会議の実施回数").
  return cut !== null && indicator.startsWith(cut) && AMOUNT_OF.test(indicator.slice(cut.length));
}
const AMOUNT_OF = /^(?:の)?(?:数|台数|人数|件数|数量|量|総量|額|金額|費|経費|時間|残高|面積|枚数|使用量)?\s*(?:[(（][^()（）]*[)）])?$/u;
const CUT_ENDINGS: ReadonlySet<string> = new Set(['削減', '縮減', '抑制', '低減', '減少', '圧縮']);
const UNIT_NOTE_AT_END = /\s*[(（][^()（）]*[)）]\s*$/u;

/**
 * A name without the note of its unit after it ("職員数の削減（人）"). Names come trimmed: a bracket last is told by its
 * code, sparing a pattern on every indicator.
 */
function withoutUnitNote(name: string): string {
  const last = name.charCodeAt(name.length - 1);
  return last === 0x29 || last === 0xff09 ? name.replace(UNIT_NOTE_AT_END, '').trim() : name;
}

/** The thing a Japanese name of a cut names ("職員数" of "職員数の削減"), or null; nearly every name ends otherwise. */
function thingCut(bare: string): string | null {
  if (!CUT_ENDINGS.has(bare.slice(-2))) return null;
  return CUT_INITIATIVE.exec(bare)?.[1]?.trim() ?? null;
}

/** A name that is a thing and its cut ("職員数の削減（人）"), not a count of cuts ("削減事業数"). */
function cutsItself(name: string): boolean {
  return thingCut(withoutUnitNote(name.trim())) !== null;
}

/** Whether targets of two or more years come down from year to year, in the order of the years. */
function comesDownYearly(points: readonly TargetPoint[]): boolean {
  const dated = points.filter((p) => p.year !== null).sort((a, b) => (a.year as number) - (b.year as number));
  if (dated.length < 2) return false;
  for (let i = 1; i < dated.length; i++) if ((dated[i] as TargetPoint).value >= (dated[i - 1] as TargetPoint).value) return false;
  return true;
}

/** A name of a ratio ("経常収支比率"): a share in percent that its name may say is better when lower. */
const RATIO_NAME = /比率|turnover|\bgap\b|\brate\b|%|percent/iu;

/**
 * Targets, at least one, none of which states a direction or a cut, nor is a share unless the name is a ratio's (a
 * rate of a wait or of overtime may go either way; 経常収支比率 is better when lower): the indicator's name decides.
 */
function undirected(points: readonly TargetPoint[], name: string): boolean {
  if (points.length === 0) return false;
  for (let i = 0; i < points.length; i++) {
    const q = (points[i] as TargetPoint).quantity;
    // A value below zero ("▲100時間") is a cut, better when bigger whatever the name measures.
    // The name is asked of only for a share, which few targets are.
    if (q.direction !== null || q.reduction || (q.unit === '%' && !RATIO_NAME.test(name)) || q.value < 0) return false;
  }
  return true;
}

/**
 * Completes an indicator's targets from the later-year columns, and dates an undated value of a dated target
 * column (moving it last, after the values written with a year). Returns null when there are none.
 */
function withLaterTargets(written: TargetPoint[] | null, cells: RowCells, unit: UnitOfRow, index: number, count: number): TargetPoint[] | null {
  if (cells.targetYear === null && cells.laterTargets.length === 0) return written;
  let points = written;
  let undated = -1;
  if (points !== null) for (let i = 0; i < points.length && undated < 0; i++) if (points[i]?.year === null) undated = i;
  if (points !== null && cells.targetYear !== null && undated >= 0 && !hasYear(points, cells.targetYear)) {
    const [moved] = points.splice(undated, 1);
    if (moved) points.push(point(cells.targetYear, moved.quantity, moved.cell));
  }
  for (const later of cells.laterTargets) {
    const segments = segmentsOf(later.value, unit, later.isPercent);
    // One value per indicator, in the same order; a single value serves a single indicator only.
    const seg = segments.length === count ? segments[index] : undefined;
    const quantities = seg?.parsed.quantities ?? [];
    for (const q of quantities) {
      const year = q.year ?? later.year;
      if (points !== null && hasYear(points, year)) continue;
      // The only value of its cell is shown as the cell writes it ("1億2,000万円", not the digits read).
      const written = quantities.length === 1 && seg !== undefined && q.source !== seg.text ? { ...q, source: seg.text } : q;
      (points ??= []).push(point(year, withUnit(written, unit), later.cell));
    }
  }
  return points;
}

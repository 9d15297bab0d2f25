/** Judging each indicator's actual against its target, and each initiative by its weakest indicator. */
import { bandFor, type GradingRules } from './grading';
import { categorizeCause } from './causes';
import { parseA1 } from './grid';
import type {
  Counts, Evaluation, Indicator, IndicatorResult, Initiative, InitiativeResult, Plan, Problem, Status, StatusLegend, TargetPoint,
} from './model';
import { higherIsBetter, type Direction, type FiscalYear, type Quantity } from './quantity-types';
import { normalizeText } from './quantity';
import { legendKey, readRecordedStatus, remarkSetAside, startsWithRate } from './recorded-status';
import { doneIn, fiscalYearEnd, isDueBy, isOnTime, readDeadline, saysDone, type When } from './deadlines';
import { PENDING_STATUS_WORDS, UNDER_WAY_STATUS_WORDS } from './vocabulary';
import { TextMemo } from './text-memo';
import { compareUnitsInto, type UnitComparisonScratch } from './unit-scale';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** How weak a status is: an initiative is as weak as its weakest measured indicator. */
function weakness(status: Status): number {
  switch (status) {
    case 'delayed': return 0;
    case 'on-track': return 1;
    case 'achieved': return 2;
    case 'unknown': return 3;
  }
}

/** actual ÷ target where higher is better, target ÷ actual where lower is better; null where it means nothing. */
export function rateOf(target: number, actual: number, direction: Direction): number | null {
  if (higherIsBetter(direction)) return target > 0 ? actual / target : null;
  // None against a ceiling of none ("待機児童数 0人" with 0) is met in full.
  if (actual === 0 && target === 0) return direction === 'atMost' ? 1 : null;
  return actual > 0 && target >= 0 ? target / actual : null;
}

/** Whether the actual meets the target, for the cases a rate cannot tell (a zero target, strict bounds). */
function meets(target: number, actual: number, direction: Direction): boolean {
  switch (direction) {
    case 'atLeast': return actual >= target;
    case 'moreThan': return actual > target;
    case 'atMost': return actual <= target;
    case 'lessThan': return actual < target;
  }
}

/** The target the indicator is judged by, with the cell it is written in. */
function targetFor(indicator: Indicator, year: FiscalYear | null): TargetPoint | null {
  const targets = indicator.targets;
  let undated: TargetPoint | null = null;
  // Indexed, not for…of: this runs for every indicator, and the plan's target arrays come in two shapes (empty and
  // filled), where for…of showed up in allocation profiles.
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as TargetPoint;
    if (year !== null && t.year === year) return t;
    if (t.year === null) undated = t;
  }
  if (undated !== null) return undated;
  // A single dated target with no evaluated year known is the target.
  if (year === null && targets.length === 1) return targets[0] ?? null;
  return null;
}


interface JudgeContext {
  readonly rules: GradingRules;
  readonly year: FiscalYear | null;
  /** Whether each year's target is a step of its own (rows of targets and actuals, a column per year). */
  readonly yearSteps: boolean;
  /** The sheet's own meaning of its rating marks, before any reading of a mark alone. */
  readonly legend: StatusLegend;
  /** The day the sheet says its figures are as of, else null. */
  readonly asOf: When | null;
  readonly problems: Problem[];
}

function indicatorResult(
  indicator: Indicator, point: TargetPoint | null, actual: Quantity | null, direction: Direction, reduction: boolean,
  rate: number | null, status: Status, grade: string | null,
): IndicatorResult {
  // A target from a later-year column ("R3年度目標") is named by its own cell and text, not the target cell's.
  const ownCell = point === null || point.cell === indicator.targetCell;
  // One object literal of one shape: spreads here cost more than the judgement itself on large plans.
  return {
    name: indicator.name, nameWritten: indicator.nameWritten ?? indicator.name, target: point?.quantity ?? null, actual, direction, reduction, rate, status, grade,
    targetText: ownCell ? indicator.targetText : point.quantity.source, actualText: indicator.actualText,
    actualWritten: indicator.actualWritten, targetWritten: ownCell ? (indicator.targetWritten ?? '') : '', actualDate: indicator.actualDate,
    targetCell: ownCell ? indicator.targetCell : point.cell, actualCell: indicator.actualCell,
    series: indicator.targets,
  };
}

/**
 * A target that states an amount in words the tool does not turn into a value: a doubling ("倍増", "倍化") or every
 * unit of the office ("全課で導入", "全庁に展開"). Not the description of a qualitative initiative
 * ("全庁共通の取組の推進"), whose actual may well mention a number.
 */
const AMOUNT_IN_WORDS = /倍増|倍化|全(?:課|部局|部|庁|所属|職員|施設|校|市町村)(?:で|に|へ)/u;

/**
 * Judged from values, as opposed to taking the recorded status. Values that could not be compared (円 against 時間)
 * judge nothing: the initiative then takes its recorded status, as one without values does.
 */
function isMeasured(result: IndicatorResult): boolean {
  return result.target !== null && result.actual !== null && result.status !== 'unknown';
}

/** One comparison, overwritten for each indicator: it is read at once and never kept, so none is allocated. */
const comparison: UnitComparisonScratch = { targetValue: 0, actualValue: 0, units: 'same' };

/**
 * `initiativeName` names an indicator without a name of its own in problems; `recordedDelay` says the office recorded
 * the initiative as delayed (a status or a cause), which an approximate target's leeway does not overrule.
 */
function judgeIndicator(indicator: Indicator, ctx: JudgeContext, initiativeName: string, recordedDelay: boolean): IndicatorResult {
  const point = targetFor(indicator, ctx.year);
  const target = point?.quantity ?? null;
  const actual = indicator.actualIsStatement ? null : indicator.actual;
  // Without a direction written, higher is better; but a target of zero ("待機児童数 0人") can only be a ceiling.
  const direction = target?.direction ?? indicator.impliedDirection ?? (target?.value === 0 ? 'atMost' : 'atLeast');
  const reduction = (target?.reduction ?? false) || indicator.impliedReduction;
  if (indicator.targets.length > 0 && target === null && ctx.year !== null) {
    // A target only for a later year ("R7年度:累計1,000人") is not due yet: said, but nothing is amiss in the cell.
    const year = ctx.year;
    const dueLater = indicator.targets.some((t) => t.year !== null && t.year > year);
    ctx.problems.push({ cell: indicator.targetCell, severity: dueLater ? 'info' : 'warning', code: 'noTargetForYear', params: { year: ctx.year, name: indicator.name || initiativeName, target: indicator.targetText.trim() } });
  }
  if (indicator.actualIsStatement && indicator.actual !== null) {
    ctx.problems.push({ cell: indicator.actualCell, severity: 'info', code: 'actualIsStatement', params: { text: indicator.actualText } });
  }
  if (target === null || actual === null) {
    // A target stating an amount in words beside an actual that has a value ("倍増" against "1.5倍"): a judgement the
    // tool could not make, which would otherwise pass silently as the recorded status.
    if (target === null && actual !== null && indicator.targets.length === 0 && AMOUNT_IN_WORDS.test(indicator.targetText)) {
      ctx.problems.push({ cell: indicator.targetCell, severity: 'warning', code: 'targetUnreadable', params: { target: indicator.targetText.trim(), actual: indicator.actualText.trim() } });
    }
    return indicatorResult(indicator, point, actual, direction, reduction, null, 'unknown', null);
  }
  // Both in one unit and period: "90分" against "2時間以下" is 1.5 時間, "100件/月" against "1,000件" is 1,200 a year.
  const compared = compareUnitsInto(target, actual, comparison);
  if (compared.units === 'differs' || compared.units === 'incomparable') {
    ctx.problems.push({ cell: indicator.actualCell, severity: 'warning', code: 'unitMismatch', params: { target: target.unit ?? '', actual: actual.unit ?? '', compared: compared.units === 'incomparable' ? 0 : 1 } });
  }
  // 円 against 時間, 件 against %: no judgement rather than a wrong one.
  if (compared.units === 'incomparable') return indicatorResult(indicator, point, actual, direction, reduction, null, 'unknown', null);
  const sized = bySize(target, actual, indicator.targetText, reduction, direction, compared);
  // Read at once: `sized` is a scratch object, overwritten for the next indicator.
  const { targetValue, actualValue, direction: effectiveDirection, signsRead } = sized;
  const rate = rateOf(targetValue, actualValue, effectiveDirection);
  if (rate === null && higherIsBetter(effectiveDirection) && targetValue <= 0) {
    ctx.problems.push({ cell: indicator.targetCell, severity: 'info', code: 'targetNotPositive', params: { value: target.value } });
  }
  const met = meets(targetValue, actualValue, effectiveDirection);
  const rated = rate === null ? (met ? ctx.rules.bands[0] : ctx.rules.bands[ctx.rules.bands.length - 1]) : bandFor(ctx.rules, rate);
  // A strict bound ("超", "未満") met exactly is not met, whatever the rate of 1 says: it takes the band just below
  // the target (delayed in the report's terms, B in A–D).
  const band = !met && rated?.status === 'achieved' && (rate === null || rate >= 1) ? (ctx.rules.bands.find((b) => b.status !== 'achieved') ?? rated) : rated;
  // An office's own band may start below the target ("A ≥90%"): its grade stands, but short of the target is not achieved.
  const banded: Status = !met && band?.status === 'achieved' ? 'on-track' : (band?.status ?? 'unknown');
  // "約100件" against 98件: within what "about" allows, on track rather than delayed, and said so.
  const nearEnough = banded === 'delayed' && target.approximate && !recordedDelay && rate !== null && rate >= APPROXIMATE_MARGIN;
  if (nearEnough) ctx.problems.push({ cell: indicator.actualCell, severity: 'info', code: 'approximateTarget', params: { target: target.source.trim(), rate: Math.round(rate * 1000) / 10 } });
  const status: Status = nearEnough ? 'on-track' : banded;
  const grade = nearEnough ? ctx.rules.gradeByStatus['on-track'] : (band?.grade ?? null);
  return indicatorResult(indicator, point, actual, signsRead ? effectiveDirection : direction, reduction, rate, status, grade);
}

/** How close an actual must come to an approximate target ("約100件") to be on track: within 5%. */
const APPROXIMATE_MARGIN = 0.95;

/** The values and direction as compared, once signs are read; overwritten for each indicator, as `comparison` is. */
const sizes = { targetValue: 0, actualValue: 0, direction: 'atLeast' as Direction, signsRead: false };

/**
 * The target and actual (in one unit, see compareUnits) as compared, and the direction:
 * - a target below zero is the size of a cut or a deficit ("▲5%", "▲2億円", "▲1億円以内"), compared as sizes, a
 *   bigger cut better unless a bound is written (the name's lower-is-better is for the level, not the cut);
 * - "±5%以内" is a band around zero, met by an actual of either sign inside it (not "±0%以上", a floor);
 * - a reduction ("50%以上削減") is met by a bigger one, written as such ("61.2%減") or with a minus sign ("△12%").
 */
function bySize(target: Quantity, actual: Quantity, targetText: string, reduction: boolean, direction: Direction, compared: UnitComparisonScratch): typeof sizes {
  let targetValue = compared.targetValue;
  let actualValue = compared.actualValue;
  const cut = targetValue < 0;
  const aroundZero = !cut && (target.direction === null || target.direction === 'atMost' || target.direction === 'lessThan') && targetText.includes('±');
  if (aroundZero) {
    actualValue = Math.abs(actualValue);
  } else if (cut) {
    targetValue = -targetValue;
    // "▲5%" against "5%削減": an actual written as a cut is one already, whatever its sign.
    actualValue = actual.reduction ? Math.abs(actualValue) : -actualValue;
  } else if (reduction && actualValue < 0 && !actual.reduction) {
    actualValue = -actualValue;
  }
  sizes.targetValue = targetValue;
  sizes.actualValue = actualValue;
  sizes.direction = aroundZero ? (target.direction ?? 'atMost') : cut ? (target.direction ?? 'atLeast')
    : reduction ? (direction === 'atMost' || direction === 'lessThan' ? direction : 'atLeast') : direction;
  sizes.signsRead = cut || aroundZero;
  return sizes;
}

function judgeInitiative(initiative: Initiative, ctx: JudgeContext): InitiativeResult {
  // Plain loops rather than map/filter chains: this runs for every initiative, and each chain step is an array.
  const count = initiative.indicators.length;
  const indicators: IndicatorResult[] = new Array<IndicatorResult>(count);
  let measuredCount = 0;
  let measuredStatus: Status = 'unknown';
  let rate: number | null = null;
  const recorded = (ctx.legend.size === 0 ? undefined : ctx.legend.get(legendKey(initiative.recordedStatus))?.status) ?? readRecordedStatus(initiative.recordedStatus);
  const recordedDelay = initiative.cause !== null || recorded === 'delayed';
  for (let i = 0; i < count; i++) {
    const result = judgeIndicator(initiative.indicators[i] as Indicator, ctx, initiative.name, recordedDelay);
    indicators[i] = result;
    if (!isMeasured(result)) continue;
    measuredCount++;
    if (weakness(result.status) < weakness(measuredStatus)) measuredStatus = result.status;
    // Math.min over the rates, one at a time (so -0 and NaN come out as Math.min(...rates) would give them).
    if (result.rate !== null) rate = rate === null ? result.rate : Math.min(rate, result.rate);
  }
  const writtenStatus = initiative.recordedStatus?.trim() ?? '';
  const qualitative = measuredCount === 0;
  // Judged by its other indicators, an initiative would hide one whose actual is missing ("未集計", "―", blank).
  if (!qualitative && measuredCount < count) {
    for (let i = 0; i < count; i++) {
      const indicator = initiative.indicators[i] as Indicator;
      const result = indicators[i] as IndicatorResult;
      // A deadline beside values ("R6年度中に改訂" beside "2件") is judged by its date, as the initiative's other indicators are by theirs.
      if (result.target === null && indicator.targets.length === 0) {
        const byDate = deadlineBesideValues(indicator, ctx, initiative.name);
        if (byDate === null) continue;
        const judged = result as Mutable<IndicatorResult>;
        judged.status = byDate;
        judged.grade = ctx.rules.gradeByStatus[byDate];
        if (weakness(byDate) < weakness(measuredStatus)) measuredStatus = byDate;
        continue;
      }
      if (result.target === null || result.actual !== null || indicator.actualIsStatement) continue;
      ctx.problems.push({ cell: indicator.actualCell, severity: 'warning', code: 'actualMissing', params: { name: indicator.name || initiative.name, text: indicator.actualText.trim() } });
    }
  }

  let status: Status;
  if (!qualitative) {
    status = measuredStatus;
    const contradicts =
      recorded !== null && (recorded === 'delayed') !== (status === 'delayed');
    if (contradicts && initiative.recordedStatusCell !== null) {
      ctx.problems.push({
        cell: initiative.recordedStatusCell, severity: 'warning', code: 'statusContradiction',
        params: { recorded: initiative.recordedStatus ?? '', measured: status },
      });
    }
  } else if (initiative.cause !== null && !(recorded === null && writtenStatus !== '' && SAYS_PENDING.get(writtenStatus))) {
    // (A result not in yet, "集計中", is no delay whatever is written beside it: it stays unknown, and is said so.)
    status = 'delayed';
    // "順調" beside a recorded cause of delay: the cause decides, and the note says so.
    if (recorded !== null && recorded !== 'delayed' && initiative.recordedStatusCell !== null) {
      ctx.problems.push({ cell: initiative.recordedStatusCell, severity: 'info', code: 'delayedByCause', params: { recorded: writtenStatus } });
    }
  } else {
    // A deadline missed is a delay whatever the status recorded says, as values short of their target are; a
    // deadline met leaves the recorded status as it stands (it may know of more than the date).
    const byDeadline = writtenStatus === '' || recorded !== null ? statusByDeadline(initiative) : null;
    // "実施中", "In progress" when the deadline has come (by the day the sheet speaks as of, else the year's end): not
    // done in time.
    const dueBy = dueByOf(ctx);
    const overdue = byDeadline === null && recorded === 'on-track' && dueBy !== null
      ? underWayPastDeadline(initiative, writtenStatus, dueBy) : null;
    if (overdue !== null) {
      ctx.problems.push({
        cell: initiative.recordedStatusCell ?? overdue.cell, severity: 'warning', code: 'underWayPastDeadline',
        params: { recorded: writtenStatus, deadline: overdue.deadline, ...(ctx.asOf !== null ? { asOf: ctx.asOf } : { year: ctx.year ?? '' }) },
      });
    }
    if (byDeadline !== null && (recorded === null || (byDeadline.status === 'delayed' && recorded !== 'delayed'))) {
      ctx.problems.push({ cell: byDeadline.cell, severity: 'info', code: 'judgedByDeadline', params: { deadline: byDeadline.deadline, done: byDeadline.done } });
      if (recorded !== null && initiative.recordedStatusCell !== null) {
        ctx.problems.push({
          cell: initiative.recordedStatusCell, severity: 'warning', code: 'statusContradiction',
          params: { recorded: initiative.recordedStatus ?? '', measured: byDeadline.status },
        });
      }
    }
    // A status written but not understood is reported, not replaced by the actual's word.
    // A deadline before a status word: "R4年6月策定済み" against "R4年3月までに策定" is late, whatever 済み says.
    status = (byDeadline?.status === 'delayed' || overdue !== null ? 'delayed' : null) ?? recorded ??
      (writtenStatus !== '' ? null : (byDeadline?.status ?? statusWrittenAsActual(initiative, ctx) ?? (ctx.yearSteps ? stepAsPlanned(initiative, ctx) : null))) ?? 'unknown';
    // "順調（一部遅れ）" judged as 順調: the remark that says otherwise is named, not silently dropped.
    const remark = status === recorded ? remarkSetAside(initiative.recordedStatus) : null;
    if (remark !== null && initiative.recordedStatusCell !== null) {
      ctx.problems.push({ cell: initiative.recordedStatusCell, severity: 'info', code: 'statusRemarkSetAside', params: { recorded: writtenStatus, remark, status } });
    }
  }

  // Measured, but set by a deadline beside the values (no measured indicator of its status): the status's grade.
  const grade = status === 'unknown' ? null : qualitative ? ctx.rules.gradeByStatus[status] : (worstOf(indicators, status, rate)?.grade ?? ctx.rules.gradeByStatus[status]);

  const delayed = status === 'delayed';
  // A delay's cause as recorded, else what a column of issues says of it (with a note); else it is missing.
  const issues = delayed && initiative.cause === null ? (initiative.issues ?? null) : null;
  if (issues !== null) {
    ctx.problems.push({ cell: issues.cell, severity: 'info', code: 'causeFromIssues', params: { header: issues.header } });
  } else if (delayed && initiative.cause === null) {
    ctx.problems.push({ cell: initiative.causeCell, severity: 'warning', code: 'causeMissing', params: { name: initiative.name } });
  }
  const cause = delayed ? (issues?.text ?? initiative.cause) : null;
  if (status === 'unknown') {
    // A status written but not understood is named at its own cell and quoted; with none written, at the actual.
    ctx.problems.push(writtenStatus !== '' && recorded === null && initiative.recordedStatusCell !== null
      ? { cell: initiative.recordedStatusCell, severity: 'warning', code: SAYS_PENDING.get(writtenStatus) ? 'statusPending' : 'statusUnknown', params: { name: initiative.name, recorded: writtenStatus } }
      : {
        cell: indicators[0]?.actualCell ?? initiative.recordedStatusCell ?? initiative.causeCell,
        // An actual that says the result is not in yet ("集計中") is named as such, not as nothing recorded.
        severity: 'warning', code: actualPending(indicators) ? 'actualPending' : 'statusUnknown',
        params: { name: initiative.name, actual: indicators[0]?.actualText.trim() ?? '' },
      });
  }
  // An indicator without values shares the initiative's judgement from its recorded status. The results were made
  // just above and are not yet shared, so they are completed in place rather than copied.
  if (qualitative) {
    for (let i = 0; i < count; i++) {
      const result = indicators[i] as Mutable<IndicatorResult>;
      result.status = status;
      result.grade = grade;
    }
  }

  return {
    row: initiative.row,
    id: initiative.id,
    pillar: initiative.pillar,
    name: initiative.name,
    status,
    grade,
    rate,
    qualitative,
    recordedStatus: initiative.recordedStatus,
    cause,
    causeCell: delayed ? (issues?.cell ?? initiative.causeCell) : null,
    causeCategory: delayed ? categorizeCause(cause) : null,
    nextSteps: initiative.nextSteps,
    indicators,
    extra: initiative.extra,
  };
}

/** A short actual that is all one status word ("達成", "未実施。", "完了"), not a sentence that mentions one. */
const STATUS_WORD_ACTUAL = /^[^\n、,。]{1,12}。?$/u;

/**
 * Where no values could be compared and no status is recorded, an actual written as a status word ("達成", "未実施")
 * is what the office recorded: the weakest such word when every indicator's actual is one, else null. Said in a note,
 * since no values were compared.
 */
function statusWrittenAsActual(initiative: Initiative, ctx: JudgeContext): Status | null {
  let weakest: Status | null = null;
  for (const indicator of initiative.indicators) {
    const text = indicator.actualText.trim();
    const status = STATUS_WORD_ACTUAL.test(text) && !startsWithRate(text) ? readRecordedStatus(text) : null;
    if (status === null) return null;
    if (weakest === null || weakness(status) < weakness(weakest)) weakest = status;
  }
  const first = initiative.indicators[0];
  if (weakest !== null && first !== undefined) {
    ctx.problems.push({ cell: first.actualCell, severity: 'info', code: 'statusFromActual', params: { name: initiative.name, text: first.actualText.trim() } });
  }
  return weakest;
}

/** A step that is a thing made: not taken while still in hand ("策定中"). */
const MADE_STEP = /(?:策定|完了|導入|整備|構築|移行|設置|開設|制定|改定|改訂|統合|作成)$/u;
/** What may follow a step's word in an actual that says it was taken or is under way: "試行中", "策定済み", "検討を開始". */
const STEP_TAKEN = /^(?:済み?|完了|中|した|しました|(?:を開始|に着手|を実施)(?:した)?|実施済み?)?[。.]?$/u;

/**
 * Where each year's target is a step of its own (検討, 試行, 本格実施 in a column per year) and no values, date or
 * status word judge an initiative and no status is recorded, an actual that writes the year's step as the target does
 * ("試行" against "試行", "試行中", "検討済み" against "検討") is on track; null unless every indicator's is so. Said
 * in a note, since words were compared, not values. In a plan of one row per initiative an actual that repeats its
 * target ("拡大" against "拡大") says too little: the status recorded judges it.
 */
function stepAsPlanned(initiative: Initiative, ctx: JudgeContext): Status | null {
  if (initiative.indicators.length === 0) return null;
  for (const indicator of initiative.indicators) {
    if (indicator.targets.length > 0 || indicator.actual !== null) return null;
    const target = normalizeText(indicator.targetText).trim();
    const actual = normalizeText(indicator.actualText).trim();
    // A step in words ("試行"), not a mark of nothing ("－") nor a long sentence.
    if (!/\p{L}/u.test(target) || target.length > 20 || !actual.startsWith(target)) return null;
    const rest = actual.slice(target.length).trim();
    // A step that is a thing made is not taken while still in hand ("策定中" against "策定").
    if (!STEP_TAKEN.test(rest) || (rest.startsWith('中') && MADE_STEP.test(target))) return null;
  }
  const first = initiative.indicators[0] as Indicator;
  ctx.problems.push({ cell: first.actualCell, severity: 'info', code: 'stepAsPlanned', params: { name: initiative.name, target: first.targetText.trim(), actual: first.actualText.trim() } });
  return 'on-track';
}

/** A judgement by deadline, and the indicator's dates that set it, for the note that says so. */
interface DeadlineJudgement {
  readonly status: Status;
  readonly cell: string;
  readonly deadline: When;
  readonly done: When;
}

/**
 * Where no values judge an initiative, targets that are deadlines ("R4年3月までに策定") against actuals that say
 * when the thing was done ("R4年6月策定"): achieved by the deadline, else delayed; the weakest over its indicators,
 * and null unless every indicator can be so judged. The caller says so in a note, since dates were compared, not values.
 */
function statusByDeadline(initiative: Initiative): DeadlineJudgement | null {
  let weakest: DeadlineJudgement | null = null;
  for (const indicator of initiative.indicators) {
    const read = readDeadline(indicator.targetText);
    const deadline = read?.when ?? null;
    // A date cell in the actual column is the day it was done.
    const done = read === null ? null : (indicator.actualDate ?? doneIn(indicator.actualText, read.word));
    if (deadline === null || done === null) return null;
    const status: Status = isOnTime(deadline, done) ? 'achieved' : 'delayed';
    if (weakest === null || weakness(status) < weakness(weakest.status)) weakest = { status, cell: indicator.actualCell, deadline, done };
  }
  return weakest;
}

/** The day by which a deadline has come: the day the sheet speaks as of, else the evaluated year's end; null with neither. */
function dueByOf(ctx: JudgeContext): When | null {
  return ctx.asOf ?? (ctx.year === null ? null : fiscalYearEnd(ctx.year));
}

/**
 * An indicator without values whose target is a deadline, beside indicators measured by values: achieved or delayed by
 * when its actual says the thing was done, with a note, since dates were compared. Null where it cannot be so judged;
 * where the deadline has come and the actual says nothing of its being done, that is named, as a missing actual is
 * (the initiative is judged by its other indicators).
 */
function deadlineBesideValues(indicator: Indicator, ctx: JudgeContext, initiativeName: string): 'achieved' | 'delayed' | null {
  const read = readDeadline(indicator.targetText);
  if (read === null) return null;
  const done = indicator.actualDate ?? doneIn(indicator.actualText, read.word);
  if (done !== null) {
    ctx.problems.push({ cell: indicator.actualCell, severity: 'info', code: 'judgedByDeadline', params: { deadline: read.when, done } });
    return isOnTime(read.when, done) ? 'achieved' : 'delayed';
  }
  const dueBy = dueByOf(ctx);
  // Done without a date ("改訂済み"), or not due yet: nothing to name.
  if (dueBy !== null && isDueBy(read.when, dueBy) && !saysDone(indicator.actualText, read.word) && readRecordedStatus(indicator.actualText) !== 'achieved') {
    ctx.problems.push({ cell: indicator.actualCell, severity: 'warning', code: 'actualMissing', params: { name: indicator.name || initiativeName, text: indicator.actualText.trim() } });
  }
  return null;
}

const PENDING: ReadonlySet<string> = new Set(PENDING_STATUS_WORDS);
/** Whether a status as written says the result is not in yet ("集計中", "Not yet reported"). */
const SAYS_PENDING = new TextMemo<boolean>((written) => PENDING.has(normalizeText(written).toLowerCase().replace(/[。.]$/u, '')));

/** Whether the only actual says the result is not in yet ("集計中", "Not yet reported"). */
function actualPending(indicators: readonly IndicatorResult[]): boolean {
  const text = indicators.length === 1 ? (indicators[0]?.actualText.trim() ?? '') : '';
  return text !== '' && text.length <= 24 && SAYS_PENDING.get(text);
}

const UNDER_WAY: ReadonlySet<string> = new Set(UNDER_WAY_STATUS_WORDS);
/** Whether a status as written says the work is under way; plans repeat a few statuses on every row. */
const SAYS_UNDER_WAY = new TextMemo<boolean>((written) => UNDER_WAY.has(normalizeText(written).toLowerCase().replace(/[。.]$/u, '')));

/**
 * The deadline, come by `dueBy` (the day the sheet speaks as of, else the evaluated year's end), of an initiative
 * recorded as under way ("実施中", "In progress") whose actual says nothing of its being done; null where the status
 * says otherwise or no such deadline is set.
 */
function underWayPastDeadline(initiative: Initiative, written: string, dueBy: When): { deadline: When; cell: string } | null {
  if (!SAYS_UNDER_WAY.get(written)) return null;
  let targetsGiveDeadlines = false;
  for (const indicator of initiative.indicators) {
    const read = readDeadline(indicator.targetText);
    if (read !== null) targetsGiveDeadlines = true;
    if (read === null || !isDueBy(read.when, dueBy)) continue;
    const done = indicator.actualDate !== null || saysDone(indicator.actualText, read.word) || readRecordedStatus(indicator.actualText) === 'achieved';
    if (!done) return { deadline: read.when, cell: indicator.targetCell };
  }
  // Else the deadline a column of deadlines gives the initiative ("Timeframe": "Dec 2023"), where no actual says it
  // was done.
  const own = initiative.deadline;
  if (targetsGiveDeadlines || own == null || !isDueBy(own.when, dueBy)) return null;
  const saidDone = initiative.indicators.some((i) => i.actualDate !== null || readRecordedStatus(i.actualText) === 'achieved');
  return saidDone ? null : { deadline: own.when, cell: own.cell };
}

/** The measured indicator that set the initiative's judgement: of its status and lowest rate, else of its status. */
function worstOf(indicators: readonly IndicatorResult[], status: Status, rate: number | null): IndicatorResult | undefined {
  let sameStatus: IndicatorResult | undefined;
  for (let index = 0; index < indicators.length; index++) {
    const i = indicators[index] as IndicatorResult;
    if (!isMeasured(i) || i.status !== status) continue;
    if (i.rate === rate) return i;
    sameStatus ??= i;
  }
  return sameStatus;
}

export function countStatuses(results: readonly { status: Status }[]): Counts {
  let achieved = 0;
  let onTrackOnly = 0;
  let delayed = 0;
  let unknown = 0;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as { status: Status };
    if (r.status === 'achieved') achieved++;
    else if (r.status === 'on-track') onTrackOnly++;
    else if (r.status === 'delayed') delayed++;
    else unknown++;
  }
  return { total: results.length, onTrack: achieved + onTrackOnly, achieved, delayed, unknown };
}

export function judgePlan(plan: Plan, rules: GradingRules, readProblems: readonly Problem[] = []): Evaluation {
  const problems: Problem[] = [...readProblems];
  const ctx: JudgeContext = { rules, year: plan.year, yearSteps: plan.targetActualRows, legend: plan.statusLegend, asOf: plan.asOf ?? null, problems };
  const initiatives = plan.initiatives.map((i) => judgeInitiative(i, ctx));
  return { plan, year: plan.year, counts: countStatuses(initiatives), initiatives, problems: sortProblems(problems) };
}

/** Problems in sheet order: by row, then column, so a reader can walk down the sheet. */
function sortProblems(problems: Problem[]): Problem[] {
  const keyed = problems.map((p, i) => ({ p, i, at: parseA1(p.cell) ?? { row: 0, col: 0 } }));
  keyed.sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col || a.i - b.i);
  return keyed.map(({ p }) => p);
}

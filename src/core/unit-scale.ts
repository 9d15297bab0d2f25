/**
 * Units of one kind that people mix between target and actual ("5,000千円" against "600万円", "48時間以内" against
 * "3日", "3割削減" against "25%削減", "100件/月" against "1,000件/年"): each with its size in the kind's base unit,
 * so that the two can be compared.
 */
import type { Quantity } from './quantity-types';
import { TextMemo } from './text-memo';

type Kind = 'money' | 'time' | 'months' | 'share' | 'mass' | 'length' | 'places';

interface UnitScale {
  readonly kind: Kind;
  /** Size in the kind's base unit: yen, minutes, months, percent, grams, metres, places. */
  readonly size: number;
}

const SCALES: ReadonlyMap<string, UnitScale> = new Map<string, UnitScale>([
  ...(['円', 'yen', 'jpy'] as const).map((u) => [u, { kind: 'money', size: 1 }] as const),
  ['千円', { kind: 'money', size: 1_000 }],
  ['百万円', { kind: 'money', size: 1_000_000 }],
  ...(['秒', 'sec', 'secs', 'seconds'] as const).map((u) => [u, { kind: 'time', size: 1 / 60 }] as const),
  ...(['分', 'min', 'mins', 'minute', 'minutes'] as const).map((u) => [u, { kind: 'time', size: 1 }] as const),
  ...(['時間', 'h', 'hr', 'hrs', 'hour', 'hours'] as const).map((u) => [u, { kind: 'time', size: 60 }] as const),
  ...(['日', '日間', 'day', 'days'] as const).map((u) => [u, { kind: 'time', size: 1_440 }] as const),
  ...(['週', '週間', 'week', 'weeks'] as const).map((u) => [u, { kind: 'time', size: 10_080 }] as const),
  ...(['か月', 'ヶ月', 'カ月', 'ケ月', '箇月', 'month', 'months'] as const).map((u) => [u, { kind: 'months', size: 1 }] as const),
  ...(['年', '年間', 'years'] as const).map((u) => [u, { kind: 'months', size: 12 }] as const),
  ['%', { kind: 'share', size: 1 }],
  ['割', { kind: 'share', size: 10 }],
  ['mg', { kind: 'mass', size: 0.001 }],
  ['g', { kind: 'mass', size: 1 }],
  ['kg', { kind: 'mass', size: 1_000 }],
  // Tonnes, also of CO2 ("4,000t-CO2以下" against "3,800t").
  ...(['t', 'トン', 'tonnes', 'tons', 'tco2', 'tco2e', 't-co2', 'tco2-e', 'tco2eq', 'tco2-eq', 't-co2e'] as const).map((u) => [u, { kind: 'mass', size: 1_000_000 }] as const),
  ['m', { kind: 'length', size: 1 }],
  ['km', { kind: 'length', size: 1_000 }],
  // Spellings of one counter ("か所" and "箇所"), not a scale.
  ...(['箇所', 'か所', 'ヶ所', 'ケ所', 'カ所', '個所'] as const).map((u) => [u, { kind: 'places', size: 1 }] as const),
]);

/** Kinds whose values add up over time: a year's overtime is the sum of the months'. */
const AMOUNTS: ReadonlySet<Kind> = new Set(['money', 'time', 'mass', 'length']);

/** Kinds a counter is never of: "60%" against "50件", or "3時間" against "100万円", cannot be compared at all. */
const MEASURES: ReadonlySet<Kind> = new Set(['money', 'time', 'months', 'share', 'mass', 'length']);

/**
 * Counters of people and of bodies (sections, groups, facilities): "各課1名以上" against "28課で配置" counts sections
 * covered against people per section, which no comparison of the numbers judges. Two spellings of people ("人" and
 * "名") count the same; two kinds of body ("施設", "校") are compared with a warning, as other counters are.
 */
const COUNTER_KINDS: ReadonlyMap<string, 'people' | 'bodies'> = new Map([
  // Not 者: in procurement it counts firms ("参加事業者数 50者").
  ...(['人', '名', 'people', 'persons', 'staff'] as const).map((u) => [u, 'people'] as const),
  ...(['課', '団体', '施設', '所属', '部局', '部署', '校', '市町村', '自治体', '機関', '事業所', '社', '法人', '店舗', '拠点'] as const)
    .map((u) => [u, 'bodies'] as const),
]);

function scaleOf(unit: string): UnitScale | undefined {
  return SCALES.get(unit) ?? SCALES.get(unit.toLowerCase());
}

/** A count per month or week ("100件/月", "週1回" read as "1回/週"), as per year; anything else as it is. */
const PERIODS_A_YEAR: ReadonlyMap<string, number> = new Map([['月', 12], ['週', 52], ['四半期', 4], ['month', 12], ['week', 52], ['quarter', 4]]);

/** A unit as compared: no spaces, no trailing "/年" (a yearly count is the year's count), lower-case. */
function normalUnit(unit: string): string {
  return unit.replace(/\s/gu, '').replace(/\/年度?$/u, '').toLowerCase();
}

/** All that comparing needs to know of one unit as written, worked out once for each distinct unit. */
interface UnitReading {
  /**
   * What the value is multiplied by to be the year's count: the periods a year for a count per period, 1 for
   * anything else (times 1 leaves every number, -0 and NaN included, as it was).
   */
  readonly perYearFactor: number;
  /** The unit once a count per period is the year's: "件/月" is "件"; null where nothing is left ("/月"). */
  readonly unit: string | null;
  readonly scale: UnitScale | undefined;
  /** The unit as compared by its words (see normalUnit); '' without a unit. */
  readonly normal: string;
  /** Of a kind a counter is never of (see MEASURES). */
  readonly isMeasure: boolean;
  /** A counter of people or of bodies (see COUNTER_KINDS), else undefined. */
  readonly counts: 'people' | 'bodies' | undefined;
  /**
   * For an amount written per period ("時間/月", "万円/月"), the periods a year (12); else 1. A share per period
   * ("月平均90%") is not an amount: a year's share is no sum of the months'.
   */
  readonly measurePeriods: number;
  /**
   * What an amount is per, other than a period ("時間/人" is per person, "分/件" per case); '' for none. The
   * amount itself is in `scale` and `normal`.
   */
  readonly per: string;
}

/**
 * A unit as written, as compared. A count per period is the year's count ("100件/月" is 1,200件); a measure per
 * period ("月平均90%", "月20時間以内", "月5万円") is not multiplied: it stays what it is, compared as written.
 */
function readUnit(written: string | null): UnitReading {
  const slash = written === null ? -1 : written.lastIndexOf('/');
  const after = written === null || slash < 0 ? '' : written.slice(slash + 1);
  const periods = after === '' ? undefined : PERIODS_A_YEAR.get(after.toLowerCase());
  // "/年" is a year's count, the same as without it (see normalUnit). What an amount is per: one of a counter
  // ("時間/人"), not a span of time ("時間/日" stays a unit of its own, never compared with a month's hours).
  const per = written === null || slash < 0 || periods !== undefined || after === '年' || after === '年度' || scaleOf(after) !== undefined ? '' : after;
  const unit = written === null || (periods === undefined && per === '') ? written : written.slice(0, slash) || null;
  const scale = unit === null ? undefined : scaleOf(unit);
  const isMeasure = scale !== undefined && MEASURES.has(scale.kind);
  return {
    perYearFactor: periods === undefined || isMeasure ? 1 : periods,
    unit,
    scale,
    normal: unit === null ? '' : normalUnit(unit),
    isMeasure,
    counts: unit === null ? undefined : COUNTER_KINDS.get(normalUnit(unit)),
    measurePeriods: periods !== undefined && scale !== undefined && AMOUNTS.has(scale.kind) ? periods : 1,
    per: per === '' ? '' : normalUnit(per),
  };
}

const NO_UNIT: UnitReading = readUnit(null);

/**
 * Readings by the unit as written. Units are a small vocabulary ("件", "%", "人/年") met on every indicator, and
 * reading one takes regular expressions, lower-casing and lookups: judging a plan reads each unit once.
 */
const READINGS = new TextMemo<UnitReading>(readUnit);

function readingOf(unit: string | null): UnitReading {
  return unit === null ? NO_UNIT : READINGS.get(unit);
}

export interface UnitComparison {
  readonly targetValue: number;
  readonly actualValue: number;
  /** 'converted' and 'same' compare; 'differs' compares as written but is worth a warning; 'incomparable' does not. */
  readonly units: 'same' | 'converted' | 'differs' | 'incomparable';
}

/** A UnitComparison to be filled in, so that judging can reuse one for every indicator rather than allocate one. */
export type UnitComparisonScratch = { -readonly [K in keyof UnitComparison]: UnitComparison[K] };

/** The target and actual in one unit where they can be (the actual turned into the target's), and how it went. */
export function compareUnits(target: Quantity, actual: Quantity): UnitComparison {
  return compareUnitsInto(target, actual, { targetValue: 0, actualValue: 0, units: 'same' });
}

/**
 * Written as the year's total: "年間360時間", "360時間/年", "年360時間" (where 年 stands as the value's label); not a
 * year's average ("年間平均50時間"), which is already a monthly figure.
 */
function isYearly(q: Quantity): boolean {
  if (q.source.includes('平均') || (q.label !== null && q.label.includes('平均'))) return false;
  return q.perYear || (q.label !== null && YEAR_LABEL.test(q.label));
}

/** A label ending in the word for a year: "年", "時間外勤務 年", "年間:". */
const YEAR_LABEL = /(?:^|[\s:・])(?:1?年間?|年度)\s*:?\s*$/u;

/** compareUnits, written into `into` (and returned). */
export function compareUnitsInto(target: Quantity, actual: Quantity, into: UnitComparisonScratch): UnitComparisonScratch {
  const t = readingOf(target.unit);
  const a = readingOf(actual.unit);
  const targetValue = target.value * t.perYearFactor;
  let actualValue = actual.value * a.perYearFactor;
  // A monthly measure against the year's ("月45時間以内" against "年360時間"): the year's as a monthly average, and
  // the other way round.
  if (t.measurePeriods !== 1 && a.measurePeriods === 1 && isYearly(actual)) actualValue /= t.measurePeriods;
  else if (a.measurePeriods !== 1 && t.measurePeriods === 1 && isYearly(target)) actualValue *= a.measurePeriods;
  const converted = targetValue !== target.value || actualValue !== actual.value;
  into.targetValue = targetValue;
  // "1人当たり20時間" against "22時間": the amounts compare, though one says what it is per and the other does not.
  const perDiffers = t.per !== a.per;
  // Scales first: "2年" and "18か月" are both durations, whatever a plain comparison of the words would say.
  const ts = t.scale;
  const as = a.scale;
  if (ts !== undefined && as !== undefined && ts.kind === as.kind) {
    into.actualValue = (actualValue * as.size) / ts.size;
    into.units = perDiffers ? 'differs' : converted || ts.size !== as.size ? 'converted' : 'same';
    return into;
  }
  into.actualValue = actualValue;
  // Units written alike ("件" and "件/年"), or one with nothing left to compare.
  if (t.unit === null || a.unit === null || t.normal === '' || a.normal === '' || t.normal === a.normal) {
    into.units = perDiffers && t.unit !== null && a.unit !== null ? 'differs' : converted ? 'converted' : 'same';
    return into;
  }
  if (t.counts !== undefined && a.counts !== undefined) {
    // Sections against facilities are compared, with a warning, as other counters are; 人 against 名 needs none.
    into.units = t.counts !== a.counts ? 'incomparable' : perDiffers || t.counts === 'bodies' ? 'differs' : converted ? 'converted' : 'same';
    return into;
  }
  into.units = t.isMeasure || a.isMeasure ? 'incomparable' : 'differs';
  return into;
}

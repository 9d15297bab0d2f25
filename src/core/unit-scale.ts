/**
 * Units of one kind that people mix between target and actual ("5,000千円" against "600万円", "48時間以内" against
 * "3日", "3割削減" against "25%削減", "100件/月" against "1,000件/年"): each with its size in the kind's base unit,
 * so that the two can be compared.
 */
import type { Quantity } from './quantity-types';

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
  ['秒', { kind: 'time', size: 1 / 60 }],
  ...(['分', 'min', 'mins', 'minute', 'minutes'] as const).map((u) => [u, { kind: 'time', size: 1 }] as const),
  ...(['時間', 'h', 'hr', 'hrs', 'hour', 'hours'] as const).map((u) => [u, { kind: 'time', size: 60 }] as const),
  ...(['日', '日間', 'day', 'days'] as const).map((u) => [u, { kind: 'time', size: 1_440 }] as const),
  ...(['週', '週間', 'week', 'weeks'] as const).map((u) => [u, { kind: 'time', size: 10_080 }] as const),
  ...(['か月', 'ヶ月', 'カ月', 'ケ月', '箇月', 'month', 'months'] as const).map((u) => [u, { kind: 'months', size: 1 }] as const),
  ...(['年', '年間', 'years'] as const).map((u) => [u, { kind: 'months', size: 12 }] as const),
  ['%', { kind: 'share', size: 1 }],
  ['割', { kind: 'share', size: 10 }],
  ['kg', { kind: 'mass', size: 1_000 }],
  ['t', { kind: 'mass', size: 1_000_000 }],
  ['m', { kind: 'length', size: 1 }],
  ['km', { kind: 'length', size: 1_000 }],
  // Spellings of one counter ("か所" and "箇所"), not a scale.
  ...(['箇所', 'か所', 'ヶ所', 'ケ所', 'カ所', '個所'] as const).map((u) => [u, { kind: 'places', size: 1 }] as const),
]);

/** Kinds a counter is never of: "60%" against "50件", or "3時間" against "100万円", cannot be compared at all. */
const MEASURES: ReadonlySet<Kind> = new Set(['money', 'time', 'months', 'share', 'mass', 'length']);

function scaleOf(unit: string): UnitScale | undefined {
  return SCALES.get(unit) ?? SCALES.get(unit.toLowerCase());
}

/** A count per month or week ("100件/月", "週1回" read as "1回/週"), as per year; anything else as it is. */
const PERIODS_A_YEAR: ReadonlyMap<string, number> = new Map([['月', 12], ['週', 52], ['四半期', 4], ['month', 12], ['week', 52], ['quarter', 4]]);

/**
 * A count per period as the year's count. A measure per period ("月平均90%", "月20時間以内", "月5万円") is not
 * multiplied: it stays what it is, compared with the actual as written.
 */
function perYear(q: Quantity): { value: number; unit: string | null } {
  const slash = q.unit?.lastIndexOf('/') ?? -1;
  const periods = slash >= 0 ? PERIODS_A_YEAR.get(q.unit?.slice(slash + 1).toLowerCase() ?? '') : undefined;
  if (q.unit === null || periods === undefined) return { value: q.value, unit: q.unit };
  const base = q.unit.slice(0, slash) || null;
  const kind = base === null ? undefined : scaleOf(base)?.kind;
  if (kind !== undefined && MEASURES.has(kind)) return { value: q.value, unit: base };
  return { value: q.value * periods, unit: base };
}

/** A unit as compared: no spaces, no trailing "/年" (a yearly count is the year's count), lower-case. */
function normalUnit(unit: string | null): string {
  return (unit ?? '').replace(/\s/gu, '').replace(/\/年度?$/u, '').toLowerCase();
}

/** Units written alike ("件" and "件/年"), or one with nothing left to compare. */
function sameUnit(a: string, b: string): boolean {
  const x = normalUnit(a);
  const y = normalUnit(b);
  return x === '' || y === '' || x === y;
}

export interface UnitComparison {
  readonly targetValue: number;
  readonly actualValue: number;
  /** 'converted' and 'same' compare; 'differs' compares as written but is worth a warning; 'incomparable' does not. */
  readonly units: 'same' | 'converted' | 'differs' | 'incomparable';
}

/** The target and actual in one unit where they can be (the actual turned into the target's), and how it went. */
export function compareUnits(target: Quantity, actual: Quantity): UnitComparison {
  const t = perYear(target);
  const a = perYear(actual);
  const converted = t.value !== target.value || a.value !== actual.value;
  // Scales first: "2年" and "18か月" are both durations, whatever a plain comparison of the words would say.
  const ts = t.unit === null ? undefined : scaleOf(t.unit);
  const as = a.unit === null ? undefined : scaleOf(a.unit);
  if (ts !== undefined && as !== undefined && ts.kind === as.kind) {
    return { targetValue: t.value, actualValue: (a.value * as.size) / ts.size, units: converted || ts.size !== as.size ? 'converted' : 'same' };
  }
  if (t.unit === null || a.unit === null || sameUnit(t.unit, a.unit)) {
    return { targetValue: t.value, actualValue: a.value, units: converted ? 'converted' : 'same' };
  }
  const incomparable = (ts !== undefined && MEASURES.has(ts.kind)) || (as !== undefined && MEASURES.has(as.kind));
  return { targetValue: t.value, actualValue: a.value, units: incomparable ? 'incomparable' : 'differs' };
}

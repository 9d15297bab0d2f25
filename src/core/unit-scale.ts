/**
 * Units of one kind that people mix between target and actual ("5,000千円" against "600万円", "2時間以下" against
 * "90分"): each with its size in the kind's base unit, so that the two can be compared.
 */
interface UnitScale {
  readonly kind: 'money' | 'time' | 'mass' | 'length';
  /** Size in the kind's base unit: yen, minutes, grams, metres. */
  readonly size: number;
}

const SCALES: ReadonlyMap<string, UnitScale> = new Map<string, UnitScale>([
  ['円', { kind: 'money', size: 1 }],
  ['yen', { kind: 'money', size: 1 }],
  ['jpy', { kind: 'money', size: 1 }],
  ['千円', { kind: 'money', size: 1_000 }],
  ['秒', { kind: 'time', size: 1 / 60 }],
  ['分', { kind: 'time', size: 1 }],
  ['min', { kind: 'time', size: 1 }],
  ['mins', { kind: 'time', size: 1 }],
  ['minute', { kind: 'time', size: 1 }],
  ['minutes', { kind: 'time', size: 1 }],
  ['時間', { kind: 'time', size: 60 }],
  ['h', { kind: 'time', size: 60 }],
  ['hr', { kind: 'time', size: 60 }],
  ['hrs', { kind: 'time', size: 60 }],
  ['hour', { kind: 'time', size: 60 }],
  ['hours', { kind: 'time', size: 60 }],
  ['kg', { kind: 'mass', size: 1_000 }],
  ['t', { kind: 'mass', size: 1_000_000 }],
  ['m', { kind: 'length', size: 1 }],
  ['km', { kind: 'length', size: 1_000 }],
]);

function scaleOf(unit: string): UnitScale | undefined {
  return SCALES.get(unit) ?? SCALES.get(unit.toLowerCase());
}

/**
 * How to compare a value in `from` with one in `to`: the factor that turns the first into the second ("90分" in
 * 時間 is 90 × 1/60), 'incomparable' for units of different kinds (円 and 時間), or null when either unit is not
 * one of these (a counter such as 件 or 業務), which the caller compares as written.
 */
export function conversionFactor(from: string, to: string): number | 'incomparable' | null {
  const a = scaleOf(from);
  const b = scaleOf(to);
  if (a === undefined || b === undefined) return null;
  return a.kind === b.kind ? a.size / b.size : 'incomparable';
}

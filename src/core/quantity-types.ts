/** The shapes of quantities read from text as people write them ("R2年度:50業務", "約62,000枚/年", "90%以上"). */

/** A Japanese fiscal year, as its western starting year: 令和2年度 (R2) is 2020, FY2020 is 2020. */
export type FiscalYear = number;

/** How a value compares with its target: atLeast/moreThan = higher is better; atMost/lessThan = lower is better. */
export type Direction = 'atLeast' | 'atMost' | 'moreThan' | 'lessThan';

/** Whether a direction keeps the value above its bound (以上, 超), rather than below it. */
export function higherIsBetter(direction: Direction): boolean {
  return direction === 'atLeast' || direction === 'moreThan';
}

export type QuantitySuspicion =
  /** "2.000件": a decimal point with exactly three zeros-or-digits after it on a whole-number counter. */
  | 'decimalLooksLikeThousands';

export interface Quantity {
  /** The number as written, 万/億 applied ("6.7万" → 67000); "2.000" stays 2. */
  readonly value: number;
  /** The unit or counter without "/年": "業務", "枚", "%", "会議", "hours"; null when none is written. */
  readonly unit: string | null;
  /** Written per year ("/年", "年間", "per year"). */
  readonly perYear: boolean;
  /** Written as a running total ("累計", "cumulative"). */
  readonly cumulative: boolean;
  /** Written as approximate ("約", "approx.", "about", "~"). */
  readonly approximate: boolean;
  /** 以上/以下/未満/超/≥/≤/"at least"/"or more"… written beside the value; null when none. */
  readonly direction: Direction | null;
  /** A reduction ("削減", "減", "reduction", "decrease"): the value is how much was cut. */
  readonly reduction: boolean;
  /** The fiscal year label that governs this value ("R2年度:" before it); null when none. */
  readonly year: FiscalYear | null;
  /** The words naming the value just before it ("調査票回答数"), without bullets, year labels or colons. */
  readonly label: string | null;
  /** The part of the text this quantity was read from. */
  readonly source: string;
  readonly suspicion: QuantitySuspicion | null;
}

export interface ParsedText {
  /** Every value found, in order of appearance. */
  readonly quantities: readonly Quantity[];
  /** True when the text states something about a value rather than reporting one ("90%以上達成が困難の見込み"). */
  readonly statement: boolean;
  /** True where a remark in brackets after a value was set aside ("R7年度:500件（R3年度:200件）"); else absent. */
  readonly remarks?: true;
}

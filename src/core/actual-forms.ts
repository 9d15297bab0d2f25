/**
 * Actual cells written in ways beyond one value: several values of which one is the year's (the evaluated year's, a
 * total after its parts), parts of the year to add up, and a fraction in a number cell against a target in percent.
 */
import type { Problem, TargetPoint } from './model';
import type { FiscalYear, Quantity } from './quantity-types';

/**
 * The label of a total after its parts, and nothing else: "上半期18件、下半期15件 計33件", "合計: 33件", "今年度 計33件"
 * (not "前年度 計25件", another year's, nor "うち解決 計25件", a part's).
 */
const TOTAL_LABEL = /^(?:(?:今年度|本年度|当年度|今期)\s*)?(?:計|合計|総計|total)\s*:?$/iu;

function isTotalLabel(label: string | null): boolean {
  // Most labels hold neither word: the pattern only for those that do.
  return label !== null && (label.includes('計') || label.includes('otal') || label.includes('OTAL')) && TOTAL_LABEL.test(label);
}

/** The label of a part of the year: "1Q", "Q2", "第3四半期", "上半期", "4-6月", "1st quarter". */
const PERIOD_PART_LABEL = /^(?:[1-4]\s*Q|Q\s*[1-4]|第\s*[1-4一二三四]\s*四半期|上半期|下半期|前期|後期|\d{1,2}\s*[-〜~～]\s*\d{1,2}\s*月|(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+quarter)\s*:?$/iu;

/**
 * The sum of an actual written in parts of the year with nothing else ("1Q:90件 2Q:110件 3Q:95件 4Q:120件",
 * "上半期18件、下半期15件"): the year's actual, as an official adds it up. Null for any other cell.
 */
export function sumOfParts(quantities: readonly Quantity[]): Quantity | null {
  if (quantities.length < 2) return null;
  const first = quantities[0] as Quantity;
  let total = 0;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i] as Quantity;
    if (q.year !== null || q.unit !== first.unit || q.label === null || !PERIOD_PART_LABEL.test(q.label)) return null;
    total += q.value;
  }
  return { ...first, value: Number(total.toPrecision(12)), label: null, source: quantities.map((q) => q.source).join(' ') };
}

/** The evaluated year's value, else an undated one (the total where parts are listed before it), else the first. */
export function actualAmong(quantities: readonly Quantity[], year: FiscalYear | null): Quantity | undefined {
  let undated: Quantity | undefined;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i] as Quantity;
    if (year !== null && q.year === year) return q;
    if (q.year === null && (undated === undefined || (i > 0 && isTotalLabel(q.label)))) undated = q;
  }
  return undated ?? quantities[0];
}

/**
 * A number cell not shown as a percentage, between 0 and 1, against a target of 5% or more ("0.78" against
 * "80%"): most likely a fraction meant as 78%, said so rather than read silently as 0.78%.
 */
export function checkFractionForPercent(actual: Quantity, points: readonly TargetPoint[], cell: string, problems: Problem[]): void {
  const target = points[0]?.quantity;
  // Not against a small percentage: 0.8 against "誤り率 2%以下" is 0.8%, as written.
  if (target === undefined || target.unit !== '%' || target.value < 5 || actual.value <= 0 || actual.value > 1) return;
  if (actual.unit !== null && actual.unit !== '%') return;
  const percent = Number((actual.value * 100).toPrecision(12));
  problems.push({ cell, severity: 'warning', code: 'fractionForPercent', params: { value: actual.value, percent, target: target.value } });
}

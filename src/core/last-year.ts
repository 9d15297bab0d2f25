/**
 * Targets set against last year's figure: "前年度実績以上", "前年度を上回る", "前年度比5%増", "対前年度比105%以上",
 * "at least last year's". An official compares them with last year's actual, written in a column of its own
 * ("R2年度実績" beside "R3年度実績", "前年度実績"); without one there is nothing to compare with.
 */
import { normalizeText } from './quantity';
import type { Direction, ParsedText, Quantity } from './quantity-types';

export interface LastYearRelation {
  /** How the actual must compare with last year's value times `factor`. */
  readonly direction: Direction;
  readonly factor: number;
  /** A change in percent ("前年度比5%増"), which an actual in percent may state as such ("前年度比7%増"). */
  readonly percentChange: boolean;
}

/** Words naming last year: 前年度, 前年比, 昨年度, 対前年, "last year", "previous year". */
const LAST_YEAR = /前年|昨年|(?:last|previous|prior)\s+(?:fiscal\s+)?year|year\s+before/iu;

/** What LAST_YEAR needs in the text as written, tested in one pass before the text is normalised. */
const LAST_YEAR_HINT = /前年|昨年|[Yy][Ee][Aa][Rr]|ｙｅａｒ|ＹＥＡＲ/u;

/**
 * Directions in words, the negated ones first ("下回らない" is at least, before "下回る"), each tried in order on the
 * text after the words for last year.
 */
const DIRECTION_WORDS: ReadonlyArray<readonly [RegExp, Direction]> = [
  [/下回らない|減らさない|no\s+less\s+than|not\s+below|at\s+least|or\s+more/iu, 'atLeast'],
  [/上回らない|増やさない|no\s+more\s+than|not\s+(?:to\s+)?exceed|at\s+most|or\s+less/iu, 'atMost'],
  [/以上/u, 'atLeast'],
  [/以下|以内/u, 'atMost'],
  [/上回|超|増|above|more\s+than|higher\s+than|exceed|over|increase|up\b/iu, 'moreThan'],
  [/下回|未満|減|below|less\s+than|fewer\s+than|lower\s+than|under|decrease|reduc|cut|down\b/iu, 'lessThan'],
];

const UP = /増|上昇|アップ|伸び|increase|more|higher|growth|up\b|above/iu;
const DOWN = /減|縮|ダウン|decrease|reduc|cut|less|lower|fewer|down\b|below/iu;

/** The direction the words after last year's name give, or null when they give none ("前年度実績" alone). */
function directionIn(words: string): Direction | null {
  for (const [pattern, direction] of DIRECTION_WORDS) if (pattern.test(words)) return direction;
  return null;
}

/**
 * What a target segment asks of the actual against last year's, or null for any other target. Only a target with
 * no value of its own ("前年度実績以上") or with one change or ratio ("前年度比5%増", "前年度比1.1倍"): "前年度
 * (12,000件)以上" states its value, and is read as it stands.
 */
export function lastYearRelation(text: string, parsed: ParsedText): LastYearRelation | null {
  const quantities = parsed.quantities;
  const q: Quantity | undefined = quantities[0];
  if (quantities.length > 1 || (q !== undefined && q.unit !== '%' && q.unit !== '倍')) return null;
  // Most targets name no other year: answered without normalising.
  if (!LAST_YEAR_HINT.test(text)) return null;
  const normal = normalizeText(text);
  const named = LAST_YEAR.exec(normal);
  if (named === null) return null;
  const after = normal.slice(named.index + named[0].length);
  if (q === undefined) {
    // Japanese says the direction after last year ("前年度を上回る"), English before it ("more than last year").
    const direction = directionIn(after) ?? directionIn(normal.slice(0, named.index));
    return direction === null ? null : { direction, factor: 1, percentChange: false };
  }
  if (q.unit === '倍') return { direction: q.direction ?? 'atLeast', factor: q.value, percentChange: false };
  // Which way the value moves is said after last year's name ("前年度比5%増", "10%削減"), or anywhere in English
  // ("up 5% on last year"); not by the name before it ("ごみ減量 前年度比5%増").
  const at = normal.indexOf(q.source.trim());
  const words = at >= 0 && named.index < at ? normal.slice(named.index) : normal;
  if (q.reduction || DOWN.test(words)) {
    return { direction: q.direction === 'lessThan' ? 'lessThan' : 'atMost', factor: 1 - q.value / 100, percentChange: true };
  }
  // A share of last year below a half is no ratio anyone sets ("前年度比5%以上"): a rise.
  if (UP.test(words) || q.value < 50) {
    return { direction: q.direction === 'moreThan' ? 'moreThan' : 'atLeast', factor: 1 + q.value / 100, percentChange: true };
  }
  return { direction: q.direction ?? 'atLeast', factor: q.value / 100, percentChange: false };
}

/** The target last year's value and the relation make, written as the target cell says it. */
export function targetFromLastYear(lastYear: Quantity, relation: LastYearRelation, text: string): Quantity {
  return {
    value: Number((lastYear.value * relation.factor).toPrecision(12)), unit: lastYear.unit, perYear: lastYear.perYear,
    cumulative: lastYear.cumulative, approximate: false, direction: relation.direction, reduction: false, year: null,
    label: null, source: text, suspicion: null,
  };
}

/** A header naming last year's column: "前年度実績", "前年度", "昨年度実績", "Last year's actual". */
export function namesLastYear(header: string): boolean {
  return LAST_YEAR.test(normalizeText(header));
}

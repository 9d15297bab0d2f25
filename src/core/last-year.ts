/**
 * Targets set against last year's figure: "前年度実績以上", "前年度を上回る", "前年度比5%増", "対前年度比105%以上",
 * "at least last year's". An official compares them with last year's actual, written in a column of its own
 * ("R2年度実績" beside "R3年度実績", "前年度実績"); without one there is nothing to compare with.
 */
import { normalizeText, parseQuantityText } from './quantity';
import type { Direction, FiscalYear, ParsedText, Quantity } from './quantity-types';
import { BARE_MOVE_WORDS } from './vocabulary';

export interface LastYearRelation {
  /** How the actual must compare with last year's value times `factor`. */
  readonly direction: Direction;
  readonly factor: number;
  /** A change in percent ("前年度比5%増"), which an actual in percent may state as such ("前年度比7%増"). */
  readonly percentChange: boolean;
  /** An amount added to last year's value ("前年度より20件削減" is −20), after the factor. */
  readonly offset: number;
  /** Last year's figure as the target cell gives it in brackets ("前年度以上（R2:98.5%）"), or null. */
  readonly written: Quantity | null;
  /** A way to move alone ("増加", "現状維持"), which names last year only beside a column of its figures. */
  readonly bare?: true;
}

/** Words naming last year: 前年度, 前年比, 昨年度, 対前年, "last year", "previous year". */
const LAST_YEAR = /前年|昨年|(?:last|previous|prior)\s+(?:fiscal\s+)?year|year\s+before/iu;

/** What LAST_YEAR needs in the text as written, tested in one pass before the text is normalised. */
const LAST_YEAR_HINT = /前年|昨年|[Yy][Ee][Aa][Rr]|ｙｅａｒ|ＹＥＡＲ/u;

/**
 * What may stand between last year's name and the word of direction or the value in Japanese: "前年度|実績|を|上回る",
 * "前年度|比|5%増", "前年度|の水準|より|増加", "対前年|度比|105%以上". Anything else ("前年度に引き続き、削減に取り組む",
 * "前年度実績（30%）以上") is no target set against last year.
 */
const JA_BETWEEN = /^(?:度|年度)?(?:の)?(?:実績値?|値|水準|数値|件数|人数|実績比)?\s*(?:比|を|より|から|と比べて|と比べ|に比べて|に比べ)?\s*/u;

/** What may name last year's figure in brackets besides it: a year label, 前年度, 実績, a colon. */
const LAST_YEARS_FIGURE_WORDS = /(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*(?:年度?)?|\d{4}\s*年度?|前年度?|昨年度?|実績値?|[\s:：]/gu;

/** A bracketed remark holding a value: "（R2:98.5%）", "(30%)". */
const BRACKETED_VALUE = /[(（][^()（）]*\d[^()（）]*[)）]/u;

/** Directions right after JA_BETWEEN, the negated ones first ("下回らない" is at least, before "下回る"). */
const JA_DIRECTIONS: ReadonlyArray<readonly [RegExp, Direction]> = [
  [/^(?:下回らない|減らさない)/u, 'atLeast'],
  [/^(?:上回らない|増やさない)/u, 'atMost'],
  [/^以上/u, 'atLeast'],
  [/^(?:以下|以内)/u, 'atMost'],
  [/^(?:上回|超|増)/u, 'moreThan'],
  [/^(?:下回|未満|減)/u, 'lessThan'],
];

/** Directions just before "last year" in English: "more than last year", "at least the previous year's". */
const EN_DIRECTIONS_BEFORE: ReadonlyArray<readonly [RegExp, Direction]> = [
  [/(?:no\s+less\s+than|not\s+below|at\s+least)$/iu, 'atLeast'],
  [/(?:no\s+more\s+than|not\s+(?:to\s+)?exceed|at\s+most)$/iu, 'atMost'],
  [/(?:(?:more|higher|greater)\s+than|above|exceed(?:ing)?|over)$/iu, 'moreThan'],
  [/(?:(?:less|fewer|lower)\s+than|below|under)$/iu, 'lessThan'],
];
/** Directions just after it: "last year's level or more". */
const EN_DIRECTIONS_AFTER: ReadonlyArray<readonly [RegExp, Direction]> = [
  [/^(?:'s|’s)?\s*(?:level|figure|result|actual)?\s*or\s+(?:more|higher|above)/iu, 'atLeast'],
  [/^(?:'s|’s)?\s*(?:level|figure|result|actual)?\s*or\s+(?:less|lower|below)/iu, 'atMost'],
];

/**
 * A change in percent before "last year" in English: "5% more than", "10% less than", "up 5% on", "reduce by 10% from",
 * "5% increase on", "10% reduction from".
 */
const EN_UP_BEFORE = /(?:%\s*(?:more|higher|greater|above|over)(?:\s+than)?|%\s*(?:increase|rise|growth)\s+(?:on|over|from|vs\.?)|(?:up|increase|rise|grow)\s+(?:by\s+)?\d[\d.,]*\s*%\s*(?:on|over|from|vs\.?))$/iu;
const EN_DOWN_BEFORE = /(?:%\s*(?:less|fewer|lower|below|under)(?:\s+than)?|%\s*(?:decrease|reduction|cut|drop)\s+(?:on|over|from|vs\.?)|(?:down|reduce|cut|decrease)\s+(?:by\s+)?\d[\d.,]*\s*%\s*(?:on|over|from|vs\.?))$/iu;

/**
 * The year an English change is set against, at the end of the target: "over 2022", "from FY2022 levels", "on the
 * 2022 result". Only after a word that sets a change against it, so that "by 2022" (a deadline) and "2022 target: 5%"
 * are not.
 */
const EN_FROM_YEAR = /(?<![A-Za-z])(on|over|from|than|vs\.?|versus|compared\s+(?:with|to))\s+(?:the\s+)?(?:FY\s?)?(\d{4})(?:\s*[/-]\s*\d{2})?(?:['’]s)?(?:\s+(?:levels?|results?|figures?|actuals?))?\s*\.?\s*$/iu;

/** Words after a change in percent in Japanese: "5%増", "10%削減", "3%以上減少". */
const JA_UP_AFTER = /^(?:以上|超)?(?:増|上昇|アップ|伸)/u;
const JA_DOWN_AFTER = /^(?:以上|超)?(?:減|削減|縮減|低下|ダウン)/u;

/**
 * Targets that are a way to move alone: more than, less than, or at least as much as last year (no more, for what is
 * better when lower: see againstLastYear).
 */
const BARE_MOVES: ReadonlyMap<string, Direction> = new Map([
  ...BARE_MOVE_WORDS.up.map((w) => [w, 'moreThan'] as const),
  ...BARE_MOVE_WORDS.down.map((w) => [w, 'lessThan'] as const),
  ...BARE_MOVE_WORDS.kept.map((w) => [w, 'atLeast'] as const),
]);

function directionAt(words: string, patterns: ReadonlyArray<readonly [RegExp, Direction]>): Direction | null {
  for (const [pattern, direction] of patterns) if (pattern.test(words)) return direction;
  return null;
}

/**
 * What a target segment asks of the actual against last year's, or null for any other target. Only a target with
 * no value of its own ("前年度実績以上") or with one change or ratio ("前年度比5%増", "前年度比1.1倍"): "前年度
 * (12,000件)以上" and "前年度実績（30%）以上" state their value, and are read as they stand.
 */
export function lastYearRelation(text: string, parsed: ParsedText, lastYear: FiscalYear | null = null): LastYearRelation | null {
  // "Increase 5% over 2022" in a 2023 plan is "Increase 5% over last year".
  const named = lastYear === null ? null : namingLastYearByNumber(text, parsed, lastYear);
  if (named !== null) return lastYearRelation(named.text, named.parsed);
  const quantities = parsed.quantities;
  const q: Quantity | undefined = quantities[0];
  // A second value only as last year's figure in brackets after the first ("前年度比3%増（R4実績：12,000件）").
  if (quantities.length > 2) return null;
  // A way to move and nothing else ("増加", "減少", "現状維持") is set against where things stood last year.
  if (quantities.length === 0 && text.length <= 8) {
    const move = BARE_MOVES.get(normalizeText(text).replace(/[\s。.]/gu, ''));
    if (move !== undefined) return { ...relationOf(move), bare: true };
  }
  // Most targets name no other year: answered without normalising.
  if (!LAST_YEAR_HINT.test(text)) return null;
  const normal = normalizeText(text).trim();
  const lastYearsName = LAST_YEAR.exec(normal);
  if (lastYearsName === null) return null;
  if (quantities.length === 2 && !isLastYearsFigureAfter(normal, quantities[1])) return null;
  const after = normal.slice(lastYearsName.index + lastYearsName[0].length);
  const before = normal.slice(0, lastYearsName.index).replace(/\s+(?:the|that\s+of)\s*$/iu, '').trim();
  const japanese = after.replace(JA_BETWEEN, '');
  if (q === undefined) {
    // Japanese says the direction after last year ("前年度を上回る"), English before it ("more than last year").
    const direction = directionAt(japanese, JA_DIRECTIONS) ?? directionAt(before, EN_DIRECTIONS_BEFORE) ?? directionAt(after, EN_DIRECTIONS_AFTER);
    return direction === null ? null : relationOf(direction);
  }
  // Last year's figure in brackets after the words that compare with it: "前年度以上（R2:98.5%）".
  const bracketed = BRACKETED_VALUE.exec(normal);
  if (bracketed !== null && bracketed[0].includes(q.source.trim())) {
    const words = normal.replace(BRACKETED_VALUE, '');
    const wordsAfter = words.slice((LAST_YEAR.exec(words)?.index ?? 0)).replace(LAST_YEAR, '').replace(JA_BETWEEN, '');
    const direction = directionAt(wordsAfter, JA_DIRECTIONS);
    // A figure named otherwise ("（県平均 95%）", "（R7年度目標:100%）") is not last year's: compared with nothing.
    const otherWords = bracketed[0].slice(1, -1).replace(q.source.trim(), '').replace(LAST_YEARS_FIGURE_WORDS, '');
    return direction === null ? null : relationOf(direction, 1, false, 0, otherWords === '' ? q : null);
  }
  // Last year's figure in brackets after a change from it: "前年度比3%増（R4実績：12,000件）".
  const written = quantities.length === 2 ? (quantities[1] ?? null) : null;
  // The value right after last year's name in Japanese ("前年度比5%増"), just before it in English ("5% more than").
  const move = japaneseMove(japanese, q);
  // An amount more or less than last year's: "前年度より20件削減", "前年度比20件増".
  if (q.unit !== '%' && q.unit !== '倍') {
    if (move === undefined || move === null) return null;
    return relationOf(move === 'down' ? 'atMost' : 'atLeast', 1, false, move === 'down' ? -q.value : q.value, written);
  }
  if (move !== undefined && q.unit === '倍') return relationOf(q.direction ?? 'atLeast', q.value, false, 0, written);
  const up = move === undefined ? EN_UP_BEFORE.test(before) : move === 'up';
  const down = move === undefined ? EN_DOWN_BEFORE.test(before) : move === 'down';
  if (move === undefined && !up && !down) return null;
  if (down) return relationOf(q.direction === 'lessThan' ? 'lessThan' : 'atMost', 1 - q.value / 100, true, 0, written);
  // A share of last year below a half is no ratio anyone sets ("前年度比5%以上"): a rise.
  if (up || q.value < 50) return relationOf(q.direction === 'moreThan' ? 'moreThan' : 'atLeast', 1 + q.value / 100, true, 0, written);
  return relationOf(q.direction ?? 'atLeast', q.value / 100, false, 0, written);
}

/**
 * An English target that sets a change against last year by its number ("Increase 5% over 2022", "Reduce by 10% from
 * 2022" when 2023 is evaluated), with the year named "last year" and no longer read as a value; null for any other.
 */
function namingLastYearByNumber(text: string, parsed: ParsedText, lastYear: FiscalYear): { text: string; parsed: ParsedText } | null {
  const digits = String(lastYear);
  if (!text.includes(digits)) return null;
  const normal = normalizeText(text).trim();
  const dated = EN_FROM_YEAR.exec(normal);
  if (dated === null || dated[2] !== digits) return null;
  const quantities = parsed.quantities.filter((q) => !(q.value === lastYear && q.unit === null && q.source.includes(digits)));
  // The change itself, and nothing else: "Increase 5% over 2022 (14.9M)" states its target.
  if (quantities.length !== 1) return null;
  return { text: `${normal.slice(0, dated.index)}${dated[1] ?? ''} last year`, parsed: { ...parsed, quantities } };
}

/**
 * Whether a target's second value is last year's figure in brackets after the change from it, named so or dated
 * ("（R4実績：12,000件）", "（前年度 12,000件）"); not a target ("（R5目標：12,360件）") nor an undated figure ("（12,360件）").
 */
function isLastYearsFigureAfter(normal: string, second: Quantity | undefined): boolean {
  const bracketed = BRACKETED_VALUE.exec(normal);
  if (second === undefined || bracketed === null || !bracketed[0].includes(second.source.trim())) return false;
  const figure = lastYearsFigureIn(bracketed[0]);
  return figure !== null && (figure.year !== null || /前年|昨年|実績/u.test(bracketed[0]));
}

/**
 * The one figure in a bracketed remark named as a year's or last year's figure and nothing else ("（R4実績：12,000件）",
 * "（前年度 250人）", "(30%)"), or null; not "（県平均 95%）" or "（うち電子 30%）".
 */
function lastYearsFigureIn(bracket: string): Quantity | null {
  const inner = bracket.slice(1, -1);
  const quantities = parseQuantityText(inner).quantities;
  const figure = quantities[0];
  if (quantities.length !== 1 || figure === undefined) return null;
  return inner.replace(figure.source.trim(), '').replace(LAST_YEARS_FIGURE_WORDS, '') === '' ? figure : null;
}

/**
 * Last year's figure in an actual cell's brackets, where they name it so: "12,500件（R4実績：12,000件）" in an R5 plan,
 * "12,500件（前年度 12,000件）"; not an undated remark ("（30%）"), which may be anything.
 */
export function lastYearsFigureBeside(text: string, lastYear: number | null): Quantity | null {
  if (!text.includes('(') && !text.includes('（')) return null;
  const bracketed = BRACKETED_VALUE.exec(normalizeText(text));
  if (bracketed === null || bracketed.index === 0) return null;
  const figure = lastYearsFigureIn(bracketed[0]);
  if (figure === null) return null;
  return (lastYear !== null && figure.year === lastYear) || /前年|昨年/u.test(bracketed[0]) ? figure : null;
}

/**
 * Which way a value right after last year's name in Japanese moves from it ("5%増", "10%削減", "20件減"); null where
 * no word says, undefined where no value stands there.
 */
function japaneseMove(japanese: string, q: Quantity): 'up' | 'down' | null | undefined {
  const source = q.source.trim();
  const right = japanese.startsWith(source);
  if (!right && !/^\d/u.test(japanese)) return undefined;
  const rest = japanese.slice(right ? source.length : 0);
  if (q.reduction || JA_DOWN_AFTER.test(rest) || /(?:減|削減|縮減|低下)$/u.test(source)) return 'down';
  if (JA_UP_AFTER.test(rest) || /(?:増|上昇|アップ)$/u.test(source)) return 'up';
  return null;
}

function relationOf(direction: Direction, factor = 1, percentChange = false, offset = 0, written: Quantity | null = null): LastYearRelation {
  return { direction, factor, percentChange, offset, written };
}

/** The target last year's value and the relation make, written as the target cell says it. */
export function targetFromLastYear(lastYear: Quantity, relation: LastYearRelation, text: string): Quantity {
  return {
    value: Number((lastYear.value * relation.factor + relation.offset).toPrecision(12)), unit: lastYear.unit, perYear: lastYear.perYear,
    cumulative: lastYear.cumulative, approximate: false, direction: relation.direction, reduction: false, year: null,
    label: null, source: text, suspicion: null,
  };
}

/** A comparison with last year ("前年度比", "前年度との比較", "増減"), not last year's figure. */
const COMPARISON = /比|増減|差|change|vs\.?|compar|differ/iu;
/** Words of a figure in a header: "実績", "値" ("基準値（前年度実績）", "前年度実績"). */
const FIGURE = /実績|値|actual|result|figure/iu;

/**
 * A header naming last year's figure: "前年度実績", "昨年度実績", "基準値（前年度実績）", "Last year's actual", "Last
 * year"; not a comparison with it ("前年度比", "前年度実績との比較", "増減").
 */
export function namesLastYear(header: string): boolean {
  const normal = normalizeText(header);
  const named = LAST_YEAR.exec(normal);
  if (named === null || COMPARISON.test(normal)) return false;
  // Last year's name alone ("前年度", "Last year's") is its figure too.
  return FIGURE.test(normal) || /^\s*度?\s*(?:['’]s)?\s*$/u.test(normal.replace(named[0], '').replace(/[(（][^()（）]*[)）]/gu, ''));
}

/** Whether a text names last year at all ("前年度評価", "Last year's rating"). */
export function mentionsLastYear(text: string): boolean {
  return LAST_YEAR.test(normalizeText(text));
}

/** A header that compares with last year ("前年度比", "実績（前年度比）"): its figures are no year's actual. */
export function comparesWithLastYear(header: string): boolean {
  const normal = normalizeText(header);
  return COMPARISON.test(normal) && (LAST_YEAR.test(normal) || /増減|change/iu.test(normal));
}

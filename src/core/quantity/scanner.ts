/**
 * The general reader of cell texts: one left-to-right scan, token by token (Scanner), with the readers it takes each
 * value apart with. It reads whatever parseCommonShape leaves to it, and is the reference that the common-shape reader
 * and the hand-written tokenizer are tested against (parseQuantityTextReference).
 */
import { isJsWhitespace } from '../cell-text';
import type { FiscalYear, ParsedText, Quantity, QuantitySuspicion } from '../quantity-types';
import {
  CHAR_TOKEN, CHAR_WORD, PARTICLES, isAsciiDigit, isAsciiLetter, isBulletMark, isCurrencyMark, isMade, isHiragana, isIn, isJapaneseLetter,
  isKanji, isKanjiOrKatakana, isOpeningQuote, isSign, startsCaseless,
} from './chars';
import { UNITS_BY_FIRST, UNIT_ALIASES, countNounEnd, isCounter, runsOnFromKatakana, type UnitEntry } from './units';
import { HEISEI_BASE, REIWA_BASE, YEAR_SCAN, yearOfMatch } from './years';
import {
  BASE_AFTER, BASE_BEFORE, DECIMAL_LOOKS_LIKE_THOUSANDS, LABEL_LEAD_CHARS, LABEL_PARTICLES, LABEL_TRAIL_CHARS,
  LABEL_TRAIL_WORDS, MASTER, MAX_LABEL_REGION, MAY_START_MODIFIER, MAY_START_MULTIPLIER, MODIFIER, MULTIPLIER,
  MULTIPLIER_EXP, ORDINAL_SUFFIX, PREFIX_LAST_CHARS, PREFIX_WORD, REMARK_APPROXIMATE, REMARK_CUMULATIVE,
  REMARK_DIRECTION, REMARK_FORECAST, REMARK_PER_YEAR, STATEMENT, STATEMENT_EN_STARTS, STATEMENT_JA_STARTS,
  WORD_AFTER_VALUE, YEAR_AFTER_VALUE, bareScaleOf, isComparisonBaseAt, isEnglishDateNumber, mayContainWord, periodPartEnd,
} from './patterns';

export type Draft = { -readonly [K in keyof Quantity]: Quantity[K] };

export const EMPTY: ParsedText = Object.freeze({ quantities: Object.freeze([]) as readonly Quantity[], statement: false });

export function newDraft(value: number, source: string): Draft {
  return {
    value,
    unit: null,
    perYear: false,
    cumulative: false,
    approximate: false,
    direction: null,
    reduction: false,
    year: null,
    label: null,
    source,
    suspicion: null,
  };
}

/** A number token: the digits without separators, how many characters of the text it used. */
interface NumberToken {
  readonly digits: string;
  readonly length: number;
  readonly fraction: string | null;
  readonly hasExponent: boolean;
}

/**
 * Reads "12,000", "40.5", "1e3". Badly grouped commas ("1,2,3", "12,0000") end the number at the last
 * valid group, so a list of small numbers reads as several numbers.
 */
function readNumber(raw: string): NumberToken {
  // The first "e" (else "E"), "." and "," in one pass (a token holds at most one exponent mark).
  let e = -1;
  let upperE = -1;
  let dot = -1;
  let comma = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x65 /* e */) {
      if (e < 0) e = i;
    } else if (c === 0x45 /* E */) {
      if (upperE < 0) upperE = i;
    } else if (c === 0x2e /* . */) {
      if (dot < 0) dot = i;
    } else if (c === 0x2c /* , */ && comma < 0) {
      comma = i;
    }
  }
  if (e < 0) e = upperE;
  const hasExponent = e >= 0;
  const mantissaEnd = hasExponent ? e : raw.length;
  const intEnd = dot >= 0 && dot < mantissaEnd ? dot : mantissaEnd;
  const fraction = intEnd < mantissaEnd ? raw.slice(intEnd + 1, mantissaEnd) : null;
  if (comma < 0) return { digits: raw, length: raw.length, fraction, hasExponent };
  if (comma > 3) return { digits: raw.slice(0, comma), length: comma, fraction: null, hasExponent: false };
  // Commas stand only in the integer part: the digits are the text without them, up to the first bad group.
  let groupStart = comma + 1;
  while (groupStart <= intEnd) {
    let groupEnd = raw.indexOf(',', groupStart);
    if (groupEnd < 0 || groupEnd > intEnd) groupEnd = intEnd;
    if (groupEnd - groupStart !== 3) {
      return { digits: raw.slice(0, groupStart - 1).replaceAll(',', ''), length: groupStart - 1, fraction: null, hasExponent: false };
    }
    groupStart = groupEnd + 1;
  }
  return { digits: raw.replaceAll(',', ''), length: raw.length, fraction, hasExponent };
}

/** The known unit at p, if any; Latin units only as whole words. */
function knownUnitAt(s: string, p: number): UnitEntry | null {
  const c = s.charCodeAt(p);
  const candidates = UNITS_BY_FIRST.get(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
  if (!candidates) return null;
  for (const entry of candidates) {
    const end = p + entry.unit.length;
    if (end > s.length) continue;
    if (entry.latin) {
      if (s.slice(p, end).toLowerCase() !== entry.lower || isAsciiLetter(s.charCodeAt(end))) continue;
    } else if (!s.startsWith(entry.unit, p) || runsOnFromKatakana(entry, s.charCodeAt(end))) {
      continue;
    }
    return entry;
  }
  return null;
}

/**
 * The unit written at p: a known unit (optionally after one space, e.g. "50 tasks", "50 %") or, after one space, an
 * English noun of what is counted ("40 wards"), else a short run of kanji/katakana glued to the number that does not
 * continue into a longer Japanese word, else a short Latin abbreviation glued to the number ("5GB"). Returns the unit
 * and the index after it.
 */
function readUnit(s: string, p: number): { unit: string; end: number; known: boolean } | null {
  const direct = knownUnitAt(s, p);
  if (direct) return { unit: direct.unit, end: p + direct.unit.length, known: true };
  if (s.charCodeAt(p) === 0x20) {
    const spaced = knownUnitAt(s, p + 1);
    if (spaced) {
      const end = p + 1 + spaced.unit.length;
      // "2 会議室": a Japanese word that merely starts like a counter is not one.
      if (spaced.latin || spaced.unit === '%' || !isJapaneseLetter(s.charCodeAt(end))) return { unit: spaced.unit, end, known: true };
      return null;
    }
    // "40 wards": English names what it counts in words no list holds.
    const noun = countNounEnd(s, p + 1);
    return noun < 0 ? null : { unit: s.slice(p + 1, noun), end: noun, known: false };
  }
  return readUnknownCounter(s, p) ?? readLatinAbbreviation(s, p);
}

function readUnknownCounter(s: string, p: number): { unit: string; end: number; known: false } | null {
  let q = p;
  while (q - p < 3 && q < s.length && isKanjiOrKatakana(s.charCodeAt(q)) && !startsWithWordAfterValue(s, q)) q++;
  if (q === p) return null;
  const next = s.charCodeAt(q);
  if (q < s.length && isKanjiOrKatakana(next) && !startsWithWordAfterValue(s, q)) return null; // "3月仮運用"-like: a longer word
  if (isHiragana(next) && !PARTICLES.has(next)) return null;
  return { unit: s.slice(p, q), end: q, known: false };
}

function readLatinAbbreviation(s: string, p: number): { unit: string; end: number; known: false } | null {
  let q = p;
  while (q - p < 6 && isAsciiLetter(s.charCodeAt(q))) q++;
  if (q === p || q - p > 5 || isAsciiLetter(s.charCodeAt(q))) return null;
  const unit = s.slice(p, q);
  if (ORDINAL_SUFFIX.test(unit)) return null; // 3rd: an ordinal
  return { unit, end: q, known: false };
}

function startsWithWordAfterValue(s: string, q: number): boolean {
  WORD_AFTER_VALUE.lastIndex = q;
  return WORD_AFTER_VALUE.test(s);
}

/** Applies one MODIFIER match to the draft. */
export function applyModifier(m: RegExpExecArray, q: Draft): void {
  if (m[1] !== undefined) {
    if (m[1] === '累計' || m[1].toLowerCase() === 'cumulative') q.cumulative = true;
    else q.perYear = true;
  } else if (m[2] !== undefined || m[11] !== undefined) {
    q.unit = `${q.unit ?? ''}/${m[2] ?? m[11]}`; // "1.5時間/人", "100件/月"
  } else if (m[3] !== undefined) q.perYear = true;
  else if (m[4] !== undefined) q.cumulative = true;
  else if (m[5] !== undefined) q.direction = 'atLeast';
  else if (m[6] !== undefined) q.direction = 'atMost';
  else if (m[7] !== undefined) q.direction = 'lessThan';
  else if (m[8] !== undefined) q.direction = 'moreThan';
  else if (m[9] !== undefined) q.reduction = true;
  else if (m[10] !== undefined) q.approximate = true;
}

/** Reads modifiers at p until none matches; returns the index after the last. */
function readModifiers(s: string, p: number, q: Draft): number {
  for (let i = 0; i < 8 && MAY_START_MODIFIER.has(s.charCodeAt(p)); i++) {
    const common = commonModifierAt(s, p, q);
    if (common > 0) {
      p += common;
      continue;
    }
    MODIFIER.lastIndex = p;
    const m = MODIFIER.exec(s);
    if (!m) break;
    applyModifier(m, q);
    p = MODIFIER.lastIndex;
  }
  return p;
}

/**
 * The commonest modifiers, read by hand where MODIFIER could only make the same match: "/年" and "/累計" (group 1),
 * "以上" (5), "以下" (6), "削減" and "減" (9), each where what follows cannot make the pattern choose otherwise.
 * Applies it and returns its length, or 0 to leave the text to MODIFIER.
 */
function commonModifierAt(s: string, p: number, q: Draft): number {
  const c = s.charCodeAt(p);
  const c1 = s.charCodeAt(p + 1);
  const c2 = s.charCodeAt(p + 2);
  if (c === 0x2f /* / */) {
    // 年 is tried after 年度 and 年間, and must not run into a Latin word.
    if (c1 === 0x5e74 /* 年 */ && c2 !== 0x5ea6 /* 度 */ && c2 !== 0x9593 /* 間 */ && !isAsciiLetter(c2)) {
      q.perYear = true;
      return 2;
    }
    if (c1 === 0x7d2f /* 累 */ && c2 === 0x8a08 /* 計 */ && !isAsciiLetter(s.charCodeAt(p + 3))) {
      q.cumulative = true;
      return 3;
    }
    return 0;
  }
  if (c === 0x4ee5 /* 以 */) {
    if (c1 === 0x4e0a /* 上 */) {
      q.direction = 'atLeast';
      return 2;
    }
    if (c1 === 0x4e0b /* 下 */ && !isAsciiLetter(c2)) {
      q.direction = 'atMost';
      return 2;
    }
    return 0;
  }
  if (c === 0x524a /* 削 */ && c1 === 0x6e1b /* 減 */ && !isAsciiLetter(c2)) {
    q.reduction = true;
    return 2;
  }
  // 減 alone, where 減少 cannot be read instead.
  if (c === 0x6e1b /* 減 */ && c1 !== 0x5c11 /* 少 */ && !isAsciiLetter(c1)) {
    q.reduction = true;
    return 1;
  }
  return 0;
}

/** Index just after the ")" closing the "(" at open; an unclosed remark runs to the end of its line. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
    else if (c === 0x0a) return i;
  }
  return s.length;
}

/** A remark in brackets right after a value: what it may add to that value. */
function applyRemark(content: string, q: Draft, runningTotal: boolean): { statement: boolean } {
  const text = content.trim();
  if (text.length === 0 || text.length > 24) return { statement: false };
  if (REMARK_FORECAST.test(text)) return { statement: true };
  if (REMARK_CUMULATIVE.test(text)) q.cumulative = true;
  else if (REMARK_PER_YEAR.test(text)) q.perYear = true;
  else if (REMARK_APPROXIMATE.test(text)) q.approximate = true;
  else if (q.unit === null && knownUnitAt(text, 0)?.unit.length === text.length) q.unit = UNIT_ALIASES.get(text) ?? text;
  else {
    const d = REMARK_DIRECTION.exec(text);
    if (d) q.direction = d[1] ? 'atLeast' : d[2] ? 'atMost' : d[3] ? 'lessThan' : 'moreThan';
    // "500件（R3年度）" is dated by its remark; not "R7年度:500件（R3年度:200件）", whose remark dates a value of its own.
    else if (q.year === null && !holdsValueBesideYears(text)) q.year = governingYearIn(text, runningTotal);
  }
  return { statement: false };
}

/** Whether a remark holds a number other than its year labels' ("R3年度:200件", "R3：65%"; not "R3年度", "R3年度末"). */
function holdsValueBesideYears(text: string): boolean {
  YEAR_SCAN.lastIndex = 0;
  let from = 0;
  for (let m = YEAR_SCAN.exec(text); m !== null; m = YEAR_SCAN.exec(text)) {
    if (/\d/u.test(text.slice(from, m.index))) return true;
    from = m.index + m[0].length;
    if (m[0].length === 0) YEAR_SCAN.lastIndex++;
  }
  return /\d/u.test(text.slice(from));
}

/**
 * The first year label in a short text that is not a comparison base. A span of years ("R3〜R7", "R3年度からR7年度まで")
 * dates a running total at its end ("累計500件（R3〜R7）" is due by R7), and any other value at none: "年100件
 * （R3〜R7）" is each year's.
 */
function governingYearIn(text: string, cumulative: boolean): FiscalYear | null {
  YEAR_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_SCAN.exec(text)) !== null) {
    const year = yearOfMatch(m, text);
    if (year !== null) {
      if (isComparisonBaseAt(text, m.index + m[0].length)) continue;
      const end = m.index + m[0].length;
      const to = SPAN_TO.exec(text.slice(end));
      if (to !== null) {
        YEAR_SCAN.lastIndex = end + to[0].length;
        const next = YEAR_SCAN.exec(text);
        const last = next !== null && next.index === end + to[0].length ? yearOfMatch(next, text) : null;
        if (last !== null && last > year) return cumulative ? last : null;
      }
      return year;
    } else if (m[1] === undefined) YEAR_SCAN.lastIndex = m.index + 1;
  }
  return null;
}

/** Words of a running total anywhere in the text. */
const RUNNING_TOTAL = /累計|cumulative/iu;

/** What joins the first year of a span to its last: "〜", "~", "-", "から". */
const SPAN_TO = /^\s*(?:年度)?\s*(?:〜|~|～|-|－|から)\s*/u;

/** The label in the text before a value: its last non-empty line, last clause, without bullets or numbering. */
function labelFrom(region: string): string | null {
  // Most regions are "" or "R2年度:"-leftovers such as ":"; skip the clean-up work for them.
  if (!hasWord(region)) return null;
  const tail = region.length > MAX_LABEL_REGION ? region.slice(-MAX_LABEL_REGION) : region;
  // The last line that yields a label, walking back line by line.
  for (let end = tail.length; ; ) {
    const lineBreak = end > 0 ? tail.lastIndexOf('\n', end - 1) : -1;
    const label = cleanLabel(lineBreak < 0 && end === tail.length ? tail : tail.slice(lineBreak + 1, end));
    if (label !== null || lineBreak < 0) return label;
    end = lineBreak;
  }
}

function cleanLabel(line: string): string | null {
  let text = line;
  const br = lastIndexOfBreak(text);
  if (br >= 0) text = text.slice(br + 1);
  // The replaces are the costly part of reading a value; most labels need none of them.
  const first = text.charCodeAt(0);
  if (!isKanjiOrKatakana(first) && !isAsciiLetter(first)) {
    const lead = labelLeadEnd(text);
    if (lead > 0) text = text.slice(lead);
  }
  const last = text.charCodeAt(text.length - 1);
  if (!isKanjiOrKatakana(last) && last !== 0x29 /* ) */) text = withoutLabelTrail(text);
  if (endsWithLabelParticle(text)) text = withoutLabelTrail(text.slice(0, -1));
  if (text.charCodeAt(0) === 0x28 && text.indexOf(')') < 0) text = text.slice(1).trim(); // "(うち" of an unclosed remark
  return hasWord(text) ? text : null; // "+", "~", "=" alone are not labels
}

/**
 * Where the bullets, numbering and separators at the start of a label end. The pattern in LABEL_LEAD_CHARS' comment
 * has nothing after its repeated group, so taking one item after another, greedily, is exactly its match; at any
 * position at most one kind of item can start (a mark, "(1)", "①", or one or two digits before ".", ")" or " ").
 */
function labelLeadEnd(text: string): number {
  let i = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isJsWhitespace(c) || LABEL_LEAD_CHARS.has(c) || (c >= 0x2460 && c <= 0x2473) /* ①-⑳ */) {
      i++;
    } else if (c === 0x28 /* ( */ && isAsciiDigit(text.charCodeAt(i + 1))) {
      const close = isAsciiDigit(text.charCodeAt(i + 2)) ? i + 3 : i + 2;
      if (text.charCodeAt(close) !== 0x29) return i;
      i = close + 1;
    } else if (isAsciiDigit(c)) {
      const after = isAsciiDigit(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
      const mark = text.charCodeAt(after);
      const numbered = ((mark === 0x2e || mark === 0x29) && !isAsciiDigit(text.charCodeAt(after + 1))) || mark === 0x20;
      if (!numbered) return i;
      i = after + 1;
    } else {
      return i;
    }
  }
}

/** Whether a text has a letter of a word: /[A-Za-z\u3041-\u3096\u30A1-\u30FA\u30FC\u3400-\u4DBF\u4E00-\u9FFF々]/. */
function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isIn(CHAR_WORD, text.charCodeAt(i))) return true;
  return false;
}

/**
 * Where the trailing separators and English particles of a label begin: the text from there is a run of
 * LABEL_TRAIL_CHARS and whitespace and whole words of LABEL_TRAIL_WORDS (any case), and nothing before it is.
 * Walking back from the end finds the same start as the regex in LABEL_TRAIL_CHARS' comment: a word there must be
 * a whole run of letters (nothing but a non-letter before and after it), so the only choice is how far back to go.
 */
function labelTrailStart(text: string): number {
  let k = text.length;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (isJsWhitespace(c) || LABEL_TRAIL_CHARS.has(c)) {
      k--;
      continue;
    }
    if (!isAsciiLetter(c)) break;
    let w = k - 1;
    while (w > 0 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
    if (k - w > 7 || !LABEL_TRAIL_WORDS.has(text.slice(w, k).toLowerCase())) break;
    k = w;
  }
  return k;
}

function withoutLabelTrail(text: string): string {
  const k = labelTrailStart(text);
  return k === text.length ? text : text.slice(0, k);
}

/** /(?<=.)[はがでをにの]$/: a particle at the end, after a character that is not a line terminator. */
function endsWithLabelParticle(text: string): boolean {
  const n = text.length;
  if (n < 2 || !LABEL_PARTICLES.has(text.charCodeAt(n - 1))) return false;
  const before = text.charCodeAt(n - 2);
  if (isMade(before, text.charCodeAt(n - 1))) return false;
  return before !== 0x0a && before !== 0x0d && before !== 0x2028 && before !== 0x2029;
}

/** The last 。、; in a text (；was normalised to ;). */
function lastIndexOfBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0x3001 || c === 0x3b) return i;
  }
  return -1;
}

/** Whether MASTER's era alternatives could start at the R or H at i: not inside a word, and a space, digit or 元 next. */
function mayStartLatinEra(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  if (isAsciiLetter(prev) || isAsciiDigit(prev)) return false;
  const next = s.charCodeAt(i + 1);
  return next === 0x20 || next === 0x5143 /* 元 */ || isAsciiDigit(next);
}

/**
 * The end of the common era label at i, "R2年度" or "令和元年度" (an era `eraLength` characters long, then 元 or one or
 * two digits, not zero, then 年度), or -1 for any other shape ("R2", "R 2", "R2年3月", "R0年度"), which MASTER tells.
 * At such a label MASTER's date alternative cannot match (年 is not followed by a month) and its era alternative
 * takes exactly this text.
 */
function commonEraEnd(s: string, i: number, eraLength: number): number {
  let p = i + eraLength;
  const c = s.charCodeAt(p);
  if (c === 0x5143 /* 元 */) {
    p++;
  } else if (isAsciiDigit(c)) {
    p = isAsciiDigit(s.charCodeAt(p + 1)) ? p + 2 : p + 1;
    if (eraNumber(s, i + eraLength) < 1) return -1;
  } else {
    return -1;
  }
  return s.charCodeAt(p) === 0x5e74 /* 年 */ && s.charCodeAt(p + 1) === 0x5ea6 /* 度 */ ? p + 2 : -1;
}

/** The year number of an era label whose number starts at p: 元 is 1, else one or two digits. */
function eraNumber(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c === 0x5143 /* 元 */) return 1;
  const d = s.charCodeAt(p + 1);
  return isAsciiDigit(d) ? (c - 0x30) * 10 + (d - 0x30) : c - 0x30;
}

function digitsEnd(s: string, i: number): number {
  let p = i;
  while (isAsciiDigit(s.charCodeAt(p))) p++;
  return p;
}

/**
 * Whether a date or western-year alternative of MASTER could match at the digit at i: they all need no digit, ","
 * or "." before, and one or two digits followed by "/", ":", "月", "年" or a space and 月/年 ("3月", "12/31",
 * "10:00", "2年度"), or 19xx–21xx followed by "年", "/", "-" or a space and 年 ("2020年", "2020/4/1", "2020 年度").
 */
function mayBeDateAt(s: string, i: number): boolean {
  return mayBeDateWithDigits(s, i, digitsEnd(s, i));
}

/** mayBeDateAt where the digits at i run to `end`. */
function mayBeDateWithDigits(s: string, i: number, end: number): boolean {
  const prev = s.charCodeAt(i - 1);
  if (isAsciiDigit(prev) || prev === 0x2c || prev === 0x2e) return false;
  const run = end - i;
  const c = s.charCodeAt(end);
  const spacedYearOrMonth = c === 0x20 && (s.charCodeAt(end + 1) === 0x5e74 || s.charCodeAt(end + 1) === 0x6708);
  if (run <= 2) return c === 0x2f || c === 0x3a || c === 0x5e74 || c === 0x6708 || spacedYearOrMonth;
  if (run !== 4) return false;
  const century = s.charCodeAt(i) * 10 + s.charCodeAt(i + 1) - 0x30 * 11;
  if (century < 19 || century > 21) return false;
  return c === 0x5e74 || c === 0x2f || c === 0x2d || spacedYearOrMonth;
}

/** Where the number at i ends, read as MASTER's number group does: \d+(?:,\d{3}(?!\d))*(?:\.\d+)?(?:[eE][+-]?\d+)? */
function numberEnd(s: string, i: number): number {
  let p = digitsEnd(s, i);
  while (
    s.charCodeAt(p) === 0x2c && isAsciiDigit(s.charCodeAt(p + 1)) && isAsciiDigit(s.charCodeAt(p + 2)) &&
    isAsciiDigit(s.charCodeAt(p + 3)) && !isAsciiDigit(s.charCodeAt(p + 4))
  ) {
    p += 4;
  }
  if (s.charCodeAt(p) === 0x2e && isAsciiDigit(s.charCodeAt(p + 1))) p = digitsEnd(s, p + 1);
  const e = s.charCodeAt(p);
  if (e === 0x65 || e === 0x45) {
    let q = p + 1;
    const sign = s.charCodeAt(q);
    if (sign === 0x2b || sign === 0x2d) q++;
    if (isAsciiDigit(s.charCodeAt(q))) p = digitsEnd(s, q);
  }
  return p;
}

/** "COVID-19", "A4", "Windows10", "第3回", "1.2.3": digits at `at` that belong to a name or an ordinal. */
function isPartOfIdentifier(s: string, at: number): boolean {
  const prev = s.charCodeAt(at - 1);
  if (isAsciiLetter(prev) || prev === 0x7b2c /* 第 */) return true;
  if (prev === 0x2d /* - */ && isAsciiLetter(s.charCodeAt(at - 2))) return true;
  return prev === 0x2e /* . */ && isAsciiDigit(s.charCodeAt(at - 2));
}

/**
 * "1 RPA導入業務数", "1.RPA…", "(1)RPA…" at the start of a line or bullet (the segment starting at segStart):
 * numbering, not a value.
 */
function isNumbering(s: string, segStart: number, at: number, numEnd: number, num: NumberToken): boolean {
  if (num.fraction !== null || num.hasExponent || num.digits.length > 2) return false;
  return isNumberingAt(s, segStart, at, numEnd);
}

/** isNumbering for a number of one or two digits, nothing else. */
function isNumberingAt(s: string, segStart: number, at: number, numEnd: number): boolean {
  let i = at - 1;
  while (i >= segStart && s.charCodeAt(i) === 0x20) i--;
  const opened = i >= segStart && s.charCodeAt(i) === 0x28;
  if (opened) i--;
  while (i >= segStart && s.charCodeAt(i) === 0x20) i--;
  if (i >= segStart) return false;
  if (opened) return s.charCodeAt(numEnd) === 0x29;
  return numberingMarkAfter(s, numEnd) > 0;
}

/** Peels approximation, bound and similar words off the end of the text before a value, onto q. */
function peelPrefixWords(region: string, q: Draft, hasEarlierValue: boolean): string {
  for (let i = 0; i < 4; i++) {
    const trimmed = region.trimEnd();
    const last = trimmed.charCodeAt(trimmed.length - 1);
    if (!PREFIX_LAST_CHARS.has(last) && !isAsciiLetter(last)) break;
    if (last === 0x7d04 /* 約 */) {
      // 約 ends 契約, 予約, 集約 too: "電子契約100件" is no approximate value.
      if (isKanji(trimmed.charCodeAt(trimmed.length - 2))) break;
      // The one PREFIX_WORD entry that ends in 約 is 約 itself, so it is the whole match.
      q.approximate = true;
      region = trimmed.slice(0, -1);
      continue;
    }
    const m = PREFIX_WORD.exec(trimmed.slice(-24));
    if (!m) break;
    const cut = trimmed.length - m[0].length;
    // "10~20件": a range, not an approximation.
    if (m[1] === '~' && hasEarlierValue && trimmed.slice(0, cut).trim() === '') return region;
    if (m[1] !== undefined) q.approximate = true;
    else if (m[2] !== undefined) q.direction ??= 'atLeast';
    else if (m[3] !== undefined) q.direction ??= 'atMost';
    else if (m[4] !== undefined) q.direction ??= 'moreThan';
    else if (m[5] !== undefined) q.direction ??= 'lessThan';
    else if (m[6] !== undefined) q.cumulative = true;
    else if (m[7] !== undefined) q.perYear = true;
    else if (m[8] !== undefined) q.reduction = true;
    else if (m[9] !== undefined || m[10] !== undefined || m[11] !== undefined) q.unit = `${q.unit ?? ''}/${m[9] !== undefined ? '月' : m[10] !== undefined ? '週' : '四半期'}`;
    region = trimmed.slice(0, cut);
  }
  return region;
}

/**
 * Reads sign, approximation, direction and similar words written just before the number at `at`, then the label
 * before them, into q. The label text is what the scanner gathered: `labelText` (text before year labels, which are
 * cut out) and the text from `pieceStart`; without a label of its own the value takes `lastLabel`.
 * Returns where the quantity's source text starts.
 */
export function readPrefix(
  s: string, at: number, q: Draft, pieceStart: number, labelText: string, lastLabel: string | null, hasEarlierValue: boolean,
): number {
  const from = Math.max(pieceStart, at - MAX_LABEL_REGION);
  let region = (from > pieceStart ? '' : labelText) + s.slice(from, at);
  const regionStartInText = at - region.length; // approximate when year labels were cut out
  const signChar = s.charAt(at - 1);
  if (at > pieceStart && isSign(signChar) && !isAsciiLetter(s.charCodeAt(at - 2)) && !isAsciiDigit(s.charCodeAt(at - 2))) {
    if (signChar !== '+') q.value = q.value === 0 ? 0 : -q.value;
    region = region.slice(0, -1);
  } else if (at > pieceStart && isCurrencyMark(s.charCodeAt(at - 1))) {
    // "Below ¥1.2 trillion", "約$5M": the words before the value stand before its currency mark.
    region = region.slice(0, -1);
  }
  region = peelPrefixWords(region, q, hasEarlierValue);
  applyLabel(q, labelFrom(region), lastLabel);
  return Math.max(pieceStart, regionStartInText + region.length);
}

/** Gives q its label (or the previous value's) and what the label says of it: cumulative, per year. */
function applyLabel(q: Draft, label: string | null, lastLabel: string | null): void {
  if (label !== null) {
    const hints = labelHints(label);
    if ((hints & HINT_CUMULATIVE) !== 0) q.cumulative = true;
    if ((hints & HINT_PER_YEAR) !== 0 && q.unit !== '年間') q.perYear = true;
  }
  q.label = label ?? lastLabel;
}

/** The scales written after a currency value: K or k thousand, M or m million, B billion; and "bn", "mn". */
const CURRENCY_SCALE_EXP: ReadonlyMap<number, number> = new Map([[0x4b, 3], [0x6b, 3], [0x4d, 6], [0x6d, 6], [0x42, 9]]);
const CURRENCY_SCALE_WORD = /(?:bn|mn)(?![A-Za-z])/iy;

/** The scale after a currency value at p ("£2.4m", "$1.2bn", "¥50M") as [power of ten, length], or null. */
function currencyScaleAt(s: string, p: number): [number, number] | null {
  CURRENCY_SCALE_WORD.lastIndex = p;
  const word = CURRENCY_SCALE_WORD.exec(s)?.[0].toLowerCase();
  if (word !== undefined) return [word === 'bn' ? 9 : 6, 2];
  const exp = CURRENCY_SCALE_EXP.get(s.charCodeAt(p)) ?? 0;
  return exp !== 0 && !isAsciiLetter(s.charCodeAt(p + 1)) ? [exp, 1] : null;
}

/**
 * One left-to-right pass over normalised text. Year labels govern the values after them; text between
 * values (minus year labels) becomes the next value's label; a bracketed remark right after a value is
 * read for hints about that value and its numbers are not values.
 */
export class Scanner {
  /** The values read so far; made on the first (most texts hold one: an empty array's first push reserves 17). */
  private quantities: Draft[] | null = null;
  /** [start, end) pairs of skipped remarks, made on the first. */
  private remarks: number[] | null = null;
  private statement = false;
  private year: FiscalYear | null = null;
  /** Label text gathered since the last value, with year labels cut out. */
  private labelText = '';
  /** Start of the not-yet-gathered label text. */
  private pieceStart = 0;
  /** Start of the current line or bulleted segment (for "1 " / "(1)" numbering). */
  private segStart = 0;
  private lastLabel: string | null = null;

  /** With `reference`, every token is found by the MASTER pattern alone (see parseQuantityTextReference). */
  constructor(
    private readonly s: string,
    private readonly reference = false,
  ) {}

  run(): ParsedText {
    const s = this.s;
    let i = 0;
    while (i >= 0 && i < s.length) i = this.reference ? this.viaMaster(i) : this.next(i);
    const quantities = this.quantities ?? [];
    const statement = this.statement || this.hasStatementWords();
    // Said only where there were remarks, which are few: every other result keeps the one shape.
    return this.remarks === null ? { quantities, statement } : { quantities, statement, remarks: true };
  }

  /**
   * Handles the first token at or after `from` and returns where scanning continues, or -1 when none is left.
   * The same tokens as MASTER.exec from `from`, found by hand where that is plain: a MASTER match can start only
   * at a digit, R, H, F, f, 令, 平, a line break, a bullet or ・, so every other character is skipped at once, and
   * the common tokens (a number, "R2年度", "令和元年度", a bullet) are read directly. Whatever might be a date or
   * an unusual year label goes to MASTER from that position, which finds the same match MASTER would have.
   */
  private next(from: number): number {
    const s = this.s;
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!isIn(CHAR_TOKEN, c)) continue;
      if (c <= 0x39) {
        if (c >= 0x30) return this.numberAt(i);
        if (c === 0x0a) return this.boundaryAt(i, '\n');
      } else if (c === 0x52 /* R */ || c === 0x48 /* H */) {
        if (mayStartLatinEra(s, i)) return this.eraAt(i, 1, c === 0x52 ? REIWA_BASE : HEISEI_BASE);
      } else if (c === 0x4ee4 /* 令 */ || c === 0x5e73 /* 平 */) {
        const second = s.charCodeAt(i + 1);
        if (c === 0x4ee4 ? second === 0x548c /* 和 */ : second === 0x6210 /* 成 */) {
          return this.eraAt(i, 2, c === 0x4ee4 ? REIWA_BASE : HEISEI_BASE);
        }
      } else if (c === 0x46 /* F */ || c === 0x66 /* f */) {
        const second = s.charCodeAt(i + 1);
        if (second === 0x59 || second === 0x79) return this.viaMaster(i); // FY: rare, left to the pattern
      } else if (isBulletMark(c) || (c === 0x30fb /* ・ */ && (i === 0 || isJsWhitespace(s.charCodeAt(i - 1))))) {
        return this.boundaryAt(i, s.charAt(i));
      }
    }
    return -1;
  }

  /** The MASTER match at or after `from`, handled; -1 when there is none. The reference way to scan. */
  private viaMaster(from: number): number {
    const s = this.s;
    MASTER.lastIndex = from;
    const m = MASTER.exec(s);
    if (m === null) return -1;
    const at = m.index;
    if (m[1] !== undefined) return at + m[0].length; // a date: stays in the label text
    const raw = m[8];
    if (raw !== undefined) return this.onNumber(at, raw);
    const mark = m[9];
    if (mark !== undefined) return this.boundaryAt(at, mark);
    const year = yearOfMatch(m, s);
    return year === null ? at + 1 : this.onYear(at, at + m[0].length, year); // not a label: read its digits as a number
  }

  /** A number at i, unless MASTER might read a date or year there ("3月", "12/31", "2020年"), which it then decides. */
  private numberAt(i: number): number {
    const s = this.s;
    if (mayBeDateAt(s, i)) return this.viaMaster(i);
    return this.onNumber(i, s.slice(i, numberEnd(s, i)));
  }

  /**
   * The era label at i whose era is `eraLength` characters long: "R2年度" and "令和元年度" are read here; any other
   * shape ("R2", "R 2", "R2年3月", "R0年度") is left to MASTER.
   */
  private eraAt(i: number, eraLength: number, base: number): number {
    const end = commonEraEnd(this.s, i, eraLength);
    if (end < 0) return this.viaMaster(i);
    return this.onYear(i, end, base + eraNumber(this.s, i + eraLength));
  }

  private boundaryAt(at: number, mark: string): number {
    this.segStart = at + 1;
    if (mark !== '\n') {
      // A bullet starts another indicator; a line break inside one keeps its label and year.
      this.labelText = '';
      this.pieceStart = at + 1;
      this.lastLabel = null;
    }
    return at + mark.length;
  }

  /** A year label from `at` to `matchEnd`; returns where scanning continues. */
  private onYear(at: number, matchEnd: number, year: FiscalYear): number {
    const s = this.s;
    let end = matchEnd;
    const before = this.labelText + s.slice(this.pieceStart, at);
    const baseAfter = isComparisonBaseAt(s, end);
    if (baseAfter) end = BASE_AFTER.lastIndex;
    const last = this.quantities?.[this.quantities.length - 1];
    const english = endsWithLatinWord(before);
    if (!baseAfter && !(english && BASE_BEFORE.test(before.slice(-20)))) {
      if (english && last && last.year === null && YEAR_AFTER_VALUE.test(before)) last.year = year;
      else this.year = year;
    }
    // Only the end of the gathered text can become a label; keep concatenations short.
    this.labelText = before.length > MAX_LABEL_REGION ? before.slice(-MAX_LABEL_REGION) : before;
    this.pieceStart = end;
    return end;
  }

  /** Reads the value starting at `at`; returns where scanning continues. */
  private onNumber(at: number, raw: string): number {
    const s = this.s;
    const num = readNumber(raw);
    const numEnd = at + num.length;
    if (isPartOfIdentifier(s, at) || isNumbering(s, this.segStart, at, numEnd, num) || isEnglishDateNumber(s, at, numEnd)) return numEnd;
    // "1Q:90件", "4-6月 80件": a part of the year, the label of the value after it.
    const part = periodPartEnd(s, at, numEnd);
    if (part >= 0) return part;

    const q = newDraft(0, '');
    let p = numEnd;
    MULTIPLIER.lastIndex = p;
    const mult = MAY_START_MULTIPLIER.has(s.charCodeAt(p)) ? MULTIPLIER.exec(s) : null;
    let exp = 0;
    if (mult) {
      exp = MULTIPLIER_EXP[(mult[1] ?? mult[2] ?? '').trim().toLowerCase()] ?? 0;
      p = MULTIPLIER.lastIndex;
    } else if (isCurrencyMark(s.charCodeAt(at - 1))) {
      // "¥50M", "$1.2B", "£2.4m", "€300k": after a currency mark, a letter of scale is no unit (£2.4m is no 2.4 metres).
      const scale = currencyScaleAt(s, p);
      if (scale !== null) {
        exp = scale[0];
        p += scale[1];
      }
    } else {
      // "1.2M", "3.5bn", "45k" right after the digits: a scale, as after a currency mark ("5 m", "5MW" are units).
      const scale = bareScaleOf(s.charCodeAt(p), s.charCodeAt(p + 1), s.charCodeAt(p + 2));
      if (scale !== null) {
        exp = scale.exp;
        p += scale.length;
      }
    }
    const unit = readUnit(s, p);
    if (unit) {
      q.unit = UNIT_ALIASES.get(unit.unit) ?? unit.unit;
      p = unit.end;
      // "3回目", "2番目": an ordinal, not a value.
      if (s.charCodeAt(p) === 0x76ee /* 目 */ || (unit.known === false && unit.unit.endsWith('目'))) return p;
    }
    p = readModifiers(s, p, q);
    p = this.readRemark(p, q);

    const value = valueOf(num, exp);
    if (value === null) return p;
    q.value = value;
    if (num.fraction !== null && exp === 0 && DECIMAL_LOOKS_LIKE_THOUSANDS.test(num.digits) && isCounter(q.unit)) {
      q.suspicion = 'decimalLooksLikeThousands' satisfies QuantitySuspicion;
    }
    const sourceStart = this.readPrefix(at, q);
    q.source = s.slice(sourceStart, p).trim();
    q.year ??= this.year;
    if (this.quantities === null) this.quantities = [q];
    else this.quantities.push(q);
    this.labelText = '';
    this.pieceStart = p;
    return p;
  }

  /** Skips a bracketed remark right after a value, reading what it says about that value. */
  private readRemark(p: number, q: Draft): number {
    const s = this.s;
    let open = p;
    if (s.charCodeAt(open) === 0x20) open++;
    if (s.charCodeAt(open) !== 0x28) return p;
    const end = closingParen(s, open);
    const content = s.slice(open + 1, s.charCodeAt(end - 1) === 0x29 ? end - 1 : end);
    // Whether the value is a running total is read from its label after this: the text says it now ("累計500件").
    if (applyRemark(content, q, q.cumulative || RUNNING_TOTAL.test(s)).statement) this.statement = true;
    if (this.remarks === null) this.remarks = [open, end];
    else this.remarks.push(open, end);
    return readModifiers(s, end, q);
  }

  /** The prefix words and label of the value at `at` (see readPrefix); returns where its source text starts. */
  private readPrefix(at: number, q: Draft): number {
    const start = readPrefix(this.s, at, q, this.pieceStart, this.labelText, this.lastLabel, this.quantities !== null);
    this.lastLabel = q.label;
    return start;
  }

  private hasStatementWords(): boolean {
    const s = this.s;
    if (!mayContainWord(s, STATEMENT_JA_STARTS, STATEMENT_EN_STARTS)) return false;
    STATEMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STATEMENT.exec(s)) !== null) {
      if (!this.inRemark(m.index)) return true;
    }
    return false;
  }

  private inRemark(index: number): boolean {
    const r = this.remarks;
    if (r === null) return false;
    for (let i = 0; i < r.length; i += 2) if (index >= (r[i] ?? 0) && index < (r[i + 1] ?? 0)) return true;
    return false;
  }
}

export const HINT_CUMULATIVE = 1;

export const HINT_PER_YEAR = 2;

/**
 * What a label says of its value, in one pass: HINT_CUMULATIVE where /累計|cumulative/i finds a word, HINT_PER_YEAR
 * where /年間|毎年|annual|per year/i does (anywhere, as the patterns have no word boundaries).
 */
function labelHints(label: string): number {
  let hints = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 0x7d2f /* 累 */) {
      if (label.charCodeAt(i + 1) === 0x8a08 /* 計 */) hints |= HINT_CUMULATIVE;
    } else if (c === 0x5e74 /* 年 */) {
      if (label.charCodeAt(i + 1) === 0x9593 /* 間 */) hints |= HINT_PER_YEAR;
    } else if (c === 0x6bce /* 毎 */) {
      if (label.charCodeAt(i + 1) === 0x5e74 /* 年 */) hints |= HINT_PER_YEAR;
    } else if (isAsciiLetter(c)) {
      const lower = c | 0x20;
      if (lower === 0x63 /* c */ && startsCaseless(label, i, 'cumulative')) hints |= HINT_CUMULATIVE;
      else if (lower === 0x61 /* a */ && startsCaseless(label, i, 'annual')) hints |= HINT_PER_YEAR;
      else if (lower === 0x70 /* p */ && startsCaseless(label, i, 'per year')) hints |= HINT_PER_YEAR;
    }
  }
  return hints;
}

/** Whether a text ends in a Latin word or "." (perhaps followed by one space): English may precede a year. */
function endsWithLatinWord(text: string): boolean {
  let i = text.length - 1;
  if (text.charCodeAt(i) === 0x20) i--;
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || c === 0x2e;
}

/**
 * Whether one or two digits ending at `numEnd` read as item numbering, judged by what follows them:
 * "1." or "1)" before a word, or "1 " before a word that is neither a unit nor a modifier of a value
 * ("1 RPA導入業務数" and "1 Reduce waits" are numbering; "50 件", "4 times", "40 wards" and "2 per year" are values).
 * Returns the length of the mark after the digits (".", ". ", ")", " "), or 0 when it is not numbering.
 * (Exported for the property tests, which rebuild the splitter around it.)
 */
export function numberingMarkAfter(s: string, numEnd: number): number {
  const next = s.charCodeAt(numEnd);
  const after = s.charCodeAt(numEnd + 1);
  const startsWord = isAsciiLetter(after) || isJapaneseLetter(after) || isOpeningQuote(after);
  if (next === 0x2e || next === 0x29) return after === 0x20 ? 2 : startsWord ? 1 : 0;
  if (next !== 0x20 || !startsWord || readUnit(s, numEnd) !== null) return 0;
  // "50 million yen" is a value, as "50 or more" is.
  MULTIPLIER.lastIndex = numEnd;
  if (MULTIPLIER.test(s)) return 0;
  MODIFIER.lastIndex = numEnd;
  return MODIFIER.test(s) ? 0 : 1;
}

/** The finite value of a number token scaled by 10^exp, or null ("1e309", 400 digits). */
function valueOf(num: NumberToken, exp: number): number | null {
  let value: number;
  if (exp === 0) value = Number(num.digits);
  // Scaling through the string keeps "6.7万" exactly 67000.
  else if (!num.hasExponent) value = Number(`${num.digits}e${exp}`);
  else value = Number(num.digits) * 10 ** exp;
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

/** PLAIN_NUMBER can only match a text that starts with "-" or a digit and ends with a digit. */
export function mayBePlainNumber(s: string): boolean {
  const first = s.charCodeAt(0);
  return (first === 0x2d || isAsciiDigit(first)) && isAsciiDigit(s.charCodeAt(s.length - 1));
}

/** Fast path for the most common cell: a bare number. */
export function parsePlainNumber(s: string): ParsedText {
  const negative = s.charCodeAt(0) === 0x2d;
  const body = negative ? s.slice(1) : s;
  const digits = body.indexOf(',') >= 0 ? body.replace(/,/g, '') : body;
  const value = Number(digits);
  if (!Number.isFinite(value)) return EMPTY;
  const q = newDraft(negative && value !== 0 ? -value : value, s);
  if (DECIMAL_LOOKS_LIKE_THOUSANDS.test(body)) q.suspicion = 'decimalLooksLikeThousands';
  return { quantities: [q], statement: false };
}

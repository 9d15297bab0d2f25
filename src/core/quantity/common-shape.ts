/**
 * parseCommonShape: the common cell, read in one pass. Nearly every cell of a plan is read here.
 *
 * The readers in this module do what the scanner's readers (readNumber, readUnit, readPrefix, labelFrom, …) do on the
 * shapes parseCommonShape accepts, but on offsets into the text rather than on slices of it, with no regex and no
 * result objects: those strings and objects were most of the cost. They read the text's characters from a buffer of
 * its code units, filled once per text by parseCommonShape's first pass, rather than with charCodeAt: the texts are
 * mostly sliced or concatenated strings, on which a charCodeAt costs several times a typed-array load, and the
 * readers look at many characters more than once. The scanner's readers stay as they are, as the reference these
 * are tested against.
 */
import { isJsWhitespace } from '../cell-text';
import type { Direction, FiscalYear, ParsedText, QuantitySuspicion } from '../quantity-types';
import {
  CHAR_CLASS, CHAR_DIGIT, CHAR_LABEL_HINT, CHAR_LABEL_STOP, CHAR_LATIN, CHAR_LAYOUT, CHAR_NORMALISE, CHAR_STATEMENT,
  CHAR_TOKEN, CHAR_WORD, PARTICLES, groupByFirstCode, includesCode, isAsciiDigit, isAsciiLetter, isBulletMark, isCurrencyMark, isMade,
  isHiragana, isIn, isJapaneseLetter, isKanji, isKanjiOrKatakana, isLineTerminator, isSignCode, sameCodesAt, twoLetterCode,
  twoLetterCodes,
} from './chars';
import * as units from './units';
import { countNounEnd, isCounter, runsOnFromKatakana, type UnitEntry } from './units';
import { HEISEI_BASE, REIWA_BASE } from './years';
import {
  LABEL_LEAD_CHARS, LABEL_PARTICLES, LABEL_TRAIL_CHARS, LABEL_TRAIL_WORDS, MAX_LABEL_REGION, MAY_START_MODIFIER, MODIFIER,
  PREFIX_LAST_CHARS, STATEMENT_EN_STARTS, STATEMENT_JA_BY_FIRST, STATEMENT_ONCE, WORDS_AFTER_VALUE, bareScaleOf, isEnglishDateNumber, periodPartEnd,
} from './patterns';
import {
  EMPTY, HINT_CUMULATIVE, HINT_PER_YEAR, applyModifier, mayBePlainNumber, newDraft, numberingMarkAfter, readPrefix,
  type Draft,
} from './scanner';

// ---------------------------------------------------------------------------------------------
// The code buffer
// ---------------------------------------------------------------------------------------------

/**
 * Zeros kept after a text in the code buffer. No reader looks more than three characters past one it has read (the
 * furthest: scanNumber's look at the digits after a comma).
 */
const END_PADDING = 4;

/**
 * The code units of the text being read, t[i] === s.charCodeAt(i), then END_PADDING zeros. Reused from text to text
 * (nothing parseCommonShape calls reads another text into it) and grown when a text does not fit.
 *
 * Every reader here takes the buffer as `t` and reads t[i] ?? 0. Past the end of the text (and before its start,
 * where the typed array answers undefined) that is 0, where charCodeAt answers NaN; no character class, word or mark
 * holds 0 and no comparison here treats it otherwise than NaN, so every decision comes out the same. A 0 inside the
 * text is its own character, read as charCodeAt reads it.
 */
let codeBuffer = new Uint16Array(256);

/** t[i], 0 before the start of the text (where a typed array answers undefined, and slowly). */
function codeAt(t: Uint16Array, i: number): number {
  return i >= 0 ? (t[i] ?? 0) : 0;
}

/** t[i] within [.., end), 0 past it: what the slice of the text ending at `end` would answer (NaN there, as 0 here). */
function codeBefore(t: Uint16Array, i: number, end: number): number {
  return i < end ? (t[i] ?? 0) : 0;
}

// ---------------------------------------------------------------------------------------------
// Tokens: numbers, era labels, dates (as the scanner's mayStartLatinEra, commonEraEnd, mayBeDateWithDigits, …)
// ---------------------------------------------------------------------------------------------

/** Whether MASTER's era alternatives could start at the R or H at i: not inside a word, and a space, digit or 元 next. */
function mayStartLatinEra(t: Uint16Array, i: number): boolean {
  const prev = codeAt(t, i - 1);
  if (isAsciiLetter(prev) || isAsciiDigit(prev)) return false;
  const next = t[i + 1] ?? 0;
  return next === 0x20 || next === 0x5143 /* 元 */ || isAsciiDigit(next);
}

/** The end of the common era label at i, "R2年度" or "令和元年度", or -1 for any other shape (see the scanner's). */
function commonEraEnd(t: Uint16Array, i: number, eraLength: number): number {
  let p = i + eraLength;
  const c = t[p] ?? 0;
  if (c === 0x5143 /* 元 */) {
    p++;
  } else if (isAsciiDigit(c)) {
    p = isAsciiDigit(t[p + 1] ?? 0) ? p + 2 : p + 1;
    if (eraNumber(t, i + eraLength) < 1) return -1;
  } else {
    return -1;
  }
  return t[p] === 0x5e74 /* 年 */ && t[p + 1] === 0x5ea6 /* 度 */ ? p + 2 : -1;
}

/** The year number of an era label whose number starts at p: 元 is 1, else one or two digits. */
function eraNumber(t: Uint16Array, p: number): number {
  const c = t[p] ?? 0;
  if (c === 0x5143 /* 元 */) return 1;
  const d = t[p + 1] ?? 0;
  return isAsciiDigit(d) ? (c - 0x30) * 10 + (d - 0x30) : c - 0x30;
}

function digitsEnd(t: Uint16Array, i: number): number {
  let p = i;
  while (isAsciiDigit(t[p] ?? 0)) p++;
  return p;
}

/**
 * Whether a date or western-year alternative of MASTER matches at the digit at i, its digits running to `end`: the
 * scanner's mayBeDateWithDigits, which looks at one character after the digits, made exact enough to let "50/年" and
 * "5年" through by looking at the next one too. With no digit, "," or "." before: one or two digits then "/" or ":"
 * and a digit ("12/31", "10:00"), "月" ("3月"), "年度" ("2年度"); 19xx–21xx then "年" ("2020年", "2020年度"), or "/" or
 * "-" and a digit ("2020/4/1"); a space may stand before 月, 年 and 年度.
 */
function mayBeDateWithDigits(t: Uint16Array, i: number, end: number): boolean {
  const prev = codeAt(t, i - 1);
  if (isAsciiDigit(prev) || prev === 0x2c || prev === 0x2e) return false;
  const run = end - i;
  let c = t[end] ?? 0;
  let after = t[end + 1] ?? 0;
  if (run <= 2) {
    if (c === 0x2f /* / */ || c === 0x3a /* : */) return isAsciiDigit(after);
    if (c === 0x20) {
      c = after;
      after = t[end + 2] ?? 0;
    }
    return c === 0x6708 /* 月 */ || (c === 0x5e74 /* 年 */ && after === 0x5ea6) /* 度 */;
  }
  if (run !== 4) return false;
  const century = (t[i] ?? 0) * 10 + (t[i + 1] ?? 0) - 0x30 * 11;
  if (century < 19 || century > 21) return false;
  if (c === 0x2f /* / */ || c === 0x2d /* - */) return isAsciiDigit(after);
  return c === 0x5e74 /* 年 */ || (c === 0x20 && after === 0x5e74);
}

/** "COVID-19", "A4", "Windows10", "第3回", "1.2.3": digits at `at` that belong to a name or an ordinal. */
function isPartOfIdentifier(t: Uint16Array, at: number): boolean {
  const prev = codeAt(t, at - 1);
  if (isAsciiLetter(prev) || prev === 0x7b2c /* 第 */) return true;
  if (prev === 0x2d /* - */ && isAsciiLetter(codeAt(t, at - 2))) return true;
  return prev === 0x2e /* . */ && isAsciiDigit(codeAt(t, at - 2));
}

/** The scanner's isNumberingAt: whether a number of one or two digits at `at` numbers its line or bullet. */
function isNumberingAt(t: Uint16Array, s: string, segStart: number, at: number, numEnd: number): boolean {
  let i = at - 1;
  while (i >= segStart && t[i] === 0x20) i--;
  const opened = i >= segStart && t[i] === 0x28;
  if (opened) i--;
  while (i >= segStart && t[i] === 0x20) i--;
  if (i >= segStart) return false;
  if (opened) return t[numEnd] === 0x29;
  // numberingMarkAfter answers 0 unless ".", ")" or a space follows the digits; only then does it need the text.
  const next = t[numEnd];
  return (next === 0x2e || next === 0x29 || next === 0x20) && numberingMarkAfter(s, numEnd) > 0;
}

/** What scanNumber read. Module-level scratch rather than a result object: valid until its next call. */
const scannedNumber = {
  /** The index after the number, as numberEnd finds it. */
  end: 0,
  /** The index after its first run of digits. */
  firstRunEnd: 0,
  /** Its value; NaN where it must be read from its text (an exponent, more than 15 digits). */
  value: 0,
  /** Digits before the decimal point, group separators not counted. */
  intDigits: 0,
  /** Digits after the decimal point; 0 when there is none. */
  fractionDigits: 0,
  hasExponent: false,
  /** "1234,567": readNumber ends this number at its comma, before where numberEnd ends it. */
  cutAtComma: false,
};

/** 10^k for k ≤ 15, each exact. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * numberEnd and readNumber in one pass, the value accumulated as it goes. Up to 15 digits the mantissa m is an exact
 * integer and m / 10^k (k ≤ 15) is correctly rounded, as Number() of the digits is, so the two are the same number.
 */
function scanNumber(t: Uint16Array, at: number): void {
  let p = at;
  let mantissa = 0;
  let c = t[p] ?? 0;
  while (c >= 0x30 && c <= 0x39) {
    mantissa = mantissa * 10 + (c - 0x30);
    c = t[++p] ?? 0;
  }
  const firstRun = p - at;
  let intDigits = firstRun;
  let cutAtComma = false;
  while (c === 0x2c) {
    const d1 = t[p + 1] ?? 0;
    const d2 = t[p + 2] ?? 0;
    const d3 = t[p + 3] ?? 0;
    if (!isAsciiDigit(d1) || !isAsciiDigit(d2) || !isAsciiDigit(d3) || isAsciiDigit(t[p + 4] ?? 0)) break;
    if (firstRun > 3) cutAtComma = true;
    mantissa = mantissa * 1000 + (d1 - 0x30) * 100 + (d2 - 0x30) * 10 + (d3 - 0x30);
    intDigits += 3;
    p += 4;
    c = t[p] ?? 0;
  }
  let fractionDigits = 0;
  if (c === 0x2e && isAsciiDigit(t[p + 1] ?? 0)) {
    c = t[++p] ?? 0;
    while (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      fractionDigits++;
      c = t[++p] ?? 0;
    }
  }
  let hasExponent = false;
  if (c === 0x65 || c === 0x45) {
    let q = p + 1;
    const sign = t[q];
    if (sign === 0x2b || sign === 0x2d) q++;
    if (isAsciiDigit(t[q] ?? 0)) {
      p = digitsEnd(t, q);
      hasExponent = true;
    }
  }
  const r = scannedNumber;
  r.end = p;
  r.firstRunEnd = at + firstRun;
  r.intDigits = intDigits;
  r.fractionDigits = fractionDigits;
  r.hasExponent = hasExponent;
  r.cutAtComma = cutAtComma;
  r.value = hasExponent || intDigits + fractionDigits > 15 ? Number.NaN : mantissa / (POWERS_OF_TEN[fractionDigits] ?? 1);
}

/** The value of the number scanNumber read at `at`, as valueOf reads its token: null where it is not finite. */
function scannedValue(s: string, at: number): number | null {
  let value = scannedNumber.value;
  if (Number.isNaN(value)) value = Number(s.slice(at, scannedNumber.end).replaceAll(',', ''));
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

/** DECIMAL_LOOKS_LIKE_THOUSANDS on the digits of the number scanNumber read at `at`: "2.000", not "0.125" or "1,234.567". */
function scannedLooksLikeThousands(t: Uint16Array, at: number): boolean {
  const r = scannedNumber;
  return r.fractionDigits === 3 && !r.hasExponent && r.intDigits <= 3 && t[at] !== 0x30;
}

/** startsCaseless on the code buffer: `word` (lower-case ASCII letters and spaces) at i in any case of its letters. */
function caselessWordAt(t: Uint16Array, i: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) {
    const c = t[i + j] ?? 0;
    const w = word.charCodeAt(j);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return false;
  }
  return true;
}

/** Whether MULTIPLIER could match at p ("6.7万", "5 million"); 千 before 円 is the unit 千円. */
function mayBeMultiplierAt(t: Uint16Array, p: number): boolean {
  const c = t[p] ?? 0;
  if (c === 0x5146 /* 兆 */ || c === 0x5104 /* 億 */ || c === 0x4e07 /* 万 */) return true;
  if (c === 0x5343 /* 千 */) return t[p + 1] !== 0x5186 /* 円 */;
  const start = c === 0x20 ? p + 1 : p;
  const first = (t[start] ?? 0) | 0x20;
  if (first !== 0x6d /* m */ && first !== 0x62 /* b */ && first !== 0x74 /* t */) return false;
  return caselessWordAt(t, start, 'million') || caselessWordAt(t, start, 'billion') || caselessWordAt(t, start, 'trillion') || caselessWordAt(t, start, 'thousand');
}

// ---------------------------------------------------------------------------------------------
// Units and modifiers (as the scanner's readUnit and readModifiers)
// ---------------------------------------------------------------------------------------------

/** What unitAt read: the index after the unit, and whether it is a known one. */
const scannedUnit = { end: 0, known: false };

/**
 * readUnit, returning the unit as the quantity reports it (UNIT_ALIASES applied; an unknown counter or abbreviation
 * is never one of its spellings, which are longer) and leaving its end in scannedUnit.
 */
function unitAt(t: Uint16Array, s: string, p: number): string | null {
  const direct = knownUnitEntryAt(t, s, p);
  if (direct !== null) {
    scannedUnit.end = p + direct.unit.length;
    scannedUnit.known = true;
    return direct.reported;
  }
  if (t[p] === 0x20) {
    const spaced = knownUnitEntryAt(t, s, p + 1);
    if (spaced === null) return countNounAt(s, p + 1);
    const end = p + 1 + spaced.unit.length;
    // "2 会議室": a Japanese word that merely starts like a counter is not one.
    if (!spaced.latin && spaced.unit !== '%' && isJapaneseLetter(t[end] ?? 0)) return null;
    scannedUnit.end = end;
    scannedUnit.known = true;
    return spaced.reported;
  }
  scannedUnit.known = false;
  return unknownCounterAt(t, s, p) ?? latinAbbreviationAt(t, s, p);
}

/** readUnit's English noun of what is counted at p ("40 wards"), its end left in scannedUnit; null for none. */
function countNounAt(s: string, p: number): string | null {
  const end = countNounEnd(s, p);
  if (end < 0) return null;
  scannedUnit.end = end;
  scannedUnit.known = false;
  return s.slice(p, end);
}

// The unit tables as constants of this module: the compiled modules read an import through a getter of the
// exporting module's exports on every use, and V8 did not inline those getters into knownUnitEntryAt's loop (parsing
// took a third longer). units.ts does not import this module, even through others: its exports are set by now.
const { UNIT_CODES, UNIT_CODE_START, UNIT_GROUP_OF_CODE, UNIT_GROUP_START, UNIT_LIST } = units;

/** knownUnitAt without slices, on the unit tables (see UNIT_LIST). */
function knownUnitEntryAt(t: Uint16Array, s: string, p: number): UnitEntry | null {
  const group = UNIT_GROUP_OF_CODE[t[p] ?? 0] ?? 0;
  if (group === 0) return null;
  const groupEnd = UNIT_GROUP_START[group + 1] ?? 0;
  for (let e = UNIT_GROUP_START[group] ?? 0; e < groupEnd; e++) {
    const codesFrom = UNIT_CODE_START[e] ?? 0;
    const end = p + (UNIT_CODE_START[e + 1] ?? 0) - codesFrom;
    if (end > s.length) continue;
    const entry = UNIT_LIST[e] as UnitEntry;
    if (entry.latin) {
      if (!caselessLatinUnitAt(t, s, p, entry.lower) || isAsciiLetter(t[end] ?? 0)) continue;
    } else if (!unitCodesAt(t, p, end, codesFrom) || runsOnFromKatakana(entry, t[end] ?? 0)) {
      continue;
    }
    return entry;
  }
  return null;
}

/**
 * Whether t[p, end) holds the code units of the unit that start at UNIT_CODES[codesFrom]. Its first character is
 * that of its group, which only units that start with it are in (only Latin groups take two codes, and those are
 * compared caselessly), so the comparison starts at the second.
 */
function unitCodesAt(t: Uint16Array, p: number, end: number, codesFrom: number): boolean {
  for (let i = p + 1, j = codesFrom + 1; i < end; i++, j++) if (t[i] !== UNIT_CODES[j]) return false;
  return true;
}

/** s.slice(p, p + lower.length).toLowerCase() === lower, for a word of lower-case ASCII letters. */
function caselessLatinUnitAt(t: Uint16Array, s: string, p: number, lower: string): boolean {
  for (let j = 0; j < lower.length; j++) {
    const c = t[p + j] ?? 0;
    if (c >= 0x80) return s.slice(p, p + lower.length).toLowerCase() === lower; // "K" (Kelvin) lower-cases to "k"
    if (c !== lower.charCodeAt(j) && !(c >= 0x41 && c <= 0x5a && c + 0x20 === lower.charCodeAt(j))) return false;
  }
  return true;
}

/** readUnknownCounter, its end left in scannedUnit. (Past the end, 0 is no kanji: the scanner's q < n tests.) */
function unknownCounterAt(t: Uint16Array, s: string, p: number): string | null {
  let q = p;
  while (q - p < 3 && isKanjiOrKatakana(t[q] ?? 0) && !WORDS_AFTER_VALUE.startsAtCode(t, q)) q++;
  if (q === p) return null;
  const next = t[q] ?? 0;
  if (isKanjiOrKatakana(next) && !WORDS_AFTER_VALUE.startsAtCode(t, q)) return null; // a longer word
  if (isHiragana(next) && !PARTICLES.has(next)) return null;
  scannedUnit.end = q;
  return s.slice(p, q);
}

const ORDINAL_SUFFIXES = twoLetterCodes(['st', 'nd', 'rd', 'th']);

/** readLatinAbbreviation, its end left in scannedUnit. */
function latinAbbreviationAt(t: Uint16Array, s: string, p: number): string | null {
  let q = p;
  while (q - p < 6 && isAsciiLetter(t[q] ?? 0)) q++;
  if (q === p || q - p > 5 || isAsciiLetter(t[q] ?? 0)) return null;
  if (q - p === 2 && ORDINAL_SUFFIXES.has(twoLetterCode(t[p] ?? 0, t[p + 1] ?? 0))) return null; // 3rd
  scannedUnit.end = q;
  return s.slice(p, q);
}

/** The scanner's readModifiers: reads modifiers at p until none matches; returns the index after the last. */
function readModifiers(t: Uint16Array, s: string, p: number, q: Draft): number {
  for (let i = 0; i < 8 && MAY_START_MODIFIER.has(t[p] ?? 0); i++) {
    const common = commonModifierAt(t, p, q);
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
 * The commonest modifiers, read by hand where MODIFIER could only make the same match (see the scanner's
 * commonModifierAt). Applies it and returns its length, or 0 to leave the text to MODIFIER.
 */
function commonModifierAt(t: Uint16Array, p: number, q: Draft): number {
  const c = t[p] ?? 0;
  const c1 = t[p + 1] ?? 0;
  const c2 = t[p + 2] ?? 0;
  if (c === 0x2f /* / */) {
    // 年 is tried after 年度 and 年間, and must not run into a Latin word.
    if (c1 === 0x5e74 /* 年 */ && c2 !== 0x5ea6 /* 度 */ && c2 !== 0x9593 /* 間 */ && !isAsciiLetter(c2)) {
      q.perYear = true;
      return 2;
    }
    if (c1 === 0x7d2f /* 累 */ && c2 === 0x8a08 /* 計 */ && !isAsciiLetter(t[p + 3] ?? 0)) {
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

// ---------------------------------------------------------------------------------------------
// Other tokens and statement words after the value
// ---------------------------------------------------------------------------------------------

/**
 * Whether Scanner.next would find a token at or after `from` in a text n long. (A line break or bullet alone would
 * change nothing this reader returns, but the scanner is left to read them.)
 */
function hasTokenFrom(t: Uint16Array, n: number, from: number): boolean {
  for (let i = from; i < n; i++) {
    const c = t[i] ?? 0;
    if (!isIn(CHAR_TOKEN, c)) continue;
    if (c <= 0x39) return true; // a digit or a line break
    if (c === 0x52 /* R */ || c === 0x48 /* H */) {
      if (mayStartLatinEra(t, i)) return true;
    } else if (c === 0x4ee4 /* 令 */ || c === 0x5e73 /* 平 */) {
      if (t[i + 1] === (c === 0x4ee4 ? 0x548c /* 和 */ : 0x6210) /* 成 */) return true;
    } else if (c === 0x46 /* F */ || c === 0x66 /* f */) {
      const second = t[i + 1];
      if (second === 0x59 || second === 0x79) return true;
    } else if (isBulletMark(c) || i === 0 || isJsWhitespace(t[i - 1] ?? 0)) {
      return true; // a bullet, or ・ starting a piece
    }
  }
  return false;
}

/** STATEMENT's Japanese words (STATEMENT_JA_WORDS) anywhere in a text n long from `from` on. */
function hasJapaneseStatementWord(t: Uint16Array, n: number, from: number): boolean {
  for (let i = from; i < n; i++) {
    const c = t[i] ?? 0;
    if (!isIn(CHAR_STATEMENT, c)) continue;
    for (const { word, then, notThen } of STATEMENT_JA_BY_FIRST.get(c) ?? []) {
      if (!sameCodesAt(t, i, word)) continue;
      const next = t[i + word.length] ?? 0; // 0 past the end is in neither list, as NaN is not
      if (then !== undefined ? includesCode(then, next) : notThen === undefined || !includesCode(notThen, next)) return true;
    }
  }
  return false;
}

/**
 * Whether STATEMENT matches in s, given what the first pass saw: the classes of its characters (`seen`: does any start
 * a Japanese statement word), and those of two characters in a row (`pairs`: do two Latin letters stand together).
 */
function statementIn(t: Uint16Array, s: string, seen: number, pairs: number): boolean {
  if ((seen & CHAR_STATEMENT) !== 0 && hasJapaneseStatementWord(t, s.length, 0)) return true;
  return (pairs & CHAR_LATIN) !== 0 && mayStartLatinStatement(t, s.length) && STATEMENT_ONCE.test(s);
}

/** mayContainWord for STATEMENT's English words: a Latin word in a text n long starts with the two letters of one. */
function mayStartLatinStatement(t: Uint16Array, n: number): boolean {
  let prevLetter = false;
  for (let i = 0; i < n; i++) {
    const c = t[i] ?? 0;
    const letter = isAsciiLetter(c);
    if (letter && !prevLetter) {
      const next = t[i + 1] ?? 0;
      if (isAsciiLetter(next) && STATEMENT_EN_STARTS.has(twoLetterCode(c, next))) return true;
    }
    prevLetter = letter;
  }
  return false;
}

/** The answer for a text with no digit that states something about a value (EMPTY for one that does not). */
const STATEMENT_ONLY: ParsedText = Object.freeze({ quantities: EMPTY.quantities, statement: true });

// ---------------------------------------------------------------------------------------------
// Labels and prefix words (as the scanner's labelFrom, cleanLabel and peelPrefixWords)
// ---------------------------------------------------------------------------------------------

/** hasWord(s.slice(start, end)). */
function hasWordIn(t: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isIn(CHAR_WORD, t[i] ?? 0)) return true;
  return false;
}

/** Where findLabel found the label, s.slice(start, end), and whether it may hold a word labelHints looks for. */
const foundLabel = { start: 0, end: 0, mayHint: false };

/**
 * labelFrom(s.slice(start, end)), the label left in foundLabel; false for none. (labelFrom's first test, for a word
 * anywhere in the region, only saves work: without one no line has a label.) One backward pass over each line finds
 * where it starts, or its last 。、; (cleanLabel keeps what follows), and whether labelHints has anything to look for.
 * A caller that has seen the text may spare the pass over the last line: `lastStop` is then the index of the last
 * CHAR_LABEL_STOP character before `end` (-1 for none; any index from `end` on when not known), and `lastHint` is no
 * less than that of the last CHAR_LABEL_HINT character before `end`.
 */
function findLabel(t: Uint16Array, start: number, end: number, lastStop: number, lastHint: number): boolean {
  const tailStart = end - start > MAX_LABEL_REGION ? end - MAX_LABEL_REGION : start;
  for (let lineEnd = end; ; ) {
    let i = lineEnd - 1;
    let mayHint = false;
    if (lineEnd === end && lastStop < end) {
      i = Math.max(lastStop, tailStart - 1); // what the pass below would find, seen by the caller's first pass
      mayHint = lastHint > i;
    } else {
      for (; i >= tailStart; i--) {
        const charClass = CHAR_CLASS[t[i] ?? 0] ?? 0;
        if ((charClass & CHAR_LABEL_STOP) !== 0) break;
        if ((charClass & CHAR_LABEL_HINT) !== 0) mayHint = true;
      }
    }
    if (cleanLabelIn(t, i + 1, lineEnd)) {
      foundLabel.mayHint = mayHint;
      return true;
    }
    // The line break that ends the line before (a line stops at one, or at 。、; after it): the last one from i back.
    let lineBreak = i;
    while (lineBreak >= tailStart && t[lineBreak] !== 0x0a) lineBreak--;
    if (lineBreak < tailStart) return false;
    lineEnd = lineBreak;
  }
}

/** cleanLabel(s.slice(start, end)) for a line with no 。、; in it, the label left in foundLabel; false for none. */
function cleanLabelIn(t: Uint16Array, start: number, end: number): boolean {
  let from = start;
  let to = end;
  const first = codeBefore(t, from, to);
  if (!isKanjiOrKatakana(first) && !isAsciiLetter(first)) from = labelLeadEndIn(t, from, to);
  const last = from < to ? (t[to - 1] ?? 0) : 0;
  if (!isKanjiOrKatakana(last) && last !== 0x29 /* ) */) to = labelTrailStartIn(t, from, to);
  if (to - from >= 2 && LABEL_PARTICLES.has(t[to - 1] ?? 0) && !isLineTerminator(t[to - 2] ?? 0) && !isMade(t[to - 2] ?? 0, t[to - 1] ?? 0)) {
    to = labelTrailStartIn(t, from, to - 1);
  }
  if (from < to && t[from] === 0x28 && !includesCodeIn(t, from, to, 0x29)) {
    from++; // "(うち" of an unclosed remark
    while (from < to && isJsWhitespace(t[from] ?? 0)) from++;
    while (to > from && isJsWhitespace(t[to - 1] ?? 0)) to--;
  }
  if (!hasWordIn(t, from, to)) return false;
  foundLabel.start = from;
  foundLabel.end = to;
  return true;
}

function includesCodeIn(t: Uint16Array, start: number, end: number, c: number): boolean {
  for (let i = start; i < end; i++) if (t[i] === c) return true;
  return false;
}

/** start + labelLeadEnd(s.slice(start, end)). */
function labelLeadEndIn(t: Uint16Array, start: number, end: number): number {
  let i = start;
  for (;;) {
    const c = codeBefore(t, i, end);
    if (isJsWhitespace(c) || LABEL_LEAD_CHARS.has(c) || (c >= 0x2460 && c <= 0x2473) /* ①-⑳ */) {
      i++;
    } else if (c === 0x28 /* ( */ && isAsciiDigit(codeBefore(t, i + 1, end))) {
      const close = isAsciiDigit(codeBefore(t, i + 2, end)) ? i + 3 : i + 2;
      if (codeBefore(t, close, end) !== 0x29) return i;
      i = close + 1;
    } else if (isAsciiDigit(c)) {
      const after = isAsciiDigit(codeBefore(t, i + 1, end)) ? i + 2 : i + 1;
      const mark = codeBefore(t, after, end);
      const numbered = ((mark === 0x2e || mark === 0x29) && !isAsciiDigit(codeBefore(t, after + 1, end))) || mark === 0x20;
      if (!numbered) return i;
      i = after + 1;
    } else {
      return i;
    }
  }
}

/** start + labelTrailStart(s.slice(start, end)). */
function labelTrailStartIn(t: Uint16Array, start: number, end: number): number {
  let k = end;
  while (k > start) {
    const c = t[k - 1] ?? 0;
    if (isJsWhitespace(c) || LABEL_TRAIL_CHARS.has(c)) {
      k--;
      continue;
    }
    if (!isAsciiLetter(c)) break;
    let w = k - 1;
    while (w > start && isAsciiLetter(t[w - 1] ?? 0)) w--;
    if (k - w > 7 || !LABEL_TRAIL_WORDS.has(lowerCaseLettersIn(t, w, k))) break;
    k = w;
  }
  return k;
}

/** The ASCII letters t[start, end) as a lower-case string. */
function lowerCaseLettersIn(t: Uint16Array, start: number, end: number): string {
  let word = '';
  for (let i = start; i < end; i++) word += String.fromCharCode((t[i] ?? 0) | 0x20);
  return word;
}

/** applyLabel(q, label, null) with the label findLabel found, if it found one. */
function applyFoundLabel(t: Uint16Array, q: Draft, s: string, found: boolean): void {
  if (!found) {
    q.label = null;
    return;
  }
  const { start, end } = foundLabel;
  if (foundLabel.mayHint) {
    const hints = labelHintsIn(t, start, end);
    if ((hints & HINT_CUMULATIVE) !== 0) q.cumulative = true;
    if ((hints & HINT_PER_YEAR) !== 0 && q.unit !== '年間') q.perYear = true;
  }
  q.label = s.slice(start, end);
}

/** The scanner's labelHints(s.slice(start, end)). */
function labelHintsIn(t: Uint16Array, start: number, end: number): number {
  let hints = 0;
  for (let i = start; i < end; i++) {
    const c = t[i] ?? 0;
    if (!isIn(CHAR_LABEL_HINT, c)) continue; // most characters, at one look
    if (c === 0x7d2f /* 累 */) {
      if (codeBefore(t, i + 1, end) === 0x8a08 /* 計 */) hints |= HINT_CUMULATIVE;
    } else if (c === 0x5e74 /* 年 */) {
      if (codeBefore(t, i + 1, end) === 0x9593 /* 間 */) hints |= HINT_PER_YEAR;
    } else if (c === 0x6bce /* 毎 */) {
      if (codeBefore(t, i + 1, end) === 0x5e74 /* 年 */) hints |= HINT_PER_YEAR;
    } else if (isAsciiLetter(c)) {
      const lower = c | 0x20;
      if (lower === 0x63 /* c */ && caselessWordIn(t, i, end, 'cumulative')) hints |= HINT_CUMULATIVE;
      else if (lower === 0x61 /* a */ && caselessWordIn(t, i, end, 'annual')) hints |= HINT_PER_YEAR;
      else if (lower === 0x70 /* p */ && caselessWordIn(t, i, end, 'per year')) hints |= HINT_PER_YEAR;
    }
  }
  return hints;
}

/** caselessWordAt within [.., end): startsCaseless on the slice of the text ending at `end`. */
function caselessWordIn(t: Uint16Array, i: number, end: number, word: string): boolean {
  return i + word.length <= end && caselessWordAt(t, i, word);
}

type PrefixKind = Direction | 'approximate' | 'cumulative' | 'perYear';

/**
 * PREFIX_WORD's Japanese words and marks (its Latin words are left to it), grouped by their last character. None ends
 * with another, so the one that ends where a region does is PREFIX_WORD's match there.
 */
interface PrefixMark {
  readonly word: string;
  readonly kind: PrefixKind;
}

const PREFIX_MARKS_BY_LAST: ReadonlyMap<number, readonly PrefixMark[]> = groupByFirstCode(
  (
    [
      ['約', 'approximate'], ['およそ', 'approximate'], ['概ね', 'approximate'], ['おおむね', 'approximate'], ['~', 'approximate'],
      ['≈', 'approximate'], ['≒', 'approximate'], ['≥', 'atLeast'], ['>=', 'atLeast'], ['≧', 'atLeast'], ['≤', 'atMost'],
      ['<=', 'atMost'], ['≦', 'atMost'], ['>', 'moreThan'], ['<', 'lessThan'], ['累計', 'cumulative'], ['年間', 'perYear'],
      ['毎年', 'perYear'],
    ] as const
  ).map(([word, kind]) => ({ word, kind })),
  (mark) => mark.word.charAt(mark.word.length - 1),
);

/** The mark of PREFIX_MARKS_BY_LAST ending with `last` at k, within s[from, k); null for none. (No find(): no closure.) */
function prefixMarkEndingAt(t: Uint16Array, from: number, k: number, last: number): PrefixMark | null {
  const marks = PREFIX_MARKS_BY_LAST.get(last);
  if (marks === undefined) return null;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as PrefixMark;
    const start = k - mark.word.length;
    if (start >= from && sameCodesAt(t, start, mark.word)) return mark;
  }
  return null;
}

/**
 * readPrefix for a value at `at` with no year label and no sign before it, the region before it being s[from, at):
 * peels prefix words as peelPrefixWords does and gives q its label. Returns where the source starts, or -1 where the
 * region ends in a Latin letter or "." (perhaps an English prefix word), which the caller leaves to readPrefix.
 * `lastStop` and `lastHint` are for findLabel, as seen before `at`.
 */
function readPlainPrefix(t: Uint16Array, s: string, from: number, at: number, q: Draft, lastStop: number, lastHint: number): number {
  let end = at;
  let approximate = false;
  let cumulative = false;
  let perYear = false;
  let direction: Direction | null = null;
  for (let i = 0; i < 4; i++) {
    let k = end;
    while (k > from && isJsWhitespace(t[k - 1] ?? 0)) k--;
    const last = k > from ? (t[k - 1] ?? 0) : 0;
    if (!PREFIX_LAST_CHARS.has(last) && !isAsciiLetter(last)) break;
    if (last === 0x2e /* . */ || isAsciiLetter(last)) return -1;
    // 毎月, 週, 月に…: a count per period, which the scanner's prefix reader turns into "/月" or "/週".
    if (last === 0x6708 /* 月 */ || last === 0x9031 /* 週 */ || last === 0x306b /* に */ || last === 0x5747 /* 均 */ || last === 0x308a /* り */ || last === 0x671f /* 期 */) return -1;
    // 月間 and 週間 too (年間 is read here, as a year's value).
    if (last === 0x9593 /* 間 */ && k - 2 >= from && (t[k - 2] === 0x6708 || t[k - 2] === 0x9031)) return -1;
    const mark = prefixMarkEndingAt(t, from, k, last);
    if (mark === null) break;
    // 約 ends 契約, 予約, 集約 too: "電子契約100件" is no approximate value.
    if (last === 0x7d04 /* 約 */ && k - 2 >= from && isKanji(t[k - 2] ?? 0)) break;
    if (mark.kind === 'approximate') approximate = true;
    else if (mark.kind === 'cumulative') cumulative = true;
    else if (mark.kind === 'perYear') perYear = true;
    else direction ??= mark.kind;
    end = k - mark.word.length;
  }
  if (approximate) q.approximate = true;
  if (cumulative) q.cumulative = true;
  if (perYear) q.perYear = true;
  if (direction !== null) q.direction ??= direction;
  applyFoundLabel(t, q, s, findLabel(t, from, end, lastStop, lastHint));
  return end;
}

/** s.slice(start, end).trim(). */
function trimmedSlice(t: Uint16Array, s: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && isJsWhitespace(t[from] ?? 0)) from++;
  while (to > from && isJsWhitespace(t[to - 1] ?? 0)) to--;
  return s.slice(from, to);
}

// ---------------------------------------------------------------------------------------------
// parseCommonShape
// ---------------------------------------------------------------------------------------------

/** What tokenBeforeValue found: the year label's start, end and year; and findLabel's hints for the text before it. */
const scannedYear = { at: -1, end: -1, year: 0, lastStop: -1, lastHint: -1 };

/** tokenBeforeValue's answer for a token the common-shape reader leaves to the scanner. */
const UNUSUAL_TOKEN = -1;

/**
 * The token character c at i, before any value, as Scanner.next reads it (a digit and a line break are the caller's):
 * returns where reading goes on, past a "R2年度:" label (then in scannedYear) or after c when it starts nothing, or
 * UNUSUAL_TOKEN for an FY label, any other era label, a second one, a bullet or ・ starting a piece.
 */
function tokenBeforeValue(t: Uint16Array, i: number, c: number, hasYear: boolean): number {
  if (c === 0x46 /* F */ || c === 0x66 /* f */) {
    const second = t[i + 1];
    return second === 0x59 || second === 0x79 ? UNUSUAL_TOKEN : i + 1;
  }
  if (c === 0x52 /* R */ || c === 0x48 /* H */ || c === 0x4ee4 /* 令 */ || c === 0x5e73 /* 平 */) {
    const latin = c === 0x52 || c === 0x48;
    const eraLength = latin ? 1 : 2;
    const second = t[i + 1];
    const era = latin ? mayStartLatinEra(t, i) : c === 0x4ee4 ? second === 0x548c /* 和 */ : second === 0x6210 /* 成 */;
    if (!era) return i + 1;
    const end = commonEraEnd(t, i, eraLength);
    // One label, right before a colon (not "R2年度比", a comparison base), not after an English word.
    if (end < 0 || hasYear || t[end] !== 0x3a /* : */ || endsWithLatinWordBefore(t, i)) return UNUSUAL_TOKEN;
    scannedYear.at = i;
    scannedYear.end = end;
    scannedYear.year = (c === 0x52 || c === 0x4ee4 ? REIWA_BASE : HEISEI_BASE) + eraNumber(t, i + eraLength);
    return end;
  }
  // ○〇◯●■◆, or ・ (which starts a piece only at the start or after a space)
  return isBulletMark(c) || i === 0 || isJsWhitespace(t[i - 1] ?? 0) ? UNUSUAL_TOKEN : i + 1;
}

/** endsWithLatinWord(s.slice(0, end)), without the slice. */
function endsWithLatinWordBefore(t: Uint16Array, end: number): boolean {
  let i = end - 1;
  if (codeAt(t, i) === 0x20) i--;
  const c = codeAt(t, i);
  return isAsciiLetter(c) || c === 0x2e;
}

/**
 * The common cell, read without the scanner: text with no digit at all (a qualitative target, a sentence), or one
 * value written as "[label][R2年度:][約]number[unit][/年][以上]…", followed by nothing or by words with no token for
 * the scanner in them ("を達成", "データセット"). Returns null for anything else (text normalizeText would change, a
 * plain number, a second value or year label, a remark, a scale word, a possible date or numbering, a bullet), which
 * the scanner then reads. Where it answers, the answer is the scanner's: it takes the same steps, with the scanner's
 * state reduced to what this shape leaves in it, and readers that do what the scanner's do.
 * test/core/quantity.fastpath.property.test.ts compares the two on generated plan texts.
 */
export function parseCommonShape(s: string): ParsedText | null {
  const n = s.length;
  if (n === 0 || mayBePlainNumber(s)) return null;
  // 1. Every character once, as it is copied to the code buffer: the classes of all of them (is the text already
  //    normal, as normalisingOf tells; is there a digit), whether two spaces or line breaks stand together, and
  //    whether two Latin letters do (no English statement word can start without). Branch-free: a test per
  //    character of what it is costs more, on text that is mostly kana and kanji, than the whole copy.
  if (codeBuffer.length < n + END_PADDING) codeBuffer = new Uint16Array(n + END_PADDING + 256);
  const t = codeBuffer;
  let seen = 0;
  let pairs = 0; // the classes of two characters in a row
  let prevClass = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    t[i] = c;
    const charClass = CHAR_CLASS[c] ?? 0;
    seen |= charClass;
    pairs |= charClass & prevClass;
    prevClass = charClass;
  }
  t[n] = 0; // END_PADDING zeros, unrolled
  t[n + 1] = 0;
  t[n + 2] = 0;
  t[n + 3] = 0;
  if ((seen & CHAR_NORMALISE) !== 0) return null;
  // normalizeText would collapse two spaces or line breaks together, or trim one at either end.
  const layoutAtEnds = isIn(CHAR_LAYOUT, t[0] ?? 0) || isIn(CHAR_LAYOUT, t[n - 1] ?? 0);
  if ((seen & CHAR_LAYOUT) !== 0 && ((pairs & CHAR_LAYOUT) !== 0 || layoutAtEnds)) return null;
  // Without a digit there is no number token, so no value and no remark: only statement words count.
  if ((seen & CHAR_DIGIT) === 0) return statementIn(t, s, seen, pairs) ? STATEMENT_ONLY : EMPTY;

  // 2. The text before the value, as Scanner.next reads its tokens: line breaks, and at most one "R2年度:" label; and
  //    for findLabel, the last CHAR_LABEL_STOP and CHAR_LABEL_HINT characters before the value.
  let lastStop = -1;
  let lastHint = -1;
  let segStart = 0;
  let year: FiscalYear | null = null;
  let at = -1;
  let tokensFrom = 0; // tokens are read from here on (not inside a year label)
  for (let i = 0; i < n; i++) {
    const charClass = CHAR_CLASS[t[i] ?? 0] ?? 0;
    if ((charClass & (CHAR_TOKEN | CHAR_LABEL_STOP | CHAR_LABEL_HINT)) === 0) continue;
    if ((charClass & CHAR_TOKEN) !== 0 && i >= tokensFrom) {
      const c = t[i] ?? 0;
      if (c <= 0x39) {
        if (c >= 0x30) {
          at = i;
          break;
        }
        segStart = i + 1; // a line break
      } else {
        tokensFrom = tokenBeforeValue(t, i, c, year !== null);
        if (tokensFrom === UNUSUAL_TOKEN) return null;
        if (tokensFrom !== i + 1) {
          year = scannedYear.year;
          scannedYear.lastStop = lastStop;
          scannedYear.lastHint = lastHint;
        }
      }
    }
    if ((charClass & CHAR_LABEL_STOP) !== 0) lastStop = i;
    else if ((charClass & CHAR_LABEL_HINT) !== 0) lastHint = i;
  }
  if (at < 0) return null; // no value: its digits are in the year label

  // 3. The value at `at`, as Scanner.onNumber reads it. What follows it must hold no remark and no other token.
  scanNumber(t, at);
  const numEnd = scannedNumber.end;
  if (scannedNumber.cutAtComma) return null; // "1234,567": the scanner reads on after 1234
  if (mayBeDateWithDigits(t, at, scannedNumber.firstRunEnd) || isPartOfIdentifier(t, at) || ((pairs & CHAR_LATIN) !== 0 && isEnglishDateNumber(s, at, numEnd)) || periodPartEnd(s, at, numEnd) >= 0) return null;
  const mayBeNumbering = scannedNumber.fractionDigits === 0 && !scannedNumber.hasExponent && scannedNumber.intDigits <= 2;
  if (mayBeNumbering && isNumberingAt(t, s, segStart, at, numEnd)) return null;
  if (mayBeMultiplierAt(t, numEnd)) return null; // "6.7万", "5 million"
  if (bareScaleOf(t[numEnd] ?? 0, t[numEnd + 1] ?? 0, t[numEnd + 2] ?? 0) !== null) return null; // "1.2M", "45k": left to the scanner
  if (at > 0 && isCurrencyMark(t[at - 1] ?? 0)) return null; // "¥50M": left to the scanner
  const value = scannedValue(s, at);
  if (value === null) return null;
  const looksLikeThousands = scannedLooksLikeThousands(t, at);
  const q = newDraft(value, '');
  let p = numEnd;
  const unit = unitAt(t, s, p);
  if (unit !== null) {
    q.unit = unit;
    p = scannedUnit.end;
    if (t[p] === 0x76ee /* 目 */ || (!scannedUnit.known && unit.endsWith('目'))) return null; // "3回目"
  }
  p = readModifiers(t, s, p, q);
  if (p < n) {
    const open = t[p] === 0x20 ? p + 1 : p;
    if (t[open] === 0x28 || hasTokenFrom(t, n, p)) return null; // a remark, another value or year
  }
  if (looksLikeThousands && isCounter(q.unit)) q.suspicion = 'decimalLooksLikeThousands' satisfies QuantitySuspicion;

  // 4. Its prefix and label: the scanner has gathered the text before the year label, and the piece after it.
  let sourceStart = -1;
  if (year === null) {
    const signed = at > 0 && isSignCode(codeAt(t, at - 1)) && !isAsciiLetter(codeAt(t, at - 2)) && !isAsciiDigit(codeAt(t, at - 2));
    if (!signed) sourceStart = readPlainPrefix(t, s, Math.max(0, at - MAX_LABEL_REGION), at, q, lastStop, lastHint);
    if (sourceStart < 0) sourceStart = readPrefix(s, at, q, 0, '', null, false);
  } else {
    const { at: yearAt, end: yearEnd } = scannedYear;
    const labelStart = Math.max(0, yearAt - MAX_LABEL_REGION);
    const colonOnly = at === yearEnd + 1 || (at === yearEnd + 2 && t[yearEnd + 1] === 0x20);
    if (colonOnly && yearAt - labelStart + (at - yearEnd) <= MAX_LABEL_REGION) {
      // "RPA導入業務数 R2年度:50業務": readPrefix would read the region labelText + ":" (or ": "). Nothing in it is a
      // sign or a prefix word, and cleanLabel strips a trailing ":" or ": " as it strips the separators before it,
      // so the label is labelFrom(labelText), the source starts at the number, and the region need not be built.
      applyFoundLabel(t, q, s, findLabel(t, labelStart, yearAt, scannedYear.lastStop, scannedYear.lastHint));
      sourceStart = at;
    } else {
      sourceStart = readPrefix(s, at, q, yearEnd, s.slice(labelStart, yearAt), null, false);
    }
  }
  q.source = trimmedSlice(t, s, sourceStart, p);
  q.year = year;
  return { quantities: [q], statement: statementIn(t, s, seen, pairs) };
}

/** Turning a cell value into the text the engine reads, and telling which values are not text or numbers. */
import { isCellError, type CellValue } from './grid';

/** The text a person sees for a plain value; errors read as empty (they are reported, not parsed). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}

export type OddValueKind = 'error' | 'uncomputed' | 'date' | 'boolean';

/** Why a value cannot stand for a target or actual, or null when it can. */
export function oddValueKind(value: CellValue): OddValueKind | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return null;
  if (typeof value === 'boolean') return 'boolean';
  if (value instanceof Date) return 'date';
  if (!isCellError(value)) return null;
  return value.uncomputedFormula === undefined ? 'error' : 'uncomputed';
}

export function oddValueText(value: CellValue): string {
  if (isCellError(value)) return value.uncomputedFormula ?? value.error;
  return cellText(value);
}

/**
 * Whether a number format shows the value as a percentage (0.95 as "95%"): a % outside quotes, escapes and
 * [brackets] scales the value; "0\"%\"" only writes the sign.
 */
export function isPercentFormat(format: unknown): boolean {
  if (typeof format !== 'string' || !format.includes('%')) return false;
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]/gu, '').includes('%');
}

/**
 * A literal after a format's number ("#,##0\"㎡\"", "0\"施設\"", "#,##0\\人", "#,##0_ \"人\""): what it writes after
 * the value. The digits' last character is kept (group 1) to tell "#,##0,\"千円\"", shown in thousands, from a unit.
 */
const FORMAT_SUFFIX = /[#0?](?:[#0?,.]*([#0?,.]))?(?:\s|\\ |_.)*(?:"([^"]+)"|\\([^ ]))/u;
/** Literals after a number that are no unit: a year's label ("0\"年度\""), a separator ("00\"-\"0000"). */
const NOT_A_UNIT_LITERAL = /^(?:年度|[-‐–—/:：.・]+)$/u;

/**
 * The unit a number format writes after the value ("#,##0\"㎡\"" shows 38500 as "38,500㎡"), its text as written, or
 * null: a plan may keep the unit in the format alone. The first section only (the positive numbers').
 */
export function unitOfNumberFormat(format: unknown): string | null {
  if (typeof format !== 'string' || (!format.includes('"') && !format.includes('\\'))) return null;
  const positive = format.split(';')[0] ?? '';
  const m = FORMAT_SUFFIX.exec(positive.replace(/\[[^\]]*\]/gu, ''));
  // A comma last scales the number shown (by a thousand each), which the unit then counts: the cell's value has no unit.
  if (m === null || m[1] === ',') return null;
  const unit = (m[2] ?? m[3] ?? '').trim();
  return unit === '' || NOT_A_UNIT_LITERAL.test(unit) ? null : unit;
}

/**
 * A number format that shows a date or a time ("yyyy/m/d", "[$-ja-JP]ggge\"年\"m\"月\"d\"日\"", "m/d/yyyy h:mm"), as
 * Excel gives a date cell to the add-in: a number (days since 1900) with its format. Not General, a number, a
 * percentage, nor a scientific format ("0.00E+00").
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General') return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]|E[+-]/giu, '');
  // Every letter a date's or time's code (AM/PM too), beside the date's own words (年月日, written unquoted): a host
  // may name General in its own language ("G/標準", "Standard"), whose letters are no codes. ASCII classes, not
  // \p{L}: the pane's bundle is built for ES2017, where that property grows into a table of every letter.
  const codes = bare.replace(/[年月日時分秒]/gu, '');
  return /[ymdhsg]/iu.test(codes) && /^[\x00-\x7f]*$/u.test(codes) && /^[^A-Za-z]*(?:[ymdhsgeap][^A-Za-z]*)+$/iu.test(codes);
}

/** An Excel date number (days since 30 December 1899) as the day it is, at midnight UTC as a file's date cell reads. */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

export function isBlank(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  // A filled cell rarely starts with a space: one comparison answers most cells without trim()'s call.
  return value.length === 0 || (isJsWhitespace(value.charCodeAt(0)) && value.trim() === '');
}

/** s.trim(), answering without the call for the usual text that neither starts nor ends with whitespace. */
export function trimmed(s: string): string {
  if (s.length === 0 || (!isJsWhitespace(s.charCodeAt(0)) && !isJsWhitespace(s.charCodeAt(s.length - 1)))) return s;
  return s.trim();
}

// ---------------------------------------------------------------------------------------------
// Character tests shared by the readers: each stands for a regex or a library call, and lets the caller skip
// that work for the (many) texts it would not change.
// ---------------------------------------------------------------------------------------------

/** Every code unit isJsWhitespace accepts, for tables built from lists rather than by testing each code point. */
export const JS_WHITESPACE: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** What the regex class \s matches (with or without the u flag) and what trim() removes. */
export function isJsWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  if (c > 0x3000) return c === 0xfeff; // kana and kanji, the usual case, in one comparison
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000
  );
}

export function hasWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isJsWhitespace(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether s.toLowerCase() could differ from s. Only ASCII capitals and characters outside U+3000–U+9FFF (CJK
 * punctuation, kana and kanji, none of which has a lower case) can change. V8 lower-cases a two-byte string through
 * ICU, which costs more than the rest of reading a short cell, so callers skip it for texts that cannot change.
 */
export function lowerCaseChanges(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x80 && (c < 0x3000 || c > 0x9fff))) return true;
  }
  return false;
}

/** s.toLowerCase(), without the call when it cannot change anything (see lowerCaseChanges). */
export function toLowerCaseIfNeeded(s: string): string {
  return lowerCaseChanges(s) ? s.toLowerCase() : s;
}

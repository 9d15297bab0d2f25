/**
 * Values broken over two lines of a cell, as staff break them to fit a narrow column: "12,000\n件", "9,800\n万円",
 * "1億\n2,000万円", "95.0\n%以上", "2,000時間\n以上削減". Joined before the cell is split into indicators, where each
 * line would otherwise be read on its own ("件" an indicator without a value, "9,800" a value without its 万円).
 */
import { UNITS_BY_FIRST } from './units';

/** Directions and cuts that may stand alone on the line after a value: "以上", "以上削減", "%以下", "減". */
const DIRECTION_LINE = /^(?:%|％)?(?:以上|以下|未満|超|以内|程度)?(?:削減|減|増)?(?:\/年|／年)?$/u;
/** Scale characters, which start "万円" on the line after "9,800", and end "1億" on the line before "2,000万円". */
const SCALE_CHARS = '兆億万千百';

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether a line is all a value's unit: a scale, a unit or both, then at most a direction or "/年" ("件", "万円", "%以上",
 * "人/年", "以上削減"); not a unit that words follow ("年間延べ", "課題:周知不足").
 */
function isUnitLine(line: string): boolean {
  if (line === '' || line.length > 8 || hasDigit(line)) return false;
  let rest = line;
  while (rest !== '' && SCALE_CHARS.includes(rest.charAt(0))) rest = rest.slice(1);
  if (DIRECTION_LINE.test(rest)) return true;
  const units = UNITS_BY_FIRST.get(rest.charAt(0).toLowerCase().charCodeAt(0));
  return units !== undefined && units.some((u) => !u.latin && rest.startsWith(u.unit) && DIRECTION_LINE.test(rest.slice(u.unit.length)));
}

/** The first characters of DIRECTION_LINE's words. */
const DIRECTION_FIRSTS = new Set(['%', '％', '以', '未', '超', '程', '削', '減', '増'].map((c) => c.charCodeAt(0)));
/** SCALE_CHARS as codes. */
const SCALE_CODES = new Set([...SCALE_CHARS].map((c) => c.charCodeAt(0)));
/** 兆, 億, 万: a group the next line's digits may go on from ("1億\n2,000万円"). */
const GROUP_ENDS = new Set(['兆', '億', '万'].map((c) => c.charCodeAt(0)));

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0d;
}

/**
 * Whether a line break between these characters (the last before it and the first after it, spaces aside) may cut a
 * value in two: a value's end before a line that starts with no digit, a group before digits, or a direction word.
 * Nearly every break follows a word and comes before a mark or a label, and is told so here.
 */
export function mayBreakValueAt(last: number, next: number): boolean {
  const lastIsDigit = isDigit(last);
  const nextIsDigit = isDigit(next);
  return lastIsDigit || DIRECTION_FIRSTS.has(next) || (SCALE_CODES.has(last) && !nextIsDigit) || (GROUP_ENDS.has(last) && nextIsDigit) ||
    (isComma(last) && nextIsDigit);
}

function isComma(c: number): boolean {
  return c === 0x2c || c === 0xff0c;
}

/**
 * Whether the line break at `at` cuts a value in two. Looked at from the characters on either side first: nearly every
 * break in a plan follows a word and comes before a mark or a label, and is told so without slicing the lines.
 */
function breaksValue(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  let start = at + 1;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  if (before < 0 || start >= text.length) return false;
  const last = text.charCodeAt(before);
  const next = text.charCodeAt(start);
  if (!mayBreakValueAt(last, next)) return false;
  const lastIsDigit = isDigit(last);
  const nextIsDigit = isDigit(next);
  const lastIsScale = SCALE_CHARS.includes(text.charAt(before));
  const nextMayBeDirection = DIRECTION_FIRSTS.has(next);
  const lineEnd = text.indexOf('\n', start);
  const nextLine = text.slice(start, lineEnd < 0 ? text.length : lineEnd).trim();
  const lineStart = text.lastIndexOf('\n', before) + 1;
  const line = text.slice(lineStart, before + 1);
  return (
    // "12,000\n件", "9,800\n万円": a value, then its unit.
    ((lastIsDigit || lastIsScale) && isUnitLine(nextLine)) ||
    // "1億\n2,000万円": a value in groups, then its next group with its unit (not "3万\n2025年度末時点").
    (GROUP_ENDS.has(last) && nextIsDigit && hasDigit(line) && isUnitLine(nextLine.replace(/^[\d,，.．]+/u, ''))) ||
    // "2,000時間\n以上削減": a value with its unit, then its direction.
    (nextMayBeDirection && DIRECTION_LINE.test(nextLine) && hasDigit(line)) ||
    // "1,0\n50件": a group of digits cut in two.
    (lastIsDigit && nextIsDigit && /\d[,，]\d{0,2}$/u.test(line)) ||
    // "1,250,\n000件": cut after a separator that follows a whole group, the next group of three on the next line (not a
    // list, "100,\n250").
    (isComma(last) && /\d[,，][0-9０-９]{3}[,，]$/u.test(line) && /^[0-9０-９]{3}(?![0-9０-９])/u.test(nextLine))
  );
}

/** The text with a value's broken lines joined; the text itself when it has none (nearly every cell). */
export function joinBrokenValues(text: string): string {
  let joined: string | null = null;
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (!breaksValue(text, at)) continue;
    // The break and the spaces around it go; the rest of the text stays as written.
    let end = at;
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
    let next = at + 1;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    joined = (joined ?? '') + text.slice(from, end);
    from = next;
  }
  return joined === null ? text : joined + text.slice(from);
}

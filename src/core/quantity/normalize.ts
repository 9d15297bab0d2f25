/** normalizeText: the one form of a cell text every reader matches against. */
import { CHAR_NORMALISE, isIn } from './chars';

/** Longer cell texts are cut to this many characters: nobody writes a target in more, and it bounds the work. */
export const MAX_INPUT = 10_000;

/** What normalizeText has to do with a text: nothing, only its spaces and line breaks, or the whole chain. */
const enum Normalising {
  None = 0,
  Layout = 1,
  Full = 2,
}

/**
 * What normalizeText must do with a text, in one pass over its character codes (nearly every cell is already
 * normal, and this runs for all of them). Full: a character it rewrites (full-width ASCII, half-width kana, odd
 * spaces and minus signs, 〜, English bullets, \t \v \f \r). Layout: none of those, but two spaces or line breaks in
 * a row, or one at either end. Together the same test as the regex
 *   /[\uFF01-\uFF5E\uFF61-\uFF9F\u3000\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\uFEFF\u2010\u2011\u2022\u2023\u25E6\u2212\uFE63\u301C\t\v\f\r\u0085]|[ \n][ \n]|^[ \n]|[ \n]$/
 */
function normalisingOf(text: string): Normalising {
  const last = text.length - 1;
  let found = Normalising.None;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) {
      if (c === 0x20 || c === 0x0a) {
        if (found === Normalising.None && (i === 0 || i === last)) found = Normalising.Layout;
        const next = text.charCodeAt(i + 1);
        if (next === 0x20 || next === 0x0a) found = Normalising.Layout;
      } else if (isIn(CHAR_NORMALISE, c)) {
        return Normalising.Full; // \t \v \f \r (\n is handled above)
      }
    } else if (c >= 0x80 && isIn(CHAR_NORMALISE, c)) {
      return Normalising.Full;
    }
  }
  return found;
}

/** Whether normalizeText would change anything (see normalisingOf). */
export function needsNormalising(text: string): boolean {
  return normalisingOf(text) !== Normalising.None;
}

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;

const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]+/g;

/** Minus signs and hyphens; "ー" (katakana long vowel) and dashes used as separators are left alone. */
const MINUS_LIKE = /[\u2010\u2011\u2212\uFE63]/g;

const WAVE_DASH = /\u301C/g;

/** • ‣ ◦, the bullets of English lists: read as ・, which starts an item at a line start or after a space. */
const ENGLISH_BULLET = /[\u2022\u2023\u25E6]/g;

const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;

const SPACE_LIKE = /[\u3000\u00A0\u2000-\u200A\u202F\u205F\t\v\f]/g;

const ZERO_WIDTH = /[\u200B\uFEFF]/g;

const SPACE_RUN = / {2,}/g;

const NEWLINE_RUN = / ?\n[ \n]*/g;

function toHalfWidth(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/**
 * Normalises text for matching: full-width ASCII to half-width, half-width katakana to full-width,
 * minus-like signs to "-", 〜 to "~", • to ・, every space to " ", runs of spaces collapsed, blank lines and
 * spaces around line breaks removed, trimmed. Japanese text and bullets (○〇・●■◯◎△×※) stay as they are.
 */
export function normalizeText(text: string): string {
  if (typeof text !== 'string') return '';
  // Most cells need nothing, and most others only their spaces: avoid the replace chain and its allocations.
  const needs = normalisingOf(text);
  if (needs === Normalising.None) return text;
  if (needs === Normalising.Layout) return normalizeLayout(text);
  return text
    .replace(FULL_WIDTH_ASCII, toHalfWidth)
    .replace(HALF_WIDTH_KANA, (run) => run.normalize('NFKC'))
    .replace(MINUS_LIKE, '-')
    .replace(WAVE_DASH, '~')
    .replace(ENGLISH_BULLET, '・')
    .replace(LINE_BREAK, '\n')
    .replace(SPACE_LIKE, ' ')
    .replace(ZERO_WIDTH, '')
    .replace(SPACE_RUN, ' ')
    .replace(NEWLINE_RUN, '\n')
    .trim();
}

/**
 * The replace chain on a text that has none of the characters it rewrites: SPACE_RUN and NEWLINE_RUN make each run
 * of spaces and line breaks one line break if it holds one, else one space; then trim. (After SPACE_RUN at most
 * one space stands before a run's first line break, so NEWLINE_RUN takes the whole run from there.)
 */
function normalizeLayout(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    let c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a) {
      i++;
      continue;
    }
    const start = i;
    let lineBreak = false;
    do {
      if (c === 0x0a) lineBreak = true;
      c = text.charCodeAt(++i);
    } while (c === 0x20 || c === 0x0a);
    if (i - start > 1) {
      out += text.slice(kept, start) + (lineBreak ? '\n' : ' ');
      kept = i;
    }
  }
  return (kept === 0 ? text : out + text.slice(kept)).trim();
}

/** The longest cell asWritten searches: past it, the name is shown as read. */
const MAX_NAME_SEARCH = 400;

/**
 * The stretch of `written` that reads as `normal` once normalised: "職員数（人）" for "職員数(人)", as staff wrote it,
 * for the sheets to show. `normal` itself where the text needed no normalising or no stretch reads so.
 */
export function asWritten(written: string, normal: string): string {
  // Written as read, as nearly every name is: found at once. Else bounded: a name is short, and each try normalises a
  // stretch.
  if (normal === '' || written.includes(normal) || written.length > MAX_NAME_SEARCH || !needsNormalising(written)) return normal;
  const first = normal.charCodeAt(0);
  for (let start = 0; start < written.length; start++) {
    // Two characters, for a half-width kana and its voicing mark ("ﾃﾞ" is デ).
    if (normalizeText(written.slice(start, start + 2)).charCodeAt(0) !== first) continue;
    // Normalising only shortens (spaces collapse, half-width kana join): the stretch is at least as long.
    for (let end = start + normal.length; end <= Math.min(written.length, start + normal.length * 2); end++) {
      if (normalizeText(written.slice(start, end)) === normal) return written.slice(start, end).trim();
    }
  }
  return normal;
}

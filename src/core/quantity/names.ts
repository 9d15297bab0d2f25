/** What an indicator name says: its direction and reduction words, and the key it is matched by. */
import { JS_WHITESPACE, isJsWhitespace, lowerCaseChanges } from '../cell-text';
import type { Direction } from '../quantity-types';
import {
  CHAR_CLASS, CHAR_DIRECTION, CHAR_LATIN, CHAR_LAYOUT, CHAR_NAME_MARK, CHAR_NORMALISE, CHAR_REDUCTION, addClassToCharClass, addRangeToCharClass, addToCharClass, codeSet, codesOf, isAsciiDigit, isAsciiLetter,
  twoLetterCode, twoLetterCodes,
} from './chars';
import { MAX_INPUT, normalizeText } from './normalize';
import { YEAR_SCAN, yearOfMatch } from './years';

const DIRECTION_WORD = new RegExp(
  [
    '(以上|≥|>=|≧|(?<![A-Za-z])(?:at least|no less than|not less than|or more|or greater|or higher|minimum|higher is better|more is better|larger is better)(?![A-Za-z]))',
    '(以下|以内|≤|<=|≦|(?<![A-Za-z])(?:at most|no more than|not more than|or less|or fewer|or lower|within|maximum|lower is better|less is better|fewer is better|smaller is better)(?![A-Za-z]))',
    '(未満|を?下回|<|(?<![A-Za-z])(?:less than|fewer than|under|below)(?![A-Za-z]))',
    '(超(?!過)|を?上回|>|(?<![A-Za-z])(?:more than|greater than|over|above|exceed(?:s|ing)?)(?![A-Za-z]))',
  ].join('|'),
  'i',
);

const DIRECTION_WORDS_ALL = new RegExp(DIRECTION_WORD.source, `${DIRECTION_WORD.flags.replace('g', '')}g`);

const REDUCTION_WORD =
  /削減|縮減|低減|減少|短縮|軽減|(?<![増加])減(?![免税価点])|(?<![A-Za-z])(?:reduc\w*|decreas\w*|cuts?|savings?|saved)(?![A-Za-z])/i;

/**
 * Where the words above can start: the first character of each mark or Japanese word (を? is optional), and the
 * first two letters of each English word. Keep these in step with DIRECTION_WORD and REDUCTION_WORD.
 */
const DIRECTION_STARTS = '以≥>≧≤<≦未を下超上';

const DIRECTION_LATIN_STARTS = twoLetterCodes(['at', 'no', 'or', 'mi', 'hi', 'mo', 'la', 'ma', 'lo', 'le', 'fe', 'sm', 'un', 'be', 'gr', 'ov', 'ab', 'ex', 'wi']);

const REDUCTION_STARTS = '削縮低減短軽';

const REDUCTION_LATIN_STARTS = twoLetterCodes(['re', 'de', 'cu', 'sa']);

addToCharClass(CHAR_DIRECTION, [...DIRECTION_STARTS].map((ch) => ch.charCodeAt(0)));
addToCharClass(CHAR_REDUCTION, [...REDUCTION_STARTS].map((ch) => ch.charCodeAt(0)));

/** directionWordStarts' answer for a text normalizeText would change. */
const NOT_NORMAL = 0x10000;

/** The classes directionWordStarts looks at; a character in none of them is passed over at once. */
const DIRECTION_CHECKED = CHAR_NORMALISE | CHAR_LAYOUT | CHAR_LATIN | CHAR_DIRECTION | CHAR_REDUCTION;

/**
 * Which of DIRECTION_WORD and REDUCTION_WORD could match in s, in one pass (as mayContainWord does for one):
 * CHAR_DIRECTION and/or CHAR_REDUCTION, or 0 when neither regex need run. Unless `knownNormal`, NOT_NORMAL instead
 * where normalizeText would change s (the test of normalisingOf, in the same pass): the words are to be looked for in
 * the normalised text.
 */
function directionWordStarts(s: string, knownNormal: boolean): number {
  const last = s.length - 1;
  let found = 0;
  let prevLetter = false;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    const charClass = CHAR_CLASS[c] ?? 0;
    if ((charClass & DIRECTION_CHECKED) === 0) {
      prevLetter = false;
      continue;
    }
    if (!knownNormal && (charClass & (CHAR_NORMALISE | CHAR_LAYOUT)) !== 0) {
      if ((charClass & CHAR_NORMALISE) !== 0) return NOT_NORMAL;
      const next = s.charCodeAt(i + 1);
      if (i === 0 || i === last || next === 0x20 || next === 0x0a) return NOT_NORMAL;
    }
    const letter = (charClass & CHAR_LATIN) !== 0;
    if (letter) {
      const next = s.charCodeAt(i + 1);
      if (!prevLetter && isAsciiLetter(next)) {
        const code = twoLetterCode(c, next);
        if (DIRECTION_LATIN_STARTS.has(code)) found |= CHAR_DIRECTION;
        if (REDUCTION_LATIN_STARTS.has(code)) found |= CHAR_REDUCTION;
      }
    } else {
      found |= charClass & (CHAR_DIRECTION | CHAR_REDUCTION);
    }
    prevLetter = letter;
  }
  return found;
}

/**
 * Direction and reduction words anywhere in a text such as an indicator name or a unit cell:
 * "時間外勤務時間数(以下)" → atMost, "件以上" → atLeast, "削減率" → reduction, "hours (lower is better)" → atMost.
 * The first direction word wins. "超過" (as in 超過勤務, overtime) is not "more than".
 */
export function parseDirectionWords(text: string): { direction: Direction | null; reduction: boolean } {
  let s = typeof text !== 'string' ? '' : text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  let starts = directionWordStarts(s, false);
  if (starts === NOT_NORMAL) {
    s = normalizeText(s);
    starts = directionWordStarts(s, true);
  }
  // The last direction word wins: "年360時間を超える職員の割合(10%以下)" describes with 超 but bounds with 以下.
  let direction: Direction | null = null;
  if ((starts & CHAR_DIRECTION) !== 0) {
    const words = DIRECTION_WORDS_ALL;
    words.lastIndex = 0;
    for (let m = words.exec(s); m !== null; m = words.exec(s)) {
      direction = m[1] ? 'atLeast' : m[2] ? 'atMost' : m[3] ? 'lessThan' : 'moreThan';
      if (m[0] === '') words.lastIndex++;
    }
  }
  const reduction = (starts & CHAR_REDUCTION) !== 0 && REDUCTION_WORD.test(s);
  return { direction, reduction };
}

const LINE_NUMBERING = /(^|\n) ?(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d)|\d{1,2} (?=[^\d\s]))/g;

const NAME_NOISE = /[\s○〇◯●■◆◎・※□◇▪「」『』"“”'‘’【】①-⑳:]/g;

/** NAME_NOISE's characters other than whitespace. */
const NAME_NOISE_TEXT = '○〇◯●■◆◎・※□◇▪「」『』"“”\'‘’【】:①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const NAME_NOISE_CHARS = codeSet(NAME_NOISE_TEXT);

function removeYearLabel(match: string, ...args: unknown[]): string {
  // replace() passes the groups, then the offset and the whole string.
  const groups = args.slice(0, 7) as (string | undefined)[];
  const offset = args[7] as number;
  const whole = args[8] as string;
  const m = Object.assign([match, ...groups], { index: offset, input: whole }) as unknown as RegExpExecArray;
  return yearOfMatch(m, whole) === null ? match : '';
}

/**
 * A key for matching indicator names between the target and the actual cells: normalised, without
 * year labels, bullets, numbering, 「」『』"" brackets or any whitespace, Latin lower-cased.
 */
export function normalizeName(text: string): string {
  if (typeof text !== 'string') return '';
  const cut = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  return plainNameKey(cut) ?? nameKeyOfAnyText(cut);
}

/**
 * normalizeName for the common name, in one pass: a text that normalizeText leaves as it is (but for its spaces and
 * line breaks, which go with the rest of the whitespace), with no digit or 元, so no year label or numbering to remove.
 * Drops NAME_NOISE and lower-cases ASCII capitals as it goes; any other character toLowerCase might change (outside
 * U+3000–U+9FFF, see lowerCaseChanges) has the whole key lower-cased, as nameKeyOfAnyText does. Null for other texts.
 */
function plainNameKey(s: string): string | null {
  let key = '';
  let kept = 0; // s[kept, i) is still to be added to the key
  let otherCase = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const charClass = CHAR_CLASS[c] ?? 0;
    if ((charClass & CHAR_NAME_MARK) === 0) continue;
    if ((charClass & CHAR_NORMALISE) !== 0 || c === 0x5143 /* 元 */ || isAsciiDigit(c)) return null;
    if (c >= 0x41 && c <= 0x5a) {
      key += s.slice(kept, i) + String.fromCharCode(c + 0x20);
      kept = i + 1;
    } else if (isNameNoise(c)) {
      key += s.slice(kept, i);
      kept = i + 1;
    } else {
      otherCase = true;
    }
  }
  if (kept > 0) key += s.slice(kept);
  else key = s;
  return otherCase ? key.toLowerCase() : key;
}

/** A character of NAME_NOISE. */
function isNameNoise(c: number): boolean {
  return NAME_NOISE_CHARS.has(c) || isJsWhitespace(c);
}

// CHAR_NAME_MARK: NAME_NOISE, what makes a name not plain (a digit, 元, a character normalizeText rewrites), an ASCII
// capital, and any other character toLowerCase might change (see lowerCaseChanges).
// Built from ranges and lists, not by testing each code point: this runs when the pane starts.
addToCharClass(CHAR_NAME_MARK, codesOf(NAME_NOISE_TEXT));
addToCharClass(CHAR_NAME_MARK, JS_WHITESPACE);
addRangeToCharClass(CHAR_NAME_MARK, 0x30, 0x39); // digits
addToCharClass(CHAR_NAME_MARK, [0x5143]); // 元
addRangeToCharClass(CHAR_NAME_MARK, 0x41, 0x5a); // ASCII capitals
addClassToCharClass(CHAR_NAME_MARK, CHAR_NORMALISE);
addRangeToCharClass(CHAR_NAME_MARK, 0x80, 0x2fff); // what toLowerCase might change (see lowerCaseChanges)
addRangeToCharClass(CHAR_NAME_MARK, 0xa000, 0xffff);

/** normalizeName for any text: normalizeText, then the year labels, numbering and NAME_NOISE removed, lower-cased. */
function nameKeyOfAnyText(text: string): string {
  let s = normalizeText(text);
  if (s.length === 0) return '';
  // Each step runs only where it can change something (most names have no digit, no bullet, no capital).
  if (mayHoldYearOrNumbering(s)) {
    s = s.replace(YEAR_SCAN, removeYearLabel);
    s = s.replace(LINE_NUMBERING, '$1');
  }
  if (hasNameNoise(s)) s = s.replace(NAME_NOISE, '');
  return lowerCaseChanges(s) ? s.toLowerCase() : s;
}

/** Every YEAR_SCAN match holds a digit or 元 ("令和元年度"); every LINE_NUMBERING match a digit. */
function mayHoldYearOrNumbering(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiDigit(c) || c === 0x5143 /* 元 */) return true;
  }
  return false;
}

function hasNameNoise(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (NAME_NOISE_CHARS.has(c) || isJsWhitespace(c)) return true;
  }
  return false;
}

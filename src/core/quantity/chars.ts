/**
 * Character classes and small character predicates shared by the quantity readers. Every predicate takes a UTF-16
 * code unit; NaN (charCodeAt past the end of a text) and 0 (the end-of-text sentinel of the common-shape reader's code
 * buffer) are in no class.
 */

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Kanji (incl. 々) or katakana (incl. ー and ヶ, but not the ・ middle dot). */
/** A CJK ideograph (kanji), "契" of 契約; not kana. */
export function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isKanjiOrKatakana(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc
  );
}

export function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}

export function isJapaneseLetter(c: number): boolean {
  return isKanjiOrKatakana(c) || isHiragana(c);
}

/**
 * A set of UTF-16 code units, as a bitmap. The "could a pattern start (or end) here?" checks that guard the
 * regexes run at every character of every value: a bit test is far cheaper than a Set lookup, let alone building
 * a one-character string. has(NaN), for an index past the end of a text, is false.
 */
export class CodeSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      if (c === 0) throw new Error('CodeSet: NUL stands for "past the end" and cannot be a member');
      this.bits[c >>> 5] = (this.bits[c >>> 5] ?? 0) | (1 << (c & 31));
    }
  }

  has(c: number): boolean {
    // NaN >>> 5 and NaN & 31 are both 0: the bit of NUL, never set.
    return ((this.bits[c >>> 5] ?? 0) & (1 << (c & 31))) !== 0;
  }
}

/** The UTF-16 code units of a text. */
export function codesOf(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return codes;
}

export function codeSet(chars: string): CodeSet {
  return new CodeSet(chars);
}

/** Items grouped by the code of the first character of their key, in their order. */
export function groupByFirstCode<T>(items: readonly T[], keyOf: (item: T) => string): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const key = keyOf(item).charCodeAt(0);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

/** Literal words, for "does one of them start at i?" where the alternation of them as a regex would be run. */
export class WordList {
  private readonly starts: CodeSet;
  private readonly byFirst: ReadonlyMap<number, readonly string[]>;

  constructor(readonly words: readonly string[]) {
    this.starts = codeSet(words.map((w) => w.charAt(0)).join(''));
    this.byFirst = groupByFirstCode(words, (w) => w);
  }

  startsAt(s: string, i: number): boolean {
    if (!this.starts.has(s.charCodeAt(i))) return false;
    for (const word of this.byFirst.get(s.charCodeAt(i)) ?? []) if (s.startsWith(word, i)) return true;
    return false;
  }

  /** startsAt on a text's code units, 0 past its end (see the code buffer of common-shape.ts). */
  startsAtCode(codes: Uint16Array, i: number): boolean {
    const c = codes[i] ?? 0;
    if (!this.starts.has(c)) return false;
    for (const word of this.byFirst.get(c) ?? []) if (sameCodesAt(codes, i, word)) return true;
    return false;
  }
}

/** Whether `codes` holds `word` at i (a text's code units, 0 past its end: no word holds a 0, so no match runs on). */
export function sameCodesAt(codes: Uint16Array, i: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (codes[i + j] !== word.charCodeAt(j)) return false;
  return true;
}

/**
 * Character classes looked up by code, for the loops that look at every character of every cell: one table load
 * instead of a chain of comparisons. Filled once from the predicates and character lists that define each class.
 */
export const CHAR_NORMALISE = 1; // rewritten by normalizeText (not counting spaces and line breaks): see TO_NORMALISE
export const CHAR_TOKEN = 2; // may start a MASTER match: see Scanner.next
export const CHAR_MARKER = 4; // may start a SEGMENT_MARKER match: see segmentMarkerAt
export const CHAR_WORD = 8; // a letter of a word: see hasWord
export const CHAR_STATEMENT = 16; // starts a Japanese statement word: filled in by patterns.ts
export const CHAR_DIRECTION = 32; // starts a direction mark or word: filled in by names.ts
export const CHAR_REDUCTION = 64; // starts a Japanese reduction word: filled in by names.ts
export const CHAR_LAYOUT = 128; // a space or line break, which normalizeText may collapse
export const CHAR_LATIN = 256; // an ASCII letter
export const CHAR_UNIT = 512; // starts a known unit, in either case: filled in by units.ts
export const CHAR_LABEL_STOP = 1024; // a line break or 。、;, where findLabel's backward pass stops
export const CHAR_LABEL_HINT = 2048; // may start a word labelHints looks for (累計 年間 毎年 cumulative annual per year)
export const CHAR_NAME_MARK = 4096; // what normalizeName's one pass must look at: filled in by names.ts
export const CHAR_DIGIT = 8192; // an ASCII digit

/**
 * The non-ASCII characters normalizeText rewrites or removes, as ranges: full-width ASCII, half-width kana, the
 * spaces, zero-width marks, line separators, dashes, the wave dash and English bullets of its replace chain. Ranges
 * rather than a test of every code point: the tables are built when the pane starts, before any of it is compiled.
 */
const TO_NORMALISE: readonly (readonly [number, number])[] = [
  [0x0085, 0x0085], [0x00a0, 0x00a0], [0x2000, 0x200b], [0x2010, 0x2011], [0x2022, 0x2023], [0x2028, 0x2029], [0x202f, 0x202f],
  [0x205f, 0x205f], [0x2212, 0x2212], [0x25e6, 0x25e6], [0x3000, 0x3000], [0x301c, 0x301c], [0xfe63, 0xfe63], [0xfeff, 0xfeff],
  [0xff01, 0xff5e], [0xff61, 0xff9f],
];

export const CHAR_CLASS: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  const add = (flag: number, from: number, to = from): void => {
    for (let c = from; c <= to; c++) table[c] = (table[c] ?? 0) | flag;
  };
  for (const [from, to] of TO_NORMALISE) add(CHAR_NORMALISE, from, to);
  add(CHAR_NORMALISE, 0x09);
  add(CHAR_NORMALISE, 0x0b, 0x0d);
  for (const ch of '0123456789RHFf令平\n○〇◯●■◆・') add(CHAR_TOKEN, ch.charCodeAt(0));
  for (const ch of '○〇◯●■◆・(') add(CHAR_MARKER, ch.charCodeAt(0));
  add(CHAR_MARKER, 0x2460, 0x2473); // ①-⑳
  add(CHAR_WORD, 0x41, 0x5a);
  add(CHAR_WORD, 0x61, 0x7a);
  add(CHAR_WORD, 0x3041, 0x3096);
  add(CHAR_WORD, 0x30a1, 0x30fa);
  add(CHAR_WORD, 0x30fc);
  add(CHAR_WORD, 0x3400, 0x4dbf);
  add(CHAR_WORD, 0x4e00, 0x9fff);
  add(CHAR_WORD, 0x3005); // 々
  add(CHAR_LAYOUT, 0x20);
  add(CHAR_LAYOUT, 0x0a);
  add(CHAR_LATIN, 0x41, 0x5a);
  add(CHAR_LATIN, 0x61, 0x7a);
  add(CHAR_DIGIT, 0x30, 0x39);
  for (const ch of '\n。、;') add(CHAR_LABEL_STOP, ch.charCodeAt(0));
  for (const ch of '累年毎cCaApP') add(CHAR_LABEL_HINT, ch.charCodeAt(0));
  return table;
})();

/**
 * Adds the characters of `chars` to a class: for the classes filled from vocabulary defined with its readers
 * (CHAR_UNIT, CHAR_STATEMENT, CHAR_DIRECTION, CHAR_REDUCTION), when the module defining it loads.
 */
export function addToCharClass(charClass: number, codes: Iterable<number>): void {
  for (const c of codes) CHAR_CLASS[c] = (CHAR_CLASS[c] ?? 0) | charClass;
}

/** addToCharClass for every character from `from` to `to`. */
export function addRangeToCharClass(charClass: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) CHAR_CLASS[c] = (CHAR_CLASS[c] ?? 0) | charClass;
}

/** addToCharClass for every character already in `inClass`. */
export function addClassToCharClass(charClass: number, inClass: number): void {
  for (let c = 0; c <= 0xffff; c++) if (((CHAR_CLASS[c] ?? 0) & inClass) !== 0) CHAR_CLASS[c] = (CHAR_CLASS[c] ?? 0) | charClass;
}

/** Whether character code c (NaN past the end of a text: never) is in the class. */
export function isIn(charClass: number, c: number): boolean {
  return ((CHAR_CLASS[c] ?? 0) & charClass) !== 0;
}

/** Two ASCII letters as one number, regardless of their case. */
export function twoLetterCode(a: number, b: number): number {
  return ((a | 0x20) << 8) | (b | 0x20);
}

/** The two-letter codes of the first two letters of each word. */
export function twoLetterCodes(words: readonly string[]): CodeSet {
  return codeSet(words.map((w) => String.fromCharCode(twoLetterCode(w.charCodeAt(0), w.charCodeAt(1)))).join(''));
}

/** Particles that may follow a counter without making it part of a longer word ("5基を設置"). */
export const PARTICLES = codeSet('でをにのがはともへやかまよ');

/** Whether two characters are まで ("申請から交付まで"): a word ending a label, not a particle で to drop. */
export function isMade(before: number, last: number): boolean {
  return before === 0x307e /* ま */ && last === 0x3067 /* で */;
}

/** ¥, ￥, $, €, £: a currency mark before a value ("¥50M"). */
export function isCurrencyMark(code: number): boolean {
  return code === 0xa5 || code === 0xffe5 || code === 0x24 || code === 0x20ac || code === 0xa3;
}

/** ○〇◯●■◆: bullets that start another indicator wherever they stand. */
export function isBulletMark(c: number): boolean {
  return c === 0x25cb || c === 0x3007 || c === 0x25ef || c === 0x25cf || c === 0x25a0 || c === 0x25c6;
}

/**
 * Whether text has `word` (lower-case ASCII letters and spaces) at i in any case of its letters, as a regex with
 * the i flag reads it: without the u flag only ASCII letters fold, so "ſ" or the Kelvin sign never match.
 */
export function startsCaseless(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let j = 0; j < word.length; j++) {
    const c = text.charCodeAt(i + j);
    const w = word.charCodeAt(j);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return false;
  }
  return true;
}

export function isOpeningQuote(c: number): boolean {
  return c === 0x300c || c === 0x300e || c === 0x3010 || c === 0x22 || c === 0x201c;
}

export function isSign(c: string): boolean {
  return c === '-' || c === '+' || c === '▲' || c === '▼' || c === '△';
}

/** isSign by character code (charAt makes a string of a kanji). */
export function isSignCode(c: number): boolean {
  return c === 0x2d || c === 0x2b || c === 0x25b2 /* ▲ */ || c === 0x25bc /* ▼ */ || c === 0x25b3; /* △ */
}

export function includesCode(chars: string, c: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}

export function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

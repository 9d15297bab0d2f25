/**
 * Reading quantities from cell text the way public-office staff write them:
 * "R2年度:50業務", "約62,000枚/年", "90%以上", "R元年度比コピー使用量61.2%減", "FY2020: 50 tasks".
 *
 * Pure functions, no I/O. This runs for every cell of large plans, so every regular expression is
 * compiled once at module level, patterns are written so that they cannot backtrack catastrophically,
 * and inputs longer than MAX_INPUT characters are cut before any work is done.
 */
import { isJsWhitespace, lowerCaseChanges } from './cell-text';
import type { Direction, FiscalYear, ParsedText, Quantity, QuantitySuspicion } from './quantity-types';

/** Longer cell texts are cut to this many characters: nobody writes a target in more, and it bounds the work. */
const MAX_INPUT = 10_000;
/** Only this many characters before a value are considered for its label. */
const MAX_LABEL_REGION = 120;

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

/**
 * Units and counters recognised right after a number, longest first so that "千円" wins over "円" and
 * "会議" over "回". Latin units match case-insensitively and only as whole words.
 * 万/億/千万/兆 are not units: they scale the value ("6.7万円" is 67000 円).
 */
export const KNOWN_UNITS: readonly string[] = Object.freeze(
  [
    // Japanese counters seen in action plans.
    '業務', '枚', '件', '団体', '回', '会議', '事業', '事業所', '問', '拠点', '人', '名', '時間', '日', '日間',
    '箇所', 'か所', 'ヶ所', 'ケ所', 'カ所', '個所', '校', '社', '施設', '%', 'ポイント', '円', '千円',
    '人日', '人月', '分', '秒', 'か月', 'ヶ月', 'カ月', 'ケ月', '箇月', '年', '年間', '週', '週間', '台', '本',
    '部', '冊', '通', '課', '者', '世帯', '戸', '頁', 'ページ', '講座', '種類', '項目', '手続', '手続き',
    '様式', '帳票', '店舗', '地区', '市町村', '自治体', '部署', '機関', '企業', '職員', '倍', '割', '点',
    '票', '席', '棟', '室', '館', '便', '個', 'つ', '基', 'ライセンス', 'アカウント', 'システム', '業者',
    '窓口', '会場', '教室', '研修', '申請', '事例', '種', 'パーセント',
    // English units.
    'hours', 'hour', 'hrs', 'hr', 'h', 'minutes', 'minute', 'mins', 'min', 'days', 'day', 'weeks', 'week',
    'months', 'month', 'years', 'people', 'persons', 'person', 'staff', 'cases', 'case', 'items', 'item',
    'pages', 'page', 'sheets', 'sheet', 'documents', 'docs', 'meetings', 'meeting', 'times', 'points',
    'point', 'pts', 'pt', 'tasks', 'task', 'operations', 'processes', 'procedures', 'forms', 'events',
    'sessions', 'participants', 'members', 'users', 'respondents', 'responses', 'visits', 'projects',
    'organizations', 'organisations', 'groups', 'locations', 'sites', 'schools', 'companies', 'facilities',
    'offices', 'questions', 'applications', 'licenses', 'licences', 'accounts', 'systems', 'yen', 'jpy',
    'percent', 'km', 'kg', 'm', 't', 'GB', 'MB', 'TB', 'kWh', '㎡',
  ].sort((a, b) => b.length - a.length),
);

/** Spellings reported as another unit. */
const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['パーセント', '%'],
  ['percent', '%'],
]);

/**
 * Units whose values are legitimately fractional: "40.5%" or "1.500時間" is not a mistyped thousand.
 * Anything else (a counter such as 件, 枚, 円, or no unit) makes "2.000" suspicious.
 */
const FRACTIONAL_UNITS: ReadonlySet<string> = new Set([
  '%', 'ポイント', 'pt', 'pts', 'point', 'points', '時間', 'hours', 'hour', 'hrs', 'hr', 'h', '分',
  'minutes', 'minute', 'mins', 'min', '秒', '日', '日間', 'days', 'day', '週', '週間', 'weeks', 'week',
  'か月', 'ヶ月', 'カ月', 'ケ月', '箇月', 'months', 'month', '年', '年間', 'years', '人日', '人月', '倍', '割',
  '千円', 'km', 'kg', 'm', 't', 'GB', 'MB', 'TB', 'kWh', '㎡',
]);

interface UnitEntry {
  readonly unit: string;
  readonly lower: string;
  readonly latin: boolean;
  /** The unit as a quantity reports it (see UNIT_ALIASES). */
  readonly reported: string;
}

/** Known units grouped by the code of their first character (Latin lower-cased), each group longest first. */
const UNITS_BY_FIRST: ReadonlyMap<number, readonly UnitEntry[]> = groupByFirstCode(
  KNOWN_UNITS.map((unit): UnitEntry => {
    const lower = unit.toLowerCase();
    return { unit, lower, latin: /^[a-z]/.test(lower), reported: UNIT_ALIASES.get(unit) ?? unit };
  }),
  (entry) => entry.lower,
);

// ---------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Kanji (incl. 々) or katakana (incl. ー and ヶ, but not the ・ middle dot). */
function isKanjiOrKatakana(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc
  );
}

function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}

function isJapaneseLetter(c: number): boolean {
  return isKanjiOrKatakana(c) || isHiragana(c);
}

/**
 * A set of UTF-16 code units, as a bitmap. The "could a pattern start (or end) here?" checks that guard the
 * regexes run at every character of every value: a bit test is far cheaper than a Set lookup, let alone building
 * a one-character string. has(NaN), for an index past the end of a text, is false.
 */
class CodeSet {
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

function codeSet(chars: string): CodeSet {
  return new CodeSet(chars);
}

/** Items grouped by the code of the first character of their key, in their order. */
function groupByFirstCode<T>(items: readonly T[], keyOf: (item: T) => string): Map<number, T[]> {
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
class WordList {
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
}

/**
 * Character classes looked up by code, for the loops that look at every character of every cell: one table load
 * instead of a chain of comparisons. Filled once from the predicates and character lists that define each class.
 */
const CHAR_NORMALISE = 1; // rewritten by normalizeText (not counting spaces and line breaks): see isCharToNormalise
const CHAR_TOKEN = 2; // may start a MASTER match: see Scanner.next
const CHAR_MARKER = 4; // may start a SEGMENT_MARKER match: see segmentMarkerAt
const CHAR_WORD = 8; // a letter of a word: see hasWord
const CHAR_STATEMENT = 16; // starts a Japanese statement word: filled in from STATEMENT_JA below
const CHAR_DIRECTION = 32; // starts a direction mark or word: filled in from DIRECTION_STARTS below
const CHAR_REDUCTION = 64; // starts a Japanese reduction word: filled in from REDUCTION_STARTS below
const CHAR_LAYOUT = 128; // a space or line break, which normalizeText may collapse
const CHAR_LATIN = 256; // an ASCII letter
const CHAR_UNIT = 512; // starts a known unit, in either case: see knownUnitEntryAt
const CHAR_LABEL_STOP = 1024; // a line break or 。、;, where findLabel's backward pass stops
const CHAR_LABEL_HINT = 2048; // may start a word labelHints looks for: 累, 年, 毎 or an ASCII letter
const CHAR_CLASS: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  const add = (flag: number, from: number, to = from): void => {
    for (let c = from; c <= to; c++) table[c] = (table[c] ?? 0) | flag;
  };
  for (let c = 0x80; c <= 0xffff; c++) if (isCharToNormalise(c)) add(CHAR_NORMALISE, c);
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
  for (const ch of '\n。、;') add(CHAR_LABEL_STOP, ch.charCodeAt(0));
  for (const ch of '累年毎') add(CHAR_LABEL_HINT, ch.charCodeAt(0));
  add(CHAR_LABEL_HINT, 0x41, 0x5a);
  add(CHAR_LABEL_HINT, 0x61, 0x7a);
  for (const c of UNITS_BY_FIRST.keys()) {
    add(CHAR_UNIT, c);
    if (c >= 0x61 && c <= 0x7a) add(CHAR_UNIT, c - 0x20);
  }
  return table;
})();

/** Whether character code c (NaN past the end of a text: never) is in the class. */
function isIn(charClass: number, c: number): boolean {
  return ((CHAR_CLASS[c] ?? 0) & charClass) !== 0;
}

/** Two ASCII letters as one number, regardless of their case. */
function twoLetterCode(a: number, b: number): number {
  return ((a | 0x20) << 8) | (b | 0x20);
}

/** The two-letter codes of the first two letters of each word. */
function twoLetterCodes(words: readonly string[]): CodeSet {
  return codeSet(words.map((w) => String.fromCharCode(twoLetterCode(w.charCodeAt(0), w.charCodeAt(1)))).join(''));
}

/** Particles that may follow a counter without making it part of a longer word ("5基を設置"). */
const PARTICLES = codeSet('でをにのがはともへやかまよ');

// ---------------------------------------------------------------------------------------------
// normalizeText
// ---------------------------------------------------------------------------------------------

/** What normalizeText has to do with a text: nothing, only its spaces and line breaks, or the whole chain. */
const enum Normalising {
  None = 0,
  Layout = 1,
  Full = 2,
}

/**
 * What normalizeText must do with a text, in one pass over its character codes (nearly every cell is already
 * normal, and this runs for all of them). Full: a character it rewrites (full-width ASCII, half-width kana, odd
 * spaces and minus signs, 〜, \t \v \f \r). Layout: none of those, but two spaces or line breaks in a row, or one
 * at either end. Together the same test as the regex
 *   /[\uFF01-\uFF5E\uFF61-\uFF9F\u3000\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\uFEFF\u2010\u2011\u2212\uFE63\u301C\t\v\f\r\u0085]|[ \n][ \n]|^[ \n]|[ \n]$/
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

/** The non-ASCII characters normalizeText rewrites or removes. */
function isCharToNormalise(c: number): boolean {
  if (c >= 0xff01) return c <= 0xff5e || (c >= 0xff61 && c <= 0xff9f);
  if (c >= 0x2000 && c <= 0x2029) return c <= 0x200b || c === 0x2010 || c === 0x2011 || c >= 0x2028;
  return (
    c === 0x0085 || c === 0x00a0 || c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x3000 || c === 0x301c ||
    c === 0xfe63 || c === 0xfeff
  );
}
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]+/g;
/** Minus signs and hyphens; "ー" (katakana long vowel) and dashes used as separators are left alone. */
const MINUS_LIKE = /[\u2010\u2011\u2212\uFE63]/g;
const WAVE_DASH = /\u301C/g;
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
 * minus-like signs to "-", 〜 to "~", every space to " ", runs of spaces collapsed, blank lines and
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

// ---------------------------------------------------------------------------------------------
// Year labels
// ---------------------------------------------------------------------------------------------

/**
 * Dates, times and era-less year numbers: not values and not fiscal-year labels. One alternation,
 * no capture groups. ("R2.4.1", "令和3年3月", "2020年", "2020/4/1", "3月", "3月31日", "10:00", "2年度")
 */
const DATE_SRC = [
  '(?:令和|平成|(?<![A-Za-z0-9])[RH]) ?(?:元|\\d{1,2})(?: ?年 ?\\d{1,2} ?月(?: ?\\d{1,2} ?日)?|\\.\\d{1,2}(?:\\.\\d{1,2})?(?!\\d))',
  '(?<![\\d,.])(?:19|20|21)\\d{2} ?年(?! ?度)(?: ?\\d{1,2} ?月(?: ?\\d{1,2} ?日)?)?',
  '(?<![\\d,.])(?:19|20|21)\\d{2}[/-]\\d{1,2}(?:[/-]\\d{1,2})?(?!\\d)',
  '(?<![\\d,.])\\d{1,2}/\\d{1,2}(?:/\\d{1,4})?(?![\\d,])',
  '(?<![\\d,.])\\d{1,2} ?月(?: ?\\d{1,2} ?日)?',
  '(?<![\\d,.])\\d{1,2}:\\d{2}(?!\\d)',
  '(?<![\\d,.])\\d{1,2} ?年度',
].join('|');

/** Groups 2–5: era, space after a letter era, number, 年/年度 suffix. */
const ERA_SRC = '(令和|平成|(?<![A-Za-z0-9])[RH])( ?)(元|\\d{1,2})( ?年度?)?';
/** Group 6: FY2020, FY 2020, FY20. */
const FY_SRC = "(?<![A-Za-z0-9])[Ff][Yy] ?'?(\\d{4}|\\d{2})(?!\\d)";
/** Group 7: 2020年度. */
const WESTERN_SRC = '(?<![\\d,.])((?:19|20|21)\\d{2}) ?年度';

const YEAR_SCAN_SRC = `(${DATE_SRC})|${ERA_SRC}|${FY_SRC}|${WESTERN_SRC}`;
const YEAR_SCAN = new RegExp(YEAR_SCAN_SRC, 'g');

/** The fiscal year named by a YEAR_SCAN-shaped match (groups 1–7), or null when it is a date or not a label. */
function yearOfMatch(m: RegExpExecArray, s: string): FiscalYear | null {
  if (m[1] !== undefined) return null;
  const era = m[2];
  const num = m[4];
  if (era !== undefined && num !== undefined) {
    const n = num === '元' ? 1 : Number(num);
    if (n < 1) return null;
    const suffix = m[5];
    if (!suffix) {
      const next = s.charCodeAt(m.index + m[0].length);
      // "R 2" alone is too weak; "R2D2", "R123" and "H2O" are not years.
      if (m[3] || isAsciiDigit(next) || ((era === 'R' || era === 'H') && isAsciiLetter(next))) return null;
    }
    return era === 'R' || era === '令和' ? 2018 + n : 1988 + n;
  }
  const fy = m[6];
  if (fy !== undefined) {
    const n = Number(fy);
    if (fy.length === 2) return 2000 + n;
    return n >= 1900 && n <= 2199 ? n : null;
  }
  const western = m[7];
  return western !== undefined ? Number(western) : null;
}

/**
 * The first fiscal-year label in a text as its western starting year: "R2年度" → 2020, "令和元年度" → 2019,
 * "H30" → 2018, "FY2020" → 2020, "2020年度" → 2020. Dates ("R2.4.1", "2020年3月") are not labels.
 * A comparison base ("R元年度比") still counts here: this reads labels, not their role.
 */
export function parseYearLabel(text: string): FiscalYear | null {
  const s = normalizeText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
  YEAR_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_SCAN.exec(s)) !== null) {
    const year = yearOfMatch(m, s);
    if (year !== null) return year;
    if (m[1] === undefined) YEAR_SCAN.lastIndex = m.index + 1;
  }
  return null;
}

/** "R2" / "H30" (2019 is "R1") in Japanese, "FY2020" in English. */
export function formatYearLabel(year: FiscalYear, lang: 'ja' | 'en'): string {
  if (!Number.isInteger(year)) return String(year);
  if (lang === 'en') return `FY${year}`;
  if (year >= 2019) return `R${year - 2018}`;
  if (year >= 1989) return `H${year - 1988}`;
  if (year >= 1926) return `S${year - 1925}`;
  return `FY${year}`;
}

// ---------------------------------------------------------------------------------------------
// parseQuantityText: patterns
// ---------------------------------------------------------------------------------------------

/**
 * One left-to-right scan finds, in this order of preference at each position:
 * 1 date/time (skipped), 2–5 era year, 6 FY year, 7 western year, 8 number, 9 segment boundary.
 */
const MASTER = new RegExp(
  `${YEAR_SCAN_SRC}|(\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|(\\n|[○〇◯●■◆]|(?<!\\S)・)`,
  'g',
);

/** A year label followed by this is a comparison base ("R元年度比", "R元年度と比べて"), not the value's year. */
const BASE_AFTER = / ?の?(?:実績|値|水準)?(?:比較(?:して|すると)?|(?:と|に)比べ(?:て|ると|た)?|対比|比)/y;
const MAY_START_BASE = codeSet(' の実値水比とに対');

/** Whether the text at `end` (just after a year label) makes it a comparison base; BASE_AFTER.lastIndex is then its end. */
function isComparisonBaseAt(s: string, end: number): boolean {
  if (!MAY_START_BASE.has(s.charCodeAt(end))) return false;
  BASE_AFTER.lastIndex = end;
  return BASE_AFTER.test(s);
}
/** English comparison base before a year label ("compared with FY2019"). */
const BASE_BEFORE = /(?<![A-Za-z])(?:compared (?:with|to)|vs\.?|versus|relative to|than) ?$/i;
/** "50 tasks in FY2020": a year written after the value it governs. */
const YEAR_AFTER_VALUE = /^ ?(?:in|for|during|by) ?$/i;

/** 万/億 and English scale words right after the number. 千 alone scales, but 千円 is a unit. */
const MULTIPLIER = /(兆|億|千万|万|千(?!円))|( ?(?:million|billion|thousand)(?![A-Za-z]))/iy;
const MAY_START_MULTIPLIER = codeSet('兆億千万 mbtMBT');
const MULTIPLIER_EXP: Readonly<Record<string, number>> = {
  兆: 12, 億: 8, 千万: 7, 万: 4, 千: 3, million: 6, billion: 9, thousand: 3,
};

/** Words after the value, in any order; each group is one kind. */
const MODIFIER = new RegExp(
  ' ?(?:' +
    [
      '/ ?(年度|年間|年|years?|yr|annum|累計|cumulative)(?![A-Za-z])', // 1 per year or cumulative
      '/ ?([\\u4E00-\\u9FFF々\\u30A1-\\u30FA\\u30FC]{1,3}|[A-Za-z]{1,12})(?![A-Za-z0-9\\u3041-\\u3096\\u4E00-\\u9FFF\\u30A1-\\u30FA\\u30FC])', // 2 per something else
      '(年間|毎年|per (?:year|annum)|a year|each year|every year|annually|yearly|annual)(?![A-Za-z])', // 3 per year
      '(累計|cumulative(?:ly)?|in total)(?![A-Za-z])', // 4 cumulative
      '(以上|or more|or greater|or higher|or above|or over|and above|and over|\\+(?!\\d))', // 5 atLeast
      '(以下|or less|or fewer|or lower|or below|or under|and below|and under)(?![A-Za-z])', // 6 atMost
      '(未満|を?下回る)', // 7 lessThan
      '(を?超える|を?上回る|超)', // 8 moreThan
      '[のを]?(削減|縮減|低減|減少|短縮|軽減|減|reduction|reduced|decrease|decreased|cut|less|fewer|lower)(?![A-Za-z])', // 9 reduction
      '(程度|前後|ほど|くらい|ぐらい|or so)', // 10 approximate
      'per ([A-Za-z]{1,12})(?![A-Za-z])', // 11 per something else
    ].join('|') +
    ')',
  'iy',
);

/**
 * The characters a MODIFIER match can start with (its optional space, then the first character of each
 * alternative, Latin in both cases): where the text goes on with anything else, the regex is not run.
 */
const MAY_START_MODIFIER = codeSet(' /+年毎累以未を下超上の削縮低減短軽程前ほくぐ' + 'paeycioredlf' + 'PAEYCIOREDLF');

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;

/** Stops a run of unknown counter characters: "5基以上" has the unit 基, not 基以上. */
const WORDS_AFTER_VALUE = new WordList([
  '以上', '以下', '未満', '超', '削減', '縮減', '低減', '減', '累計', '年間', '毎年', '程度', '前後', '達成', '見込', '予定', '見通', '増', '比',
  '目標', '実績',
]);
const WORD_AFTER_VALUE = new RegExp(WORDS_AFTER_VALUE.words.join('|'), 'y');

/** What may stand just before a number and belongs to it rather than to the label. */
const PREFIX_WORD = new RegExp(
  [
    '(約|およそ|概ね|おおむね|(?<![A-Za-z])(?:approx(?:imately|\\.)?|about|around|roughly|nearly|almost)|~|≈|≒)', // 1 approximate
    '(≥|>=|≧|(?<![A-Za-z])(?:at least|no less than|not less than|minimum|min\\.))', // 2 atLeast
    '(≤|<=|≦|(?<![A-Za-z])(?:at most|no more than|not more than|up to|maximum|max\\.))', // 3 atMost
    '(>|(?<![A-Za-z])(?:more than|greater than|over|above|exceeding))', // 4 moreThan
    '(<|(?<![A-Za-z])(?:less than|fewer than|under|below))', // 5 lessThan
    '(累計|(?<![A-Za-z])cumulative)', // 6 cumulative
    '(年間|毎年|(?<![A-Za-z])(?:annual|yearly))', // 7 perYear
    '((?<![A-Za-z])(?:reduced? by|reducing by|cut by|decreased? by|reduction of))', // 8 reduction
  ]
    .map((alt) => `${alt} ?$`)
    .join('|'),
  'i',
);
/** Last characters of PREFIX_WORD entries: the regex runs only when the region ends in one of these. */
const PREFIX_LAST_CHARS = codeSet('約そね~≈≒≥=≧≤≦><.計間年');

/** What a short remark in brackets after a value may say about it: "(累計)", "(見込)", "(R2年度)". */
const REMARK_CUMULATIVE = /^(?:累計|cumulative|total)$/i;
const REMARK_PER_YEAR = /^(?:年間|\/年|per year|annual|yearly)$/i;
const REMARK_FORECAST = /^(?:見込み?|見込値|見通し|予定|予測|目標|forecast|expected|planned|projected)$/i;
const REMARK_APPROXIMATE = /^(?:概数|概算|推計値?|約|approx\.?|approximate|estimated?)$/i;
const REMARK_DIRECTION = /^(?:(以上|at least|or more)|(以下|at most|or less)|(未満)|(超))$/i;

/** A sentence about a value rather than a report of one: forecast, difficulty, failure, achievement. */
interface StatementWord {
  readonly word: string;
  /** One of these characters must follow the word. */
  readonly then?: string;
  /** None of these characters may follow the word. */
  readonly notThen?: string;
}
const STATEMENT_JA_WORDS: readonly StatementWord[] = [
  { word: '困難' }, { word: '見込' }, { word: '見通し' }, { word: '予定', notThen: '数件額日表地者' }, { word: 'でき', then: 'なずま' },
  { word: '出来', then: 'なず' }, { word: '未達' }, { word: '不可' }, { word: '難し' }, { word: '至ら', then: 'なず' },
  { word: '達成', notThen: '率度状況値数目基指時件' },
];
/** The words as patterns: '予定(?![数件額日表地者])', 'でき(?:な|ず|ま)', … */
const STATEMENT_JA = STATEMENT_JA_WORDS.map(
  ({ word, then, notThen }) => word + (then ? `(?:${[...then].join('|')})` : '') + (notThen ? `(?![${notThen}])` : ''),
);
/** The words by the code of their first character, for hasJapaneseStatementWord. */
const STATEMENT_JA_BY_FIRST: ReadonlyMap<number, readonly StatementWord[]> = groupByFirstCode(STATEMENT_JA_WORDS, (w) => w.word);
/** Whole Latin words; each begins with two literal letters (see STATEMENT_EN_STARTS). */
const STATEMENT_EN = [
  'unlikely', 'difficult', 'not (?:be |been )?(?:achieved|achieve|met|reached)', 'cannot', "can't", 'could not', "couldn't",
  'will not', "won't", 'expected', 'expect', 'planned', 'scheduled', 'forecast', 'likely', 'impossible', 'failed', 'achieved',
  'achievable', 'fell short', 'on track',
];
const STATEMENT = new RegExp(`${STATEMENT_JA.join('|')}|(?<![A-Za-z])(?:${STATEMENT_EN.join('|')})(?![A-Za-z])`, 'gi');
/** First characters of the Japanese statement words. */
const STATEMENT_JA_STARTS = codeSet(STATEMENT_JA.map((w) => w.charAt(0)).join(''));
for (const word of STATEMENT_JA) {
  const c = word.charCodeAt(0);
  CHAR_CLASS[c] = (CHAR_CLASS[c] ?? 0) | CHAR_STATEMENT;
}
/** STATEMENT without the g flag, for one test of a text that has no remark to skip. */
const STATEMENT_ONCE = new RegExp(STATEMENT.source, 'i');
/** First two letters (lower-cased) of the English statement words, as two-letter codes (see twoLetterCode). */
const STATEMENT_EN_STARTS = twoLetterCodes(STATEMENT_EN);

/**
 * Whether a regex of words could match anywhere in s: some character of `starts` stands in it, or a Latin word
 * (the regexes want no letter before their English words) begins with one of the two-letter `latinStarts`. Texts
 * with neither are most of them, and then the regex need not run.
 */
function mayContainWord(s: string, starts: CodeSet, latinStarts: CodeSet): boolean {
  let prevLetter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = isAsciiLetter(c);
    if (letter) {
      const next = s.charCodeAt(i + 1);
      if (!prevLetter && isAsciiLetter(next) && latinStarts.has(twoLetterCode(c, next))) return true;
    } else if (starts.has(c)) {
      return true;
    }
    prevLetter = letter;
  }
  return false;
}

/** A number written as nothing but itself: "51", "1,100", "-3", "40.5". */
const PLAIN_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** "2.000", "4.074": a thousands separator typed as a decimal point? (0.125 is plainly a fraction.) */
const DECIMAL_LOOKS_LIKE_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * What is stripped from the start of a label (see labelLeadEnd, which reads it by hand):
 * /^(?:[\s○〇◯●■◆◎・※□◇▪*:=\-~/,、。]|\(\d{1,2}\)|[①-⑳]|\d{1,2}[.)](?!\d)|\d{1,2} )+/
 */
const LABEL_LEAD_CHARS = codeSet('○〇◯●■◆◎・※□◇▪*:=-~/,、。');
/**
 * What is stripped from the end of a label (see labelTrailStart, which reads it by hand):
 * /(?:[\s:=→⇒、,。・\-/~(]|(?<![A-Za-z])(?:of|is|was|were|are|at|by|to|in|for|reached|be|the)(?![A-Za-z]))+$/i
 */
const LABEL_TRAIL_CHARS = codeSet(':=→⇒、,。・-/~(');
const LABEL_TRAIL_WORDS: ReadonlySet<string> = new Set(['of', 'is', 'was', 'were', 'are', 'at', 'by', 'to', 'in', 'for', 'reached', 'be', 'the']);
/** A particle ending a label ("RPA導入業務数は") after at least one character other than a line break. */
const LABEL_PARTICLES = codeSet('はがでをにの');

// ---------------------------------------------------------------------------------------------
// parseQuantityText
// ---------------------------------------------------------------------------------------------

type Draft = { -readonly [K in keyof Quantity]: Quantity[K] };

const EMPTY: ParsedText = Object.freeze({ quantities: Object.freeze([]) as readonly Quantity[], statement: false });

function newDraft(value: number, source: string): Draft {
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
    } else if (!s.startsWith(entry.unit, p)) {
      continue;
    }
    return entry;
  }
  return null;
}

/**
 * The unit written at p: a known unit (optionally after one space, e.g. "50 tasks", "50 %"), else a short
 * run of kanji/katakana glued to the number that does not continue into a longer Japanese word, else a short
 * Latin abbreviation glued to the number ("5GB"). Returns the unit and the index after it.
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
    }
    return null;
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
function applyModifier(m: RegExpExecArray, q: Draft): void {
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
function applyRemark(content: string, q: Draft): { statement: boolean } {
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
    else if (q.year === null) q.year = governingYearIn(text);
  }
  return { statement: false };
}

/** The first year label in a short text that is not a comparison base. */
function governingYearIn(text: string): FiscalYear | null {
  YEAR_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_SCAN.exec(text)) !== null) {
    const year = yearOfMatch(m, text);
    if (year !== null) {
      if (!isComparisonBaseAt(text, m.index + m[0].length)) return year;
    } else if (m[1] === undefined) YEAR_SCAN.lastIndex = m.index + 1;
  }
  return null;
}

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

const REIWA_BASE = 2018;
const HEISEI_BASE = 1988;

/** ○〇◯●■◆: bullets that start another indicator wherever they stand. */
function isBulletMark(c: number): boolean {
  return c === 0x25cb || c === 0x3007 || c === 0x25ef || c === 0x25cf || c === 0x25a0 || c === 0x25c6;
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
function readPrefix(
  s: string, at: number, q: Draft, pieceStart: number, labelText: string, lastLabel: string | null, hasEarlierValue: boolean,
): number {
  const from = Math.max(pieceStart, at - MAX_LABEL_REGION);
  let region = (from > pieceStart ? '' : labelText) + s.slice(from, at);
  const regionStartInText = at - region.length; // approximate when year labels were cut out
  const signChar = s.charAt(at - 1);
  if (at > pieceStart && isSign(signChar) && !isAsciiLetter(s.charCodeAt(at - 2)) && !isAsciiDigit(s.charCodeAt(at - 2))) {
    if (signChar !== '+') q.value = q.value === 0 ? 0 : -q.value;
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

/**
 * One left-to-right pass over normalised text. Year labels govern the values after them; text between
 * values (minus year labels) becomes the next value's label; a bracketed remark right after a value is
 * read for hints about that value and its numbers are not values.
 */
class Scanner {
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
    return {
      quantities: this.quantities ?? [],
      statement: this.statement || this.hasStatementWords(),
    };
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
    if (isPartOfIdentifier(s, at) || isNumbering(s, this.segStart, at, numEnd, num)) return numEnd;

    const q = newDraft(0, '');
    let p = numEnd;
    MULTIPLIER.lastIndex = p;
    const mult = MAY_START_MULTIPLIER.has(s.charCodeAt(p)) ? MULTIPLIER.exec(s) : null;
    let exp = 0;
    if (mult) {
      exp = MULTIPLIER_EXP[(mult[1] ?? mult[2] ?? '').trim().toLowerCase()] ?? 0;
      p = MULTIPLIER.lastIndex;
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
    if (applyRemark(content, q).statement) this.statement = true;
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

const HINT_CUMULATIVE = 1;
const HINT_PER_YEAR = 2;

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

/**
 * Whether text has `word` (lower-case ASCII letters and spaces) at i in any case of its letters, as a regex with
 * the i flag reads it: without the u flag only ASCII letters fold, so "ſ" or the Kelvin sign never match.
 */
function startsCaseless(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let j = 0; j < word.length; j++) {
    const c = text.charCodeAt(i + j);
    const w = word.charCodeAt(j);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return false;
  }
  return true;
}

/** Whether a text ends in a Latin word or "." (perhaps followed by one space): English may precede a year. */
function endsWithLatinWord(text: string): boolean {
  let i = text.length - 1;
  if (text.charCodeAt(i) === 0x20) i--;
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || c === 0x2e;
}

function isOpeningQuote(c: number): boolean {
  return c === 0x300c || c === 0x300e || c === 0x3010 || c === 0x22 || c === 0x201c;
}

/**
 * Whether one or two digits ending at `numEnd` read as item numbering, judged by what follows them:
 * "1." or "1)" before a word, or "1 " before a word that is neither a unit nor a modifier of a value
 * ("1 RPA導入業務数" is numbering; "50 件", "4 times" and "2 per year" are values).
 * Returns the length of the mark after the digits (".", ". ", ")", " "), or 0 when it is not numbering.
 * (Exported for the property tests, which rebuild the splitter around it.)
 */
export function numberingMarkAfter(s: string, numEnd: number): number {
  const next = s.charCodeAt(numEnd);
  const after = s.charCodeAt(numEnd + 1);
  const startsWord = isAsciiLetter(after) || isJapaneseLetter(after) || isOpeningQuote(after);
  if (next === 0x2e || next === 0x29) return after === 0x20 ? 2 : startsWord ? 1 : 0;
  if (next !== 0x20 || !startsWord || readUnit(s, numEnd) !== null) return 0;
  MODIFIER.lastIndex = numEnd;
  return MODIFIER.test(s) ? 0 : 1;
}

function isSign(c: string): boolean {
  return c === '-' || c === '+' || c === '▲' || c === '▼' || c === '△';
}

/** isSign by character code (charAt makes a string of a kanji). */
function isSignCode(c: number): boolean {
  return c === 0x2d || c === 0x2b || c === 0x25b2 /* ▲ */ || c === 0x25bc /* ▼ */ || c === 0x25b3; /* △ */
}

/** Whole-number counters (and no unit at all): where "2.000" probably meant 2,000. */
function isCounter(unit: string | null): boolean {
  if (unit === null) return true;
  const slash = unit.indexOf('/');
  const base = slash >= 0 ? unit.slice(0, slash) : unit;
  return base !== '' && !FRACTIONAL_UNITS.has(base);
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

// ---------------------------------------------------------------------------------------------
// parseQuantityText: the common shape, in one pass
// ---------------------------------------------------------------------------------------------
//
// Nearly every cell of a plan is read here. The readers in this section do what the scanner's readers (readNumber,
// readUnit, readPrefix, labelFrom, …) do on the shapes parseCommonShape accepts, but on offsets into the text rather
// than on slices of it, with no regex and no result objects: those strings and objects were most of the cost. The
// scanner's readers stay as they are, as the reference these are tested against.

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
function scanNumber(s: string, at: number): void {
  let p = at;
  let mantissa = 0;
  let c = s.charCodeAt(p);
  while (c >= 0x30 && c <= 0x39) {
    mantissa = mantissa * 10 + (c - 0x30);
    c = s.charCodeAt(++p);
  }
  const firstRun = p - at;
  let intDigits = firstRun;
  let cutAtComma = false;
  while (
    c === 0x2c && isAsciiDigit(s.charCodeAt(p + 1)) && isAsciiDigit(s.charCodeAt(p + 2)) && isAsciiDigit(s.charCodeAt(p + 3)) &&
    !isAsciiDigit(s.charCodeAt(p + 4))
  ) {
    if (firstRun > 3) cutAtComma = true;
    mantissa = mantissa * 1000 + (s.charCodeAt(p + 1) - 0x30) * 100 + (s.charCodeAt(p + 2) - 0x30) * 10 + (s.charCodeAt(p + 3) - 0x30);
    intDigits += 3;
    p += 4;
    c = s.charCodeAt(p);
  }
  let fractionDigits = 0;
  if (c === 0x2e && isAsciiDigit(s.charCodeAt(p + 1))) {
    c = s.charCodeAt(++p);
    while (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      fractionDigits++;
      c = s.charCodeAt(++p);
    }
  }
  let hasExponent = false;
  if (c === 0x65 || c === 0x45) {
    let q = p + 1;
    const sign = s.charCodeAt(q);
    if (sign === 0x2b || sign === 0x2d) q++;
    if (isAsciiDigit(s.charCodeAt(q))) {
      p = digitsEnd(s, q);
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
function scannedLooksLikeThousands(s: string, at: number): boolean {
  const r = scannedNumber;
  return r.fractionDigits === 3 && !r.hasExponent && r.intDigits <= 3 && s.charCodeAt(at) !== 0x30;
}

/** Whether MULTIPLIER could match at p ("6.7万", "5 million"); 千 before 円 is the unit 千円. */
function mayBeMultiplierAt(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  if (c === 0x5146 /* 兆 */ || c === 0x5104 /* 億 */ || c === 0x4e07 /* 万 */) return true;
  if (c === 0x5343 /* 千 */) return s.charCodeAt(p + 1) !== 0x5186 /* 円 */;
  const start = c === 0x20 ? p + 1 : p;
  const first = s.charCodeAt(start) | 0x20;
  if (first !== 0x6d /* m */ && first !== 0x62 /* b */ && first !== 0x74 /* t */) return false;
  return startsCaseless(s, start, 'million') || startsCaseless(s, start, 'billion') || startsCaseless(s, start, 'thousand');
}

/** What unitAt read: the index after the unit, and whether it is a known one. */
const scannedUnit = { end: 0, known: false };

/**
 * readUnit, returning the unit as the quantity reports it (UNIT_ALIASES applied; an unknown counter or abbreviation
 * is never one of its spellings, which are longer) and leaving its end in scannedUnit.
 */
function unitAt(s: string, p: number): string | null {
  const direct = knownUnitEntryAt(s, p);
  if (direct !== null) {
    scannedUnit.end = p + direct.unit.length;
    scannedUnit.known = true;
    return direct.reported;
  }
  if (s.charCodeAt(p) === 0x20) {
    const spaced = knownUnitEntryAt(s, p + 1);
    if (spaced === null) return null;
    const end = p + 1 + spaced.unit.length;
    // "2 会議室": a Japanese word that merely starts like a counter is not one.
    if (!spaced.latin && spaced.unit !== '%' && isJapaneseLetter(s.charCodeAt(end))) return null;
    scannedUnit.end = end;
    scannedUnit.known = true;
    return spaced.reported;
  }
  scannedUnit.known = false;
  return unknownCounterAt(s, p) ?? latinAbbreviationAt(s, p);
}

/** knownUnitAt without slices. */
function knownUnitEntryAt(s: string, p: number): UnitEntry | null {
  const c = s.charCodeAt(p);
  if (!isIn(CHAR_UNIT, c)) return null;
  const candidates = UNITS_BY_FIRST.get(c <= 0x5a && c >= 0x41 ? c + 0x20 : c);
  if (candidates === undefined) return null;
  for (const entry of candidates) {
    const end = p + entry.unit.length;
    if (end > s.length) continue;
    if (entry.latin) {
      if (!caselessLatinUnitAt(s, p, entry.lower) || isAsciiLetter(s.charCodeAt(end))) continue;
    } else if (!sameCharsAt(s, p, entry.unit)) {
      continue;
    }
    return entry;
  }
  return null;
}

/** Whether s has `word` at p. */
function sameCharsAt(s: string, p: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (s.charCodeAt(p + j) !== word.charCodeAt(j)) return false;
  return true;
}

/** s.slice(p, p + lower.length).toLowerCase() === lower, for a word of lower-case ASCII letters. */
function caselessLatinUnitAt(s: string, p: number, lower: string): boolean {
  for (let j = 0; j < lower.length; j++) {
    const c = s.charCodeAt(p + j);
    if (c >= 0x80) return s.slice(p, p + lower.length).toLowerCase() === lower; // "K" (Kelvin) lower-cases to "k"
    if (c !== lower.charCodeAt(j) && !(c >= 0x41 && c <= 0x5a && c + 0x20 === lower.charCodeAt(j))) return false;
  }
  return true;
}

/** readUnknownCounter, its end left in scannedUnit. */
function unknownCounterAt(s: string, p: number): string | null {
  const n = s.length;
  let q = p;
  while (q - p < 3 && q < n && isKanjiOrKatakana(s.charCodeAt(q)) && !WORDS_AFTER_VALUE.startsAt(s, q)) q++;
  if (q === p) return null;
  const next = s.charCodeAt(q);
  if (q < n && isKanjiOrKatakana(next) && !WORDS_AFTER_VALUE.startsAt(s, q)) return null; // a longer word
  if (isHiragana(next) && !PARTICLES.has(next)) return null;
  scannedUnit.end = q;
  return s.slice(p, q);
}

const ORDINAL_SUFFIXES = twoLetterCodes(['st', 'nd', 'rd', 'th']);

/** readLatinAbbreviation, its end left in scannedUnit. */
function latinAbbreviationAt(s: string, p: number): string | null {
  let q = p;
  while (q - p < 6 && isAsciiLetter(s.charCodeAt(q))) q++;
  if (q === p || q - p > 5 || isAsciiLetter(s.charCodeAt(q))) return null;
  if (q - p === 2 && ORDINAL_SUFFIXES.has(twoLetterCode(s.charCodeAt(p), s.charCodeAt(p + 1)))) return null; // 3rd
  scannedUnit.end = q;
  return s.slice(p, q);
}

/**
 * Whether Scanner.next would find a token at or after `from`. (A line break or bullet alone would change nothing this
 * reader returns, but the scanner is left to read them.)
 */
function hasTokenFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isIn(CHAR_TOKEN, c)) continue;
    if (c <= 0x39) return true; // a digit or a line break
    if (c === 0x52 /* R */ || c === 0x48 /* H */) {
      if (mayStartLatinEra(s, i)) return true;
    } else if (c === 0x4ee4 /* 令 */ || c === 0x5e73 /* 平 */) {
      if (s.charCodeAt(i + 1) === (c === 0x4ee4 ? 0x548c /* 和 */ : 0x6210) /* 成 */) return true;
    } else if (c === 0x46 /* F */ || c === 0x66 /* f */) {
      const second = s.charCodeAt(i + 1);
      if (second === 0x59 || second === 0x79) return true;
    } else if (isBulletMark(c) || i === 0 || isJsWhitespace(s.charCodeAt(i - 1))) {
      return true; // a bullet, or ・ starting a piece
    }
  }
  return false;
}

/** STATEMENT's Japanese words (STATEMENT_JA_WORDS) anywhere in s from `from` on. */
function hasJapaneseStatementWord(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isIn(CHAR_STATEMENT, c)) continue;
    for (const { word, then, notThen } of STATEMENT_JA_BY_FIRST.get(c) ?? []) {
      if (!sameCharsAt(s, i, word)) continue;
      const next = s.charCodeAt(i + word.length);
      if (then !== undefined ? includesCode(then, next) : notThen === undefined || !includesCode(notThen, next)) return true;
    }
  }
  return false;
}

function includesCode(chars: string, c: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}

/**
 * Whether STATEMENT matches in s, given what the first pass saw: where the first character that may start a Japanese
 * statement word stands (-1: none), and whether a Latin word starts with the first two letters of one.
 */
function statementIn(s: string, japaneseFrom: number, mayBeLatin: boolean): boolean {
  return (japaneseFrom >= 0 && hasJapaneseStatementWord(s, japaneseFrom)) || (mayBeLatin && STATEMENT_ONCE.test(s));
}

/** s.charCodeAt(i) within [.., end), NaN past it: what a slice of s ending at `end` would answer. */
function codeBefore(s: string, i: number, end: number): number {
  return i < end ? s.charCodeAt(i) : Number.NaN;
}

/** hasWord(s.slice(start, end)). */
function hasWordIn(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isIn(CHAR_WORD, s.charCodeAt(i))) return true;
  return false;
}

function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
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
function findLabel(s: string, start: number, end: number, lastStop: number, lastHint: number): boolean {
  const tailStart = end - start > MAX_LABEL_REGION ? end - MAX_LABEL_REGION : start;
  for (let lineEnd = end; ; ) {
    let i = lineEnd - 1;
    let mayHint = false;
    if (lineEnd === end && lastStop < end) {
      i = Math.max(lastStop, tailStart - 1); // what the pass below would find, seen by the caller's first pass
      mayHint = lastHint > i;
    } else {
      for (; i >= tailStart; i--) {
        const charClass = CHAR_CLASS[s.charCodeAt(i)] ?? 0;
        if ((charClass & CHAR_LABEL_STOP) !== 0) break;
        if ((charClass & CHAR_LABEL_HINT) !== 0) mayHint = true;
      }
    }
    if (cleanLabelIn(s, i + 1, lineEnd)) {
      foundLabel.mayHint = mayHint;
      return true;
    }
    const lineBreak = i < tailStart ? -1 : s.charCodeAt(i) === 0x0a ? i : s.lastIndexOf('\n', i);
    if (lineBreak < tailStart) return false;
    lineEnd = lineBreak;
  }
}

/** cleanLabel(s.slice(start, end)) for a line with no 。、; in it, the label left in foundLabel; false for none. */
function cleanLabelIn(s: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  const first = codeBefore(s, from, to);
  if (!isKanjiOrKatakana(first) && !isAsciiLetter(first)) from = labelLeadEndIn(s, from, to);
  const last = from < to ? s.charCodeAt(to - 1) : Number.NaN;
  if (!isKanjiOrKatakana(last) && last !== 0x29 /* ) */) to = labelTrailStartIn(s, from, to);
  if (to - from >= 2 && LABEL_PARTICLES.has(s.charCodeAt(to - 1)) && !isLineTerminator(s.charCodeAt(to - 2))) {
    to = labelTrailStartIn(s, from, to - 1);
  }
  if (from < to && s.charCodeAt(from) === 0x28 && !includesCodeIn(s, from, to, 0x29)) {
    from++; // "(うち" of an unclosed remark
    while (from < to && isJsWhitespace(s.charCodeAt(from))) from++;
    while (to > from && isJsWhitespace(s.charCodeAt(to - 1))) to--;
  }
  if (!hasWordIn(s, from, to)) return false;
  foundLabel.start = from;
  foundLabel.end = to;
  return true;
}

function includesCodeIn(s: string, start: number, end: number, c: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) === c) return true;
  return false;
}

/** start + labelLeadEnd(s.slice(start, end)). */
function labelLeadEndIn(s: string, start: number, end: number): number {
  let i = start;
  for (;;) {
    const c = codeBefore(s, i, end);
    if (isJsWhitespace(c) || LABEL_LEAD_CHARS.has(c) || (c >= 0x2460 && c <= 0x2473) /* ①-⑳ */) {
      i++;
    } else if (c === 0x28 /* ( */ && isAsciiDigit(codeBefore(s, i + 1, end))) {
      const close = isAsciiDigit(codeBefore(s, i + 2, end)) ? i + 3 : i + 2;
      if (codeBefore(s, close, end) !== 0x29) return i;
      i = close + 1;
    } else if (isAsciiDigit(c)) {
      const after = isAsciiDigit(codeBefore(s, i + 1, end)) ? i + 2 : i + 1;
      const mark = codeBefore(s, after, end);
      const numbered = ((mark === 0x2e || mark === 0x29) && !isAsciiDigit(codeBefore(s, after + 1, end))) || mark === 0x20;
      if (!numbered) return i;
      i = after + 1;
    } else {
      return i;
    }
  }
}

/** start + labelTrailStart(s.slice(start, end)). */
function labelTrailStartIn(s: string, start: number, end: number): number {
  let k = end;
  while (k > start) {
    const c = s.charCodeAt(k - 1);
    if (isJsWhitespace(c) || LABEL_TRAIL_CHARS.has(c)) {
      k--;
      continue;
    }
    if (!isAsciiLetter(c)) break;
    let w = k - 1;
    while (w > start && isAsciiLetter(s.charCodeAt(w - 1))) w--;
    if (k - w > 7 || !LABEL_TRAIL_WORDS.has(s.slice(w, k).toLowerCase())) break;
    k = w;
  }
  return k;
}

/** applyLabel(q, label, null) with the label findLabel found, if it found one. */
function applyFoundLabel(q: Draft, s: string, found: boolean): void {
  if (!found) {
    q.label = null;
    return;
  }
  const label = s.slice(foundLabel.start, foundLabel.end);
  if (foundLabel.mayHint) applyLabel(q, label, null);
  else q.label = label;
}

type PrefixKind = Direction | 'approximate' | 'cumulative' | 'perYear';

/**
 * PREFIX_WORD's Japanese words and marks (its Latin words are left to it), grouped by their last character. None ends
 * with another, so the one that ends where a region does is PREFIX_WORD's match there.
 */
const PREFIX_MARKS_BY_LAST: ReadonlyMap<number, readonly { readonly word: string; readonly kind: PrefixKind }[]> = groupByFirstCode(
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

/**
 * readPrefix for a value at `at` with no year label and no sign before it, the region before it being s[from, at):
 * peels prefix words as peelPrefixWords does and gives q its label. Returns where the source starts, or -1 where the
 * region ends in a Latin letter or "." (perhaps an English prefix word), which the caller leaves to readPrefix.
 * `lastStop` and `lastHint` are for findLabel, as seen before `at`.
 */
function readPlainPrefix(s: string, from: number, at: number, q: Draft, lastStop: number, lastHint: number): number {
  let end = at;
  let approximate = false;
  let cumulative = false;
  let perYear = false;
  let direction: Direction | null = null;
  for (let i = 0; i < 4; i++) {
    let k = end;
    while (k > from && isJsWhitespace(s.charCodeAt(k - 1))) k--;
    const last = k > from ? s.charCodeAt(k - 1) : Number.NaN;
    if (!PREFIX_LAST_CHARS.has(last) && !isAsciiLetter(last)) break;
    if (last === 0x2e /* . */ || isAsciiLetter(last)) return -1;
    const mark = PREFIX_MARKS_BY_LAST.get(last)?.find(({ word }) => k - word.length >= from && sameCharsAt(s, k - word.length, word));
    if (mark === undefined) break;
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
  applyFoundLabel(q, s, findLabel(s, from, end, lastStop, lastHint));
  return end;
}

/** s.slice(start, end).trim(). */
function trimmedSlice(s: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && isJsWhitespace(s.charCodeAt(from))) from++;
  while (to > from && isJsWhitespace(s.charCodeAt(to - 1))) to--;
  return s.slice(from, to);
}

/** The classes parseCommonShape's first pass looks at; a character in none of them is passed over at once. */
const SHAPE_CHECKED = CHAR_NORMALISE | CHAR_LAYOUT | CHAR_TOKEN | CHAR_STATEMENT | CHAR_LATIN | CHAR_LABEL_STOP | CHAR_LABEL_HINT;

/** What tokenBeforeValue found: the year label's start, end and year; and findLabel's hints for the text before it. */
const scannedYear = { at: -1, end: -1, year: 0, lastStop: -1, lastHint: -1 };
/** tokenBeforeValue's answer for a token the common-shape reader leaves to the scanner. */
const UNUSUAL_TOKEN = -1;

/**
 * The token character c at i, before any value, as Scanner.next reads it (a digit and a line break are the caller's):
 * returns where reading goes on, past a "R2年度:" label (then in scannedYear) or after c when it starts nothing, or
 * UNUSUAL_TOKEN for an FY label, any other era label, a second one, a bullet or ・ starting a piece.
 */
function tokenBeforeValue(s: string, i: number, c: number, hasYear: boolean): number {
  if (c === 0x46 /* F */ || c === 0x66 /* f */) {
    const second = s.charCodeAt(i + 1);
    return second === 0x59 || second === 0x79 ? UNUSUAL_TOKEN : i + 1;
  }
  if (c === 0x52 /* R */ || c === 0x48 /* H */ || c === 0x4ee4 /* 令 */ || c === 0x5e73 /* 平 */) {
    const latin = c === 0x52 || c === 0x48;
    const eraLength = latin ? 1 : 2;
    const second = s.charCodeAt(i + 1);
    const era = latin ? mayStartLatinEra(s, i) : c === 0x4ee4 ? second === 0x548c /* 和 */ : second === 0x6210 /* 成 */;
    if (!era) return i + 1;
    const end = commonEraEnd(s, i, eraLength);
    // One label, right before a colon (not "R2年度比", a comparison base), not after an English word.
    if (end < 0 || hasYear || s.charCodeAt(end) !== 0x3a /* : */ || endsWithLatinWordBefore(s, i)) return UNUSUAL_TOKEN;
    scannedYear.at = i;
    scannedYear.end = end;
    scannedYear.year = (c === 0x52 || c === 0x4ee4 ? REIWA_BASE : HEISEI_BASE) + eraNumber(s, i + eraLength);
    return end;
  }
  // ○〇◯●■◆, or ・ (which starts a piece only at the start or after a space)
  return isBulletMark(c) || i === 0 || isJsWhitespace(s.charCodeAt(i - 1)) ? UNUSUAL_TOKEN : i + 1;
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
function parseCommonShape(s: string): ParsedText | null {
  const n = s.length;
  if (n === 0 || mayBePlainNumber(s)) return null;
  // 1. Every character once: is the text already normal (normalisingOf), is there a digit, where may a statement word
  //    start (mayContainWord with the STATEMENT word starts), and where is the last token character? Until the value,
  //    also the tokens before it as Scanner.next finds them: line breaks, and at most one "R2年度:" label.
  let hasDigit = false;
  let japaneseStatementFrom = -1;
  let mayBeLatinStatement = false;
  let prevLetter = false;
  let lastToken = -1;
  let lastStop = -1; // the last CHAR_LABEL_STOP character before the value
  let lastHint = -1; // the last CHAR_LABEL_HINT character before the value
  let segStart = 0;
  let year: FiscalYear | null = null;
  let at = -1;
  let tokensFrom = 0; // tokens before the value are read from here on (not inside a year label, not after an unusual one)
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const charClass = CHAR_CLASS[c] ?? 0;
    if ((charClass & SHAPE_CHECKED) === 0) {
      prevLetter = false; // most kana and kanji: nothing to note
      continue;
    }
    if ((charClass & CHAR_NORMALISE) !== 0) return null;
    if ((charClass & CHAR_TOKEN) !== 0) {
      lastToken = i;
      if (at < 0 && i >= tokensFrom) {
        if (c <= 0x39) {
          if (c >= 0x30) at = i;
          else segStart = i + 1; // a line break
        } else {
          tokensFrom = tokenBeforeValue(s, i, c, year !== null);
          if (tokensFrom === UNUSUAL_TOKEN) {
            tokensFrom = n;
          } else if (tokensFrom !== i + 1) {
            year = scannedYear.year;
            scannedYear.lastStop = lastStop;
            scannedYear.lastHint = lastHint;
          }
        }
      }
    }
    if ((charClass & (CHAR_LABEL_STOP | CHAR_LABEL_HINT)) !== 0 && at < 0) {
      if ((charClass & CHAR_LABEL_STOP) !== 0) lastStop = i;
      else lastHint = i;
    }
    if (c === 0x20 || c === 0x0a) {
      const next = s.charCodeAt(i + 1);
      if (i === 0 || i === n - 1 || next === 0x20 || next === 0x0a) return null;
    } else if (c <= 0x39 && c >= 0x30) {
      hasDigit = true;
    }
    const letter = (charClass & CHAR_LATIN) !== 0;
    if (letter) {
      const next = s.charCodeAt(i + 1);
      if (!prevLetter && isAsciiLetter(next) && STATEMENT_EN_STARTS.has(twoLetterCode(c, next))) mayBeLatinStatement = true;
    } else if ((charClass & CHAR_STATEMENT) !== 0 && japaneseStatementFrom < 0) {
      japaneseStatementFrom = i;
    }
    prevLetter = letter;
  }
  // Without a digit there is no number token, so no value and no remark: only statement words count.
  if (!hasDigit) return { quantities: [], statement: statementIn(s, japaneseStatementFrom, mayBeLatinStatement) };
  if (at < 0) return null; // no value, or an unusual token before it

  // 2. The value at `at`, as Scanner.onNumber reads it. What follows it must hold no remark and no other token.
  scanNumber(s, at);
  const numEnd = scannedNumber.end;
  if (scannedNumber.cutAtComma) return null; // "1234,567": the scanner reads on after 1234
  if (mayBeDateWithDigits(s, at, scannedNumber.firstRunEnd) || isPartOfIdentifier(s, at)) return null;
  const mayBeNumbering = scannedNumber.fractionDigits === 0 && !scannedNumber.hasExponent && scannedNumber.intDigits <= 2;
  if (mayBeNumbering && isNumberingAt(s, segStart, at, numEnd)) return null;
  if (mayBeMultiplierAt(s, numEnd)) return null; // "6.7万", "5 million"
  const value = scannedValue(s, at);
  if (value === null) return null;
  const looksLikeThousands = scannedLooksLikeThousands(s, at);
  const q = newDraft(value, '');
  let p = numEnd;
  const unit = unitAt(s, p);
  if (unit !== null) {
    q.unit = unit;
    p = scannedUnit.end;
    if (s.charCodeAt(p) === 0x76ee /* 目 */ || (!scannedUnit.known && unit.endsWith('目'))) return null; // "3回目"
  }
  p = readModifiers(s, p, q);
  if (p < n) {
    const open = s.charCodeAt(p) === 0x20 ? p + 1 : p;
    if (s.charCodeAt(open) === 0x28 || (lastToken >= p && hasTokenFrom(s, p))) return null; // a remark, another value or year
  }
  if (looksLikeThousands && isCounter(q.unit)) q.suspicion = 'decimalLooksLikeThousands' satisfies QuantitySuspicion;

  // 3. Its prefix and label: the scanner has gathered the text before the year label, and the piece after it.
  let sourceStart = -1;
  if (year === null) {
    const signed = at > 0 && isSignCode(s.charCodeAt(at - 1)) && !isAsciiLetter(s.charCodeAt(at - 2)) && !isAsciiDigit(s.charCodeAt(at - 2));
    if (!signed) sourceStart = readPlainPrefix(s, Math.max(0, at - MAX_LABEL_REGION), at, q, lastStop, lastHint);
    if (sourceStart < 0) sourceStart = readPrefix(s, at, q, 0, '', null, false);
  } else {
    const { at: yearAt, end: yearEnd } = scannedYear;
    const labelStart = Math.max(0, yearAt - MAX_LABEL_REGION);
    const colonOnly = at === yearEnd + 1 || (at === yearEnd + 2 && s.charCodeAt(yearEnd + 1) === 0x20);
    if (colonOnly && yearAt - labelStart + (at - yearEnd) <= MAX_LABEL_REGION) {
      // "RPA導入業務数 R2年度:50業務": readPrefix would read the region labelText + ":" (or ": "). Nothing in it is a
      // sign or a prefix word, and cleanLabel strips a trailing ":" or ": " as it strips the separators before it,
      // so the label is labelFrom(labelText), the source starts at the number, and the region need not be built.
      applyFoundLabel(q, s, findLabel(s, labelStart, yearAt, scannedYear.lastStop, scannedYear.lastHint));
      sourceStart = at;
    } else {
      sourceStart = readPrefix(s, at, q, yearEnd, s.slice(labelStart, yearAt), null, false);
    }
  }
  q.source = trimmedSlice(s, sourceStart, p);
  q.year = year;
  return { quantities: [q], statement: statementIn(s, japaneseStatementFrom, mayBeLatinStatement) };
}

/** endsWithLatinWord(s.slice(0, end)), without the slice. */
function endsWithLatinWordBefore(s: string, end: number): boolean {
  let i = end - 1;
  if (s.charCodeAt(i) === 0x20) i--;
  const c = s.charCodeAt(i);
  return isAsciiLetter(c) || c === 0x2e;
}

/**
 * Every value in a cell's text, in order, with unit, direction, year and label as written;
 * and whether the text is a statement about a value ("90%以上達成が困難の見込み") rather than a report.
 * Never throws. The `source` of each quantity is a slice of the normalised text.
 */
export function parseQuantityText(text: string): ParsedText {
  if (typeof text !== 'string' || text.length === 0) return EMPTY;
  const cut = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const common = parseCommonShape(cut);
  if (common !== null) return common;
  const s = normalizeText(cut);
  if (s.length === 0) return EMPTY;
  if (mayBePlainNumber(s) && PLAIN_NUMBER.test(s)) return parsePlainNumber(s);
  return new Scanner(s).run();
}

/**
 * parseQuantityText with every token found by the MASTER pattern alone, as the scanner did before it read the
 * common tokens by hand: the reference that the hand-written tokenizer is tested against.
 */
export function parseQuantityTextReference(text: string): ParsedText {
  if (typeof text !== 'string' || text.length === 0) return EMPTY;
  const s = normalizeText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
  if (s.length === 0) return EMPTY;
  if (PLAIN_NUMBER.test(s)) return parsePlainNumber(s);
  return new Scanner(s, true).run();
}

/** PLAIN_NUMBER can only match a text that starts with "-" or a digit and ends with a digit. */
function mayBePlainNumber(s: string): boolean {
  const first = s.charCodeAt(0);
  return (first === 0x2d || isAsciiDigit(first)) && isAsciiDigit(s.charCodeAt(s.length - 1));
}

/** Fast path for the most common cell: a bare number. */
function parsePlainNumber(s: string): ParsedText {
  const negative = s.charCodeAt(0) === 0x2d;
  const body = negative ? s.slice(1) : s;
  const digits = body.indexOf(',') >= 0 ? body.replace(/,/g, '') : body;
  const value = Number(digits);
  if (!Number.isFinite(value)) return EMPTY;
  const q = newDraft(negative && value !== 0 ? -value : value, s);
  if (DECIMAL_LOOKS_LIKE_THOUSANDS.test(body)) q.suspicion = 'decimalLooksLikeThousands';
  return { quantities: [q], statement: false };
}

// ---------------------------------------------------------------------------------------------
// splitIndicatorSegments
// ---------------------------------------------------------------------------------------------

/*
 * Segment markers: bullets anywhere; "・", "(1)" and "①" only at a line start or after a space ("RPA・AI-OCR" is one
 * name). As a pattern, SEGMENT_MARKER = /[○〇◯●■◆]|(?<!\S)(?:・|\(\d{1,2}\)|[①-⑳])/g, which segmentMarkerAt reads by
 * hand (the property test keeps the pattern as its reference).
 */
/** A line that continues the indicator above: another year, a value, or a remark ("R3年度:60業務", "(うち…)"). */
const CONTINUATION_START = /^(?:(?:令和|平成|[RH]) ?(?:元|\d)|[Ff][Yy] ?\d|\d|[(~約▲△▼+\-※])/;

/** Length of "1 " / "1." / "1)" numbering at the start of a text (not "50 件" or "2 per year", which are values). */
function leadingNumberingLength(text: string): number {
  // One or two digits not followed by a third (/^\d{1,2}(?!\d)/).
  if (!isAsciiDigit(text.charCodeAt(0))) return 0;
  const digits = isAsciiDigit(text.charCodeAt(1)) ? 2 : 1;
  if (isAsciiDigit(text.charCodeAt(digits))) return 0;
  const mark = numberingMarkAfter(text, digits);
  return mark > 0 ? digits + mark : 0;
}

/**
 * The length of the SEGMENT_MARKER match at i, or 0: ○〇◯●■◆ anywhere; ・, ①–⑳ and (1)–(99) only at the start or
 * after whitespace (a line break counts, so this reads s whole the way the pattern reads each line).
 */
function segmentMarkerAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (!isIn(CHAR_MARKER, c)) return 0;
  if (isBulletMark(c)) return 1;
  if (i > 0 && !isJsWhitespace(s.charCodeAt(i - 1))) return 0;
  if (c === 0x30fb /* ・ */ || (c >= 0x2460 && c <= 0x2473) /* ①-⑳ */) return 1;
  if (c !== 0x28 || !isAsciiDigit(s.charCodeAt(i + 1))) return 0;
  const close = isAsciiDigit(s.charCodeAt(i + 2)) ? i + 3 : i + 2;
  return s.charCodeAt(close) === 0x29 ? close + 1 - i : 0;
}

/**
 * The pieces of the cell being split, as offsets into its normalised text: [start, end) of each piece's text
 * (trimmed, numbering removed), whether a bullet or numbering started it, and whether it begins its line. The
 * arrays are reused from call to call (nothing while collecting calls back into splitIndicatorSegments), so
 * splitting a cell allocates little beyond its segments.
 */
const pieces = { count: 0, starts: [] as number[], ends: [] as number[], marked: [] as boolean[], lineStart: [] as boolean[] };

/** Collects the pieces of s: each line split at SEGMENT_MARKER (as line.split(SEGMENT_MARKER) does), trimmed. */
function collectPieces(s: string): void {
  pieces.count = 0;
  for (let lineStart = 0; lineStart <= s.length; ) {
    let lineEnd = s.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = s.length;
    let partStart = lineStart;
    for (let i = lineStart; i < lineEnd; ) {
      const marker = isIn(CHAR_MARKER, s.charCodeAt(i)) ? segmentMarkerAt(s, i) : 0;
      if (marker === 0) {
        i++;
        continue;
      }
      addPiece(s, partStart, i, partStart === lineStart);
      i += marker;
      partStart = i;
    }
    addPiece(s, partStart, lineEnd, partStart === lineStart);
    lineStart = lineEnd + 1;
  }
}

/**
 * normalizeText and collectPieces in one pass, for a text normalizeText leaves as it is (nearly every cell): returns
 * false, with the pieces unfinished, at the first sign that it would change the text.
 */
function collectPiecesOfNormalText(s: string): boolean {
  pieces.count = 0;
  const last = s.length - 1;
  let lineStart = 0;
  let partStart = 0;
  for (let i = 0; i <= last; ) {
    const c = s.charCodeAt(i);
    const charClass = CHAR_CLASS[c] ?? 0;
    if ((charClass & (CHAR_NORMALISE | CHAR_LAYOUT | CHAR_MARKER)) === 0) {
      i++;
      continue;
    }
    if ((charClass & CHAR_NORMALISE) !== 0) return false;
    if ((charClass & CHAR_LAYOUT) !== 0) {
      const next = s.charCodeAt(i + 1);
      if (i === 0 || i === last || next === 0x20 || next === 0x0a) return false; // normalizeText would collapse or trim it
      if (c === 0x0a) {
        addPiece(s, partStart, i, partStart === lineStart);
        lineStart = i + 1;
        partStart = lineStart;
      }
      i++;
      continue;
    }
    const marker = segmentMarkerAt(s, i);
    if (marker === 0) {
      i++;
      continue;
    }
    addPiece(s, partStart, i, partStart === lineStart);
    i += marker;
    partStart = i;
  }
  addPiece(s, partStart, last + 1, partStart === lineStart);
  return true;
}

/**
 * Adds the part [from, to) of a line, as part.trim() with its numbering and the spaces after it removed, unless
 * nothing is left of it. (trim() removes exactly the characters isJsWhitespace tells.)
 */
function addPiece(s: string, from: number, to: number, lineStart: boolean): void {
  let start = from;
  let end = to;
  while (start < end && isJsWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isJsWhitespace(s.charCodeAt(end - 1))) end--;
  const numbering = isAsciiDigit(s.charCodeAt(start)) && start < end ? leadingNumberingLength(s.slice(start, end)) : 0;
  if (numbering > 0) {
    start += numbering;
    while (start < end && isJsWhitespace(s.charCodeAt(start))) start++;
  }
  if (start >= end) return;
  const k = pieces.count++;
  pieces.starts[k] = start;
  pieces.ends[k] = end;
  pieces.marked[k] = !lineStart || numbering > 0;
  pieces.lineStart[k] = lineStart;
}

/**
 * Splits a cell listing several indicators into one text per indicator, bullets and numbering removed.
 * Splits at bullets (○〇◯●■◆ anywhere; ・ at a line start or after a space), numbered items and line breaks;
 * several years of one indicator stay together ("R3年度:250会議 R4年度:300会議", also across lines).
 * In a bulleted cell an unbulleted line continues the item above it.
 */
export function splitIndicatorSegments(text: string): string[] {
  if (typeof text !== 'string') return [];
  const cut = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  let s = cut;
  if (!collectPiecesOfNormalText(cut)) {
    s = normalizeText(cut);
    if (s.length === 0) return [];
    collectPieces(s);
  }
  const { count, starts, ends, marked, lineStart } = pieces;
  let markedCell = false;
  for (let k = 0; k < count && !markedCell; k++) markedCell = marked[k] === true;
  // Made on the first segment: most cells have one, and an empty array's first push reserves room for seventeen.
  let segments: string[] | null = null;
  // The last segment's [start, end) in s while it is still one stretch of s (-1 once it was joined across a gap).
  let lastStart = -1;
  let lastEnd = -1;
  for (let k = 0; k < count; k++) {
    const start = starts[k] ?? 0;
    const end = ends[k] ?? 0;
    const previous = segments === null ? -1 : segments.length - 1;
    const continues =
      segments !== null &&
      lineStart[k] === true &&
      marked[k] !== true &&
      (markedCell || CONTINUATION_START.test(s.slice(start, end)) || parseQuantityText(segments[previous] ?? '').quantities.length === 0);
    if (segments === null || !continues) {
      if (segments === null) segments = [s.slice(start, end)];
      else segments.push(s.slice(start, end));
      lastStart = start;
      lastEnd = end;
    } else if (lastEnd >= 0 && start === lastEnd + 1 && s.charCodeAt(lastEnd) === 0x0a) {
      // "○RPA導入業務数\nR2年度:50業務": the joined text is a stretch of s; take it whole rather than as a join.
      segments[previous] = s.slice(lastStart, end);
      lastEnd = end;
    } else {
      segments[previous] = `${segments[previous] ?? ''}\n${s.slice(start, end)}`;
      lastEnd = -1;
    }
  }
  return segments ?? [];
}

// ---------------------------------------------------------------------------------------------
// parseDirectionWords, normalizeName
// ---------------------------------------------------------------------------------------------

const DIRECTION_WORD = new RegExp(
  [
    '(以上|≥|>=|≧|(?<![A-Za-z])(?:at least|no less than|not less than|or more|or greater|or higher|minimum|higher is better|more is better|larger is better)(?![A-Za-z]))',
    '(以下|≤|<=|≦|(?<![A-Za-z])(?:at most|no more than|not more than|or less|or fewer|or lower|maximum|lower is better|less is better|fewer is better|smaller is better)(?![A-Za-z]))',
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
const DIRECTION_LATIN_STARTS = twoLetterCodes(['at', 'no', 'or', 'mi', 'hi', 'mo', 'la', 'ma', 'lo', 'le', 'fe', 'sm', 'un', 'be', 'gr', 'ov', 'ab', 'ex']);
const REDUCTION_STARTS = '削縮低減短軽';
const REDUCTION_LATIN_STARTS = twoLetterCodes(['re', 'de', 'cu', 'sa']);
for (const ch of DIRECTION_STARTS) CHAR_CLASS[ch.charCodeAt(0)] = (CHAR_CLASS[ch.charCodeAt(0)] ?? 0) | CHAR_DIRECTION;
for (const ch of REDUCTION_STARTS) CHAR_CLASS[ch.charCodeAt(0)] = (CHAR_CLASS[ch.charCodeAt(0)] ?? 0) | CHAR_REDUCTION;

/**
 * Which of DIRECTION_WORD and REDUCTION_WORD could match in s, in one pass (as mayContainWord does for one):
 * CHAR_DIRECTION and/or CHAR_REDUCTION, or 0 when neither regex need run.
 */
function directionWordStarts(s: string): number {
  let found = 0;
  let prevLetter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = isAsciiLetter(c);
    if (letter) {
      const next = s.charCodeAt(i + 1);
      if (!prevLetter && isAsciiLetter(next)) {
        const code = twoLetterCode(c, next);
        if (DIRECTION_LATIN_STARTS.has(code)) found |= CHAR_DIRECTION;
        if (REDUCTION_LATIN_STARTS.has(code)) found |= CHAR_REDUCTION;
      }
    } else {
      found |= (CHAR_CLASS[c] ?? 0) & (CHAR_DIRECTION | CHAR_REDUCTION);
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
  const s = normalizeText(typeof text === 'string' && text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
  // The last direction word wins: "年360時間を超える職員の割合(10%以下)" describes with 超 but bounds with 以下.
  let direction: Direction | null = null;
  const starts = directionWordStarts(s);
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
const NAME_NOISE_CHARS = codeSet('○〇◯●■◆◎・※□◇▪「」『』"“”\'‘’【】:①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');

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
  let s = normalizeText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
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


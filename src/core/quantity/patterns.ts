/**
 * The vocabulary of values as patterns and character sets: year labels and numbers (MASTER), comparison bases, scale
 * words, modifiers after a value and words before it, remarks, statement words, and what a label is cleaned of.
 */
import {
  CHAR_STATEMENT, addToCharClass, CodeSet, WordList, codeSet, groupByFirstCode, isAsciiDigit, isAsciiLetter, twoLetterCode,
  twoLetterCodes,
} from './chars';
import { YEAR_SCAN_SRC } from './years';

/** Only this many characters before a value are considered for its label. */
export const MAX_LABEL_REGION = 120;

/**
 * One left-to-right scan finds, in this order of preference at each position:
 * 1 date/time (skipped), 2–5 era year, 6 FY year, 7 western year, 8 number, 9 segment boundary.
 */
export const MASTER = new RegExp(
  `${YEAR_SCAN_SRC}|(\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|(\\n|[○〇◯●■◆]|(?<!\\S)・)`,
  'g',
);

/** A year label followed by this is a comparison base ("R元年度比", "R元年度と比べて"), not the value's year. */
export const BASE_AFTER = / ?の?(?:実績|値|水準)?(?:比較(?:して|すると)?|(?:と|に)比べ(?:て|ると|た)?|対比|比)/y;

const MAY_START_BASE = codeSet(' の実値水比とに対');

/** Whether the text at `end` (just after a year label) makes it a comparison base; BASE_AFTER.lastIndex is then its end. */
export function isComparisonBaseAt(s: string, end: number): boolean {
  if (!MAY_START_BASE.has(s.charCodeAt(end))) return false;
  BASE_AFTER.lastIndex = end;
  return BASE_AFTER.test(s);
}

/** English comparison base before a year label ("compared with FY2019"). */
export const BASE_BEFORE = /(?<![A-Za-z])(?:compared (?:with|to)|vs\.?|versus|relative to|than) ?$/i;

/** "50 tasks in FY2020": a year written after the value it governs. */
export const YEAR_AFTER_VALUE = /^ ?(?:in|for|during|by) ?$/i;

/** 万/億 and English scale words right after the number. 千 alone scales, but 千円 is a unit. */
export const MULTIPLIER = /(兆|億|千万|万|千(?!円))|( ?(?:million|billion|trillion|thousand)(?![A-Za-z]))/iy;

export const MAY_START_MULTIPLIER = codeSet('兆億千万 mbtMBT');

export const MULTIPLIER_EXP: Readonly<Record<string, number>> = {
  兆: 12, 億: 8, 千万: 7, 万: 4, 千: 3, million: 6, billion: 9, trillion: 12, thousand: 3,
};

/** A letter of scale written right after a value's digits: its power of ten and its length in characters. */
export interface BareScale { readonly exp: number; readonly length: number }
const MILLION_LETTER: BareScale = Object.freeze({ exp: 6, length: 1 });
const THOUSAND_LETTER: BareScale = Object.freeze({ exp: 3, length: 1 });
const MILLION_WORD: BareScale = Object.freeze({ exp: 6, length: 2 });
const BILLION_WORD: BareScale = Object.freeze({ exp: 9, length: 2 });

/** A letter or digit of any script after a scale's letter: "4Kカメラ", "1K住戸", "3K職場" are words, not thousands. */
function runsOn(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff10 && c <= 0xff5a);
}

/**
 * The scale written right after a value's digits without a currency mark, from the codes there (c0 the first after
 * the digits): "1.2M" and "45k" as English plans count people, rides and money. Only the capital M ("5m" and
 * "5 m" stay metres), k or K, and "bn" or "mn"; and only where no letter or digit runs on: "5MW", "5Mbps", "45km",
 * "2M3" are units or codes. Null for anything else.
 */
export function bareScaleOf(c0: number, c1: number, c2: number): BareScale | null {
  if (c0 === 0x4d /* M */ || c0 === 0x6b /* k */ || c0 === 0x4b /* K */) {
    return runsOn(c1) ? null : c0 === 0x4d ? MILLION_LETTER : THOUSAND_LETTER;
  }
  if ((c1 | 0x20) !== 0x6e /* n */ || runsOn(c2)) return null;
  const first = c0 | 0x20;
  return first === 0x62 /* b */ ? BILLION_WORD : first === 0x6d /* m */ ? MILLION_WORD : null;
}

/** Words after the value, in any order; each group is one kind. */
export const MODIFIER = new RegExp(
  ' ?(?:' +
    [
      '/ ?(年度|年間|年|years?|yr|annum|累計|cumulative)(?![A-Za-z])', // 1 per year or cumulative
      '/ ?([\\u4E00-\\u9FFF々\\u30A1-\\u30FA\\u30FC]{1,3}|[A-Za-z]{1,12})(?![A-Za-z0-9\\u3041-\\u3096\\u4E00-\\u9FFF\\u30A1-\\u30FA\\u30FC])', // 2 per something else
      '(年間|毎年|per (?:year|annum)|a year|each year|every year|annually|yearly|annual)(?![A-Za-z])', // 3 per year
      '(累計|cumulative(?:ly)?|in total)(?![A-Za-z])', // 4 cumulative
      '(以上|or more|or greater|or higher|or above|or over|and above|and over|\\+(?!\\d))', // 5 atLeast
      // 6 atMost (以内: within; "30日まで短縮": brought down to 30 days, a level rather than a cut)
      '(以下|以内|(?:まで|に|へ)(?:短縮|削減|縮減|低減|減少|軽減|抑制|圧縮)|or less|or fewer|or lower|or below|or under|and below|and under)(?![A-Za-z])',
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
export const MAY_START_MODIFIER = codeSet(' /+年毎累以未を下超上の削縮低減短軽程前ほくぐまにへ' + 'paeycioredlf' + 'PAEYCIOREDLF');

export const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;

/** Stops a run of unknown counter characters: "5基以上" has the unit 基, not 基以上. */
export const WORDS_AFTER_VALUE = new WordList([
  '以上', '以下', '以内', '未満', '超', '削減', '縮減', '低減', '減', '累計', '年間', '毎年', '程度', '前後', '達成', '見込', '予定', '見通', '増', '比',
  '目標', '実績',
]);

export const WORD_AFTER_VALUE = new RegExp(WORDS_AFTER_VALUE.words.join('|'), 'y');

/** What may stand just before a number and belongs to it rather than to the label. */
export const PREFIX_WORD = new RegExp(
  [
    '(約|およそ|概ね|おおむね|(?<![A-Za-z])(?:approx(?:imately|\\.)?|about|around|roughly|nearly|almost)|~|≈|≒)', // 1 approximate
    '(≥|>=|≧|(?<![A-Za-z])(?:at least|no less than|not less than|minimum|min\\.))', // 2 atLeast
    // 3 atMost ("reduce to 5 days": a level to bring down to, as "5日まで短縮")
    '(≤|<=|≦|(?<![A-Za-z])(?:at most|no more than|not more than|up to|within|maximum|max\\.|(?:reduced?|cut|lower(?:ed)?|decreased?|brought down|bring down|down) to))',
    '(>|(?<![A-Za-z])(?:more than|greater than|over|above|exceeding))', // 4 moreThan
    '(<|(?<![A-Za-z])(?:less than|fewer than|under|below))', // 5 lessThan
    '(累計|(?<![A-Za-z])cumulative)', // 6 cumulative
    '(年間|毎年|(?<![A-Za-z])(?:annual|yearly))', // 7 perYear
    '((?<![A-Za-z])(?:reduced? by|reducing by|cut by|decreased? by|reduction of))', // 8 reduction
    // 9 per month, 10 per week ("毎月1回以上", "週1回"): 月 or 週 alone only as the whole prefix or after a space or
    // colon; and never after a number, which makes it a month of the year ("12月に100件")
    '(毎月|(?<![0-9〇一二三四五六七八九十])(?:月間|月に|月平均|月あたり)|1か月あたり|1ヶ月あたり|ひと月あたり|(?<![^\\s:：])月|(?<![A-Za-z])(?:monthly|every month|a month|per month|monthly average))',
    '(毎週|週に|(?<![^\\s:：])週|(?<![A-Za-z])(?:weekly|every week|a week))',
    '(四半期に|四半期ごとに|毎四半期|(?<![A-Za-z])(?:quarterly|every quarter|a quarter))', // 11 per quarter
  ]
    .map((alt) => `${alt} ?$`)
    .join('|'),
  'i',
);

/** Last characters of PREFIX_WORD entries: the regex runs only when the region ends in one of these. */
export const PREFIX_LAST_CHARS = codeSet('約そね~≈≒≥=≧≤≦><.計間年月週に均り期');

/** What a short remark in brackets after a value may say about it: "(累計)", "(見込)", "(R2年度)". */
export const REMARK_CUMULATIVE = /^(?:累計|cumulative|total)$/i;

export const REMARK_PER_YEAR = /^(?:年間|\/年|per year|annual|yearly)$/i;

export const REMARK_FORECAST = /^(?:見込み?|見込値|見通し|予定|予測|目標|forecast|expected|planned|projected)$/i;

export const REMARK_APPROXIMATE = /^(?:概数|概算|推計値?|約|approx\.?|approximate|estimated?)$/i;

export const REMARK_DIRECTION = /^(?:(以上|at least|or more)|(以下|以内|at most|or less|within)|(未満)|(超))$/i;

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
export const STATEMENT_JA_BY_FIRST: ReadonlyMap<number, readonly StatementWord[]> = groupByFirstCode(STATEMENT_JA_WORDS, (w) => w.word);

/** Whole Latin words; each begins with two literal letters (see STATEMENT_EN_STARTS). */
const STATEMENT_EN = [
  'unlikely', 'difficult', 'not (?:be |been )?(?:achieved|achieve|met|reached)', 'cannot', "can't", 'could not', "couldn't",
  'will not', "won't", 'expected', 'expect', 'planned', 'scheduled', 'forecast', 'likely', 'impossible', 'failed', 'achieved',
  'achievable', 'fell short', 'on track',
];

export const STATEMENT = new RegExp(`${STATEMENT_JA.join('|')}|(?<![A-Za-z])(?:${STATEMENT_EN.join('|')})(?![A-Za-z])`, 'gi');

/** First characters of the Japanese statement words. */
export const STATEMENT_JA_STARTS = codeSet(STATEMENT_JA.map((w) => w.charAt(0)).join(''));

addToCharClass(CHAR_STATEMENT, STATEMENT_JA.map((word) => word.charCodeAt(0)));

/** STATEMENT without the g flag, for one test of a text that has no remark to skip. */
export const STATEMENT_ONCE = new RegExp(STATEMENT.source, 'i');

/** First two letters (lower-cased) of the English statement words, as two-letter codes (see twoLetterCode). */
export const STATEMENT_EN_STARTS = twoLetterCodes(STATEMENT_EN);

/**
 * Whether a regex of words could match anywhere in s: some character of `starts` stands in it, or a Latin word
 * (the regexes want no letter before their English words) begins with one of the two-letter `latinStarts`. Texts
 * with neither are most of them, and then the regex need not run.
 */
export function mayContainWord(s: string, starts: CodeSet, latinStarts: CodeSet): boolean {
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
export const PLAIN_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** "2.000", "4.074": a thousands separator typed as a decimal point? (0.125 is plainly a fraction.) */
export const DECIMAL_LOOKS_LIKE_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * What is stripped from the start of a label (see labelLeadEnd, which reads it by hand):
 * /^(?:[\s○〇◯●■◆◎・※□◇▪*:=\-~/,、。]|\(\d{1,2}\)|[①-⑳]|\d{1,2}[.)](?!\d)|\d{1,2} )+/
 */
export const LABEL_LEAD_CHARS = codeSet('○〇◯●■◆◎・※□◇▪*:=-~/,、。');

/**
 * What is stripped from the end of a label (see labelTrailStart, which reads it by hand):
 * /(?:[\s:=→⇒、,。・\-/~(]|(?<![A-Za-z])(?:of|is|was|were|are|at|by|to|in|for|reached|be|the)(?![A-Za-z]))+$/i
 */
export const LABEL_TRAIL_CHARS = codeSet(':=→⇒、,。・-/~(');

export const LABEL_TRAIL_WORDS: ReadonlySet<string> = new Set(['of', 'is', 'was', 'were', 'are', 'at', 'by', 'to', 'in', 'for', 'reached', 'be', 'the']);

/** A particle ending a label ("RPA導入業務数は") after at least one character other than a line break. */
export const LABEL_PARTICLES = codeSet('はがでをにの');

/** An English month's name, full or short: "March", "Mar". */
export const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * A month name just before a number, perhaps with its day: "March 2022", "by Mar. 31, 2022"; not the end of a range
 * of months, after which a value follows ("Jan-Mar 12 workshops").
 */
const MONTH_BEFORE = new RegExp(`(?<![A-Za-z\\-–~〜])${MONTH_NAME}\\.? ?(?:[0-9]{1,2}(?:st|nd|rd|th)?,? ?)?$`, 'i');
/** A month name just after a number: "31 March 2022". */
const MONTH_AFTER = new RegExp(`^ ?${MONTH_NAME}(?![A-Za-z])`, 'i');

/**
 * Whether the number at [at, end) is the day or year of a date written in English ("Adopt by March 2022", "31 March
 * 2022"): a date, not a value to compare.
 */
export function isEnglishDateNumber(s: string, at: number, end: number): boolean {
  // Only a day (1–2 digits) or a year (19xx, 20xx): "Jan-Mar 300 cases" and "May 2,000 visitors" hold values.
  const digits = end - at;
  if (digits > 4 || digits === 3) return false;
  if (digits === 4 && !(s.charCodeAt(at) === 0x32 /* 2 */ ? s.charCodeAt(at + 1) === 0x30 : s.charCodeAt(at) === 0x31 && s.charCodeAt(at + 1) === 0x39)) return false;
  if (digits === 4 && isYearOfQuarter(s, at, end)) return true;
  // Most values have no three Latin letters in a row near them, as a month's name has ("R2年度:50" has one): this
  // runs for every value read, and the patterns run only where such a word is.
  const from = Math.max(0, at - 16);
  const to = Math.min(s.length, end + 10);
  let run = 0;
  for (let i = from; i < to && run < 3; i++) {
    const c = s.charCodeAt(i) | 0x20;
    run = c >= 0x61 && c <= 0x7a ? run + 1 : 0;
  }
  return run >= 3 && (MONTH_BEFORE.test(s.slice(from, at)) || MONTH_AFTER.test(s.slice(end, end + 10)));
}

/**
 * Whether the year at [at, end) is a quarter's, "Q3 2024" or "2024 Q3": a date, not a value. (The quarter's own digit
 * stands glued to its Q, so the common-shape reader, which asks isEnglishDateNumber only where two Latin letters stand
 * together, leaves such a text to the scanner before it would ask.)
 */
function isYearOfQuarter(s: string, at: number, end: number): boolean {
  if (s.charCodeAt(at - 1) === 0x20 && isQuarterAt(s, at - 3)) return true;
  return s.charCodeAt(end) === 0x20 && isQuarterAt(s, end + 1);
}

/** "Q1" to "Q4" at i as a word of its own. */
function isQuarterAt(s: string, i: number): boolean {
  const q = s.charCodeAt(i) | 0x20;
  const n = s.charCodeAt(i + 1);
  return q === 0x71 /* q */ && n >= 0x31 && n <= 0x34 && !isAsciiLetterOrDigit(s.charCodeAt(i - 1)) && !isAsciiLetterOrDigit(s.charCodeAt(i + 2));
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}

/** A range of months after a number: "-6月" of "4-6月", "〜9月". */
const MONTH_RANGE_REST = /^[-〜~～]\s*\d{1,2}\s*月/u;

/**
 * Where a part of the year named from the number at [at, end) ends ("1Q", "4-6月"), or -1: a label of the value
 * after it ("1Q:90件", "4-6月 80件"), not a value.
 */
export function periodPartEnd(s: string, at: number, end: number): number {
  const c = s.charCodeAt(end);
  if (end - at === 1 && (c === 0x51 || c === 0x71) /* Q */) {
    const d = s.charCodeAt(at);
    const next = s.charCodeAt(end + 1);
    const letter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a;
    return d >= 0x31 && d <= 0x34 && !letter ? end + 1 : -1;
  }
  if (end - at > 2 || (c !== 0x2d && c !== 0x301c && c !== 0x7e && c !== 0xff5e)) return -1;
  const m = MONTH_RANGE_REST.exec(s.slice(end, end + 8));
  return m === null ? -1 : end + m[0].length;
}

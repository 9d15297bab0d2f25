/**
 * Reading quantities from cell text the way public-office staff write them:
 * "R2年度:50業務", "約62,000枚/年", "90%以上", "R元年度比コピー使用量61.2%減", "FY2020: 50 tasks".
 *
 * Pure functions, no I/O. This runs for every cell of large plans, so every regular expression is
 * compiled once at module level, patterns are written so that they cannot backtrack catastrophically,
 * and inputs longer than MAX_INPUT characters are cut before any work is done.
 */
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
}

/** Known units grouped by the code of their first character (Latin lower-cased), each group longest first. */
const UNITS_BY_FIRST: ReadonlyMap<number, readonly UnitEntry[]> = (() => {
  const map = new Map<number, UnitEntry[]>();
  for (const unit of KNOWN_UNITS) {
    const lower = unit.toLowerCase();
    const key = lower.charCodeAt(0);
    const entry: UnitEntry = { unit, lower, latin: /^[a-z]/.test(lower) };
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  }
  return map;
})();

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

/** Particles that may follow a counter without making it part of a longer word ("5基を設置"). */
const PARTICLES = new Set(['で', 'を', 'に', 'の', 'が', 'は', 'と', 'も', 'へ', 'や', 'か', 'ま', 'よ']);

// ---------------------------------------------------------------------------------------------
// normalizeText
// ---------------------------------------------------------------------------------------------

const NEEDS_NORMALISING =
  /[\uFF01-\uFF5E\uFF61-\uFF9F\u3000\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\uFEFF\u2010\u2011\u2212\uFE63\u301C\t\v\f\r\u0085]|[ \n][ \n]|^[ \n]|[ \n]$/;
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
  // Most cells need nothing: avoid the replace chain and its allocations.
  if (!NEEDS_NORMALISING.test(text)) return text;
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
const MAY_START_BASE = new Set([...' の実値水比とに対']);

/** Whether the text at `end` (just after a year label) makes it a comparison base; BASE_AFTER.lastIndex is then its end. */
function isComparisonBaseAt(s: string, end: number): boolean {
  if (!MAY_START_BASE.has(s.charAt(end))) return false;
  BASE_AFTER.lastIndex = end;
  return BASE_AFTER.test(s);
}
/** English comparison base before a year label ("compared with FY2019"). */
const BASE_BEFORE = /(?<![A-Za-z])(?:compared (?:with|to)|vs\.?|versus|relative to|than) ?$/i;
/** "50 tasks in FY2020": a year written after the value it governs. */
const YEAR_AFTER_VALUE = /^ ?(?:in|for|during|by) ?$/i;

/** 万/億 and English scale words right after the number. 千 alone scales, but 千円 is a unit. */
const MULTIPLIER = /(兆|億|千万|万|千(?!円))|( ?(?:million|billion|thousand)(?![A-Za-z]))/iy;
const MAY_START_MULTIPLIER = new Set([...'兆億千万 mbtMBT']);
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

const CUMULATIVE_WORD = /累計|cumulative/i;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;

/** Stops a run of unknown counter characters: "5基以上" has the unit 基, not 基以上. */
const WORD_AFTER_VALUE = /以上|以下|未満|超|削減|縮減|低減|減|累計|年間|毎年|程度|前後|達成|見込|予定|見通|増|比|目標|実績/y;

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
const PREFIX_LAST_CHARS = new Set([...'約そね~≈≒≥=≧≤≦><.計間年']);

/** What a short remark in brackets after a value may say about it: "(累計)", "(見込)", "(R2年度)". */
const REMARK_CUMULATIVE = /^(?:累計|cumulative|total)$/i;
const REMARK_PER_YEAR = /^(?:年間|\/年|per year|annual|yearly)$/i;
const REMARK_FORECAST = /^(?:見込み?|見込値|見通し|予定|予測|目標|forecast|expected|planned|projected)$/i;
const REMARK_APPROXIMATE = /^(?:概数|概算|推計値?|約|approx\.?|approximate|estimated?)$/i;
const REMARK_DIRECTION = /^(?:(以上|at least|or more)|(以下|at most|or less)|(未満)|(超))$/i;

/** A sentence about a value rather than a report of one: forecast, difficulty, failure, achievement. */
const STATEMENT = new RegExp(
  '困難|見込|見通し|予定(?![数件額日表地者])|でき(?:な|ず|ま)|出来(?:な|ず)|未達|不可|難し|至ら(?:な|ず)|達成(?![率度状況値数目基指時件])|' +
    "(?<![A-Za-z])(?:unlikely|difficult|not (?:be |been )?(?:achieved|achieve|met|reached)|cannot|can't|could not|couldn't|will not|won't|expected|expect|planned|scheduled|forecast|likely|impossible|failed|achieved|achievable|fell short|on track)(?![A-Za-z])",
  'gi',
);

/** A number written as nothing but itself: "51", "1,100", "-3", "40.5". */
const PLAIN_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** "2.000", "4.074": a thousands separator typed as a decimal point? (0.125 is plainly a fraction.) */
const DECIMAL_LOOKS_LIKE_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

const LABEL_LEAD = /^(?:[\s○〇◯●■◆◎・※□◇▪*:=\-~/,、。]|\(\d{1,2}\)|[①-⑳]|\d{1,2}[.)](?!\d)|\d{1,2} )+/;
const LABEL_TRAIL =
  /(?:[\s:=→⇒、,。・\-/~(]|(?<![A-Za-z])(?:of|is|was|were|are|at|by|to|in|for|reached|be|the)(?![A-Za-z]))+$/i;
const LABEL_PARTICLE = /(?<=.)[はがでをにの]$/;
const HAS_WORD = /[A-Za-z\u3041-\u3096\u30A1-\u30FA\u30FC\u3400-\u4DBF\u4E00-\u9FFF々]/;
const LABEL_PER_YEAR = /年間|毎年|annual|per year/i;

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
  let e = raw.indexOf('e');
  if (e < 0) e = raw.indexOf('E');
  const hasExponent = e >= 0;
  const mantissaEnd = hasExponent ? e : raw.length;
  const dot = raw.indexOf('.');
  const intEnd = dot >= 0 && dot < mantissaEnd ? dot : mantissaEnd;
  const fraction = intEnd < mantissaEnd ? raw.slice(intEnd + 1, mantissaEnd) : null;
  const comma = raw.indexOf(',');
  if (comma < 0) return { digits: raw, length: raw.length, fraction, hasExponent };
  if (comma > 3) return { digits: raw.slice(0, comma), length: comma, fraction: null, hasExponent: false };
  let digits = raw.slice(0, comma);
  let groupStart = comma + 1;
  while (groupStart <= intEnd) {
    let groupEnd = raw.indexOf(',', groupStart);
    if (groupEnd < 0 || groupEnd > intEnd) groupEnd = intEnd;
    if (groupEnd - groupStart !== 3) return { digits, length: groupStart - 1, fraction: null, hasExponent: false };
    digits += raw.slice(groupStart, groupEnd);
    groupStart = groupEnd + 1;
  }
  return { digits: digits + raw.slice(intEnd), length: raw.length, fraction, hasExponent };
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
  if (isHiragana(next) && !PARTICLES.has(s.charAt(q))) return null;
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
    if (CUMULATIVE_WORD.test(m[1])) q.cumulative = true;
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
  for (let i = 0; i < 8 && p < s.length; i++) {
    MODIFIER.lastIndex = p;
    const m = MODIFIER.exec(s);
    if (!m) break;
    applyModifier(m, q);
    p = MODIFIER.lastIndex;
  }
  return p;
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
  if (!HAS_WORD.test(region)) return null;
  const tail = region.length > MAX_LABEL_REGION ? region.slice(-MAX_LABEL_REGION) : region;
  if (tail.indexOf('\n') < 0) return cleanLabel(tail);
  const lines = tail.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const label = cleanLabel(lines[i] ?? '');
    if (label !== null) return label;
  }
  return null;
}

function cleanLabel(line: string): string | null {
  let text = line;
  const br = lastIndexOfBreak(text);
  if (br >= 0) text = text.slice(br + 1);
  // The replaces are the costly part of reading a value; most labels need none of them.
  const first = text.charCodeAt(0);
  if (!isKanjiOrKatakana(first) && !isAsciiLetter(first)) text = text.replace(LABEL_LEAD, '');
  const last = text.charCodeAt(text.length - 1);
  if (!isKanjiOrKatakana(last) && last !== 0x29 /* ) */) text = text.replace(LABEL_TRAIL, '');
  if (LABEL_PARTICLE.test(text)) text = text.replace(LABEL_PARTICLE, '').replace(LABEL_TRAIL, '');
  if (text.charCodeAt(0) === 0x28 && text.indexOf(')') < 0) text = text.slice(1).trim(); // "(うち" of an unclosed remark
  return HAS_WORD.test(text) ? text : null; // "+", "~", "=" alone are not labels
}

/** The last 。、; in a text (；was normalised to ;). */
function lastIndexOfBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0x3001 || c === 0x3b) return i;
  }
  return -1;
}

/**
 * One left-to-right pass over normalised text. Year labels govern the values after them; text between
 * values (minus year labels) becomes the next value's label; a bracketed remark right after a value is
 * read for hints about that value and its numbers are not values.
 */
class Scanner {
  private readonly quantities: Draft[] = [];
  private readonly remarks: number[] = []; // [start, end) pairs of skipped remarks
  private statement = false;
  private year: FiscalYear | null = null;
  /** Label text gathered since the last value, with year labels cut out. */
  private labelText = '';
  /** Start of the not-yet-gathered label text. */
  private pieceStart = 0;
  /** Start of the current line or bulleted segment (for "1 " / "(1)" numbering). */
  private segStart = 0;
  private lastLabel: string | null = null;

  constructor(private readonly s: string) {}

  run(): ParsedText {
    const s = this.s;
    MASTER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MASTER.exec(s)) !== null) {
      const at = m.index;
      if (m[1] !== undefined) continue; // a date: stays in the label text
      const raw = m[8];
      if (raw !== undefined) {
        MASTER.lastIndex = this.onNumber(at, raw);
      } else if (m[9] !== undefined) {
        this.onBoundary(at, m[9]);
      } else {
        MASTER.lastIndex = this.onYear(m);
      }
    }
    return {
      quantities: this.quantities,
      statement: this.statement || this.hasStatementWords(),
    };
  }

  private onBoundary(at: number, mark: string): void {
    this.segStart = at + 1;
    if (mark === '\n') return; // a line break inside one indicator keeps its label and year
    this.labelText = '';
    this.pieceStart = at + 1;
    this.lastLabel = null;
  }

  /** Returns where scanning continues. */
  private onYear(m: RegExpExecArray): number {
    const s = this.s;
    const at = m.index;
    const year = yearOfMatch(m, s);
    if (year === null) return at + 1; // not a label after all: let the digits be read as a number
    let end = at + m[0].length;
    const before = this.labelText + s.slice(this.pieceStart, at);
    const baseAfter = isComparisonBaseAt(s, end);
    if (baseAfter) end = BASE_AFTER.lastIndex;
    const last = this.quantities[this.quantities.length - 1];
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
    if (this.isPartOfIdentifier(at) || this.isNumbering(at, numEnd, num)) return numEnd;

    const q = newDraft(0, '');
    let p = numEnd;
    MULTIPLIER.lastIndex = p;
    const mult = p < s.length && MAY_START_MULTIPLIER.has(s.charAt(p)) ? MULTIPLIER.exec(s) : null;
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
    this.quantities.push(q);
    this.labelText = '';
    this.pieceStart = p;
    return p;
  }

  /** "COVID-19", "A4", "Windows10", "第3回", "1.2.3": digits that belong to a name or an ordinal. */
  private isPartOfIdentifier(at: number): boolean {
    const s = this.s;
    const prev = s.charCodeAt(at - 1);
    if (isAsciiLetter(prev) || prev === 0x7b2c /* 第 */) return true;
    if (prev === 0x2d /* - */ && isAsciiLetter(s.charCodeAt(at - 2))) return true;
    return prev === 0x2e /* . */ && isAsciiDigit(s.charCodeAt(at - 2));
  }

  /** "1 RPA導入業務数", "1.RPA…", "(1)RPA…" at the start of a line or bullet: numbering, not a value. */
  private isNumbering(at: number, numEnd: number, num: NumberToken): boolean {
    if (num.fraction !== null || num.hasExponent || num.digits.length > 2) return false;
    const s = this.s;
    let i = at - 1;
    while (i >= this.segStart && s.charCodeAt(i) === 0x20) i--;
    const opened = i >= this.segStart && s.charCodeAt(i) === 0x28;
    if (opened) i--;
    while (i >= this.segStart && s.charCodeAt(i) === 0x20) i--;
    if (i >= this.segStart) return false;
    if (opened) return s.charCodeAt(numEnd) === 0x29;
    return numberingMarkAfter(s, numEnd) > 0;
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
    this.remarks.push(open, end);
    return readModifiers(s, end, q);
  }

  /**
   * Reads sign, approximation, direction and similar words written just before the number at `at`,
   * then the label before them. Returns where the quantity's source text starts.
   */
  private readPrefix(at: number, q: Draft): number {
    const s = this.s;
    const from = Math.max(this.pieceStart, at - MAX_LABEL_REGION);
    let region = (from > this.pieceStart ? '' : this.labelText) + s.slice(from, at);
    const regionStartInText = at - region.length; // approximate when year labels were cut out
    const signChar = s.charAt(at - 1);
    if (at > this.pieceStart && isSign(signChar) && !isAsciiLetter(s.charCodeAt(at - 2)) && !isAsciiDigit(s.charCodeAt(at - 2))) {
      if (signChar !== '+') q.value = q.value === 0 ? 0 : -q.value;
      region = region.slice(0, -1);
    }
    region = this.peelPrefixWords(region, q);
    const label = labelFrom(region);
    if (label !== null) {
      if (CUMULATIVE_WORD.test(label)) q.cumulative = true;
      if (LABEL_PER_YEAR.test(label) && q.unit !== '年間') q.perYear = true;
    }
    q.label = label ?? this.lastLabel;
    this.lastLabel = q.label;
    return Math.max(this.pieceStart, regionStartInText + region.length);
  }

  private peelPrefixWords(region: string, q: Draft): string {
    for (let i = 0; i < 4; i++) {
      const trimmed = region.trimEnd();
      const last = trimmed.charAt(trimmed.length - 1);
      if (!PREFIX_LAST_CHARS.has(last) && !isAsciiLetter(last.charCodeAt(0))) break;
      const m = PREFIX_WORD.exec(trimmed.slice(-24));
      if (!m) break;
      const cut = trimmed.length - m[0].length;
      // "10~20件": a range, not an approximation.
      if (m[1] === '~' && this.quantities.length > 0 && trimmed.slice(0, cut).trim() === '') return region;
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

  private hasStatementWords(): boolean {
    const s = this.s;
    STATEMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STATEMENT.exec(s)) !== null) {
      if (!this.inRemark(m.index)) return true;
    }
    return false;
  }

  private inRemark(index: number): boolean {
    const r = this.remarks;
    for (let i = 0; i < r.length; i += 2) if (index >= (r[i] ?? 0) && index < (r[i + 1] ?? 0)) return true;
    return false;
  }
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
 */
function numberingMarkAfter(s: string, numEnd: number): number {
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

/**
 * Every value in a cell's text, in order, with unit, direction, year and label as written;
 * and whether the text is a statement about a value ("90%以上達成が困難の見込み") rather than a report.
 * Never throws. The `source` of each quantity is a slice of the normalised text.
 */
export function parseQuantityText(text: string): ParsedText {
  if (typeof text !== 'string' || text.length === 0) return EMPTY;
  const s = normalizeText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
  if (s.length === 0) return EMPTY;
  if (PLAIN_NUMBER.test(s)) return parsePlainNumber(s);
  return new Scanner(s).run();
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

/** Bullets anywhere; "・", "(1)" and "①" only at a line start or after a space ("RPA・AI-OCR" is one name). */
const SEGMENT_MARKER = /[○〇◯●■◆]|(?<!\S)(?:・|\(\d{1,2}\)|[①-⑳])/g;
/** A line that continues the indicator above: another year, a value, or a remark ("R3年度:60業務", "(うち…)"). */
const CONTINUATION_START = /^(?:(?:令和|平成|[RH]) ?(?:元|\d)|[Ff][Yy] ?\d|\d|[(~約▲△▼+\-※])/;
const LEADING_DIGITS = /^\d{1,2}(?!\d)/;

/** Length of "1 " / "1." / "1)" numbering at the start of a text (not "50 件" or "2 per year", which are values). */
function leadingNumberingLength(text: string): number {
  const m = LEADING_DIGITS.exec(text);
  if (!m) return 0;
  const mark = numberingMarkAfter(text, m[0].length);
  return mark > 0 ? m[0].length + mark : 0;
}

interface Piece {
  readonly text: string;
  /** Started by a bullet or numbering. */
  readonly marked: boolean;
  /** The first piece of its line. */
  readonly lineStart: boolean;
}

function piecesOf(s: string): Piece[] {
  const pieces: Piece[] = [];
  for (const line of s.split('\n')) {
    const parts = line.split(SEGMENT_MARKER);
    for (let i = 0; i < parts.length; i++) {
      let text = (parts[i] ?? '').trim();
      const numbering = leadingNumberingLength(text);
      if (numbering > 0) text = text.slice(numbering).trim();
      if (text.length === 0) continue;
      pieces.push({ text, marked: i > 0 || numbering > 0, lineStart: i === 0 });
    }
  }
  return pieces;
}

/**
 * Splits a cell listing several indicators into one text per indicator, bullets and numbering removed.
 * Splits at bullets (○〇◯●■◆ anywhere; ・ at a line start or after a space), numbered items and line breaks;
 * several years of one indicator stay together ("R3年度:250会議 R4年度:300会議", also across lines).
 * In a bulleted cell an unbulleted line continues the item above it.
 */
export function splitIndicatorSegments(text: string): string[] {
  if (typeof text !== 'string') return [];
  const s = normalizeText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
  if (s.length === 0) return [];
  const pieces = piecesOf(s);
  const markedCell = pieces.some((p) => p.marked);
  const segments: string[] = [];
  for (const piece of pieces) {
    const previous = segments.length - 1;
    const continues =
      previous >= 0 &&
      piece.lineStart &&
      !piece.marked &&
      (markedCell || CONTINUATION_START.test(piece.text) || parseQuantityText(segments[previous] ?? '').quantities.length === 0);
    if (continues) segments[previous] = `${segments[previous] ?? ''}\n${piece.text}`;
    else segments.push(piece.text);
  }
  return segments;
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
 * Direction and reduction words anywhere in a text such as an indicator name or a unit cell:
 * "時間外勤務時間数(以下)" → atMost, "件以上" → atLeast, "削減率" → reduction, "hours (lower is better)" → atMost.
 * The first direction word wins. "超過" (as in 超過勤務, overtime) is not "more than".
 */
export function parseDirectionWords(text: string): { direction: Direction | null; reduction: boolean } {
  const s = normalizeText(typeof text === 'string' && text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
  // The last direction word wins: "年360時間を超える職員の割合(10%以下)" describes with 超 but bounds with 以下.
  let direction: Direction | null = null;
  const words = DIRECTION_WORDS_ALL;
  words.lastIndex = 0;
  for (let m = words.exec(s); m !== null; m = words.exec(s)) {
    direction = m[1] ? 'atLeast' : m[2] ? 'atMost' : m[3] ? 'lessThan' : 'moreThan';
    if (m[0] === '') words.lastIndex++;
  }
  return { direction, reduction: REDUCTION_WORD.test(s) };
}

const LINE_NUMBERING = /(^|\n) ?(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d)|\d{1,2} (?=[^\d\s]))/g;
const NAME_NOISE = /[\s○〇◯●■◆◎・※□◇▪「」『』"“”'‘’【】①-⑳:]/g;

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
  s = s.replace(YEAR_SCAN, removeYearLabel);
  s = s.replace(LINE_NUMBERING, '$1');
  return s.replace(NAME_NOISE, '').toLowerCase();
}

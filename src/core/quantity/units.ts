/** The units and counters a value may carry. */
import { CHAR_UNIT, addToCharClass, groupByFirstCode, isAsciiDigit, isAsciiLetter } from './chars';

/**
 * Units and counters recognised right after a number, longest first so that "千円" wins over "円" and
 * "会議" over "回". Latin units match case-insensitively and only as whole words.
 * 万/億/千万/兆 are not units: they scale the value ("6.7万円" is 67000 円).
 */
export const KNOWN_UNITS: readonly string[] = Object.freeze(
  [
    // Japanese counters seen in action plans.
    '業務', '枚', '件', '団体', '回', '会議', '事業', '事業所', '問', '拠点', '人', '名', '時間', '日', '日間',
    '箇所', 'か所', 'ヶ所', 'ケ所', 'カ所', '個所', '校', '社', '施設', '%', 'ポイント', '円', '千円', '百万円',
    '人日', '人月', '分', '秒', 'か月', 'ヶ月', 'カ月', 'ケ月', '箇月', '年', '年間', '週', '週間', '台', '本',
    '部', '冊', '通', '課', '者', '世帯', '戸', '頁', 'ページ', '講座', '種類', '項目', '手続', '手続き',
    '様式', '帳票', '店舗', '地区', '市町村', '自治体', '部署', '機関', '企業', '職員', '倍', '割', '点',
    '票', '席', '棟', '室', '館', '便', '個', 'つ', '基', 'ライセンス', 'アカウント', 'システム', '業者',
    '窓口', '会場', '教室', '研修', '申請', '事例', '種', 'パーセント', '計画', 'データセット', 'データ', 'サイト',
    'コンテンツ', 'アプリ', 'ツール', 'イベント', 'セミナー', 'プロジェクト', 'ファイル', 'コース', 'メニュー', 'サービス',
    // English units.
    'hours', 'hour', 'hrs', 'hr', 'h', 'seconds', 'secs', 'sec', 'minutes', 'minute', 'mins', 'min', 'days', 'day', 'weeks', 'week',
    'months', 'month', 'years', 'people', 'persons', 'person', 'staff', 'cases', 'case', 'items', 'item',
    'pages', 'page', 'sheets', 'sheet', 'documents', 'docs', 'meetings', 'meeting', 'times', 'points',
    'point', 'pts', 'pt', 'tasks', 'task', 'operations', 'processes', 'procedures', 'forms', 'events',
    'sessions', 'participants', 'members', 'users', 'respondents', 'responses', 'visits', 'projects',
    'organizations', 'organisations', 'groups', 'locations', 'sites', 'schools', 'companies', 'facilities',
    'offices', 'questions', 'applications', 'licenses', 'licences', 'accounts', 'systems', 'yen', 'jpy',
    'percent', 'km', 'kg', 'm', 't', 'GB', 'MB', 'TB', 'kWh', 'MWh', 'GWh', 'tonnes', 'tons', '㎡',
    // What an English plan counts.
    'municipalities', 'municipality', 'prefectures', 'cities', 'towns', 'villages', 'units', 'services', 'programs',
    'programmes', 'courses', 'seminars', 'workshops', 'devices', 'terminals', 'records', 'datasets', 'households',
    'businesses', 'residents', 'volunteers', 'employees', 'consultations', 'inquiries', 'requests', 'reports',
    'surveys', 'downloads', 'registrations', 'subscribers', 'followers', 'posts', 'initiatives', 'partners',
    'homes', 'houses', 'dwellings', 'buildings', 'hectares', 'ha', 'trees', 'jobs', 'apprenticeships', 'claims', 'calls', 'pupils',
    'students', 'visitors', 'children', 'kWp', 'tCO2e', 'tCO2', 't-CO2',
    // CO2 equivalent as Australian and British plans write it: the "-e" is part of the unit, not a word after it.
    'tCO2-e', 'tCO2eq', 'tCO2-eq', 't-CO2e',
  ].sort((a, b) => b.length - a.length),
);

/** Spellings reported as another unit. */
export const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['パーセント', '%'],
  ['percent', '%'],
]);

/**
 * Units whose values are legitimately fractional: "40.5%" or "1.500時間" is not a mistyped thousand.
 * Anything else (a counter such as 件, 枚, 円, or no unit) makes "2.000" suspicious.
 */
const FRACTIONAL_UNITS: ReadonlySet<string> = new Set([
  '%', 'ポイント', 'pt', 'pts', 'point', 'points', '時間', 'hours', 'hour', 'hrs', 'hr', 'h', '分', 'seconds', 'secs', 'sec',
  'minutes', 'minute', 'mins', 'min', '秒', '日', '日間', 'days', 'day', '週', '週間', 'weeks', 'week',
  'か月', 'ヶ月', 'カ月', 'ケ月', '箇月', 'months', 'month', '年', '年間', 'years', '人日', '人月', '倍', '割',
  '千円', '百万円', 'km', 'kg', 'm', 't', 'GB', 'MB', 'TB', 'kWh', 'MWh', 'GWh', 'tonnes', 'tons', '㎡',
  'tCO2', 'tCO2e', 't-CO2', 'tCO2-e', 'tCO2eq', 'tCO2-eq', 't-CO2e',
]);

export interface UnitEntry {
  readonly unit: string;
  readonly lower: string;
  readonly latin: boolean;
  /** Ends in katakana: a counter only where no katakana or kanji runs on ("3データ", not "3データベース", "3データ連携"). */
  readonly katakanaEnd: boolean;
  /** The unit as a quantity reports it (see UNIT_ALIASES). */
  readonly reported: string;
}

/** Known units grouped by the code of their first character (Latin lower-cased), each group longest first. */
export const UNITS_BY_FIRST: ReadonlyMap<number, readonly UnitEntry[]> = groupByFirstCode(
  KNOWN_UNITS.map((unit): UnitEntry => {
    const lower = unit.toLowerCase();
    return { unit, lower, latin: /^[a-z]/.test(lower), katakanaEnd: isKatakana(unit.charCodeAt(unit.length - 1)), reported: UNIT_ALIASES.get(unit) ?? unit };
  }),
  (entry) => entry.lower,
);
// Latin units start in either case.
addToCharClass(CHAR_UNIT, [...UNITS_BY_FIRST.keys()].flatMap((c) => (c >= 0x61 && c <= 0x7a ? [c, c - 0x20] : [c])));

/**
 * UNITS_BY_FIRST as flat tables, for the common-shape reader, which looks a unit up after nearly every value. The
 * entries group by group in UNIT_LIST (each group longest first, as UNITS_BY_FIRST lists it): group g is
 * UNIT_LIST[UNIT_GROUP_START[g]] up to UNIT_GROUP_START[g + 1], where g is UNIT_GROUP_OF_CODE[first code] (0: no unit
 * starts so; a Latin capital shares its lower case's group). The code units of entry e are UNIT_CODES from
 * UNIT_CODE_START[e] up to UNIT_CODE_START[e + 1]. Typed arrays: a unit is compared in a few loads, where a Map
 * lookup, a list and charCodeAt on its strings cost calls.
 */
export const UNIT_LIST: readonly UnitEntry[] = [...UNITS_BY_FIRST.values()].flat();
export const UNIT_GROUP_OF_CODE = new Uint8Array(0x10000);
export const UNIT_GROUP_START = new Int32Array(UNITS_BY_FIRST.size + 2);
export const UNIT_CODES = new Uint16Array(UNIT_LIST.reduce((total, entry) => total + entry.unit.length, 0));
export const UNIT_CODE_START = new Int32Array(UNIT_LIST.length + 1);
{
  if (UNITS_BY_FIRST.size > 0xfe) throw new Error('units: more first characters than a byte table can number');
  let group = 0;
  let entryCount = 0;
  for (const [code, entries] of UNITS_BY_FIRST) {
    group++;
    UNIT_GROUP_OF_CODE[code] = group;
    if (code >= 0x61 && code <= 0x7a) UNIT_GROUP_OF_CODE[code - 0x20] = group;
    UNIT_GROUP_START[group] = entryCount;
    entryCount += entries.length;
  }
  UNIT_GROUP_START[group + 1] = entryCount;
  let at = 0;
  UNIT_LIST.forEach((entry, e) => {
    UNIT_CODE_START[e] = at;
    for (let j = 0; j < entry.unit.length; j++) UNIT_CODES[at++] = entry.unit.charCodeAt(j);
  });
  UNIT_CODE_START[UNIT_LIST.length] = at;
}

function isKatakana(c: number): boolean {
  return c >= 0x30a1 && c <= 0x30fc;
}

/** Kanji that start what may follow a counter: 以上・以下・以内, 未満, 超, 程度, 増・減, 削減, 累計, 当たり, 毎, 等, 全, 計, 内. */
const AFTER_COUNTER = new Set([...'以未超程増減削累当毎等全計内'].map((c) => c.charCodeAt(0)));

/**
 * Whether a katakana counter ends inside a longer word: katakana run on ("3データベース"), or a kanji that starts
 * another word ("10データ連携", "3システム改修"); not "50ポイント以上", "5サービス程度".
 */
export function runsOnFromKatakana(entry: UnitEntry, next: number): boolean {
  return entry.katakanaEnd && (isKatakana(next) || (next >= 0x4e00 && next <= 0x9fff && !AFTER_COUNTER.has(next)));
}

/** Whole-number counters (and no unit at all): where "2.000" probably meant 2,000. */
export function isCounter(unit: string | null): boolean {
  if (unit === null) return true;
  const slash = unit.indexOf('/');
  const base = slash >= 0 ? unit.slice(0, slash) : unit;
  return base !== '' && !FRACTIONAL_UNITS.has(base);
}

/** Plain English words that end in "s" without being a plural of what is counted ("124 was the outturn"). */
const NOT_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'was', 'has', 'its', 'this', 'does', 'goes', 'yes', 'ours', 'yours', 'hers', 'theirs', 'always', 'perhaps', 'besides',
  'whereas', 'towards', 'afterwards', 'upwards', 'downwards', 'onwards', 'sometimes', 'means', 'remains', 'exceeds',
  // Verbs after a numbered label ("Step 2 begins in April"): no things counted.
  'begins', 'starts', 'ends', 'runs', 'takes', 'makes', 'continues', 'includes', 'covers', 'opens', 'closes', 'needs',
  'requires', 'shows', 'follows', 'completes', 'launches', 'moves', 'focuses', 'aims', 'seeks',
]);

/** Words that number what follows them ("Phase 2 works", "Step 2", "Year 3 pupils"): the number is a label's. */
const NUMBERING_WORD = /\b(?:phase|step|stage|year|level|tier|wave|round|part|section|option|scope|version|grade|page|chapter|no\.?|number|item|goal|objective|priority|quarter|q|week|month|day|lot|block|zone|route|line|ward|unit)\s*$/iu;

/** The word before the number that ends just before a space at p numbers something: a label's number, not a count. */
function numberedByWordBefore(s: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && s.charCodeAt(i) === 0x20) i--;
  while (i >= 0 && (isAsciiDigit(s.charCodeAt(i)) || s.charCodeAt(i) === 0x2c || s.charCodeAt(i) === 0x2e)) i--;
  return i >= 0 && NUMBERING_WORD.test(s.slice(Math.max(0, i - 12), i + 1));
}

/**
 * Where a plain English noun of what is counted ends, written after a number and a space at p ("40 wards", "3
 * libraries", "74 seconds" before its unit was known), or -1: a word of lower-case letters that ends in a plural's
 * "s", not "ss", "us" or "is" ("across", "status", "analysis") nor a word of NOT_COUNT_NOUNS. Lower case only: "1
 * Reduce waits" is a numbered line, and a capital starts a name.
 */
export function countNounEnd(s: string, p: number): number {
  let q = p;
  for (let c = s.charCodeAt(q); c >= 0x61 && c <= 0x7a; c = s.charCodeAt(++q)) if (q - p > 20) return -1;
  const length = q - p;
  if (length < 3 || s.charCodeAt(q - 1) !== 0x73 /* s */) return -1;
  const next = s.charCodeAt(q);
  // "wardsX", "beds2", "beds-based": not a word of its own.
  if (isAsciiLetter(next) || isAsciiDigit(next) || (next === 0x2d && isAsciiLetter(s.charCodeAt(q + 1)))) return -1;
  const before = s.charCodeAt(q - 2);
  if (before === 0x73 /* s */ || before === 0x75 /* u */ || before === 0x69 /* i */) return -1;
  return NOT_COUNT_NOUNS.has(s.slice(p, q)) || numberedByWordBefore(s, p) ? -1 : q;
}

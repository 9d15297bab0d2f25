/**
 * Numbers written in parts, rewritten into one before the text is read, so that every reader sees the same value:
 * more than one 兆/億/万/千/百/十 group ("1万2,000件", "2千5百人", "1兆2,000億円" → "12000件"), hours and minutes
 * ("1時間30分" → "90分"), minutes and seconds ("6 min 24 s" → "384 seconds") and fractions ("3分の1", "1/3以上" →
 * "33.3333333333%"). A single group ("6.7万", "5千人") is left to the readers, which scale it themselves. Kanji numbers
 * before a counter ("十二業務") are written in digits first.
 */
import { KANJI_NUMERAL_CHAR, withKanjiNumerals } from './kanji-numerals';
import { normalizeText } from './normalize';

/** Digits around a 兆/億/万/千/百/十 on both sides: the only normalised texts that can hold a compound number. */
const MAY_HOLD_COMPOUND = /[0-9][兆億万千百十][0-9]/u;

/** A 兆/億/万/千/百/十 anywhere: a text without one is read as it is, without normalising it first. */
const GROUP_CHAR = /[兆億万千百十]/u;

const GROUP_SIZE: Readonly<Record<string, number>> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3, 百: 1e2, 十: 10 };

/**
 * The normalised text with its numbers in parts written as one, where it holds any; else the text as given. Both
 * readers come here, so that they agree on every text.
 */
export function withCompoundNumbers(text: string, normalised: boolean): string {
  const groups = GROUP_CHAR.test(text);
  const kanji = KANJI_NUMERAL_CHAR.test(text);
  const parts = mayHoldParts(text);
  if (!groups && !parts && !kanji) return text;
  const normal = normalised ? text : normalizeText(text);
  let read = kanji ? withKanjiNumerals(normal) : normal;
  if (groups && MAY_HOLD_COMPOUND.test(read)) read = expandCompoundNumbers(read);
  if (parts) read = withPartsJoined(read);
  return read === normal ? text : read;
}

/** "1時間30分", "1 hr 30 min": hours and minutes, read as minutes. */
const HOURS_AND_MINUTES = /(\d+)\s*(?:時間|hours?|hrs?\.?)\s*(\d{1,2})\s*(分|minutes?|mins?\.?)(?![A-Za-z])/giu;
/** "6 min 24 s", "6分24秒": minutes and seconds, read as seconds. */
const MINUTES_AND_SECONDS = /(\d+)\s*(?:分|minutes?|mins?\.?)\s*(\d{1,2})\s*(秒|seconds?|secs?\.?|s)(?![A-Za-z])/giu;
/** "3分の1": a fraction, read as a percentage; not minutes of something ("徒歩15分の3施設"). */
const FRACTION_JA = /(\d{1,2})\s*分\s*の\s*(\d{1,2})(?![\d.])(?=$|\s|以上|以下|未満|超|程度|を|に|が|の|、|。|[(（)）])/gu;
/** "1/3以上": a fraction before a word of direction (not a date such as "1/3"), read as a percentage. */
const FRACTION_SLASH = /(?<![\d/.])([1-9])\s*\/\s*([2-9]|10)(?![\d/.])(?=\s*(?:以上|以下|未満|超|程度|or more|or less))/giu;

/** A full-width ASCII character ("３", "ｍ", "／") as its half-width self; any other as it is. */
function asciiOf(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

/** A digit, half- or full-width (the text may not be normalised yet). */
function isAnyDigit(c: number): boolean {
  return isDigit(asciiOf(c));
}

/**
 * Whether a text may hold a value written in two parts: hours and minutes ("1時間30分"), a fraction ("3分の1",
 * "1/3"), in half- or full-width characters: a digit before 分 with 時間 in the text or の after it, a slash between
 * digits (most slashes are "/年"), or "min" in a text with hours. Found with indexOf, since this runs on every cell.
 */
function mayHoldParts(text: string): boolean {
  for (let i = text.indexOf('分'); i > 0; i = text.indexOf('分', i + 1)) {
    if (isAnyDigit(text.charCodeAt(i - 1)) && (text.charCodeAt(i + 1) === 0x306e /* の */ || text.includes('時間') || text.includes('秒'))) return true;
  }
  if (slashBetweenDigits(text, '/') || slashBetweenDigits(text, '／')) return true;
  // "1 hr 30 min", "1 hour 30 minutes", in either case or width.
  if (text.includes('in') || text.includes('IN') || text.includes('ｉｎ') || text.includes('ＩＮ')) {
    const normal = normalizeText(text);
    return /min/iu.test(normal) && (/h(?:ou)?rs?/iu.test(normal) || /\d\s*(?:s|secs?|seconds?)(?![A-Za-z])/iu.test(normal));
  }
  return false;
}

function slashBetweenDigits(text: string, slash: string): boolean {
  for (let i = text.indexOf(slash); i >= 0; i = text.indexOf(slash, i + 1)) {
    if (i > 0 && isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** The text with hours and minutes in minutes ("90分") and fractions as percentages ("33.3333333333%"). */
function withPartsJoined(s: string): string {
  return s
    .replace(HOURS_AND_MINUTES, (_, h: string, m: string, unit: string) => `${Number(h) * 60 + Number(m)}${unit.startsWith('分') ? '分' : ' min'}`)
    .replace(MINUTES_AND_SECONDS, (_, m: string, sec: string, unit: string) => `${Number(m) * 60 + Number(sec)}${unit === '秒' ? '秒' : ' seconds'}`)
    .replace(FRACTION_JA, (whole, d: string, n: string) => (Number(d) > Number(n) && Number(n) > 0 ? `${percentOf(n, d)}%` : whole))
    .replace(FRACTION_SLASH, (_, n: string, d: string) => `${percentOf(n, d)}%`);
}

function percentOf(numerator: string, denominator: string): number {
  return Number(((Number(numerator) / Number(denominator)) * 100).toPrecision(12));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The end of the number at i: digits, thousands commas between digits, and a decimal part. */
function numberEnd(s: string, i: number): number {
  let j = i;
  while (isDigit(s.charCodeAt(j)) || (s.charCodeAt(j) === 0x2c && isDigit(s.charCodeAt(j + 1)))) j++;
  if (s.charCodeAt(j) === 0x2e && isDigit(s.charCodeAt(j + 1))) {
    j++;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  return j;
}

/**
 * The compound number starting at i (a digit not preceded by a digit, comma or point), as its value and end; null
 * where the number there is not compound. 千 and 百 add up within a 万 or 億 group: "3千5百万" is 35,000,000.
 */
function compoundAt(s: string, i: number): { value: number; end: number } | null {
  let total = 0;
  let section = 0;
  let groups = 0;
  let trailing = false;
  /** The size of the last 万/億 group: the next must be smaller ("1億2,000万", not "1万2億"). */
  let lastLarge = Infinity;
  let at = i;
  while (at < s.length) {
    const c = s.charCodeAt(at);
    if (isDigit(c)) {
      const end = numberEnd(s, at);
      const n = Number(s.slice(at, end).replace(/,/gu, ''));
      const size = GROUP_SIZE[s.charAt(end)];
      if (size === undefined) {
        // "1万2.000件": a mistyped thousands separator, left for the readers to report rather than read as 10002.
        if (s.slice(at, end).includes('.')) return null;
        section += n;
        trailing = true;
        at = end;
        break;
      }
      if (size >= 1e4) {
        if (size >= lastLarge) break;
        total += (section + n) * size;
        section = 0;
        lastLarge = size;
      } else {
        section += n * size;
      }
      groups++;
      at = end + 1;
      continue;
    }
    // "3千5百万": a 万 or 億 right after 千 or 百 groups scales them together.
    const size = GROUP_SIZE[s.charAt(at)];
    if (size !== undefined && size >= 1e4 && size < lastLarge && section > 0 && groups > 0) {
      total += section * size;
      section = 0;
      lastLarge = size;
      groups++;
      at++;
      continue;
    }
    break;
  }
  if (groups >= 2 || (groups === 1 && trailing)) return { value: total + section, end: at };
  return null;
}

/** The text with each compound number written in plain digits ("1万2千件以上" → "12000件以上"). */
function expandCompoundNumbers(s: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isDigit(s.charCodeAt(i))) continue;
    const before = s.charCodeAt(i - 1);
    if (i > 0 && (isDigit(before) || before === 0x2c || before === 0x2e)) continue;
    const compound = compoundAt(s, i);
    if (compound === null) {
      i = numberEnd(s, i) - 1;
      continue;
    }
    out += s.slice(kept, i) + String(compound.value);
    kept = compound.end;
    i = compound.end - 1;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

/** Fiscal-year labels ("R2年度", "令和元年度", "FY2020", "2020年度") and the dates that are not labels. */
import type { FiscalYear } from '../quantity-types';
import { isAsciiDigit, isAsciiLetter } from './chars';
import { MAX_INPUT, normalizeText } from './normalize';

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

export const YEAR_SCAN_SRC = `(${DATE_SRC})|${ERA_SRC}|${FY_SRC}|${WESTERN_SRC}`;

export const YEAR_SCAN = new RegExp(YEAR_SCAN_SRC, 'g');

/** The fiscal year named by a YEAR_SCAN-shaped match (groups 1–7), or null when it is a date or not a label. */
export function yearOfMatch(m: RegExpExecArray, s: string): FiscalYear | null {
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

export const REIWA_BASE = 2018;

export const HEISEI_BASE = 1988;

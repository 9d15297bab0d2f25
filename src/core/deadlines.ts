/**
 * Targets that are a deadline ("R4年3月までに策定", "令和4年度中に導入", "by March 2022") and actuals that say when the
 * thing was done ("R4年2月策定", "2022年6月運用開始", "Adopted June 2022"): compared by month, where nothing else
 * judges the initiative.
 */

/** A month as a number that orders months: year × 12 + month − 1. */
export type MonthIndex = number;

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 令和/R, 平成/H or a western year, then a month: "R4年3月", "令和4年3月末", "2022年3月", "2022/3". */
const JAPANESE_MONTH = /(?:(令和|平成|[RH])\s*(元|\d{1,2})|(\d{4}))\s*(?:年\s*(\d{1,2})\s*月|[/.](\d{1,2})(?!\d))/iu;
/** A fiscal year's end: "R4年度中", "令和4年度末", "2022年度内". */
const FISCAL_YEAR_END = /(?:(令和|平成|[RH])\s*(元|\d{1,2})|(\d{4}))\s*年度\s*(?:中|末|内)/iu;
const ENGLISH_MONTH = /(?<![A-Za-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(\d{4})/iu;

/** What makes a text a deadline rather than a date it mentions. */
const DEADLINE_WORD = /まで|中に|内に|末に|年度中|年度末|年度内|by\s|no later than|before/iu;
/** What says the thing was done, in an actual. */
const DONE_WORD = /策定|導入|開始|完了|公表|実施|施行|設置|開設|稼働|整備|運用|改定|改正|制定|締結|供用|adopted|launched|completed|introduced|started|implemented|published|opened/iu;
/** What says it was not done, or only planned: no date of its being done. */
const NOT_DONE_WORD = /未|予定|見込|目指|延期|見送|中止|困難|できなかった|planned|expected|postponed|not\s/iu;

function eraYear(era: string | undefined, number: string | undefined, western: string | undefined): number | null {
  if (western !== undefined) return Number(western);
  if (era === undefined || number === undefined) return null;
  const n = number === '元' ? 1 : Number(number);
  return (/^(令和|r)$/iu.test(era) ? 2018 : 1988) + n;
}

/** The first month a text names, as a MonthIndex; a fiscal year's end is March of the next calendar year. */
export function monthIn(text: string): MonthIndex | null {
  const ja = JAPANESE_MONTH.exec(text);
  if (ja !== null) {
    const year = eraYear(ja[1], ja[2], ja[3]);
    const month = Number(ja[4] ?? ja[5]);
    if (year !== null && month >= 1 && month <= 12) return year * 12 + month - 1;
  }
  const fiscal = FISCAL_YEAR_END.exec(text);
  if (fiscal !== null) {
    const year = eraYear(fiscal[1], fiscal[2], fiscal[3]);
    if (year !== null) return (year + 1) * 12 + 2;
  }
  const en = ENGLISH_MONTH.exec(text);
  if (en !== null) return Number(en[2]) * 12 + ENGLISH_MONTHS.indexOf((en[1] ?? '').toLowerCase());
  return null;
}

/** The deadline a target sets ("R4年3月までに策定"), or null for a target that sets none. */
export function deadlineOf(target: string): MonthIndex | null {
  return DEADLINE_WORD.test(target) ? monthIn(target) : null;
}

/** The month an actual says the thing was done ("R4年2月策定"), or null where it says no such thing. */
export function doneIn(actual: string): MonthIndex | null {
  if (!DONE_WORD.test(actual) || NOT_DONE_WORD.test(actual)) return null;
  return monthIn(actual);
}

/** A MonthIndex as people write it in the plan's language: "2022年3月", "March 2022". */
export function formatMonth(month: MonthIndex, lang: 'ja' | 'en'): string {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  if (lang === 'ja') return `${year}年${m}月`;
  return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${year}`;
}

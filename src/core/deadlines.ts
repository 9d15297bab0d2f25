/**
 * Targets that are a deadline ("R4年3月までに策定", "R4年3月15日まで", "令和4年度中に導入", "by March 2022") and actuals
 * that say when the thing was done ("R4年2月策定", "R4.3.20 策定", "Adopted June 2022"): compared by day where both
 * name one, else by month.
 */

import type { CellValue } from './grid';
import { normalizeText } from './quantity';
import { MONTH_NAME } from './quantity/patterns';
import type { When } from './when';

export type { When } from './when';

/** A month or day named in a text, and where its words end. */
interface MonthMention {
  readonly month: When;
  readonly start: number;
  readonly end: number;
  /** Written as a period that ends then ("R4年度中", "R4年度末", "Q3 2024"): a deadline in itself. */
  readonly periodEnd: boolean;
  /**
   * A Japanese month ("R6.6", "R6年6月"), a deadline where nothing but the thing to be done follows it in a target;
   * not a western year with a dot ("2024.6"), which may as well be a decimal.
   */
  readonly japaneseMonth: boolean;
}

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// 令和/R, 平成/H or a western year, then a month ("R4年3月", "2022年3月", "R4.3"), or the end of a fiscal year
// ("R4年度中", "令和4年度末", "令和4年度までに"). R and H only as capitals standing alone: "Ver2.1" is no date.
const ERA_OR_YEAR = '(?:(令和|平成|(?<![A-Za-z])[RH])\\s*(元|\\d{1,2})|(?<!\\d)(\\d{4}))';
const MONTH_FORMS: readonly RegExp[] = [
  // "R4年3月", "R4年3月15日", "R4.3", "R4.3.10", "2022/1/31".
  new RegExp(`${ERA_OR_YEAR}\\s*(?:年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?|[/.](\\d{1,2})(?:[/.](\\d{1,2}))?(?![\\d.]))`, 'gu'),
  new RegExp(`${ERA_OR_YEAR}\\s*年度\\s*(?:中|末|内|まで)`, 'gu'),
  // "March 2022", "Mar. 31, 2022", "31 March 2022", "4th of May 2024".
  new RegExp(`(?:(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?<![A-Za-z])(${MONTH_NAME})(?![a-z])\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(\\d{4})`, 'giu'),
  // A calendar quarter, "Q3 2024" or "2024 Q3", due by its last day. Not a financial year's quarter
  // ("Q3 2024/25", "Q3 FY24"): that year starts in April in the UK and in July in Australia, and the sheet does not say.
  /(?<![A-Za-z\d])(?:[Qq]([1-4])\s+((?:19|20)\d{2})(?!\s*[/\-–]\s*\d)|((?:19|20)\d{2})\s+[Qq]([1-4]))(?![A-Za-z\d])/gu,
  // Half a fiscal year, due by its end: "令和5年度上半期中" by September 30, "R5年度下半期" by March 31 of the next year.
  new RegExp(`${ERA_OR_YEAR}\\s*年度\\s*(上半期|上期|前期|下半期|下期|後期)\\s*(?:中|末|内|まで)?`, 'gu'),
];

/** Words before a time that something starts from: "from Q1 2024", "starting Q2 2024", "beginning in Q3 2024". */
const STARTS_FROM = /\b(?:from|starting|since|after|beginning|commencing)(?:\s+in)?\s*$/iu;

/** The last day of each calendar quarter's last month: March 31, June 30, September 30, December 31. */
const QUARTER_LAST_DAY = ['31', '30', '30', '31'];

/** The words that make a date a deadline: right after it in Japanese, before it in English. */
const DEADLINE_AFTER = /^\s*(?:末\s*)?(?:まで|中に|内に|中|内|末)/u;
const DEADLINE_BEFORE = /(?:by|no later than|before)(?:\s+the)?(?:\s+end\s+of)?\s*$/iu;

/** What a target asks to be done, and what an actual says was done, as the same word in both. */
const DONE_WORDS = [
  '策定', '導入', '運用開始', '開始', '完了', '公表', '実施', '施行', '設置', '開設', '稼働', '整備', '改定', '改訂', '改正', '制定', '締結', '供用',
  '作成', '構築', '移行', '統合', '創設', '設立', '着手',
  'adopt', 'launch', 'complete', 'introduce', 'start', 'implement', 'publish', 'open',
];
/** The Japanese words of doing, which follow a month in a target ("R6.6導入"). */
const DONE_WORDS_JA = DONE_WORDS.filter((word) => !/^[a-z]/u.test(word));
/** What says the thing was not done, or only in part, planned or being prepared: no month of its being done. */
const NOT_DONE = /未(?!来|然)|予定|見込|目指|延期|見送|中止|困難|できなかった|一部|検討|試行|素案|準備|planned|expected|postponed|incomplete|not\s/iu;

function eraYear(era: string | undefined, number: string | undefined, western: string | undefined): number | null {
  if (western !== undefined) return Number(western);
  if (era === undefined || number === undefined) return null;
  const n = number === '元' ? 1 : Number(number);
  return (era === '令和' || era === 'R' ? 2018 : 1988) + n;
}

/** The month (year × 12 + month − 1) with its day, where one is written and can be a day of a month. */
function whenOf(month: number, day: string | undefined): When {
  const d = day === undefined ? 0 : Number(day);
  return month * 32 + (d >= 1 && d <= 31 ? d : 0);
}

/** What makes a date the day a report speaks as of: "令和3年5月31日現在", "R4年3月末時点"; "as at 30 June 2024", "Report to 30 June 2024". */
const AS_OF_AFTER = /^\s*末?\s*(?:現在|時点)/u;
// Not a bare "to", which as often ends a period ("April 2023 to March 2026").
const AS_OF_BEFORE = /(?:as\s+(?:at|of)|up\s+to|(?:report|reporting|progress|update|position|performance)\s+(?:to|until|through))\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?$/iu;

/** The day (or month) a title or date line says the report speaks as of, else null; "30 June 2024" with its day. */
export function asOfIn(written: string): When | null {
  const text = normalizeText(written);
  for (const mention of monthsIn(text)) {
    if (mention.periodEnd) continue;
    if (AS_OF_AFTER.test(text.slice(mention.end))) return mention.month;
    const before = AS_OF_BEFORE.exec(text.slice(0, mention.start));
    if (before !== null) return mention.month % 32 === 0 ? whenOf(Math.floor(mention.month / 32), before[1]) : mention.month;
  }
  return null;
}

/** Whether a deadline has come by a day, or by the end of a month written without its day. */
export function isDueBy(deadline: When, by: When): boolean {
  return deadline <= (by % 32 === 0 ? by + 31 : by);
}

/** The last day of a fiscal year that starts in April of `year` (FY2023 ends on March 31, 2024). */
export function fiscalYearEnd(year: number): When {
  return whenOf((year + 1) * 12 + 2, '31');
}

/** Whether what was done then meets the deadline: by day where both name one, else by month. */
export function isOnTime(deadline: When, done: When): boolean {
  const deadlineMonth = Math.floor(deadline / 32);
  const doneMonth = Math.floor(done / 32);
  if (doneMonth !== deadlineMonth) return doneMonth < deadlineMonth;
  const deadlineDay = deadline % 32;
  const doneDay = done % 32;
  return deadlineDay === 0 || doneDay === 0 || doneDay <= deadlineDay;
}

/**
 * Every month a text names, in the order written; a fiscal year's end is March of the next calendar year, and a
 * quarter's end its last day.
 */
function monthsIn(text: string): MonthMention[] {
  const found: MonthMention[] = [];
  for (const [form, pattern] of MONTH_FORMS.entries()) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const month = monthOf(form, m);
      const japaneseMonth = form === 0 && (m[3] === undefined || !m[0].includes('.'));
      // A quarter is a deadline in itself, but not one something starts from ("from Q1 2024").
      const periodEnd = form === 1 || form === 4 || (form === 3 && !STARTS_FROM.test(text.slice(0, m.index)));
      if (month !== null) found.push({ month, start: m.index, end: m.index + m[0].length, periodEnd, japaneseMonth });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The month (with its day, where written) a match of MONTH_FORMS[form] names, or null where it names none. */
function monthOf(form: number, m: RegExpExecArray): When | null {
  if (form === 2) return whenOf(Number(m[4]) * 12 + ENGLISH_MONTHS.indexOf((m[2] ?? '').toLowerCase().slice(0, 3)), m[1] ?? m[3]);
  if (form === 3) {
    const quarter = Number(m[1] ?? m[4]);
    return whenOf(Number(m[2] ?? m[3]) * 12 + quarter * 3 - 1, QUARTER_LAST_DAY[quarter - 1]);
  }
  const year = eraYear(m[1], m[2], m[3]);
  if (form === 4) {
    const firstHalf = m[4] === '上半期' || m[4] === '上期' || m[4] === '前期';
    return year === null ? null : firstHalf ? whenOf(year * 12 + 8, '30') : fiscalYearEnd(year);
  }
  const number = form === 0 ? Number(m[4] ?? m[6]) : 3;
  return year !== null && number >= 1 && number <= 12 ? whenOf((form === 1 ? year + 1 : year) * 12 + number - 1, m[5] ?? m[7]) : null;
}

/** A target's deadline with the word of doing it names ("策定" in "R4年3月までに策定", null if none), read in one go. */
export function readDeadline(written: string): { when: When; word: string | null } | null {
  // Full-width digits and letters as half-width ("Ｒ４年３月"), as the quantity reader sees them.
  const target = normalizeText(written);
  const when = deadlineIn(target);
  return when === null ? null : { when, word: doneWordIn(target.toLowerCase()) };
}

/** Words before a date in a column of deadlines that leave it the deadline: "by", "end of", "due". */
const DEADLINE_LEAD = /^(?:by|due|end\s+of|by\s+(?:the\s+)?end\s+of)?\s*$/iu;

/**
 * The deadline a cell of a column of deadlines gives ("Dec 2023", "30 June 2024", "R5年12月", "R5年度末", "by March 2024",
 * a date cell), or null where the cell is no date alone ("Quarterly", "Ongoing", "2023-2026", "Q3 2023/24").
 */
export function deadlineOfCell(value: CellValue): When | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : whenOf(value.getUTCFullYear() * 12 + value.getUTCMonth(), String(value.getUTCDate()));
  }
  if (typeof value !== 'string') return null;
  const text = normalizeText(value).trim();
  const mentions = monthsIn(text);
  const only = mentions.length === 1 ? mentions[0] : undefined;
  if (only === undefined || !DEADLINE_LEAD.test(text.slice(0, only.start))) return null;
  // Nothing after the date but the words of a period's end ("R5年度末", "R5年12月まで").
  const after = text.slice(only.end);
  return after.trim() === '' || DEADLINE_AFTER.test(after) && after.replace(DEADLINE_AFTER, '').trim() === '' ? only.month : null;
}

/**
 * The deadline a target sets: the month right before まで/中に ("R3年4月から R4年3月までに"), or after "by"; else the
 * end of the year a label before words alone names (see labelledYearEnd).
 */
function deadlineIn(target: string): When | null {
  for (const mention of monthsIn(target)) {
    if (mention.periodEnd || DEADLINE_AFTER.test(target.slice(mention.end)) || DEADLINE_BEFORE.test(target.slice(0, mention.start)) || isMonthAlone(target, mention)) {
      return mention.month;
    }
  }
  return labelledYearEnd(target);
}

/** What may stand between a month and the thing to be done: "R6.6に導入". */
const BEFORE_DOING = /^\s*(?:に\s*)?/u;

/**
 * Whether a target is a Japanese month alone, or one followed by the thing to be done alone ("R6.6", "R6.6導入",
 * "R6年6月策定"): a deadline in a column of targets, as "R6年6月までに導入" is. Not a month with more before it or other
 * words after it ("R6.6の導入に向けた調整").
 */
function isMonthAlone(target: string, mention: MonthMention): boolean {
  if (!mention.japaneseMonth || target.slice(0, mention.start).trim() !== '') return false;
  const rest = target.slice(mention.end).replace(BEFORE_DOING, '');
  if (rest === '') return true;
  // The word of doing and nothing more than its ending: "導入", "導入済", "策定する"; not "開始、以降対象窓口を順次拡大".
  const word = DONE_WORDS_JA.find((w) => rest.startsWith(w));
  return word !== undefined && DOING_ENDING.test(rest.slice(word.length));
}
const DOING_ENDING = /^(?:する|した|済み?|予定|完了|。)?$/u;

/** A year's label, then words without a digit: "R6年度:推奨データセット全項目公開", "令和6年度 全庁で導入". */
const YEAR_LABEL_BEFORE_WORDS = new RegExp(`^${ERA_OR_YEAR}\\s*年度\\s*[:\\s]`, 'u');
/**
 * A letter, kana or kanji: a thing to be done is written in them. A class of its own, not \p{L}: the pane's bundle is
 * built for ES2017, where such a property grows into a table of every letter.
 */
const WORD_CHAR = /[A-Za-z\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
/** Words of going on, not of a thing done by a day: "運用継続", "周知を継続", "定着を推進". */
const GOING_ON = /継続|維持|運用|定着|推進|随時|常時/u;

/**
 * The end of the fiscal year a label names before a thing to be done ("R6年度:推奨データセット全項目公開"): due by then,
 * as "R6年度中に" is. Not a value under the label ("R6年度:50業務"), nor one of several years' steps ("R6年度:検討
 * R7年度:試行"): words without a digit alone, and not of going on ("R6年度:運用継続"), which has no day to be done by.
 */
function labelledYearEnd(target: string): When | null {
  if (!target.includes('年度')) return null;
  const m = YEAR_LABEL_BEFORE_WORDS.exec(target);
  if (m === null) return null;
  // Tested apart, not in one pattern: overlapping runs of "no digit" took time in the square of a long cell's length.
  const rest = target.slice(m[0].length);
  if (/\d/u.test(rest) || !WORD_CHAR.test(rest) || GOING_ON.test(rest)) return null;
  const year = eraYear(m[1], m[2], m[3]);
  return year === null ? null : whenOf((year + 1) * 12 + 2, undefined);
}

/** The word of doing a normalised, lower-case target names. */
function doneWordIn(lower: string): string | null {
  for (const word of DONE_WORDS) if (lower.includes(word)) return word;
  return null;
}

/**
 * The month an actual says the thing was done: the month just before the target's own word in its clause ("R4年2月に
 * 素案公表、R4年6月に策定" against 策定 is June; in English the one after it, "Adopted June 2022"), else by any word of
 * doing; the earliest where it was done more than once ("R3年10月に第1回実施、R4年5月に第2回実施"); null where it
 * says no such thing, or only that it is not done, planned or being prepared. A date after a Japanese word is of
 * something else ("策定済み（R4年4月1日施行）").
 */
export function doneIn(written: string, word: string | null = null): When | null {
  const actual = normalizeText(written);
  const lower = actual.toLowerCase();
  let earliest: When | null = null;
  // "R4年10月3日稼働" against "までに導入": the target's own word, where the actual uses it, else any word of doing.
  const words = word !== null && wordIn(lower, word, 0) >= 0 ? [word] : DONE_WORDS;
  for (const w of words) {
    const latin = /^[a-z]/u.test(w);
    for (let at = wordIn(lower, w, 0); at >= 0; at = wordIn(lower, w, at + w.length)) {
      const when = doneAt(actual, at, latin);
      if (when !== null && (earliest === null || when < earliest)) earliest = when;
    }
  }
  return earliest;
}

/** What, right after a word of doing, says it is still being done: "実施中", "導入に向けて", "implementing". */
const STILL_DOING = /^(?:中|に向け|予定|準備|ing\b)/u;

/**
 * Whether an actual says the thing was done, with a date or without ("電子契約を導入した。", "Survey completed"): the
 * target's own word of doing, else any, in a clause that does not say it is not done, planned or still under way.
 */
export function saysDone(written: string, word: string | null = null): boolean {
  const actual = normalizeText(written);
  const lower = actual.toLowerCase();
  const words = word !== null && wordIn(lower, word, 0) >= 0 ? [word] : DONE_WORDS;
  for (const w of words) {
    for (let at = wordIn(lower, w, 0); at >= 0; at = wordIn(lower, w, at + w.length)) {
      if (STILL_DOING.test(lower.slice(at + w.length))) continue;
      if (!NOT_DONE.test(actual.slice(clauseStart(actual, at), clauseEnd(actual, at)))) return true;
    }
  }
  return false;
}

/** The month the clause holding the word at `at` says it was done in, or null. */
function doneAt(actual: string, at: number, latin: boolean): When | null {
  // Only the clause that says it: "R4年2月に素案公表、R4年6月に策定" is done in June, its draft notwithstanding.
  const from = clauseStart(actual, at);
  const clause = actual.slice(from, clauseEnd(actual, at));
  if (NOT_DONE.test(clause)) return null;
  // Japanese writes the month before the word ("R4年6月策定"), English after it ("Adopted June 2022").
  let before: When | null = null;
  let after: When | null = null;
  const wordAt = at - from;
  for (const mention of monthsIn(clause)) {
    if (mention.start < wordAt) before = mention.month;
    else after ??= mention.month;
  }
  return latin ? (after ?? before) : before;
}

/** Where `word` next stands in `text` from `from`; an English word only as a word of its own ("complete", not in "incomplete"). */
function wordIn(text: string, word: string, from: number): number {
  const latin = /^[a-z]/u.test(word);
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? 0x20 : text.charCodeAt(at - 1);
    if (!latin || before < 0x61 || before > 0x7a) return at;
  }
  return -1;
}

/** Where the clause holding the position `at` starts: after the punctuation or line break before it. */
function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !CLAUSE_BREAKS.has(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Where the clause holding the position `at` ends. */
function clauseEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && !CLAUSE_BREAKS.has(text.charCodeAt(end))) end++;
  return end;
}

/** 、。;； and line breaks (not a comma, which stands in English dates: "June 2, 2022"). */
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([0x3001, 0x3002, 0x3b, 0xff1b, 0x0a, 0x0d]);

/** The day an Excel date cell holds, as the sheet shows it (a workbook's dates come as that day's midnight in UTC). */
export function dayOfDate(date: Date): When {
  return whenOf(date.getUTCFullYear() * 12 + date.getUTCMonth(), String(date.getUTCDate()));
}

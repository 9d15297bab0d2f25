/**
 * Months and days as one number, and how reports write them: small and free of the deadline reader, since the pane
 * loads the messages that name them with its first screen.
 */

/**
 * A month, or a day of it, as one number that orders them: (year × 12 + month − 1) × 32 + day, the day 0 where none
 * is written ("R4年3月" against "R4年3月15日").
 */
export type When = number;

/** A calendar year in Japanese by the era of the month: 令和 from May 2019, 平成 from 1989, else the western year. */
function eraLabel(year: number, month: number): string {
  if (year > 2019 || (year === 2019 && month >= 5)) return `R${year - 2018}`;
  return year >= 1989 ? `H${year - 1988}` : String(year);
}

/**
 * A day as a report writes a date: in Japanese by the era's name ("令和6年12月20日", "令和元年5月1日"), as a date cell
 * formatted so shows it; in English "December 20, 2024".
 */
export function formatDay(when: When, lang: 'ja' | 'en'): string {
  if (lang === 'en') return formatWhen(when, lang);
  const month = Math.floor(when / 32);
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const label = eraLabel(year, m);
  const era = label.startsWith('R') ? '令和' : label.startsWith('H') ? '平成' : '';
  const number = era === '' ? label : label.slice(1) === '1' ? '元' : label.slice(1);
  return `${era}${number}年${m}月${when % 32}日`;
}

/** A month or day as plans write it: in Japanese by era ("R4年3月", "R4年3月15日"), in English "March 15, 2022". */
export function formatWhen(when: When, lang: 'ja' | 'en'): string {
  const month = Math.floor(when / 32);
  const day = when % 32;
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  if (lang === 'ja') return `${eraLabel(year, m)}年${m}月${day === 0 ? '' : `${day}日`}`;
  const name = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return day === 0 ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

import { doneIn, isOnTime, readDeadline } from '../../src/core/deadlines';
import { formatDay, formatWhen } from '../../src/core/when';
import { dateOfSerial, isDateFormat } from '../../src/core/cell-text';

const deadlineOf = (text: string): number | null => readDeadline(text)?.when ?? null;

const month = (year: number, m: number, day = 0): number => (year * 12 + m - 1) * 32 + day;

describe('deadlines and the months things were done', () => {
  it.each<[string, number]>([
    ['R4年3月までに策定', month(2022, 3)],
    ['令和元年12月末までに公表', month(2019, 12)],
    ['平成31年3月までに', month(2019, 3)],
    ['2022年3月までに導入', month(2022, 3)],
    ['2022/3までに', month(2022, 3)],
    ['令和4年度中に導入', month(2023, 3)],
    ['R4年度末までに整備', month(2023, 3)],
    ['Adopt by Mar. 31, 2022', month(2022, 3, 31)],
    ['R4年3月15日まで', month(2022, 3, 15)],
    ['令和3年10月1日までに改定', month(2021, 10, 1)],
    ['2022年1月31日まで', month(2022, 1, 31)],
    ['令和4年2月末まで', month(2022, 2)],
    ['Ｒ４年３月までに策定', month(2022, 3)],
    ['by 31 March 2024', month(2024, 3, 31)],
    ['Open the hub by 1st April 2024', month(2024, 4, 1)],
    ['Adopt the plan by the end of March 2024', month(2024, 3)],
    // A calendar quarter is due by its last day.
    ['Q3 2024', month(2024, 9, 30)],
    ['by Q4 2023', month(2023, 12, 31)],
    ['令和6年度までに導入', month(2025, 3)],
    // A year's label before words alone: due by the year's end.
    ['R6年度:推奨データセット全項目公開', month(2025, 3)],
    // Era shorthand for a month alone, or before the thing to be done.
    ['R6.6', month(2024, 6)],
    ['R6.6導入', month(2024, 6)],
    ['R6.6 に導入', month(2024, 6)],
    ['R6.6中', month(2024, 6)],
    ['令和6年度　全庁で導入', month(2025, 3)],
    // Half a fiscal year: its first half ends in September, its second with the year.
    ['令和5年度上半期中に稼働', month(2023, 9, 30)],
    ['R5年度下半期に導入', month(2024, 3, 31)],
  ])('reads the deadline in %j', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('reads no deadline in a target that names a month without one, or none', () => {
    expect(deadlineOf('R4年3月の策定')).toBeNull();
    expect(deadlineOf('全庁での導入')).toBeNull();
    // A quarter of a financial year: April-to-March in the UK, July-to-June in Australia, which the sheet does not say.
    expect(deadlineOf('Q3 2024/25')).toBeNull();
    expect(deadlineOf('Q3 FY24')).toBeNull();
    expect(deadlineOf('Q5 2024')).toBeNull();
    // A value under a year's label, or several years' steps, sets no deadline.
    expect(deadlineOf('R6年度:50業務')).toBeNull();
    expect(deadlineOf('R6年度:検討 R7年度:試行')).toBeNull();
    expect(deadlineOf('R6年度:')).toBeNull();
    // A month with more after it than the thing to be done, or a figure that may be a decimal.
    expect(deadlineOf('R6.6の導入に向けた調整')).toBeNull();
    expect(deadlineOf('導入 R6.6')).toBeNull();
    expect(deadlineOf('2024.6')).toBeNull();
    expect(deadlineOf('6.6')).toBeNull();
    expect(deadlineOf('R6.6%')).toBeNull();
  });

  it.each<[string, number | null]>([
    ['R4年2月策定', month(2022, 2)],
    ['令和5年4月から運用開始', month(2023, 4)],
    ['Adopted June 2022', month(2022, 6)],
    ['Ｒ４年２月策定', month(2022, 2)],
    ['Adopted June 2, 2022', month(2022, 6, 2)],
    ['R4年3月20日策定', month(2022, 3, 20)],
    ['R4.3.10 完了', month(2022, 3, 10)],
    ['R4年3月25日改訂', month(2022, 3, 25)],
    ['2022/1/31に改定', month(2022, 1, 31)],
    ['Incomplete as of June 2022', null],
    ['Launched market 2021', null],
    ['R4年6月策定予定', null],
    ['R4年6月の策定を目指す', null],
    ['未策定（R4年6月に延期）', null],
    ['R4年6月', null],
    ['Opened 4 December 2023', month(2023, 12, 4)],
    ['Opened on the 4th of May 2024', month(2024, 5, 4)],
    ['Completed 30 September 2024', month(2024, 9, 30)],
    ['Completed Q2 2024', month(2024, 6, 30)],
  ])('reads when %j says it was done', (text, expected) => {
    expect(doneIn(text)).toBe(expected);
  });

  it('compares by day where both name one, else by month', () => {
    expect(isOnTime(month(2022, 3, 15), month(2022, 3, 20))).toBe(false);
    expect(isOnTime(month(2022, 3, 15), month(2022, 3, 15))).toBe(true);
    expect(isOnTime(month(2022, 3), month(2022, 3, 31))).toBe(true);
    expect(isOnTime(month(2022, 3, 15), month(2022, 3))).toBe(true);
    expect(isOnTime(month(2022, 3, 31), month(2022, 4, 1))).toBe(false);
    expect(isOnTime(month(2022, 3, 1), month(2022, 2, 28))).toBe(true);
  });

  it('writes a month or a day as the plan\'s reader would', () => {
    expect(formatWhen(month(2022, 3), 'ja')).toBe('R4年3月');
    expect(formatWhen(month(2023, 1, 15), 'ja')).toBe('R5年1月15日');
    expect(formatWhen(month(2019, 3), 'ja')).toBe('H31年3月');
    expect(formatWhen(month(2019, 5), 'ja')).toBe('R1年5月');
    expect(formatWhen(month(2022, 12), 'en')).toBe('December 2022');
    expect(formatWhen(month(2022, 12, 1), 'en')).toBe('December 1, 2022');
    // A day as a date cell in an era's format shows it.
    expect(formatDay(month(2024, 12, 20), 'ja')).toBe('令和6年12月20日');
    expect(formatDay(month(2019, 5, 1), 'ja')).toBe('令和元年5月1日');
    expect(formatDay(month(2019, 3, 31), 'ja')).toBe('平成31年3月31日');
    expect(formatDay(month(2024, 12, 20), 'en')).toBe('December 20, 2024');
  });
});

describe('number formats of dates, as Excel gives a date cell to the add-in', () => {
  it('tell a date or time format from a number, percentage, scientific or counted one', () => {
    for (const format of ['yyyy/m/d', 'yyyy年m月d日', 'm/d/yyyy h:mm', 'h:mm AM/PM', '[$-ja-JP]ggge"年"m"月"d"日"', 'd-mmm-yy', 'h:mm']) expect([format, isDateFormat(format)]).toEqual([format, true]);
    for (const format of ['General', 'G/標準', 'Standard', 'Estándar', '#,##0', '0.0%', '0.00E+00', '#,##0"日"', '0"件"', '[Red]#,##0', '@']) expect([format, isDateFormat(format)]).toEqual([format, false]);
    expect(dateOfSerial(45646).toISOString()).toBe('2024-12-20T00:00:00.000Z');
  });
});

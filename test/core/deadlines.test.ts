import { deadlineOf, doneIn, formatMonth } from '../../src/core/deadlines';

const month = (year: number, m: number): number => year * 12 + m - 1;

describe('deadlines and the months things were done', () => {
  it.each<[string, number]>([
    ['R4年3月までに策定', month(2022, 3)],
    ['令和元年12月末までに公表', month(2019, 12)],
    ['平成31年3月までに', month(2019, 3)],
    ['2022年3月までに導入', month(2022, 3)],
    ['2022/3までに', month(2022, 3)],
    ['令和4年度中に導入', month(2023, 3)],
    ['R4年度末までに整備', month(2023, 3)],
    ['Adopt by Mar. 31, 2022', month(2022, 3)],
    ['Ｒ４年３月までに策定', month(2022, 3)],
  ])('reads the deadline in %j', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('reads no deadline in a target that names a month without one, or none', () => {
    expect(deadlineOf('R4年3月の策定')).toBeNull();
    expect(deadlineOf('全庁での導入')).toBeNull();
  });

  it.each<[string, number | null]>([
    ['R4年2月策定', month(2022, 2)],
    ['令和5年4月から運用開始', month(2023, 4)],
    ['Adopted June 2022', month(2022, 6)],
    ['Ｒ４年２月策定', month(2022, 2)],
    ['Adopted June 2, 2022', month(2022, 6)],
    ['Incomplete as of June 2022', null],
    ['Launched market 2021', null],
    ['R4年6月策定予定', null],
    ['R4年6月の策定を目指す', null],
    ['未策定（R4年6月に延期）', null],
    ['R4年6月', null],
  ])('reads when %j says it was done', (text, expected) => {
    expect(doneIn(text)).toBe(expected);
  });

  it('writes a month as the plan\'s reader would', () => {
    expect(formatMonth(month(2022, 3), 'ja')).toBe('2022年3月');
    expect(formatMonth(month(2022, 12), 'en')).toBe('December 2022');
  });
});

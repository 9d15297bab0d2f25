import { joinBrokenValues } from '../../src/core/quantity/broken-lines';
import { parseQuantityText, splitIndicatorSegments } from '../../src/core/quantity';

describe('values broken over two lines of a cell', () => {
  it.each<[string, string]>([
    ['12,000\n件', '12,000件'],
    ['9,800\n万円', '9,800万円'],
    ['1億\n2,000万円', '1億2,000万円'],
    ['95.0\n%以上', '95.0%以上'],
    ['2,000時間\n以上削減', '2,000時間以上削減'],
    ['1,0\n50件', '1,050件'],
    ['３，０００\n人', '３，０００人'],
  ])('joins %j into one value', (text, joined) => {
    expect(joinBrokenValues(text)).toBe(joined);
  });

  it.each([
    '○RPA導入業務数\nR2年度:50業務',
    'R2年度:50業務\nR3年度:60業務',
    '120件\n70%',
    '50\n60',
    '・研修を3回実施\n・参加者アンケートを実施',
    '12,000件\n達成',
    '100件\n(うち新規20件)',
    '3万\n2025年度末時点',
    '年間5,000万\n2022年度から',
    '5,200\n年間延べ',
    '480\n課題:周知不足',
  ])('leaves %j as written', (text) => {
    expect(joinBrokenValues(text)).toBe(text);
  });

  it('reads the joined value as one indicator, with its unit and direction', () => {
    expect(splitIndicatorSegments('9,800\n万円')).toEqual(['9,800万円']);
    const [q] = parseQuantityText(splitIndicatorSegments('2,000時間\n以上削減')[0] ?? '').quantities;
    expect([q?.value, q?.unit, q?.direction, q?.reduction]).toEqual([2000, '時間', 'atLeast', true]);
    expect(parseQuantityText(splitIndicatorSegments('1億\n2,000万円')[0] ?? '').quantities[0]?.value).toBe(120_000_000);
  });
});

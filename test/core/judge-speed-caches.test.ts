import { categorizeCause } from '../../src/core/causes';
import type { Quantity } from '../../src/core/quantity-types';
import { readRecordedStatus } from '../../src/core/recorded-status';
import { compareUnits, compareUnitsInto, type UnitComparison, type UnitComparisonScratch } from '../../src/core/unit-scale';

function quantity(value: number, unit: string | null): Quantity {
  return {
    value, unit, perYear: false, cumulative: false, approximate: false, direction: null, reduction: false, year: null,
    label: null, source: `${value}${unit ?? ''}`, suspicion: null,
  };
}

/** Pairs of (target, actual) and how they compare, one of each way units are compared. */
const PAIRS: ReadonlyArray<readonly [Quantity, Quantity, UnitComparison]> = [
  [quantity(50, '件'), quantity(51, '件'), { targetValue: 50, actualValue: 51, units: 'same' }],
  [quantity(1000, '件'), quantity(100, '件/月'), { targetValue: 1000, actualValue: 1200, units: 'converted' }],
  [quantity(1000, '件/年'), quantity(900, '件'), { targetValue: 1000, actualValue: 900, units: 'same' }],
  [quantity(2, '時間'), quantity(90, '分'), { targetValue: 2, actualValue: 1.5, units: 'converted' }],
  [quantity(20, '時間/月'), quantity(18, '時間/月'), { targetValue: 20, actualValue: 18, units: 'same' }],
  [quantity(3, 'KM'), quantity(2500, 'm'), { targetValue: 3, actualValue: 2.5, units: 'converted' }],
  [quantity(60, '%'), quantity(50, '件'), { targetValue: 60, actualValue: 50, units: 'incomparable' }],
  [quantity(10, '団体'), quantity(12, '事業'), { targetValue: 10, actualValue: 12, units: 'differs' }],
  [quantity(10, null), quantity(12, '件/週'), { targetValue: 10, actualValue: 624, units: 'converted' }],
  [quantity(0, '件/月'), quantity(0, '件'), { targetValue: 0, actualValue: 0, units: 'same' }],
];

describe('judging with the units, statuses and causes read once', () => {
  it('compares into the object given, as compareUnits does', () => {
    const into: UnitComparisonScratch = { targetValue: -1, actualValue: -1, units: 'differs' };
    for (const [target, actual, expected] of PAIRS) {
      expect(compareUnitsInto(target, actual, into)).toBe(into);
      expect({ ...into }).toEqual(expected);
      expect(compareUnits(target, actual)).toEqual(expected);
    }
  });

  it('compares alike the second time, and after more distinct units than are kept', () => {
    const first = PAIRS.map(([target, actual]) => compareUnits(target, actual));
    for (let i = 0; i < 2_500; i++) compareUnits(quantity(1, `単位${i}`), quantity(1, `単位${i}/月`));
    expect(PAIRS.map(([target, actual]) => compareUnits(target, actual))).toEqual(first);
    expect(first).toEqual(PAIRS.map(([, , expected]) => expected));
  });

  it('reads statuses and causes alike the second time, and after more distinct texts than are kept', () => {
    const statuses = ['順調', '遅れ', '概ね順調', 'A (達成)', '達成できず', '', '  ', 'not met'];
    const causes = ['新型コロナウイルス感染症の影響により、開催を中止したため。', '予算の確保が困難であったため。', '天候不順のため。', '   '];
    const readStatuses = statuses.map(readRecordedStatus);
    const categories = causes.map(categorizeCause);
    expect(readStatuses).toEqual(['on-track', 'delayed', 'on-track', 'achieved', null, null, null, 'delayed']);
    expect(categories).toEqual(['pandemic', 'budget', 'other', null]);
    for (let i = 0; i < 2_500; i++) {
      readRecordedStatus(`取組${i}は順調`);
      categorizeCause(`予算${i}の不足のため`);
    }
    expect(statuses.map(readRecordedStatus)).toEqual(readStatuses);
    expect(causes.map(categorizeCause)).toEqual(categories);
  });
});

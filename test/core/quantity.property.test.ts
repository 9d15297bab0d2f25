import fc from 'fast-check';
import {
  KNOWN_UNITS,
  formatYearLabel,
  normalizeName,
  normalizeText,
  parseDirectionWords,
  parseQuantityText,
  parseYearLabel,
  splitIndicatorSegments,
} from '../../src/core/quantity';
import type { ParsedText } from '../../src/core/quantity-types';

/** Characters staff actually type, so that random texts reach the interesting paths of the parser. */
const PLAN_CHARS = [
  ...'0123456789０１２３４５６７８９,，..．%％:：/／()（）~〜～+-−▲△ 　\n',
  ...'RHFYr約令和平成元年度月日業務枚件会議回人時間以上下未満超減削累計比見込困難達成予定万億千円',
  ...'○〇◯●■◆・※①②abcdeosthx',
  'at least ',
  'or more',
  ' per year',
  '😀',
];

const planText = fc.string({ unit: fc.constantFrom(...PLAN_CHARS), maxLength: 60 });
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), planText);

function expectWellFormed(parsed: ParsedText): void {
  expect(typeof parsed.statement).toBe('boolean');
  for (const q of parsed.quantities) {
    expect(Number.isFinite(q.value)).toBe(true);
    expect(q.unit === null || (typeof q.unit === 'string' && q.unit.length > 0)).toBe(true);
    expect(q.year === null || Number.isInteger(q.year)).toBe(true);
    expect(q.label === null || q.label.length > 0).toBe(true);
    expect(typeof q.source).toBe('string');
  }
}

describe('quantity properties', () => {
  it('never throws on any text and only returns finite values', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(parseQuantityText(text));
        for (const segment of splitIndicatorSegments(text)) {
          expect(segment.trim()).toBe(segment);
          expect(segment.length).toBeGreaterThan(0);
          expectWellFormed(parseQuantityText(segment));
        }
        expect(typeof normalizeName(text)).toBe('string');
        const year = parseYearLabel(text);
        expect(year === null || Number.isInteger(year)).toBe(true);
        expect(typeof parseDirectionWords(text).reduction).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back a formatted integer with thousands separators and any known unit', () => {
    const expectedUnit = (unit: string): string => (unit === 'パーセント' || unit === 'percent' ? '%' : unit);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.constantFrom(...KNOWN_UNITS), fc.boolean(), (n, unit, spaced) => {
        const text = `${n.toLocaleString('en-US')}${spaced ? ' ' : ''}${unit}`;
        const { quantities } = parseQuantityText(text);
        expect(quantities).toHaveLength(1);
        expect(quantities[0]!.value).toBe(n);
        expect(quantities[0]!.unit).toBe(expectedUnit(unit));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back a value after a year label and a label', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2019, max: 2060 }),
        fc.constantFrom('ja', 'en') as fc.Arbitrary<'ja' | 'en'>,
        fc.constantFrom('RPA導入業務数', 'AI-OCR利用枚数', '調査票回答数'),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('件', '枚', '業務', '%', '会議'),
        (year, lang, label, n, unit) => {
          const yearLabel = formatYearLabel(year, lang);
          const text = `○${label} ${yearLabel}${lang === 'ja' ? '年度' : ''}:${n.toLocaleString('en-US')}${unit}`;
          const q = parseQuantityText(text).quantities;
          expect(q).toHaveLength(1);
          expect(q[0]).toMatchObject({ value: n, unit, year, label });
        },
      ),
    );
  });

  it('normalises text idempotently; names to keys without spaces or capitals', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(normalizeName(text)).not.toMatch(/[\sA-Z]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads year labels back in both languages (Reiwa up to R99)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2117 }), fc.constantFrom('ja', 'en') as fc.Arbitrary<'ja' | 'en'>, (year, lang) => {
        expect(parseYearLabel(formatYearLabel(year, lang))).toBe(year);
      }),
    );
  });
});

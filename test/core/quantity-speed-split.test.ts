/**
 * The hand-written readers that stand in for patterns in splitIndicatorSegments, against those patterns: numbered
 * items ("1 120件\n2 70%") and the test that spares the numbered-item reading for cells that cannot start with one.
 */
import fc from 'fast-check';
import { normalizeText, splitIndicatorSegments } from '../../src/core/quantity';
import { numberedItem } from '../../src/core/quantity/split';

const NUMBERED_LINE = /^[ \t\u3000]*(\d{1,2})[ \u3000]+(\S.*?)\s*$/u;

/** numberedItem as the pattern reads it. */
function numberedItemReference(line: string, number: number): string | null {
  const m = NUMBERED_LINE.exec(line);
  return m === null || Number(m[1]) !== number ? null : (m[2] ?? null);
}

/** The numbered items of a cell as splitIndicatorSegments read them with String.split and the patterns. */
function numberedLinesReference(text: string): string[] | null {
  if (!/^[\d０-９\s]/u.test(text)) return null;
  const items: string[] = [];
  for (const line of text.split('\n')) {
    const normal = normalizeText(line);
    if (normal === '') continue;
    if (items.length > 0 && /^[・(（※]/u.test(normal)) {
      items[items.length - 1] = `${items[items.length - 1] ?? ''}\n${normal}`;
      continue;
    }
    const item = numberedItemReference(normal, items.length + 1);
    if (item === null) return null;
    items.push(item);
  }
  return items.length >= 2 ? items : null;
}

const LINE_CHARS = [
  ...'0011223456789０１２ \t\u3000\u1680\u00a0\n\r\u2028\u2029\ufeff\u200b',
  ...'件業務会議・(（※○abcXY,.)、。',
  '\ud842\udfb7', '\ud842', '\udfb7',
];
const lineSoup = fc.string({ unit: fc.constantFrom(...LINE_CHARS), maxLength: 16 });

/** Lines as numbered cells hold them, with the near misses. */
const numberedLine = fc
  .tuple(
    fc.constantFrom('', '', ' ', '\t', '\u3000', '\u1680', '\u200b'),
    fc.constantFrom('1', '2', '3', '01', '02', '10', '12', '123', '１', '1,', '1.', ''),
    fc.constantFrom(' ', ' ', '  ', '\u3000', '\t', '', ',', '\u1680', ' \u3000'),
    fc.constantFrom('新技術を活用した取組の推進', '120件', '70%', '・オンライン相談を開始', '（うち30件）', '※注', ' ', '', 'a\rb', 'a\u2028b', 'x\u1680', '\ud842\udfb7野家'),
    fc.constantFrom('', '', ' ', '\u3000', '\u1680', '\r', '\t'),
  )
  .map((parts) => parts.join(''));

const numberedCell = fc.oneof(
  fc.array(numberedLine, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.array(fc.oneof(numberedLine, lineSoup), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.constantFrom('件数', ' 120件', '・補足', '（注）', '  ', '', '\u3000'), { minLength: 4, maxLength: 4 })).map(
    ([count, words]) => Array.from({ length: count }, (_, i) => `${i + 1} 項目${words[i] ?? ''}`).join('\n'),
  ),
);

describe('the numbered items of a cell, read by hand', () => {
  it('reads a line as the numbered-item pattern does', () => {
    fc.assert(
      fc.property(fc.oneof(numberedLine, lineSoup), fc.integer({ min: 0, max: 13 }), (line, number) => {
        expect(numberedItem(line, number)).toBe(numberedItemReference(line, number));
      }),
      { numRuns: 20000 },
    );
  });

  it('splits a numbered cell into its items as String.split and the patterns did', () => {
    fc.assert(
      fc.property(numberedCell, (text) => {
        const reference = numberedLinesReference(text);
        if (reference !== null) expect(splitIndicatorSegments(text)).toEqual(reference);
      }),
      { numRuns: 20000 },
    );
  });

  it('knows the common cells that cannot be numbered items', () => {
    expect(splitIndicatorSegments('1,633人/年\n1,700人/年')).toEqual(['1,633人/年\n1,700人/年']);
    expect(splitIndicatorSegments('1 120件\n2 70%')).toEqual(['120件', '70%']);
    expect(splitIndicatorSegments('01 120件\n02 70%')).toEqual(['120件', '70%']);
    expect(splitIndicatorSegments('1　120件\n2　70%')).toEqual(['120件', '70%']);
  });
});

/** parseQuantityText: the common-shape reader where it answers, the scanner otherwise. */
import type { ParsedText } from '../quantity-types';
import { MAX_INPUT, normalizeText } from './normalize';
import { PLAIN_NUMBER } from './patterns';
import { EMPTY, Scanner, mayBePlainNumber, parsePlainNumber } from './scanner';
import { parseCommonShape } from './common-shape';
import { withCompoundNumbers } from './compound-numbers';

/**
 * Every value in a cell's text, in order, with unit, direction, year and label as written;
 * and whether the text is a statement about a value ("90%以上達成が困難の見込み") rather than a report.
 * Never throws. The `source` of each quantity is a slice of the normalised text.
 */
export function parseQuantityText(text: string): ParsedText {
  if (typeof text !== 'string' || text.length === 0) return EMPTY;
  const written = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const cut = withCompoundNumbers(written, false);
  const common = parseCommonShape(cut);
  if (common !== null) return common;
  const s = normalizeText(cut);
  if (s.length === 0) return EMPTY;
  if (mayBePlainNumber(s) && PLAIN_NUMBER.test(s)) return parsePlainNumber(s);
  return new Scanner(s).run();
}

/**
 * parseQuantityText with every token found by the MASTER pattern alone, as the scanner did before it read the
 * common tokens by hand: the reference that the hand-written tokenizer is tested against.
 */
export function parseQuantityTextReference(text: string): ParsedText {
  if (typeof text !== 'string' || text.length === 0) return EMPTY;
  const s = withCompoundNumbers(normalizeText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text), true);
  if (s.length === 0) return EMPTY;
  if (PLAIN_NUMBER.test(s)) return parsePlainNumber(s);
  return new Scanner(s, true).run();
}

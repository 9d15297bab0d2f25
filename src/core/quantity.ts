/**
 * Reading quantities from cell text the way public-office staff write them:
 * "R2年度:50業務", "約62,000枚/年", "90%以上", "R元年度比コピー使用量61.2%減", "FY2020: 50 tasks".
 *
 * Pure functions, no I/O. This runs for every cell of large plans, so every regular expression is
 * compiled once at module level, patterns are written so that they cannot backtrack catastrophically,
 * and inputs longer than MAX_INPUT characters are cut before any work is done.
 *
 * The modules under ./quantity/:
 * - chars, units: character classes and the unit vocabulary;
 * - normalize, years: normalizeText and fiscal-year labels;
 * - patterns: the vocabulary of values (modifiers, prefix words, statement words, label clean-up);
 * - scanner: the general reader, token by token, which is also the reference the fast path is tested against;
 * - common-shape: the one-pass reader of the common cell, on a buffer of the text's code units;
 * - parse: parseQuantityText, choosing between them;
 * - split, names: splitting cells into indicators, and matching indicator names.
 */
export { KNOWN_UNITS } from './quantity/units';
export { asWritten, needsNormalising, normalizeText } from './quantity/normalize';
export { formatYearLabel, parseYearLabel } from './quantity/years';
export { numberingMarkAfter } from './quantity/scanner';
export { parseQuantityText, parseQuantityTextReference } from './quantity/parse';
export { withCompoundNumbers } from './quantity/compound-numbers';
export { splitIndicatorSegments } from './quantity/split';
export { normalizeName, parseDirectionWords } from './quantity/names';

import { JS_WHITESPACE, isJsWhitespace } from '../../src/core/cell-text';
import { CHAR_NORMALISE, isIn } from '../../src/core/quantity/chars';

/** Every UTF-16 code unit that is a character on its own (lone surrogates left out). */
function* everyCharacter(): Generator<number> {
  for (let c = 1; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) yield c;
}

describe('the character tables the readers look up', () => {
  it('lists as whitespace exactly what the regex class \\s matches', () => {
    const wrong = [...everyCharacter()].filter((c) => JS_WHITESPACE.includes(c) !== /\s/u.test(String.fromCharCode(c)) || isJsWhitespace(c) !== /\s/u.test(String.fromCharCode(c)));
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  it('marks as "to normalise" exactly the non-ASCII characters normalizeText\'s replace chain rewrites or removes', () => {
    // The chain's character classes (src/core/quantity/normalize.ts), as one pattern.
    const rewritten = /[\uFF01-\uFF5E\uFF61-\uFF9F\u3000\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\uFEFF\u2010\u2011\u2022\u2023\u25E6\u2212\uFE63\u301C\u0085]/u;
    const wrong = [...everyCharacter()].filter((c) => c >= 0x80 && isIn(CHAR_NORMALISE, c) !== rewritten.test(String.fromCharCode(c)));
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });
});

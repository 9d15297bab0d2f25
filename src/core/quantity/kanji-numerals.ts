/**
 * Numbers written in kanji before a counter ("三件", "十二業務", "年二回", "三百二十箱削減", "一割減", "百パーセント", "ゼロ件"),
 * rewritten in digits before the text is read. Only where a counter follows and the counter ends a word: kanji
 * numerals also begin words that count nothing ("一部", "十分", "一人ひとり", "四日市", "第三次", "三つの柱").
 */

/** A kanji digit or 十/百/千: a text without one holds no kanji number (checked first, on every cell). */
export const KANJI_NUMERAL_CHAR = /[〇一二三四五六七八九十百千]|ゼロ/u;

const DIGIT: Readonly<Record<string, number>> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8 };

/**
 * A run of kanji numerals, read from its start only (so never a part of "第十八回", and in linear time on a long run),
 * not after a digit ("5千人" is read as a group of thousands), 第 (an ordinal), 数/何/幾 ("数百件" is no amount), the
 * mark of a range or a list ("二～三回", "二、三か所": their first number has no counter of its own), or a word that
 * 一 ends ("統一", "同一", "均一", "唯一"); at most twelve characters, before a
 * counter that ends a word: at the end, before a space, a bracket or punctuation, a word of direction, change or
 * doing ("以上", "削減", "実施"), or a particle.
 */
const KANJI_COUNT = new RegExp(
  '(?<![0-9.,第統同均唯単画逐随数何幾〇一二三四五六七八九十百千万億～〜~、・])([〇一二三四五六七八九十百千万億]{1,12}|ゼロ)' +
    '(?=(?:件|回|人|名|か所|カ所|ヶ所|箇所|校|課|業務|会議|箱|団体|事業|施設|台|枚|冊|割|パーセント|%|倍|時間|日|週間|か月|ヶ月|カ月|年度|年|手続|項目|種類|地区|拠点|世帯|棟|室|社|館|園|店)' +
    '(?:$|[\\s、。,.:)）\\]】/]|以上|以下|以内|未満|超|程度|削減|減|増|実施|開催|達成|導入|整備|公開|作成|完了|を|の|で|に|へ|と|から|まで|比))',
  'gu',
);

/** The value of a run of kanji numerals: positional ("二〇二四") or with 十/百/千/万/億 ("三百二十", "一万二千"). */
function valueOf(run: string): number | null {
  if (![...run].some((c) => SMALL_UNIT[c] !== undefined || LARGE_UNIT[c] !== undefined)) {
    // Digits in place value are a year or a code past four ("二〇二四"): no amount a plan counts.
    if (run.length > 4) return null;
    let value = 0;
    for (const c of run) value = value * 10 + (DIGIT[c] ?? 0);
    return value;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of run) {
    const d = DIGIT[c];
    if (d !== undefined) {
      if (digit !== null) return null; // "二三百": no reading
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const large = LARGE_UNIT[c] as number;
    total += (section + (digit ?? 0)) * large;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** The normalised text with kanji numbers before counters in digits; the text itself where it holds none. */
export function withKanjiNumerals(text: string): string {
  return text.replace(KANJI_COUNT, (run: string) => {
    // 万 or 億 leading ("万一") is no number, and 千 alone is a scale ("千枚単位", a unit column's "千人").
    if (LARGE_UNIT[run.charAt(0)] !== undefined || run === '千') return run;
    if (run === 'ゼロ') return '0'; // "ゼロ件": none, as "0件"

    const value = valueOf(run);
    return value === null ? run : String(value);
  });
}

/**
 * The fast paths of the quantity reader against the slow general path they stand in for, on generated plan-like
 * texts: the one-pass reader of the common shape and the hand-written tokenizer against the scanner that finds every
 * token with the MASTER pattern; the hand-written checks against the regexes they replace.
 */
import { joinBrokenValues } from '../../src/core/quantity/broken-lines';
import fc from 'fast-check';
import {
  needsNormalising,
  normalizeName,
  normalizeText,
  numberingMarkAfter,
  parseDirectionWords,
  parseQuantityText,
  parseQuantityTextReference,
  splitIndicatorSegments,
} from '../../src/core/quantity';
import { YEAR_SCAN, yearOfMatch } from '../../src/core/quantity/years';

// ---------------------------------------------------------------------------------------------------------------
// Generators: texts as staff write them, assembled from the pieces the parser cares about, plus character soup.

const BULLETS = ['', '', '', '○', '〇', '・', ' ・', '(1)', '①', '1 ', '1.', '●'];
const LABELS = [
  '', '', 'RPA導入業務数', 'AI-OCR利用枚数', '公の施設の管理目標達成率', '「まいたま」のアクセス数', 'コピー使用量', 'ダウンロード数',
  '年間利用件数', '累計登録者数', 'annual visits', 'Number of tasks', '時間外勤務時間数(以下)', 'COVID-19対策', 'Windows10移行', '第3回',
  'A4用紙', 'H2O', 'R2D2', '研修受講者数は', 'うち', 'compared with', 'tasks in', 'オープンデータ公開数', '全新規事業の立案にEBPMの手法を導入',
  '時間外勤務時間', 'Aの', '件は', '各部局からの提案事業(全', '(うち', '1.RPA導入業務数', '①利用件数', '利用件数。うち', 'reduced by', 'no more than', '申請から交付まで', '交付まで', '職員数で',
];
const SEPARATORS = ['', '', ' ', '\n', ':', '、', '。', '  ', ' \n', '→', '=', '\t', '　'];
const YEARS = [
  '', '', '', 'R2年度:', 'R2年度: ', 'R2年度：', '令和元年度:', '令和2年度', 'H30年度:', 'R12年度:', 'R0年度:', 'R2:', 'R 2年度:', 'FY2020: ',
  '2020年度:', 'R元年度比', 'R2.4.1', '令和3年3月', '3月', '10:00', '2年度', 'R2年度と比べて', 'R2年度比', 'in FY2020 ',
];
const PREFIXES = [
  '', '', '', '約', '約 ', '~', '≥', 'at least ', '累計', '年間', '▲', '-', '+', 'おおむね', 'approx. ', 'およそ', '概ね', '≦', '>=', '<=', '<', '>', '≒',
  '毎年', '年間約', '約約 約約約', 'max.', '約\n', '累計\n約 ', '毎月', '月', '週', '毎週', '月に', '3月', 'reduce to ', 'within ',
  '¥', '￥', '$', '€', '£', 'US$', '¥ ', '12月に', '十二月に', '月間', '3月平均', 'Below ¥', 'under $', '約¥', 'by March ', 'Mar. 31, ', 'June ',
];
const NUMBERS = [
  '50', '12,000', '5,350,000', '1,2,3', '12,0000', '1234,567', '2.000', '40.5', '92.4', '1e3', '0', '07', '3', '４５', '1,100', '99999999999999999999999',
];
const UNITS = [
  '', '', '業務', '枚', '件', '%', '会議', '団体', 'データセット', '基', ' 件', ' tasks', '回目', '目', 'GB', '万件', '千円', 'ﾃﾞｰﾀ', '千万円', ' 会議室',
  ' weeks', 'wee\u212As', 'TASKS', 'rd', 'kWh', '人日', 'パーセント', '拠点に導入', '事業所で', ' million', '兆',
  'M', 'K', 'B', 'MB', 'Mil', 'm', 'k', 'bn', 'Bn', 'mn', 'M3', 'Mbps', ' trillion', '兆2,000億', '時間30分', ' hr 30 min', '分の1', '/3', 'Q:', 'Q ', '-6月 ', '〜9月', '／３', '／', 'ｈｒ３０ｍｉｎ',
  // Dates and near misses after the digits ("12/31", "50/年", "10:00", "2020年", "5年", "2年度", "3 月").
  '/31', '/4/1', '/', '/年', ':00', ':', '月', ' 月', '年', '年度', ' 年度', ' 年', '-4-1', '-', '日',
];
const MODIFIERS = [
  '', '', '', '/年', '/累計', '以上', '以下', '未満', '超', '削減', '減', '減少', '以上削減', '/年度', '/年x', '/人', ' per year', ' or more', '程度',
  '(見込)', '(累計)', '(R2年度)', ' (以上)', '(うち5件)', '(', '(R3:20人)', '（令和3年度：2か所）', ' (FY2021: 300)',
];
const TAILS = [
  '', '', '', '', '達成が困難の見込み', 'を達成', ' R3年度:60業務', '\n○AI-OCR利用枚数 R2年度:12,000枚/年', '予定', 'expected', ' ', 'データセット',
  'に導入', '全てにおいて、EBPM調書の作成を必須とした。', '(R3年度本格運用)', ' (R3年度)', 'を達成率', ' in FY2021', ' ・次へ', 'ができなかった',
  'を予定数', 'RPAを導入', '令和', 'Hで', 'ふぃFY',
];

const piece = (items: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...items);

/** "○RPA導入業務数 R2年度:約12,000枚/年以上…" and its many near misses. */
const valueText = fc
  .tuple(piece(BULLETS), piece(LABELS), piece(SEPARATORS), piece(YEARS), piece(PREFIXES), piece(NUMBERS), piece(UNITS), piece(MODIFIERS), piece(MODIFIERS), piece(TAILS))
  .map((parts) => parts.join(''));

/**
 * The shapes the one-pass reader of the common shape answers for (one value, perhaps a label, a year label and words
 * after it) and their near misses: valueText makes them too rarely to test that reader well.
 */
const commonText = fc
  .tuple(
    piece(LABELS), piece(['', '', ' ', '\n', ':', '、']), piece(['', '', '', 'R2年度:', 'R2年度: ', '令和元年度:', 'H30年度:', 'R2年度比']), piece(PREFIXES),
    piece(['50', '12,000', '2.000', '40.5', '7', '1,234.567', '0.125', '123456789012345678', '1e3', '0.1234567890123456', '2020', '12', '1999', '2200']),
    piece(UNITS), piece(['', '', '/年', '/累計', '以上', '以下', '削減', '減', '/人', '程度', '以上削減']), piece(TAILS),
  )
  .map((parts) => parts.join(''));

const PLAN_CHARS = [
  ...'0123456789０１２３４５６７８９,，..．%％:：/／()（）~〜～+-−▲△ 　\n',
  ...'RHFYr約令和平成元年度月日業務枚件会議回人時間以上下未満超減削累計比見込困難達成予定万億千円',
  ...'○〇◯●■◆・※①②abcdeosthx¥$€MKB',
];
const soup = fc.string({ unit: fc.constantFrom(...PLAN_CHARS), maxLength: 40 });

/** Several values in one cell, on lines or after bullets, as target and actual cells hold them. */
const cellText = fc.array(fc.oneof(valueText, soup), { minLength: 1, maxLength: 3 }).chain((items) =>
  piece(['\n', ' ', '\n\n', '']).map((joiner) => items.join(joiner)),
);

const planText = fc.oneof(
  { weight: 4, arbitrary: valueText },
  { weight: 4, arbitrary: commonText },
  { weight: 2, arbitrary: cellText },
  { weight: 1, arbitrary: soup },
);

// ---------------------------------------------------------------------------------------------------------------
// The references: the patterns and algorithms the hand-written code replaced.

const NEEDS_NORMALISING =
  /[\uFF01-\uFF5E\uFF61-\uFF9F\u3000\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\uFEFF\u2010\u2011\u2022\u2023\u25E6\u2212\uFE63\u301C\t\v\f\r\u0085]|[ \n][ \n]|^[ \n]|[ \n]$/;

const SEGMENT_MARKER = /[○〇◯●■◆]|(?<!\S)(?:・|\(\d{1,2}\)|[①-⑳])/g;
const CONTINUATION_START = /^(?:(?:令和|平成|[RH]) ?(?:元|\d)|[Ff][Yy] ?\d|\d|[(~約▲△▼+\-※])/;

/**
 * splitIndicatorSegments as it was written, with String.split and the patterns, after the same joining of values
 * broken over two lines (tested on its own in broken-lines.test.ts).
 */
function splitReference(written: string): string[] {
  const text = joinBrokenValues(written);
  // Every line numbered 1, 2, 3… with a space after the number: one item a line, numbers off.
  // Remark lines (・, （, ※) after the first item go with the item above them.
  const items: string[] = [];
  let numbered = /^[\d０-９\s]/u.test(text);
  for (const line of text.split('\n').map((l) => normalizeText(l)).filter((l) => l !== '')) {
    if (!numbered) break;
    if (items.length > 0 && /^[・(（※]/u.test(line)) {
      items[items.length - 1] += `\n${line}`;
      continue;
    }
    const m = /^[ \t\u3000]*(\d{1,2})[ \u3000]+(\S.*?)\s*$/u.exec(line);
    if (m === null || Number(m[1]) !== items.length + 1) numbered = false;
    else items.push(m[2] ?? '');
  }
  if (numbered && items.length >= 2) return items;
  const s = normalizeText(text);
  if (s.length === 0) return [];
  const pieces: { text: string; marked: boolean; lineStart: boolean; numbered: boolean; subItem: boolean }[] = [];
  const withMarkers = new RegExp(`(${SEGMENT_MARKER.source})`, 'gu');
  for (const line of s.split('\n')) {
    // [part, marker, part, marker, part…]
    const split = line.split(withMarkers);
    for (let i = 0; i < split.length; i += 2) {
      let part = (split[i] ?? '').trim();
      const numbering = numberingLength(part);
      if (numbering > 0) part = part.slice(numbering).trim();
      const marker = split[i - 1];
      const subItem = marker === '・' && split.slice(0, i - 1).join('').trim() === '';
      if (part.length > 0) pieces.push({ text: part, marked: i > 0 || numbering > 0, lineStart: i === 0, numbered: numbering > 0, subItem });
    }
  }
  const markedCell = pieces.some((p) => p.marked);
  const segments: string[] = [];
  // A ・ line under a numbered item is a sub-item of it.
  let underNumber = false;
  for (const p of pieces) {
    const previous = segments.length - 1;
    const isSubItem = previous >= 0 && underNumber && p.subItem && parseQuantityTextReference(p.text).quantities.length === 0;
    const continues =
      isSubItem || (previous >= 0 && p.lineStart && !p.marked &&
      (markedCell || CONTINUATION_START.test(p.text) || parseQuantityTextReference(segments[previous] ?? '').quantities.length === 0));
    if (isSubItem) segments[previous] = `${segments[previous] ?? ''}\n・${p.text}`;
    else if (continues) segments[previous] = `${segments[previous] ?? ''}\n${p.text}`;
    else {
      segments.push(p.text);
      underNumber = p.numbered;
    }
  }
  return segments;
}

/** Length of "1 " / "1." / "1)" numbering at the start of a text, with the pattern it was written with. */
function numberingLength(text: string): number {
  const m = /^\d{1,2}(?!\d)/.exec(text);
  if (!m) return 0;
  const mark = numberingMarkAfter(text, m[0].length);
  return mark > 0 ? m[0].length + mark : 0;
}

const DIRECTION_WORDS = new RegExp(
  [
    '(以上|≥|>=|≧|(?<![A-Za-z])(?:at least|no less than|not less than|or more|or greater|or higher|minimum|higher is better|more is better|larger is better)(?![A-Za-z]))',
    '(以下|以内|≤|<=|≦|(?<![A-Za-z])(?:at most|no more than|not more than|or less|or fewer|or lower|within|maximum|lower is better|less is better|fewer is better|smaller is better)(?![A-Za-z]))',
    '(未満|を?下回|<|(?<![A-Za-z])(?:less than|fewer than|under|below)(?![A-Za-z]))',
    '(超(?!過)|を?上回|>|(?<![A-Za-z])(?:more than|greater than|over|above|exceed(?:s|ing)?)(?![A-Za-z]))',
  ].join('|'),
  'gi',
);
const REDUCTION_WORD =
  /削減|縮減|低減|減少|短縮|軽減|(?<![増加])減(?![免税価点])|(?<![A-Za-z])(?:reduc\w*|decreas\w*|cuts?|savings?|saved)(?![A-Za-z])/i;

function directionReference(text: string): ReturnType<typeof parseDirectionWords> {
  const s = normalizeText(text);
  let direction: ReturnType<typeof parseDirectionWords>['direction'] = null;
  DIRECTION_WORDS.lastIndex = 0;
  for (let m = DIRECTION_WORDS.exec(s); m !== null; m = DIRECTION_WORDS.exec(s)) {
    direction = m[1] ? 'atLeast' : m[2] ? 'atMost' : m[3] ? 'lessThan' : 'moreThan';
  }
  return { direction, reduction: REDUCTION_WORD.test(s) };
}

const LINE_NUMBERING = /(^|\n) ?(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d)|\d{1,2} (?=[^\d\s]))/g;
const NAME_NOISE = /[\s○〇◯●■◆◎・※□◇▪「」『』"“”'‘’【】①-⑳:]/g;

/** normalizeName as the patterns say it: normalised, year labels (not dates) removed, numbering and noise removed, lower-cased. */
function nameReference(text: string): string {
  const s = normalizeText(text);
  let withoutYears = '';
  let last = 0;
  YEAR_SCAN.lastIndex = 0;
  for (let m = YEAR_SCAN.exec(s); m !== null; m = YEAR_SCAN.exec(s)) {
    withoutYears += s.slice(last, m.index) + (yearOfMatch(m, s) === null ? m[0] : '');
    last = m.index + m[0].length;
  }
  withoutYears += s.slice(last);
  return withoutYears.replace(LINE_NUMBERING, '$1').replace(NAME_NOISE, '').toLowerCase();
}

/** Indicator names as staff write them, and characters that each step of normalizeName treats in its own way. */
const NAME_CHARS = [
  ...'AZaqz09元○〇・「」『』"“”\'‘’【】:①⑳ \n\t\u3000\u00a0\u1680\u200b\ufeffＡｚ１ｱﾞÉΣσİ年度月R令和平成FYー-〜~()（）.',
  '漢', 'カ', 'の', '😀', 'R2', '令和元年度', 'FY2020', '2020年度', '3月', '1. ', '(1)', 'AI-OCR', 'NPO',
];
const nameText = fc.oneof(
  piece(['AI-OCR利用枚数', '「まいたま」のアクセス数', 'ヘルプデスクAIの応答可能質問数', '共同クラウドの参加団体数', '紙の使用量10%以上削減', 'R2年度 RPA導入業務数', '1. 名前', 'ÉCOLE数', 'ΟΔΟΣ']),
  fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 20 }),
  planText,
);

// ---------------------------------------------------------------------------------------------------------------

describe('quantity fast paths agree with the general path', () => {
  it('reads every text as the MASTER-pattern scanner does (one-pass reader of the common shape, hand tokenizer)', () => {
    fc.assert(
      fc.property(planText, (text) => {
        expect(parseQuantityText(text)).toStrictEqual(parseQuantityTextReference(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads each segment of a split cell as the reference does', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        for (const segment of splitIndicatorSegments(text)) {
          expect(parseQuantityText(segment)).toStrictEqual(parseQuantityTextReference(segment));
        }
      }),
      { numRuns: 800 },
    );
  });

  it('tells which texts need normalising as the regex does', () => {
    fc.assert(
      fc.property(fc.oneof(planText, fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
        expect(needsNormalising(text)).toBe(NEEDS_NORMALISING.test(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('splits cells into segments as String.split with SEGMENT_MARKER did', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(splitIndicatorSegments(text)).toStrictEqual(splitReference(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('makes name keys as the patterns do', () => {
    fc.assert(
      fc.property(nameText, (text) => {
        expect(normalizeName(text)).toBe(nameReference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('makes the name key of every single character as the patterns do (the character tables are complete)', () => {
    const differ: string[] = [];
    for (let c = 1; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // a lone surrogate is not a character
      const text = `件${String.fromCharCode(c)}数`;
      if (normalizeName(text) !== nameReference(text)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('finds direction and reduction words as the unguarded regexes do', () => {
    fc.assert(
      fc.property(fc.oneof(planText, piece([
          '削減率', '時間外勤務時間数(以下)', 'hours (lower is better)', 'cost savings', '超過勤務', 'RPA導入業務数', 'or  more', ' 以上', '以上\n',
          'ａｔ ｌｅａｓｔ 5', 'lower  is better', '未\u3000満', 'ＲＥＤＵＣＥＤ', 'less\tthan',
        ])), (text) => {
        expect(parseDirectionWords(text)).toStrictEqual(directionReference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

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
import type { Quantity } from '../../src/core/quantity-types';

/** The single quantity a text must yield. */
function one(text: string): Quantity {
  const { quantities } = parseQuantityText(text);
  if (quantities.length !== 1) {
    throw new Error(`expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(quantities)}`);
  }
  return quantities[0]!;
}

function values(text: string): number[] {
  return parseQuantityText(text).quantities.map((q) => q.value);
}

describe('normalizeText', () => {
  it.each([
    ['Ｒ２年度：５０業務', 'R2年度:50業務'],
    ['９０％以上', '90%以上'],
    ['１２，０００枚／年', '12,000枚/年'],
    ['４０．５', '40.5'],
    ['＋５　－５', '+5 -5'],
    ['（１）ＲＰＡ', '(1)RPA'],
    ['ＦＹ２０２０', 'FY2020'],
    ['−5', '-5'], // U+2212 MINUS SIGN
    ['10〜20件', '10~20件'],
    ['10～20件', '10~20件'],
    ['ｶﾞｲﾄﾞﾗｲﾝ', 'ガイドライン'],
  ])('makes %j half-width: %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('turns every kind of space into one space, keeps line breaks as \\n and trims', () => {
    expect(normalizeText('  RPA\u3000\u3000導入 \t 業務数  ')).toBe('RPA 導入 業務数');
    expect(normalizeText('○RPA導入業務数 \r\n\r\n  ○AI-OCR利用枚数\r○音声')).toBe('○RPA導入業務数\n○AI-OCR利用枚数\n○音声');
    expect(normalizeText('12\u200B000')).toBe('12000');
  });

  it('keeps Japanese text, bullets and the katakana long vowel mark as they are', () => {
    const text = '○〇・●■◯◎△×※ データー2ー3 コピー';
    expect(normalizeText(text)).toBe(text);
  });

  it('returns plain text unchanged (the common case)', () => {
    expect(normalizeText('R2年度:12,000枚/年')).toBe('R2年度:12,000枚/年');
    expect(normalizeText('')).toBe('');
    expect(normalizeText('   ')).toBe('');
  });
});

describe('parseYearLabel', () => {
  it.each<[string, number]>([
    ['R2', 2020],
    ['R2年度', 2020],
    ['R 2 年度', 2020],
    ['令和2年度', 2020],
    ['令和元年度', 2019],
    ['R元年度', 2019],
    ['H30年度', 2018],
    ['平成30年度', 2018],
    ['平成31年度', 2019],
    ['FY2020', 2020],
    ['FY 2020', 2020],
    ['fy2021', 2021],
    ['2020年度', 2020],
    ['2020 年度', 2020],
    ['Ｒ３年度目標', 2021],
    ['目標(R3年度)', 2021],
    ['R2年度末実績', 2020],
    ['○RPA導入業務数 R2年度:50業務', 2020],
    ['R3年度:250会議 R4年度:300会議', 2021],
  ])('%j is %i', (text, year) => {
    expect(parseYearLabel(text)).toBe(year);
  });

  it.each(['', 'RPA導入業務数', '50業務', 'H2O', 'R2D2', 'R2.4.1現在', '令和3年3月31日現在', '2020年3月', '2020/4/1', '2年度'])(
    'finds no fiscal year in %j',
    (text) => {
      expect(parseYearLabel(text)).toBeNull();
    },
  );
});

describe('formatYearLabel', () => {
  it.each<[number, string, string]>([
    [2020, 'R2', 'FY2020'],
    [2019, 'R1', 'FY2019'],
    [2018, 'H30', 'FY2018'],
    [1989, 'H1', 'FY1989'],
    [2030, 'R12', 'FY2030'],
  ])('%i is %s / %s', (year, ja, en) => {
    expect(formatYearLabel(year, 'ja')).toBe(ja);
    expect(formatYearLabel(year, 'en')).toBe(en);
  });

  it('reads back what it writes', () => {
    for (let year = 1989; year <= 2100; year++) {
      expect(parseYearLabel(formatYearLabel(year, 'ja'))).toBe(year);
      expect(parseYearLabel(formatYearLabel(year, 'en'))).toBe(year);
    }
  });
});

describe('parseQuantityText: numbers as written', () => {
  it('reads a bare number', () => {
    expect(one('51')).toEqual({
      value: 51,
      unit: null,
      perYear: false,
      cumulative: false,
      approximate: false,
      direction: null,
      reduction: false,
      year: null,
      label: null,
      source: '51',
      suspicion: null,
    });
  });

  it.each<[string, number]>([
    ['1,100', 1100],
    ['12,000', 12000],
    ['5,350,000', 5350000],
    ['40.5', 40.5],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['０', 0],
    ['１２，０００', 12000],
  ])('%j is %d', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it('reads full-width digits with a unit', () => {
    expect(one('５０業務')).toMatchObject({ value: 50, unit: '業務' });
  });

  it.each<[string, number, string | null]>([
    ['+5件', 5, '件'],
    ['-5件', -5, '件'],
    ['▲5', -5, null],
    ['▲1,234千円', -1234, '千円'],
    ['△12%', -12, '%'],
    ['前年比 ▲3.5%', -3.5, '%'],
  ])('reads the sign of %j (▲/△ is minus in Japanese accounting)', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('does not take a hyphen inside a name for a minus sign', () => {
    expect(one('COVID-19対策 10件')).toMatchObject({ value: 10, unit: '件', label: 'COVID-19対策' });
    expect(values('2020-2022')).toEqual([2020, 2022]);
  });

  it.each<[string, number, string | null]>([
    ['6.7万', 67000, null],
    ['2万', 20000, null],
    ['1.2億', 120000000, null],
    ['6.7万枚', 67000, '枚'],
    ['6.7万円', 67000, '円'],
    ['3千万円', 30000000, '円'],
    ['5千件', 5000, '件'],
    ['500千円', 500, '千円'],
    ['1.5 million yen', 1500000, 'yen'],
    ['50 million yen', 50000000, 'yen'],
    ['5 billion yen', 5000000000, 'yen'],
    ['1.2 trillion yen', 1.2e12, 'yen'],
    ['1兆2,000億円', 1.2e12, '円'],
  ])('scales %j by 万/億 (%d %s)', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it.each<[string, number, string | null]>([
    ['¥50M', 50_000_000, null],
    ['予算 ￥50M以内', 50_000_000, null],
    ['$1.2B', 1_200_000_000, null],
    ['€300K', 300_000, null],
    // As English budgets write them, in lower case and with bn or mn.
    ['£2.4m', 2_400_000, null],
    ['£120k', 120_000, null],
    ['$1.2bn', 1_200_000_000, null],
    ['£3mn or less', 3_000_000, null],
    // With letters after it, or apart from the value, the letter is a unit as before; without a currency mark, a
    // lower-case m is metres (a capital M right after the digits is a million: see the test below).
    ['5m', 5, 'm'],
    ['£5 m', 5, 'm'],
    ['¥5MB', 5, 'MB'],
    ['5.0 GWh', 5, 'GWh'],
  ])('reads K, M, B, bn or mn after a currency value as its scale: %j', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it.each<[string, number, string | null]>([
    ['1.2M', 1_200_000, null],
    ['5M', 5_000_000, null],
    ['3.5bn', 3_500_000_000, null],
    ['1.2mn', 1_200_000, null],
    ['45k', 45_000, null],
    ['45K', 45_000, null],
    ['≥ 1.2M rides', 1_200_000, 'rides'],
    ['1.2 million', 1_200_000, null],
    // Apart from the digits, in lower case, or running on into a unit or code, the letters are no scale.
    ['5 m', 5, 'm'],
    ['1.2m', 1.2, 'm'],
    ['5MW', 5, 'MW'],
    ['45km', 45, 'km'],
    ['20 MB', 20, 'MB'],
  ])('reads M, k, bn or mn right after the digits of an English count as its scale: %j', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('reads no scale where Japanese runs on from the letter ("4Kカメラ", "1K住戸", "3K職場")', () => {
    for (const text of ['4Kカメラ 10台', '1K住戸 20戸', '3K職場の解消']) {
      expect(parseQuantityText(text).quantities.map((q) => q.value)).not.toContain(text.startsWith('4') ? 4000 : text.startsWith('1') ? 1000 : 3000);
    }
  });

  it('reads no scale in a code that starts with M ("M3")', () => {
    expect(parseQuantityText('M3').quantities).toEqual([]);
    expect(parseQuantityText('Route M3 upgrade').quantities.map((q) => q.value)).not.toContain(3_000_000);
  });

  it.each<[string, number, string]>([
    ['1時間30分以内', 90, '分'],
    ['1 hr 30 min or less', 90, 'min'],
    ['3分の1以上', 33.3333333333, '%'],
    ['１／３以上', 33.3333333333, '%'],
  ])('reads %j as one value', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it.each(['Adopt by March 2022', 'Adopted June 2022', 'by Mar. 31, 2022', '31 March 2022', 'Q3 2024', 'by Q4 2023', '2024 Q1', 'Q3 2024/25', 'Q3 FY24'])('reads no value in the English date %j', (text) => {
    expect(parseQuantityText(text).quantities).toEqual([]);
  });

  it('reads the value after a quarter that labels it, not the quarter\'s year', () => {
    expect(one('Q3 2024: 500 visits')).toMatchObject({ value: 500, unit: 'visits' });
  });

  it('keeps まで in a label: "申請から交付まで14日以内" is named up to まで, not cut at ま', () => {
    expect(one('申請から交付まで14日以内')).toMatchObject({ value: 14, unit: '日', direction: 'atMost', label: '申請から交付まで' });
    expect(one('利用者数で500人')).toMatchObject({ label: '利用者数' });
  });

  it('reads "12月に100件" as 100 in December, not 100 a month, and "月に100件" as a month\'s', () => {
    expect(one('12月に100件')).toMatchObject({ value: 100, unit: '件' });
    expect(one('十二月に100件')).toMatchObject({ value: 100, unit: '件' });
    expect(one('月に100件')).toMatchObject({ value: 100, unit: '件/月' });
    expect(one('相談件数 月平均20件')).toMatchObject({ value: 20, unit: '件/月' });
  });

  it.each<[string, number, string | null]>([
    ['1万2,000件', 12000, '件'],
    ['1万2千件', 12000, '件'],
    ['１万２千件', 12000, '件'],
    ['2千5百人', 2500, '人'],
    ['1万2千5百件', 12500, '件'],
    ['1億2,000万円', 120000000, '円'],
    ['3千5百万円', 35000000, '円'],
    ['電子申請件数 1万2,000件以上', 12000, '件'],
    ['3百5十人', 350, '人'],
    ['1万2千3百4十5人', 12345, '人'],
  ])('reads %j, a number of several 億/万/千/百 groups, as %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('reads 月間 before a count as per month, as the general reader does', () => {
    expect(one('月間120件')).toMatchObject({ value: 120, unit: '件/月' });
    expect(one('年間360時間')).toMatchObject({ value: 360, unit: '時間', perYear: true });
  });

  it('leaves a 千 or 万 that is not between digits alone', () => {
    expect(one('千葉県 100件')).toMatchObject({ value: 100, unit: '件' });
    expect(values('1万件 2千件')).toEqual([10000, 2000]);
    expect(one('R2年度:1万2,000件 以上')).toMatchObject({ value: 12000, year: 2020, direction: 'atLeast' });
    // A mistyped thousands separator after 万 is left for the readers to report, not read as 10002.
    expect(parseQuantityText('1万2.000件').quantities.map((q) => q.suspicion)).toContain('decimalLooksLikeThousands');
  });

  it.each(['約62,000枚', 'approx. 62,000 sheets', 'about 62,000 sheets', '~62,000枚', 'およそ62,000枚', '62,000枚程度', '概ね62,000枚'])(
    'reads %j as approximate',
    (text) => {
      expect(one(text)).toMatchObject({ value: 62000, approximate: true });
    },
  );
});

describe('parseQuantityText: units', () => {
  it.each([
    '業務', '枚', '件', '団体', '回', '会議', '事業', '問', '拠点', '人', '名', '時間', '日', '箇所', 'か所', '校', '社',
    '施設', '%', 'ポイント', '円', '千円',
  ])('reads the counter %s', (unit) => {
    expect(one(`12${unit}`)).toMatchObject({ value: 12, unit });
  });

  it.each([
    ['50 tasks', 'tasks'],
    ['3 hours', 'hours'],
    ['1.5h', 'h'],
    ['20 people', 'people'],
    ['40 cases', 'cases'],
    ['300 pages', 'pages'],
    ['250 meetings', 'meetings'],
    ['4 times', 'times'],
    ['5 Points', 'points'],
    ['90 %', '%'],
    ['90パーセント', '%'],
    ['90 percent', '%'],
  ])('reads %j with the unit %s', (text, unit) => {
    expect(one(text).unit).toBe(unit);
  });

  it.each<[string, number, string]>([
    ['74 seconds', 74, 'seconds'],
    ['124 seconds', 124, 'seconds'],
    ['< 90 seconds', 90, 'seconds'],
    ['74 sec', 74, 'sec'],
    ['40 wards', 40, 'wards'],
    ['5 beds', 5, 'beds'],
    ['32 wards live', 32, 'wards'],
    ['HEPMA live in 40 wards', 40, 'wards'],
    ['Opened 3 libraries', 3, 'libraries'],
    ['≤ 4,800 tCO2-e', 4800, 'tCO2-e'],
  ])('reads %j, a number before an English noun of what is counted, as %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('does not take a word that is not a noun of what is counted for a unit, nor a numbered line for a value', () => {
    expect(one('124 was the outturn').unit).toBeNull();
    expect(one('124 across the county').unit).toBeNull();
    expect(parseQuantityText('1 Reduce waiting times').quantities).toEqual([]);
    expect(parseQuantityText('2 Improve discharge\n3 Open wards').quantities).toEqual([]);
  });

  it('prefers the longest known unit', () => {
    expect(one('3会議').unit).toBe('会議');
    expect(one('5人日').unit).toBe('人日');
    expect(one('10事業所').unit).toBe('事業所');
  });

  it('takes a known counter even when more words follow it', () => {
    expect(one('50業務導入済み')).toMatchObject({ value: 50, unit: '業務' });
  });

  it('takes a short unknown counter glued to the number', () => {
    expect(one('5基').unit).toBe('基');
    expect(one('5基を設置').unit).toBe('基');
    expect(one('3ライン').unit).toBe('ライン');
    expect(one('5基以上')).toMatchObject({ unit: '基', direction: 'atLeast' });
  });

  it('does not take the start of a longer Japanese word for a unit', () => {
    expect(one('5ライン化工事中')).toMatchObject({ value: 5, unit: null });
    expect(one('予約 2 会議室').unit).toBeNull();
    // At the start of a cell "2 会議室…" reads as item numbering, not as a value.
    expect(parseQuantityText('2 会議室の予約').quantities).toEqual([]);
  });

  it('treats a month as a date, not a value: "3月仮運用" yields nothing', () => {
    expect(parseQuantityText('3月仮運用').quantities).toEqual([]);
    expect(one('3月仮運用開始、50業務')).toMatchObject({ value: 50, unit: '業務' });
    expect(one('3か月')).toMatchObject({ value: 3, unit: 'か月' });
  });

  it('ignores dates and times', () => {
    expect(parseQuantityText('令和3年3月31日現在').quantities).toEqual([]);
    expect(parseQuantityText('R2.4.1から運用 2020/4/1 10:00').quantities).toEqual([]);
    expect(one('R2.4.1から50件')).toMatchObject({ value: 50, unit: '件', year: null });
  });

  it('keeps a per-something other than a year in the unit', () => {
    expect(one('1.5時間/人')).toMatchObject({ value: 1.5, unit: '時間/人', perYear: false });
    expect(one('100件/月')).toMatchObject({ unit: '件/月', perYear: false });
  });

  it('reads a unit written in brackets', () => {
    expect(one('2,834(件)')).toMatchObject({ value: 2834, unit: '件' });
  });
});

describe('parseQuantityText: per year and cumulative', () => {
  it.each(['12,000枚/年', '12,000枚／年', '12,000枚/年度', '12,000枚年間', '12,000 sheets per year', '12,000 sheets/year', '12,000 sheets a year', '年間12,000枚', '12,000枚(年間)'])(
    '%j is per year',
    (text) => {
      expect(one(text)).toMatchObject({ value: 12000, perYear: true, cumulative: false });
    },
  );

  it.each(['28,400人累計', '28,400/累計', '28,400 cumulative', '累計28,400人', '28,400人(累計)', '利用者数 累計28,400人'])('%j is cumulative', (text) => {
    expect(one(text)).toMatchObject({ value: 28400, cumulative: true, perYear: false });
  });

  it('reads "28,400/累計" and "5,350,000/年" without a unit', () => {
    expect(one('28,400/累計')).toMatchObject({ value: 28400, unit: null, cumulative: true });
    expect(one('5,350,000/年')).toMatchObject({ value: 5350000, unit: null, perYear: true });
  });

  it('reads a duration in years ("3年間") as a unit, not as per year', () => {
    expect(one('3年間')).toMatchObject({ value: 3, unit: '年間', perYear: false });
  });
});

describe('parseQuantityText: direction and reduction', () => {
  it.each([
    ['90%以上', 'atLeast'],
    ['10時間以下', 'atMost'],
    ['3日以内', 'atMost'],
    ['30日まで短縮', 'atMost'],
    ['10分に短縮', 'atMost'],
    ['10件(以内)', 'atMost'],
    ['within 3 days', 'atMost'],
    ['5件未満', 'lessThan'],
    ['100人超', 'moreThan'],
    ['100人を超える', 'moreThan'],
    ['≥ 90%', 'atLeast'],
    ['>=90%', 'atLeast'],
    ['≧90%', 'atLeast'],
    ['≤10 hours', 'atMost'],
    ['<=10 hours', 'atMost'],
    ['at least 90%', 'atLeast'],
    ['90% or more', 'atLeast'],
    ['minimum 90%', 'atLeast'],
    ['at most 10 hours', 'atMost'],
    ['10 hours or less', 'atMost'],
    ['no more than 10 hours', 'atMost'],
    ['maximum 10 hours', 'atMost'],
    ['more than 100 people', 'moreThan'],
    ['less than 5 cases', 'lessThan'],
    ['ｂｅｌｏｗ 5 cases', 'lessThan'],
  ])('%j is %s', (text, direction) => {
    expect(one(text).direction).toBe(direction);
  });

  it('reads a reduction after the value', () => {
    expect(one('50%以上削減')).toMatchObject({ value: 50, unit: '%', direction: 'atLeast', reduction: true });
    expect(one('61.2%減')).toMatchObject({ value: 61.2, unit: '%', reduction: true });
    expect(one('30% reduction')).toMatchObject({ value: 30, reduction: true });
    expect(one('a 20% decrease')).toMatchObject({ value: 20, reduction: true });
    expect(one('残業時間20%の削減')).toMatchObject({ value: 20, reduction: true, label: '残業時間' });
    expect(one('cut by 10%')).toMatchObject({ value: 10, reduction: true });
    expect(one('2時間短縮')).toMatchObject({ value: 2, unit: '時間', reduction: true });
  });

  it('takes "R元年度比" as a comparison base, not as the year nor a value', () => {
    expect(one('R元年度比コピー使用量61.2%減')).toMatchObject({
      value: 61.2,
      unit: '%',
      reduction: true,
      year: null,
      label: 'コピー使用量',
    });
    expect(one('コピー使用量をR元年度と比べて20%削減')).toMatchObject({ value: 20, year: null, reduction: true });
    expect(one('R2年度:R元年度比10%削減')).toMatchObject({ value: 10, year: 2020, reduction: true });
    expect(one('10% less than FY2019')).toMatchObject({ value: 10, year: null, reduction: true });
  });
});

describe('parseQuantityText: year labels', () => {
  it('reads "R2年度:50業務" as one value of FY2020', () => {
    expect(one('R2年度:50業務')).toMatchObject({ value: 50, unit: '業務', year: 2020, label: null, source: '50業務' });
  });

  it('reads several years of one indicator', () => {
    const { quantities } = parseQuantityText('R3年度:250会議 R4年度:300会議');
    expect(quantities.map((q) => [q.value, q.unit, q.year])).toEqual([
      [250, '会議', 2021],
      [300, '会議', 2022],
    ]);
  });

  it.each<[string, Partial<Quantity>]>([
    ['令和2年度 90%以上', { value: 90, unit: '%', direction: 'atLeast', year: 2020 }],
    ['FY2020: 50 tasks', { value: 50, unit: 'tasks', year: 2020 }],
    ['R 2 年度: 90%以上', { value: 90, unit: '%', direction: 'atLeast', year: 2020 }],
    ['Ｒ２年度：９０％以上', { value: 90, unit: '%', direction: 'atLeast', year: 2020 }],
    ['H30年度 12件', { value: 12, year: 2018 }],
    ['2020年度 50件', { value: 50, year: 2020 }],
    ['R元年度:5件', { value: 5, year: 2019 }],
    ['50 tasks in FY2020', { value: 50, unit: 'tasks', year: 2020 }],
    ['50業務(R2年度)', { value: 50, unit: '業務', year: 2020 }],
  ])('%j', (text, expected) => {
    expect(one(text)).toMatchObject(expected);
  });

  it('applies a year label to every value after it until the next label', () => {
    const { quantities } = parseQuantityText('R2年度:50業務 60件 R3年度:70件');
    expect(quantities.map((q) => q.year)).toEqual([2020, 2020, 2021]);
  });

  it('leaves the year null when no label is written', () => {
    expect(one('50業務').year).toBeNull();
  });
});

describe('parseQuantityText: labels', () => {
  it.each<[string, string]>([
    ['調査票回答数:2,834件', '調査票回答数'],
    ['○RPA導入業務数 R2年度:50業務', 'RPA導入業務数'],
    ['〇RPA導入業務数 R2年度:50業務', 'RPA導入業務数'],
    ['・RPA導入業務数:50業務', 'RPA導入業務数'],
    ['※RPA導入業務数:50業務', 'RPA導入業務数'],
    ['1 調査票回答数:2,834件', '調査票回答数'],
    ['1.調査票回答数:2,834件', '調査票回答数'],
    ['(1)調査票回答数:2,834件', '調査票回答数'],
    ['①調査票回答数:2,834件', '調査票回答数'],
    ['調査票回答数は2,834件', '調査票回答数'],
    ['調査票回答数(郵送・WEB合計):2,834件', '調査票回答数(郵送・WEB合計)'],
    ['事務を見直し、コピー使用量20%減', 'コピー使用量'],
    ['A4用紙 500枚', 'A4用紙'],
    ['第3回会議で50件', '第3回会議'],
    ['achievement of 90% unlikely', 'achievement'],
    ['AI-OCR利用枚数 約62,000枚/年', 'AI-OCR利用枚数'],
  ])('%j is labelled %j', (text, label) => {
    expect(one(text).label).toBe(label);
  });

  it('has no label when nothing names the value', () => {
    expect(one('R2年度:50業務').label).toBeNull();
    expect(one('約62,000枚/年').label).toBeNull();
  });

  it('keeps the label for further years of the same indicator', () => {
    const { quantities } = parseQuantityText('○RPA導入業務数 R2年度:50業務 R3年度:60業務');
    expect(quantities.map((q) => q.label)).toEqual(['RPA導入業務数', 'RPA導入業務数']);
  });

  it('takes a label from the line above the value', () => {
    expect(one('〇共同クラウドの参加団体の拡大\nR2年度:20団体')).toMatchObject({
      value: 20,
      unit: '団体',
      year: 2020,
      label: '共同クラウドの参加団体の拡大',
    });
  });

  it('reads several bulleted indicators in one text', () => {
    const { quantities } = parseQuantityText('○RPA導入業務数 51業務○AI-OCR利用枚数 約62,000枚/年');
    expect(quantities.map((q) => [q.label, q.value, q.unit, q.approximate, q.perYear])).toEqual([
      ['RPA導入業務数', 51, '業務', false, false],
      ['AI-OCR利用枚数', 62000, '枚', true, true],
    ]);
  });

  it('does not read numbers in a remark after a value as values', () => {
    const q = one('助成数55件(期間限定の緊急応援枠40件を含む)');
    expect(q).toMatchObject({ value: 55, unit: '件', label: '助成数' });
    expect(q.source).toBe('55件(期間限定の緊急応援枠40件を含む)');
    expect(one('助成数55件（期間限定の緊急応援枠40件を含む）')).toMatchObject({ value: 55, unit: '件', label: '助成数' });
    expect(one('助成数55件 (うち40件は緊急応援枠')).toMatchObject({ value: 55 }); // unclosed
  });

  it('reads values after a remark', () => {
    const { quantities } = parseQuantityText('RPA 50業務(うち新規10業務) OCR 100枚');
    expect(quantities.map((q) => [q.label, q.value])).toEqual([
      ['RPA', 50],
      ['OCR', 100],
    ]);
  });

  it('tells item numbering from a value at the start of a text', () => {
    expect(parseQuantityText('1 RPA導入業務数').quantities).toEqual([]);
    expect(parseQuantityText('3 「遅れ」の取組は理由を記入').quantities).toEqual([]);
    expect(one('2 per year')).toMatchObject({ value: 2, perYear: true });
    expect(one('4 times')).toMatchObject({ value: 4, unit: 'times' });
    expect(one('50 件')).toMatchObject({ value: 50, unit: '件' });
    expect(one('2 以上')).toMatchObject({ value: 2, direction: 'atLeast' });
  });

  it('does not read ordinals or identifiers as values', () => {
    expect(parseQuantityText('第3回').quantities).toEqual([]);
    expect(parseQuantityText('3回目').quantities).toEqual([]);
    expect(parseQuantityText('Windows10移行').quantities).toEqual([]);
  });
});

describe('parseQuantityText: statements', () => {
  it.each(['90%以上達成が困難の見込み', '目標達成は困難', 'achievement of 90% unlikely', 'R3年度導入予定', '目標の50件には至らない', 'target not achieved'])(
    '%j is a statement',
    (text) => {
      expect(parseQuantityText(text).statement).toBe(true);
    },
  );

  it('still lists the values of a statement', () => {
    const parsed = parseQuantityText('90%以上達成が困難の見込み');
    expect(parsed.quantities).toHaveLength(1);
    expect(parsed.quantities[0]).toMatchObject({ value: 90, unit: '%', direction: 'atLeast', label: null });
  });

  it.each(['助成数55件(期間限定の緊急応援枠40件を含む)', '55件(うち5件は3月完了予定)', '達成率95%', '40.5%', 'R2年度:50業務'])(
    '%j is not a statement',
    (text) => {
      expect(parseQuantityText(text).statement).toBe(false);
    },
  );

  it('takes a value marked "(見込)" as a forecast, i.e. a statement', () => {
    const parsed = parseQuantityText('R2年度:45業務(見込)');
    expect(parsed.statement).toBe(true);
    expect(parsed.quantities[0]).toMatchObject({ value: 45, year: 2020 });
  });
});

describe('parseQuantityText: thousands typed with a decimal point', () => {
  it.each<[string, number]>([
    ['2.000件以上/年', 2],
    ['4.074件/年', 4.074],
    ['2.000', 2],
    ['1.500円', 1.5],
    ['3.500基', 3.5],
  ])('%j is read as written (%d) but suspicious', (text, value) => {
    expect(one(text)).toMatchObject({ value, suspicion: 'decimalLooksLikeThousands' });
  });

  it('flags "2.000件以上/年" with everything else it says', () => {
    expect(one('2.000件以上/年')).toMatchObject({ value: 2, unit: '件', direction: 'atLeast', perYear: true });
  });

  it.each(['40.5%', '1.5時間', '1.250%', '2.000時間', '0.125', '12.345千円', '1.234万件', '12,345.678件', '1.5件', '4.07件'])(
    '%j is not suspicious',
    (text) => {
      expect(one(text).suspicion).toBeNull();
    },
  );
});

describe('parseQuantityText: hostile input', () => {
  it.each(['', ' ', '   \n\t ', 'NaN', 'Infinity', '-Infinity', 'undefined', 'null', '()', '(((', ')))', '○○○', '・', '約', '▲', '-', '~'])(
    '%j yields nothing and does not throw',
    (text) => {
      expect(parseQuantityText(text)).toEqual({ quantities: [], statement: false });
    },
  );

  it('ignores numbers that are not finite', () => {
    expect(parseQuantityText('1e309').quantities).toEqual([]);
    expect(parseQuantityText('9'.repeat(400)).quantities).toEqual([]);
    expect(parseQuantityText(`${'9'.repeat(400)}件`).quantities).toEqual([]);
    expect(parseQuantityText(`${'9'.repeat(309)}万件`).quantities).toEqual([]);
  });

  it('reads huge but finite numbers', () => {
    expect(one('12345678901234567890').value).toBe(12345678901234567890);
    expect(one('1e3件').value).toBe(1000);
  });

  it('reads a formula-looking text without evaluating it', () => {
    expect(values('=1+2')).toEqual([1, 2]);
  });

  it('survives emoji and other astral characters', () => {
    expect(one('🎉50件🎉')).toMatchObject({ value: 50, unit: '件' });
    expect(parseQuantityText('😀'.repeat(1000)).quantities).toEqual([]);
  });

  it('does not accept a non-string', () => {
    expect(parseQuantityText(undefined as unknown as string)).toEqual({ quantities: [], statement: false });
    expect(parseQuantityText(42 as unknown as string)).toEqual({ quantities: [], statement: false });
  });

  it.each<[string, string]>([
    ['repeated indicators', 'R2年度:50業務 '.repeat(20_000)],
    ['comma runs', '1,'.repeat(50_000)],
    ['badly grouped digits', '1,2345,'.repeat(20_000)],
    ['bullets before a number', `${'・'.repeat(100_000)}5`],
    ['approximation words', `${'約'.repeat(100_000)}5`],
    ['open brackets', `5件${'('.repeat(100_000)}`],
    ['spaces', `5${' '.repeat(100_000)}件`],
    ['letters', `${'a'.repeat(100_000)} 5`],
    ['year labels', 'R2'.repeat(50_000)],
    ['digits and dots', '1.'.repeat(50_000)],
  ])('reads hostile %s without choking (catastrophic backtracking would hang here)', (_name, text) => {
    const parsed = parseQuantityText(text);
    expect(() => [splitIndicatorSegments(text), normalizeName(text), parseDirectionWords(text), parseYearLabel(text)]).not.toThrow();
    for (const q of parsed.quantities) expect(Number.isFinite(q.value)).toBe(true);
  });

  it('reads at most the first 10,000 characters', () => {
    const parsed = parseQuantityText(`${'x'.repeat(10_000)} 50件`);
    expect(parsed.quantities).toEqual([]);
  });
});

describe('parseQuantityText: limits we accept', () => {
  it('reads a range "10~20件" as two values; the first gets no unit', () => {
    const { quantities } = parseQuantityText('10~20件');
    expect(quantities.map((q) => [q.value, q.unit, q.approximate])).toEqual([
      [10, null, false],
      [20, '件', false],
    ]);
  });

  it('reads a list "1,2,3" as three numbers, not as 123', () => {
    expect(values('1,2,3')).toEqual([1, 2, 3]);
    expect(values('12,0000')).toEqual([12, 0]);
  });
});

describe('splitIndicatorSegments', () => {
  it('splits bulleted lines', () => {
    expect(
      splitIndicatorSegments(
        '○RPA導入業務数 R2年度:50業務\n○AI-OCR利用枚数 R2年度:12,000枚/年\n○音声テキスト化システム利用会議数 R2年度:200会議/年',
      ),
    ).toEqual(['RPA導入業務数 R2年度:50業務', 'AI-OCR利用枚数 R2年度:12,000枚/年', '音声テキスト化システム利用会議数 R2年度:200会議/年']);
  });

  it('splits at a bullet in mid-line', () => {
    expect(splitIndicatorSegments('○RPA導入業務数 51業務○AI-OCR利用枚数 約62,000枚/年')).toEqual([
      'RPA導入業務数 51業務',
      'AI-OCR利用枚数 約62,000枚/年',
    ]);
    expect(splitIndicatorSegments('■A 1件 ◆B 2件 ●C 3件 ◯D 4件 〇E 5件')).toEqual(['A 1件', 'B 2件', 'C 3件', 'D 4件', 'E 5件']);
  });

  it('keeps several years of one indicator together', () => {
    expect(splitIndicatorSegments('R3年度:250会議 R4年度:300会議')).toEqual(['R3年度:250会議 R4年度:300会議']);
    expect(splitIndicatorSegments('R3年度:250会議\nR4年度:300会議')).toEqual(['R3年度:250会議\nR4年度:300会議']);
    expect(splitIndicatorSegments('RPA導入業務数\nR2年度:50業務\nR3年度:60業務')).toEqual(['RPA導入業務数\nR2年度:50業務\nR3年度:60業務']);
  });

  it('does not split at a ・ inside a word', () => {
    expect(splitIndicatorSegments('RPA・AI-OCRの導入 50業務')).toEqual(['RPA・AI-OCRの導入 50業務']);
    expect(splitIndicatorSegments('・RPA 50業務\n・AI-OCR 100枚 ・音声 3会議')).toEqual(['RPA 50業務', 'AI-OCR 100枚', '音声 3会議']);
  });

  it('splits numbered items and removes the numbering', () => {
    expect(splitIndicatorSegments('1 RPA導入業務数 50業務\n2 AI-OCR利用枚数 100枚')).toEqual(['RPA導入業務数 50業務', 'AI-OCR利用枚数 100枚']);
    expect(splitIndicatorSegments('(1)RPA 50業務 (2)OCR 100枚')).toEqual(['RPA 50業務', 'OCR 100枚']);
    expect(splitIndicatorSegments('①RPA 50業務\n②OCR 100枚')).toEqual(['RPA 50業務', 'OCR 100枚']);
    expect(splitIndicatorSegments('1.RPA 50業務\n2.OCR 100枚')).toEqual(['RPA 50業務', 'OCR 100枚']);
  });

  it('keeps an unbulleted line with the bulleted item above it', () => {
    expect(splitIndicatorSegments('〇共同クラウドの参加団体の拡大\nR2年度:20団体\n〇OCR 100枚')).toEqual([
      '共同クラウドの参加団体の拡大\nR2年度:20団体',
      'OCR 100枚',
    ]);
  });

  it('splits unbulleted lines that each name an indicator', () => {
    expect(splitIndicatorSegments('RPA導入業務数 50業務\nAI-OCR利用枚数 100枚')).toEqual(['RPA導入業務数 50業務', 'AI-OCR利用枚数 100枚']);
    expect(splitIndicatorSegments('RPA導入業務数 50業務\n(うち新規10業務)')).toEqual(['RPA導入業務数 50業務\n(うち新規10業務)']);
  });

  it('returns one segment for one indicator, none for nothing', () => {
    expect(splitIndicatorSegments('R2年度:90%以上')).toEqual(['R2年度:90%以上']);
    expect(splitIndicatorSegments('50 件')).toEqual(['50 件']);
    expect(splitIndicatorSegments('')).toEqual([]);
    expect(splitIndicatorSegments(' ○ \n ・ ')).toEqual([]);
  });
});

describe('parseDirectionWords', () => {
  it.each<[string, string | null, boolean]>([
    ['時間外勤務時間数(以下)', 'atMost', false],
    ['処理日数(以内)', 'atMost', false],
    ['days to answer (within)', 'atMost', false],
    ['削減率', null, true],
    ['件以上', 'atLeast', false],
    ['hours (lower is better)', 'atMost', false],
    ['satisfaction (higher is better)', 'atLeast', false],
    ['処理日数 5日未満', 'lessThan', false],
    ['利用率を上回る', 'moreThan', false],
    ['超過勤務時間', null, false],
    ['超過勤務時間の縮減', null, true],
    ['コピー使用量の削減(以下)', 'atMost', true],
    ['paper use reduction', null, true],
    ['cost cut', null, true],
    ['≧90%', 'atLeast', false],
    ['<=10', 'atMost', false],
    ['RPA導入業務数', null, false],
    ['増減', null, false],
    ['', null, false],
  ])('%j → %s, reduction %s', (text, direction, reduction) => {
    expect(parseDirectionWords(text)).toEqual({ direction, reduction });
  });
});

describe('normalizeName', () => {
  it('gives the same key to the ways one name is written', () => {
    const key = normalizeName('RPA導入業務数');
    expect(key).toBe('rpa導入業務数');
    const variants = [
      '○RPA導入業務数',
      '〇 ＲＰＡ導入業務数',
      '「RPA導入業務数」',
      'RPA 導入 業務数',
      '(1) RPA導入業務数',
      '1 RPA導入業務数',
      '１．RPA導入業務数',
      '①RPA導入業務数',
      'R2年度 RPA導入業務数',
      'RPA導入業務数 R2年度:',
      '『rpa導入業務数』',
      '"RPA導入業務数"',
    ];
    for (const variant of variants) expect(normalizeName(variant)).toBe(key);
  });

  it('keeps what distinguishes names', () => {
    expect(normalizeName('RPA・AI-OCR利用枚数')).toBe('rpaai-ocr利用枚数');
    expect(normalizeName('H2O使用量')).toBe('h2o使用量');
    expect(normalizeName('RPA導入業務数')).not.toBe(normalizeName('AI-OCR利用枚数'));
  });

  it('handles nothing', () => {
    expect(normalizeName('')).toBe('');
    expect(normalizeName(' ○ ')).toBe('');
  });
});

describe('KNOWN_UNITS', () => {
  it('is ordered longest first and has no duplicates', () => {
    for (let i = 1; i < KNOWN_UNITS.length; i++) {
      expect(KNOWN_UNITS[i]!.length).toBeLessThanOrEqual(KNOWN_UNITS[i - 1]!.length);
    }
    expect(new Set(KNOWN_UNITS).size).toBe(KNOWN_UNITS.length);
  });
});

describe('splitIndicatorSegments: lines numbered 1, 2, 3…', () => {
  it('takes "1 120件" on numbered lines as numbering, not as the value 1', () => {
    expect(splitIndicatorSegments('1 120件\n2 70%')).toEqual(['120件', '70%']);
    expect(splitIndicatorSegments('1　相談件数 100件\n2　解決率 80%')).toEqual(['相談件数 100件', '解決率 80%']);
  });

  it('leaves numbers that do not run 1, 2, 3… from the first line as values', () => {
    expect(splitIndicatorSegments('2 件\n3 件')).toEqual(['2 件\n3 件']);
    expect(splitIndicatorSegments('1 120件')).toEqual(['1 120件']);
  });
});

describe('splitIndicatorSegments: ・ lines under a numbered item', () => {
  it('keeps them with their item, as sub-items', () => {
    expect(splitIndicatorSegments('1 ペーパーレス会議の環境整備\n・大型モニターの整備\n・タブレット会議の実施\n2 既存資料の電子化\n・トライアルの実施')).toEqual([
      'ペーパーレス会議の環境整備\n・大型モニターの整備\n・タブレット会議の実施',
      '既存資料の電子化\n・トライアルの実施',
    ]);
  });

  it('leaves ・ items of a cell without numbering as items of their own', () => {
    expect(splitIndicatorSegments('・RPA導入業務数 51業務\n・AI-OCR利用枚数 62,000枚')).toEqual(['RPA導入業務数 51業務', 'AI-OCR利用枚数 62,000枚']);
  });
});

describe('parseQuantityText: counts per period written before the number', () => {
  it.each([
    ['毎月1回以上', 1, '回/月'],
    ['開催回数 毎月1回以上', 1, '回/月'],
    ['週1回', 1, '回/週'],
    ['相談件数 月100件', 100, '件/月'],
    ['monthly 2 meetings', 2, 'meetings/月'],
  ])('%j is %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('leaves a month of the year as it is ("3月100件")', () => {
    expect(one('3月100件')).toMatchObject({ value: 100, unit: '件' });
  });
});

describe('katakana counters', () => {
  it('are units after a number, but not the start of a longer word', () => {
    const unitOf = (text: string): string | null => parseQuantityText(text).quantities[0]?.unit ?? null;
    expect(unitOf('435データセット')).toBe('データセット');
    expect(unitOf('5サービスを提供')).toBe('サービス');
    expect(unitOf('50ポイント以上')).toBe('ポイント');
    expect(unitOf('3データベース')).toBeNull();
    expect(unitOf('10データ連携')).toBeNull();
    expect(unitOf('3システム改修')).toBeNull();
  });
});

describe('kanji numerals', () => {
  it('are read before a counter, with 十, 百 and 千 and in place value', () => {
    expect([one('三件').value, one('三件').unit]).toEqual([3, '件']);
    expect(one('十二業務').value).toBe(12);
    expect(one('三百二十箱削減')).toMatchObject({ value: 320, unit: '箱', reduction: true });
    expect(one('五会議以上')).toMatchObject({ value: 5, unit: '会議', direction: 'atLeast' });
    expect(one('一万二千件').value).toBe(12000);
    expect(one('前年度比一割減')).toMatchObject({ value: 1, unit: '割', reduction: true });
    expect(one('百パーセント')).toMatchObject({ value: 100, unit: '%' });
    expect(one('年間十二回')).toMatchObject({ value: 12, unit: '回', perYear: true });
    expect(one('令和三年度：5件')).toMatchObject({ value: 5, year: 2021 });
  });

  it('are no value where they begin a word that counts nothing', () => {
    for (const text of ['一部実施', '十分な効果', '職員一人ひとり', '四日市市', '第三次計画', '三つの柱', '統一した様式', '一日も早く', '万一の災害']) {
      expect(parseQuantityText(text).quantities).toEqual([]);
    }
    // A digit before 千 makes it a group of thousands, and 千 alone a scale, as before.
    expect(one('5千人').value).toBe(5000);
    expect(parseQuantityText('千枚').quantities).toEqual([]);
    expect(one('職員一人当たり10時間')).toMatchObject({ value: 10, unit: '時間' });
  });
});

describe('minutes and seconds', () => {
  it('are read as seconds, as hours and minutes are read as minutes', () => {
    expect(one('≤ 6 min 24 s')).toMatchObject({ value: 384, unit: 'seconds', direction: 'atMost' });
    expect(one('6 min 41 s')).toMatchObject({ value: 401, unit: 'seconds' });
    expect(one('6分24秒以内')).toMatchObject({ value: 384, unit: '秒', direction: 'atMost' });
    expect(values('10 min 5 sessions')).toEqual([10, 5]);
  });
});

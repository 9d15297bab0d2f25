import { evaluateGrid, evaluateWorkbook } from '../../src/core/evaluate';
import { EvaluationError } from '../../src/core/errors';
import type { Evaluation, InitiativeResult } from '../../src/core/model';
import { errorMessage, problemMessage } from '../../src/core/messages';
import { grid } from '../support/grid';

const HEADER = ['No.', '方向性', '取組項目', '目標(抄)', 'R2年度末実績', '進捗状況', '遅れが生じている要因', '今後の取組'];

function byName(e: Evaluation, name: string): InitiativeResult {
  const found = e.initiatives.find((i) => i.name === name);
  if (!found) throw new Error(`no initiative ${name}: ${e.initiatives.map((i) => i.name).join(', ')}`);
  return found;
}

describe('reading a plan as staff keep it', () => {
  const plan = grid(
    [
      ['令和2年度 行財政改革行動計画 進捗状況'],
      [null, null, null, null, null, null, null, '令和3年5月31日現在'],
      [],
      HEADER,
      [1, '県庁のICT化・働き方改革', 'RPA・AI-OCRによる業務自動化', '○RPA導入業務数 R2年度:50業務\n○AI-OCR利用枚数 R2年度:12,000枚/年', '○RPA導入業務数 51業務\n○AI-OCR利用枚数 約62,000枚/年', '順調', null, '目標値を再設定'],
      [2, null, '市町村との協働によるICT施策', '〇共同クラウドの参加団体の拡大\nR2年度:20団体', '15団体', '遅れ', '新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。', '共同利用の検討を進める'],
      [],
      [3, '経営感覚を持った行財政運営', 'EBPMの定着', '全新規事業の立案にEBPMの手法を導入', '全事業でEBPM調書を作成', '順調', null, null],
      [4, null, '指定管理者施設のサービスレベルの向上', 'R2年度:90%以上', '90%以上達成が困難の見込み', '遅れ', '新型コロナウイルス感染症の影響により施設利用が休止したため。', '努めていく'],
      [5, null, '指定出資法人の経営改善', 'R2年度:75%以上', '40.5%', '順調', null, null],
      ['合計'],
    ],
    ['A1:H1', 'B5:B6', 'B8:B10'],
  );
  const e = evaluateGrid(plan);

  it('finds the header below the title and date lines, and the year in "R2年度末実績"', () => {
    expect(e.plan.headerRow).toBe(4);
    expect(e.year).toBe(2020);
  });

  it('reads every initiative once, skipping blank and total rows', () => {
    expect(e.initiatives.map((i) => i.row)).toEqual([5, 6, 8, 9, 10]);
    expect(e.counts).toEqual({ total: 5, onTrack: 2, achieved: 1, delayed: 3, unknown: 0 });
  });

  it('applies a merged policy-direction cell to every row of its group', () => {
    expect(e.initiatives.map((i) => i.pillar)).toEqual([
      '県庁のICT化・働き方改革', '県庁のICT化・働き方改革',
      '経営感覚を持った行財政運営', '経営感覚を持った行財政運営', '経営感覚を持った行財政運営',
    ]);
  });

  it('splits several indicators in one cell and matches them with the actuals by name', () => {
    const rpa = byName(e, 'RPA・AI-OCRによる業務自動化');
    expect(rpa.indicators.map((i) => [i.name, i.target?.value, i.actual?.value, i.status])).toEqual([
      ['RPA導入業務数', 50, 51, 'achieved'],
      ['AI-OCR利用枚数', 12000, 62000, 'achieved'],
    ]);
    expect(rpa.status).toBe('achieved');
    expect(rpa.rate).toBeCloseTo(1.02);
  });

  it('judges a measured shortfall as delayed and carries the recorded cause and next steps', () => {
    const cloud = byName(e, '市町村との協働によるICT施策');
    expect(cloud.status).toBe('delayed');
    expect(cloud.rate).toBeCloseTo(0.75);
    expect(cloud.cause).toBe('新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。');
    expect(cloud.causeCell).toBe('G6');
    expect(cloud.nextSteps).toBe('共同利用の検討を進める');
  });

  it('takes the recorded status for a qualitative initiative', () => {
    const ebpm = byName(e, 'EBPMの定着');
    expect(ebpm.qualitative).toBe(true);
    expect(ebpm.status).toBe('on-track');
  });

  it('does not take a sentence about a value for a measured actual', () => {
    const facility = byName(e, '指定管理者施設のサービスレベルの向上');
    expect(facility.status).toBe('delayed');
    expect(facility.rate).toBeNull();
    expect(facility.causeCategory).toBe('pandemic');
  });

  it('lets the measured judgement stand over a contradicting recorded status, and says so at the status cell', () => {
    const corp = byName(e, '指定出資法人の経営改善');
    expect(corp.status).toBe('delayed');
    expect(e.problems).toContainEqual(expect.objectContaining({ cell: 'F10', code: 'statusContradiction' }));
    expect(e.problems).toContainEqual(expect.objectContaining({ cell: 'G10', code: 'causeMissing' }));
  });

  it('sorts a cause that is about cost coordination apart from the pandemic ones', () => {
    expect(byName(e, '市町村との協働によるICT施策').causeCategory).toBe('coordination');
  });
});

describe('a row of the columns\' numbers under the header', () => {
  it('is no initiative, circled or in brackets', () => {
    for (const numbers of [['①', '②', '③', '④', '⑤'], ['(1)', '(2)', '(3)', '(4)', '(5)'], [1, 2, 3, 4, 5]]) {
      const e = evaluateGrid(grid([
        ['No', '方向性', '取組項目', '目標', '実績'],
        numbers,
        [1, '県庁のICT化', 'RPAの推進', '50業務', '51業務'],
      ]));
      expect(e.initiatives.map((i) => i.name)).toEqual(['RPAの推進']);
    }
  });
});

describe('a result not in yet', () => {
  it('is unknown, said so, and not made a delay by a comment beside it', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'Target', 'Result', 'Status', 'Variance explanation'],
      ['E1', 'Divert kerbside waste from landfill', 'Divert more waste', null, 'Not yet reported', 'Data from the state EPA is due in August.'],
      ['E2', 'Cut fleet emissions', 'Electrify the fleet', null, 'Delayed', 'Supplier shortages.'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.cause])).toEqual([['unknown', null], ['delayed', 'Supplier shortages.']]);
    expect(e.problems.map((p) => [p.cell, p.code])).toEqual([['E2', 'statusPending']]);
    expect(problemMessage('ja', e.problems[0]!)).toContain('結果がまだ出ていないことを示すため、判定不能とした');
  });

  it('is named as such where the actual cell says so and no status is recorded', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組名', 'KPI', '目標値', '実績値', '進捗'],
      ['3-2', '情報セキュリティ研修', '受講率', '100%', '集計中', null],
    ]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['unknown']);
    expect(e.problems.map((p) => [p.cell, p.code])).toEqual([['E2', 'actualPending']]);
    expect(problemMessage('ja', e.problems[0]!)).toBe('「情報セキュリティ研修」は実績が「集計中」で結果がまだ出ていないため、判定不能とした。結果が出たら記入してください。');
  });
});

describe('a page number printed between the rows', () => {
  it('is no initiative and no value of the initiative above it', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', '実績', '評価'],
      [1, 'オンライン申請の拡充', 'オンライン申請件数', '1,300件', '1,323件', '順調'],
      [null, null, null, '－ 1 －', null, null],
      [2, '光熱水費の削減', '光熱水費', '前年度比20%削減', '23%削減', '達成'],
      [null, null, null, null, 'Page 2 of 3', null],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.indicators.length, i.status])).toEqual([['オンライン申請の拡充', 1, 'achieved'], ['光熱水費の削減', 1, 'achieved']]);
    expect(e.problems).toEqual([]);
  });
});

describe('a total row', () => {
  it('is not read: a formula there without its saved result is no problem, but an error value still is', () => {
    const e = evaluateGrid(grid([
      ['No', '取組項目', '目標', '実績', '効果額'],
      [1, '市税徴収率の向上', '96.5%以上', '97.4%', 12000],
      [2, '広告収入の拡大', '1,000件', '1,200件', 4200],
      ['合計', null, null, null, { error: '', uncomputedFormula: 'SUBTOTAL(109,GyokakuR5[効果額])' }],
      ['小計', { error: '#REF!' }, null, null, null],
    ]));
    expect(e.initiatives).toHaveLength(2);
    expect(e.problems.map((p) => [p.cell, p.code])).toEqual([['B5', 'cellError']]);
  });
});

describe('targets and directions', () => {
  it('name an indicator without what is left of a deadline after its year', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['押印の見直し', '令和6年度末までに押印を求める手続を100%廃止', '85%廃止'],
      ['電子申請', '令和6年度中に申請の100%をオンライン化', '90%'],
      ['中小企業支援', '中小企業支援件数 50件', '40件'],
    ]));
    expect(e.initiatives.map((i) => i.indicators[0]?.name)).toEqual(['押印を求める手続', '申請', '中小企業支援件数']);
  });

  it('judge targets and actuals written in kanji numerals, over a recorded 順調 that says otherwise', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況', '遅延理由'],
      ['事務処理ミスの防止', '重大な事務処理ミス　ゼロ', '二件', '順調', null],
      ['業務委託の推進', '委託業務　三件', '二件', '順調', null],
      ['ストレスチェック', '受検率　百パーセント', '９８％', '順調', null],
      ['業務改善', '対象業務 十業務', '十二業務', '順調', null],
      ['誤送付の防止', '誤送付 ゼロ件', '2件', '順調', null],
      ['個人情報の保護', '漏えい事案 ゼロ件', '0件', null, null],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate])).toEqual([['delayed', 0], ['delayed', 2 / 3], ['delayed', 0.98], ['achieved', 1.2], ['delayed', 0], ['achieved', 1]]);
    expect(e.problems.filter((p) => p.code === 'statusContradiction').map((p) => p.cell)).toEqual(['D2', 'D3', 'D4', 'D6']);
  });

  const header = ['取組項目', '指標', '単位', '目標値', '実績'];
  it('judges lower-is-better targets as target ÷ actual', () => {
    const e = evaluateGrid(grid([header, ['時間外勤務の縮減', '職員一人当たり時間外勤務時間数', '時間以下', 20, 25], ['会議時間の短縮', '平均会議時間', '分以下', 60, 45]]));
    expect(e.initiatives[0]?.status).toBe('delayed');
    expect(e.initiatives[0]?.rate).toBeCloseTo(0.8);
    expect(e.initiatives[1]?.status).toBe('achieved');
    expect(e.initiatives[1]?.rate).toBeCloseTo(60 / 45);
  });

  it('reads "以内" and "within" as at most, and carries the cause of the delay', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '遅れが生じている要因'],
      ['審査の迅速化', '処理日数 R2年度:3日以内', '4日', '審査体制が不十分'],
      ['窓口の迅速化', '処理日数 R2年度:3日以内', '2日', null],
      ['Faster replies', 'within 3 days', '4 days', 'Staff shortage'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate === null ? null : Math.round(i.rate * 100) / 100, i.cause])).toEqual([
      ['delayed', 0.75, '審査体制が不十分'],
      ['achieved', 1.5, null],
      ['delayed', 0.75, 'Staff shortage'],
    ]);
  });

  it('compares money and time written in different units, and does not judge units that cannot be compared', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['広告収入の確保', '広告収入 5,000千円以上', '600万円'],
      ['会議時間の短縮', '平均会議時間 2時間以下', '90分'],
      ['窓口の待ち時間', '待ち時間 30分以下', '1時間'],
      ['経費の節減', '100万円', '3時間'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate === null ? null : Math.round(i.rate * 1000) / 1000])).toEqual([
      ['achieved', 1.2],
      ['achieved', 1.333],
      ['delayed', 0.5],
      ['unknown', null],
    ]);
    expect(e.problems.filter((p) => p.code === 'unitMismatch').map((p) => p.cell)).toEqual(['C5']);
  });

  it('does not count a strict bound met exactly ("超", "未満", "more than") as met', () => {
    const rows = [
      ['取組項目', '目標', '実績', '遅れが生じている要因'],
      ['参加者の拡大', 'more than 1,000 people', '1,000 people', 'Closed for repairs'],
      ['事故の防止', '事故件数 5件未満', '5件', '点検体制の不足'],
      ['利用の拡大', '利用者数 1,000人超', '1,001人', null],
    ];
    expect(evaluateGrid(grid(rows)).initiatives.map((i) => [i.status, i.cause])).toEqual([
      ['delayed', 'Closed for repairs'],
      ['delayed', '点検体制の不足'],
      ['achieved', null],
    ]);
    expect(evaluateGrid(grid(rows), { preset: 'abcd' }).initiatives.map((i) => [i.grade, i.status])).toEqual([['B', 'on-track'], ['B', 'on-track'], ['A', 'achieved']]);
  });

  it('reads "まで短縮" as a level to bring down to, and a target of zero as a ceiling', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '遅れが生じている要因'],
      ['審査の迅速化', '処理期間を30日まで短縮', '35日', '審査件数の増加'],
      ['窓口の改善', '待ち時間を10分に短縮', '8分', null],
      ['待機児童の解消', '待機児童数 R2年度:0人', '3人', '保育士の不足'],
      ['待機児童の解消2', '待機児童数 R2年度:0人', '0人', null],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.cause])).toEqual([
      ['delayed', '審査件数の増加'],
      ['achieved', null],
      ['delayed', '保育士の不足'],
      ['achieved', null],
    ]);
  });

  it('compares shares, durations and counts per period written in different units', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['紙の削減', '3割削減', '25%削減'],
      ['電力の削減', '30%削減', '4割削減'],
      ['相談の拡大', '相談件数 100件/月', '1,000件/年'],
      ['審査の迅速化', '審査期間 48時間以内', '3日'],
      ['交付の迅速化', '交付期間 2週間以内', '10日'],
      ['窓口の案内', '案内件数 50件', '60%'],
      ['拠点の整備', '整備拠点 10か所', '12箇所'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate === null ? null : Math.round(i.rate * 100) / 100])).toEqual([
      ['delayed', 0.83],
      ['achieved', 1.33],
      ['delayed', 0.83],
      ['delayed', 0.67],
      ['achieved', 1.4],
      ['unknown', null],
      ['achieved', 1.2],
    ]);
    expect(e.problems.filter((p) => p.code === 'unitMismatch').map((p) => p.cell)).toEqual(['C7']);
  });

  it('reads a count per month or week written before the number ("毎月1回以上", "週1回") as a yearly count', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['会議の定例化', '開催回数 毎月1回以上', '10回'],
      ['広報の充実', '発信回数 週1回', '40回'],
      ['相談の充実', '相談件数 月100件', '1,300件'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate === null ? null : Math.round(i.rate * 100) / 100])).toEqual([
      ['delayed', 0.83],
      ['delayed', 0.77],
      ['achieved', 1.08],
    ]);
  });

  it('reads English "reduce to" as a level to bring down to, and English counters', () => {
    const e = evaluateGrid(grid([
      ['Initiative', 'Target', 'Actual'],
      ['Faster processing', 'Processing days: reduce to 5 days', '6 days'],
      ['Shared cloud', 'Participating municipalities: 63 municipalities', '58 municipalities'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate === null ? null : Math.round(i.rate * 100) / 100])).toEqual([
      ['delayed', 0.83],
      ['delayed', 0.92],
    ]);
  });

  it('compares reductions with reductions', () => {
    const e = evaluateGrid(grid([['取組項目', '目標', '実績'], ['ペーパーレス化', 'コピー使用量50%以上削減', 'コピー使用量61.2%減'], ['紙の削減', '30%以上削減', '12%減']]));
    expect(e.initiatives.map((i) => [i.status, Math.round((i.rate ?? 0) * 1000) / 1000])).toEqual([
      ['achieved', 1.224],
      ['delayed', 0.4],
    ]);
  });

  it('reads numeric cells with the unit in its own column', () => {
    const e = evaluateGrid(grid([['取組項目', '単位', '目標値', '実績値'], ['RPA導入', '業務', 50, 51]]));
    const indicator = e.initiatives[0]?.indicators[0];
    expect(indicator?.target).toMatchObject({ value: 50, unit: '業務' });
    expect(indicator?.actual).toMatchObject({ value: 51, unit: '業務' });
    expect(e.initiatives[0]?.status).toBe('achieved');
  });

  it('picks the evaluated year out of a target cell that lists several years', () => {
    const rows = [['取組項目', '目標', '実績'], ['会議の音声テキスト化', 'R2年度:200会議 R3年度:250会議 R4年度:300会議', '約490会議']];
    expect(evaluateGrid(grid(rows), { year: 2020 }).initiatives[0]?.rate).toBeCloseTo(2.45);
    expect(evaluateGrid(grid(rows), { year: 2022 }).initiatives[0]?.rate).toBeCloseTo(490 / 300);
  });

  it('reads the evaluated year from a 目標 column that lists years and from that year’s own column', () => {
    const rows = [
      ['取組項目', '目標', '実績', 'R3年度目標'],
      ['業務自動化', 'RPA導入業務数 R2年度:50業務 R3年度:60業務', '55業務', null],
      ['研修の充実', '研修回数 R2年度:10回', '13回', '12回'],
    ];
    const e = evaluateGrid(grid(rows), { year: 2021 });
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.target?.value, i.status])).toEqual([
      ['RPA導入業務数', 60, 'delayed'],
      ['研修回数', 12, 'achieved'],
    ]);
    expect(e.initiatives[1]?.indicators[0]?.series.map((p) => [p.year, p.value, p.cell])).toEqual([[2020, 10, 'B3'], [2021, 12, 'D3']]);
    // The target judged by is named by its own cell and text.
    expect(e.initiatives.map((i) => [i.indicators[0]?.targetCell, i.indicators[0]?.targetText])).toEqual([
      ['B2', 'RPA導入業務数 R2年度:50業務 R3年度:60業務'],
      ['D3', '12回'],
    ]);
  });

  it('reads a mistyped thousands separator as written and reports it', () => {
    const e = evaluateGrid(grid([['取組項目', '目標', '実績'], ['Web調査', 'R2年度:2.000件以上/年', '調査票回答数:2,834件']]));
    expect(e.initiatives[0]?.status).toBe('achieved');
    expect(e.problems).toContainEqual(expect.objectContaining({ cell: 'B2', code: 'suspectThousands', severity: 'warning' }));
  });

  it('grades rates by the chosen preset', () => {
    const rows = [['取組項目', '目標', '実績'], ['a', '100件', '100件'], ['b', '100件', '85件'], ['c', '100件', '60件'], ['d', '100件', '10件']];
    const grades = (preset: 'abcd' | 'marks' | 'report') => evaluateGrid(grid(rows), { preset }).initiatives.map((i) => [i.grade, i.status]);
    expect(grades('abcd')).toEqual([['A', 'achieved'], ['B', 'on-track'], ['C', 'delayed'], ['D', 'delayed']]);
    expect(grades('marks')).toEqual([['◎', 'achieved'], ['○', 'on-track'], ['△', 'delayed'], ['×', 'delayed']]);
    expect(grades('report').map(([, s]) => s)).toEqual(['achieved', 'delayed', 'delayed', 'delayed']);
    const tolerant = evaluateGrid(grid(rows), { onTrackTolerance: 0.2 }).initiatives.map((i) => i.status);
    expect(tolerant).toEqual(['achieved', 'on-track', 'delayed', 'delayed']);
  });
});

describe('qualitative initiatives and problems', () => {
  const header = ['取組項目', '目標', '実績', '評価', '遅延理由'];
  it('reads recorded statuses as staff write them', () => {
    const statuses = ['順調', '概ね順調', '遅れ', '達成', '○', '△', '×', 'A', 'C', 'On track', 'Delayed', '未達成'];
    const e = evaluateGrid(grid([header, ...statuses.map((s, i) => [`取組${i}`, '体制を整備する', '整備した', s, null])]));
    expect(e.initiatives.map((i) => i.status)).toEqual([
      'on-track', 'on-track', 'delayed', 'achieved', 'on-track', 'delayed', 'delayed', 'achieved', 'delayed', 'on-track', 'delayed', 'delayed',
    ]);
  });

  it('counts a recorded cause as a delay, and reports an initiative that cannot be judged', () => {
    const e = evaluateGrid(grid([header, ['研修の実施', '研修を実施する', '一部実施', null, '講師の確保が遅れたため'], ['窓口の改善', '改善する', null, null, null]]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['delayed', 'unknown']);
    expect(e.initiatives[0]?.causeCategory).toBe('staffing');
    const unknown = e.problems.find((p) => p.code === 'statusUnknown');
    expect(unknown?.cell).toBe('C3');
    expect(problemMessage('ja', unknown!)).toContain('窓口の改善');
    expect(problemMessage('en', unknown!)).toContain('cannot be judged');
  });

  it('uses section title rows as the policy direction when there is no direction column', () => {
    const e = evaluateGrid(grid([['取組項目', '目標', '実績'], ['(1) 県庁のICT化'], ['RPA', '50業務', '51業務'], ['(2) 県民参画'], ['NPO助成', '10件', '55件'], ['合計', null, null]], ['A2:C2']));
    expect(e.initiatives.map((i) => [i.pillar, i.name])).toEqual([['県庁のICT化', 'RPA'], ['県民参画', 'NPO助成']]);
  });

  it('takes the numbering off every section title, "１　" as well as "(1)"', () => {
    const e = evaluateGrid(grid([['取組項目', '目標', '実績'], ['１　県庁のICT化'], ['RPA', '50業務', '51業務'], ['2 県民参画'], ['NPO助成', '10件', '55件']], ['A2:C2', 'A4:C4']));
    expect(e.initiatives.map((i) => i.pillar)).toEqual(['県庁のICT化', '県民参画']);
  });

  it('says so when the header has no initiative under it, naming the sheet and the header row', () => {
    const headerOnly = grid([['令和2年度 行動計画'], [], ['取組項目', '目標', '実績'], [], ['合計', null, null]]);
    expect(() => evaluateGrid(headerOnly)).toThrow(expect.objectContaining({ code: 'noInitiatives', params: { sheet: '行動計画', row: 3 } }));
    try {
      evaluateGrid(headerOnly);
    } catch (error) {
      expect(errorMessage('ja', 'noInitiatives', (error as EvaluationError).params)).toBe('シート「行動計画」の見出し行（3行目）の下に取組の行がありません。');
    }
  });
});

describe('choosing the plan sheet', () => {
  const cover = grid([['埼玉県行財政改革行動計画'], ['令和2年度 進捗管理表']], [], '表紙');
  const plan = grid([['取組項目', '目標', '実績'], ['RPA', '50業務', '51業務']], [], '行動計画');
  it('skips a cover sheet', () => {
    expect(evaluateWorkbook({ name: 'x.xlsx', sheets: [cover, plan] }).plan.sheet).toBe('行動計画');
  });
  it('says which sheet was read when another also looks like a plan, and not when one is named', () => {
    const lastYear = grid([['取組項目', '目標', '実績'], ['RPA', '40業務', '41業務']], [], 'R1行動計画');
    const evaluation = evaluateWorkbook({ name: 'x.xlsx', sheets: [cover, plan, lastYear] });
    expect(evaluation.plan.sheet).toBe('行動計画');
    const notice = evaluation.problems.find((p) => p.code === 'otherPlanSheets');
    expect(notice).toMatchObject({ cell: 'A1', severity: 'info' });
    expect(problemMessage('ja', notice!)).toBe('シート「R1行動計画」も行動計画のように見えるが、「行動計画」を評価した。違う場合は評価するシートを指定してください（コマンドでは --sheet、作業ウィンドウでは設定で）。');
    expect(problemMessage('en', notice!)).toBe('The sheet "R1行動計画" also looks like a plan; "行動計画" was evaluated. If that is wrong, name the sheet to evaluate (--sheet on the command line, Settings in the pane).');
    const third = grid([['取組項目', '目標', '実績'], ['RPA', '30業務', '31業務']], [], '旧計画');
    const two = evaluateWorkbook({ name: 'x.xlsx', sheets: [plan, lastYear, third] }).problems.find((p) => p.code === 'otherPlanSheets');
    expect(problemMessage('en', two!)).toMatch(/^The sheets "R1行動計画", "旧計画" also look like plans;/);
    expect(evaluateWorkbook({ name: 'x.xlsx', sheets: [cover, plan] }).problems.some((p) => p.code === 'otherPlanSheets')).toBe(false);
    expect(evaluateWorkbook({ name: 'x.xlsx', sheets: [plan, lastYear] }, { sheet: 'R1行動計画' }).problems.some((p) => p.code === 'otherPlanSheets')).toBe(false);
  });
  it('prefers this year’s plan to a past or spare copy laid out alike, and the later year named', () => {
    const sheet = (name: string): ReturnType<typeof grid> => grid([['取組項目', '目標', '実績'], ['RPA', '50業務', '51業務']], [], name);
    const chosen = (...names: string[]): string => evaluateWorkbook({ name: 'x.xlsx', sheets: [cover, ...names.map(sheet)] }).plan.sheet;
    expect(chosen('R3行動計画（前年度）', 'R4行動計画')).toBe('R4行動計画');
    expect(chosen('R3行動計画', 'R4行動計画')).toBe('R4行動計画');
    expect(chosen('行動計画', '行動計画 (2)')).toBe('行動計画');
    expect(chosen('参考', '行動計画')).toBe('行動計画');
    expect(chosen('計画A', '計画B')).toBe('計画A');
  });
  it('names the sheets when none looks like a plan, and when a named one is missing', () => {
    expect(() => evaluateWorkbook({ name: 'x.xlsx', sheets: [cover] })).toThrow(EvaluationError);
    try {
      evaluateWorkbook({ name: 'x.xlsx', sheets: [cover, plan] }, { sheet: '計画' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'sheetNotFound', params: { sheet: '計画', sheets: '表紙, 行動計画' } });
    }
  });
});

describe('an office’s own band thresholds', () => {
  const rows = [['取組項目', '目標', '実績'], ['a', '100件', '95件'], ['b', '100件', '70件']];
  it('move the bands of a band preset (a grade below the target is never "achieved")', () => {
    expect(evaluateGrid(grid(rows), { preset: 'abcd' }).initiatives.map((i) => i.grade)).toEqual(['B', 'C']);
    expect(evaluateGrid(grid(rows), { preset: 'abcd', thresholds: [0.9, 0.6, 0.3] }).initiatives.map((i) => [i.grade, i.status])).toEqual([['A', 'on-track'], ['B', 'on-track']]);
  });
  it('are ignored when they do not fit the preset (wrong count, not falling)', () => {
    expect(evaluateGrid(grid(rows), { preset: 'abcd', thresholds: [0.9, 0.95, 0.3] }).initiatives.map((i) => i.grade)).toEqual(['B', 'C']);
    expect(evaluateGrid(grid(rows), { preset: 'abcd', thresholds: [0.9] }).initiatives.map((i) => i.grade)).toEqual(['B', 'C']);
  });
});

describe('an initiative merged over several rows', () => {
  const plan = grid(
    [
      ['No.', '取組項目', '指標', '目標', 'R2年度末実績', '遅れが生じている要因'],
      [1, '会議のペーパーレス化', '開催回数', 'R2年度:12回', '12回', null],
      [null, null, 'コピー使用量', 'R2年度:50%以上削減', '31%減', '新型コロナウイルス感染症の影響により、紙の会議が続いたため。'],
      [2, '電子申請の利用拡大', '電子申請件数', 'R2年度:1,000件', '1,200件', null],
    ],
    ['A2:A3', 'B2:B3'],
  );
  const e = evaluateGrid(plan);

  it('reads the rows as one initiative, as weak as its weakest indicator', () => {
    expect(e.initiatives.map((i) => [i.name, i.indicators.length, i.status])).toEqual([
      ['会議のペーパーレス化', 2, 'delayed'],
      ['電子申請の利用拡大', 1, 'achieved'],
    ]);
  });

  it('carries a cause written on a later row, and names the cell it is in', () => {
    const paperless = e.initiatives[0];
    expect(paperless?.cause).toBe('新型コロナウイルス感染症の影響により、紙の会議が続いたため。');
    expect(paperless?.causeCell).toBe('F3');
    expect(paperless?.causeCategory).toBe('pandemic');
    expect(e.problems.filter((p) => p.code === 'causeMissing')).toEqual([]);
  });

  it('names the actual cell when the cause follows a mark there, on a later row, with no cause column', () => {
    const marked = evaluateGrid(grid(
      [
        ['No.', '取組項目', '目標', 'R2年度末実績', '進捗状況'],
        [1, '会議のペーパーレス化', 'R2年度:12回', '12回', '遅れ'],
        [null, null, 'R2年度:50%以上削減', '31%減 【遅れが生じている要因】 紙の会議が続いたため。', null],
      ],
      ['A2:A3', 'B2:B3', 'E2:E3'],
    ));
    expect(marked.initiatives[0]?.cause).toBe('紙の会議が続いたため。');
    expect(marked.initiatives[0]?.causeCell).toBe('D3');
  });
});

describe('rows that must not be taken for the row above', () => {
  const header = ['No.', '方向性', '取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'];
  const e = evaluateGrid(grid([
    header,
    [1, '行政運営', '取組A', '100件', '120件', null, null],
    [2, null, { error: '#REF!' }, '100件', '80件', null, '予算不足'],
    [3, null, null, '100件', '70件', null, '人員不足'],
    [4, { error: '#N/A' }, '取組D', '100件', '100件', { error: '#VALUE!' }, { error: '#DIV/0!' }],
  ]));

  it('starts a new initiative at a new No. or at a name cell holding an error, each with its own cause', () => {
    expect(e.initiatives.map((i) => [i.id, i.status, i.cause])).toEqual([
      ['1', 'achieved', null],
      ['2', 'delayed', '予算不足'],
      ['3', 'delayed', '人員不足'],
      ['4', 'achieved', null],
    ]);
  });

  it('names every cell holding an error, whatever its column', () => {
    const errors = e.problems.filter((p) => p.code === 'cellError').map((p) => [p.cell, p.params['value']]);
    expect(errors).toEqual([['C3', '#REF!'], ['B5', '#N/A'], ['F5', '#VALUE!'], ['G5', '#DIV/0!']]);
  });

  it('names the actual cell for a cause that follows a mark there, even beside an empty cause column', () => {
    const marked = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '遅れが生じている要因'],
      ['連携事業', 'R2年度:20事業', '15事業【要因】新型コロナの影響で中止', null],
    ]));
    expect(marked.initiatives[0]?.cause).toBe('新型コロナの影響で中止');
    expect(marked.initiatives[0]?.causeCell).toBe('C2');
  });
});

describe('listed targets with their actuals', () => {
  const header = ['取組項目', '目標', '実績', '遅れが生じている要因'];
  const target = '1 相談件数 R2年度:100件\n2 解決率 R2年度:80%以上';

  it.each([
    ['numbered "1 120件"', '1 120件\n2 70%'],
    ['one per line', '120件\n70%'],
  ])('pairs actuals written %s with the targets in order, and carries the cause', (_, actual) => {
    const e = evaluateGrid(grid([header, ['相談体制の充実', target, actual, '人員不足']]));
    const initiative = e.initiatives[0];
    expect(initiative?.indicators.map((i) => [i.name, i.target?.value, i.actual?.value, i.status])).toEqual([
      ['相談件数', 100, 120, 'achieved'],
      ['解決率', 80, 70, 'delayed'],
    ]);
    expect([initiative?.status, initiative?.cause]).toEqual(['delayed', '人員不足']);
  });

  it('says so when the actual cell reports fewer indicators than the target lists', () => {
    const e = evaluateGrid(grid([header, ['相談体制の充実', '○相談件数 R2年度:100件\n○解決率 R2年度:80%以上', '○相談件数 120件', null]]));
    const mismatch = e.problems.find((p) => p.code === 'indicatorCountMismatch');
    expect(mismatch).toMatchObject({ cell: 'C2', severity: 'warning', params: { targets: 2, actuals: 1 } });
    expect(problemMessage('ja', mismatch!)).toContain('目標2件、実績1件');
  });
});

describe('a status recorded on a later row of a merged initiative', () => {
  it('names that row’s status cell when it contradicts the measurement', () => {
    const e = evaluateGrid(grid(
      [
        ['No.', '取組項目', '目標', '実績', '進捗状況'],
        [1, '会議のペーパーレス化', 'R2年度:12回', '12回', null],
        [null, null, 'R2年度:50%以上削減', '61%減', '遅れ'],
      ],
      ['A2:A3', 'B2:B3'],
    ));
    expect(e.initiatives[0]?.recordedStatus).toBe('遅れ');
    expect(e.problems.find((p) => p.code === 'statusContradiction')?.cell).toBe('E3');
  });
});

describe('an evaluated year other than the actual column’s', () => {
  it('is named at the actual column’s header, and a missing target names the year as staff write it', () => {
    const e = evaluateGrid(grid([['取組項目', '目標', 'R2年度末実績'], ['RPA', 'RPA導入業務数 R2年度:50業務', '51業務']]), { year: 2021 });
    const differs = e.problems.find((p) => p.code === 'actualYearDiffers');
    expect(differs?.cell).toBe('C1');
    expect(problemMessage('ja', differs!)).toBe('評価年度はR3年度だが、実績の列「R2年度末実績」はR2年度のもの。実績がどの年度のものか確認してください。');
    const noTarget = e.problems.find((p) => p.code === 'noTargetForYear');
    expect(problemMessage('ja', noTarget!)).toBe('「RPA導入業務数」の目標「RPA導入業務数 R2年度:50業務」に、評価年度（R3年度）の値が書かれていない。');
    expect(problemMessage('en', noTarget!)).toBe('The target "RPA導入業務数 R2年度:50業務" of "RPA導入業務数" gives no value for the evaluated year (FY2021).');
    expect(evaluateGrid(grid([['取組項目', '目標', 'R2年度末実績'], ['RPA', '50業務', '51業務']]), { year: 2020 }).problems).toEqual([]);
  });
});

describe('causes of a merged initiative recorded row by row', () => {
  it('carries every one, in row order, once each', () => {
    const e = evaluateGrid(grid(
      [
        ['No.', '取組項目', '指標', '目標', '実績', '遅れが生じている要因'],
        [1, '説明会の開催', '開催回数', 'R2年度:12回', '8回', '関係機関との協議に時間を要したため'],
        [null, null, '参加者数', 'R2年度:300人', '120人', '新型コロナの影響で説明会を中止したため'],
        [null, null, '満足度', 'R2年度:80%以上', '70%', '関係機関との協議に時間を要したため'],
      ],
      ['A2:A4', 'B2:B4'],
    ));
    expect(e.initiatives[0]?.cause).toBe('関係機関との協議に時間を要したため\n新型コロナの影響で説明会を中止したため');
    expect(e.initiatives[0]?.causeCell).toBe('F2');
  });
});

describe('an indicator without an actual beside measured ones', () => {
  it('is named at its actual cell, quoting what is written there', () => {
    const e = evaluateGrid(grid(
      [
        ['No.', '取組項目', '指標', '目標', '実績'],
        [1, '相談体制の充実', '相談件数', 'R2年度:100件', '120件'],
        [null, null, '解決率', 'R2年度:80%以上', '未集計'],
        [null, null, '満足度', 'R2年度:80%以上', null],
      ],
      ['A2:A4', 'B2:B4'],
    ));
    const missing = e.problems.filter((p) => p.code === 'actualMissing');
    expect(missing.map((p) => p.cell)).toEqual(['E3', 'E4']);
    expect(problemMessage('ja', missing[0]!)).toBe('「解決率」は目標があるが、実績が読み取れない（記入: 「未集計」）。取組は他の指標で判定した。');
    expect(problemMessage('en', missing[1]!)).toContain('(blank)');
  });
});

describe('a header written on two rows', () => {
  it('reads "数値目標" over "目標" and "実績" as the target and actual columns', () => {
    const e = evaluateGrid(grid(
      [
        ['No.', '方向性', '取組項目', '数値目標', null, '遅れが生じている要因'],
        [null, null, null, '目標', '実績', null],
        [1, 'ICT化', 'RPA導入', 'RPA導入業務数 R2年度:50業務', '45業務', '財源確保が困難'],
        [2, 'ICT化', 'AI-OCR', 'AI-OCR利用枚数 R2年度:12,000枚/年', '13,000枚/年', null],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2'],
    ));
    expect(e.plan.headerRow).toBe(1);
    expect(e.initiatives.map((i) => [i.row, i.name, i.status, i.cause])).toEqual([
      [3, 'RPA導入', 'delayed', '財源確保が困難'],
      [4, 'AI-OCR', 'achieved', null],
    ]);
  });

  it('reads "取組" over "大項目" and "小項目" as the policy direction and the initiative', () => {
    const e = evaluateGrid(grid(
      [
        ['No.', '取組', null, '目標', 'R2年度末実績'],
        [null, '大項目', '小項目', null, null],
        [1, 'ICT化', 'RPA導入', 'R2年度:50業務', '45業務'],
        [2, null, 'AI-OCR', 'R2年度:12,000枚/年', '13,000枚/年'],
      ],
      ['A1:A2', 'B1:C1', 'D1:D2', 'E1:E2', 'B3:B4'],
    ));
    expect(e.initiatives.map((i) => [i.pillar, i.name, i.status])).toEqual([
      ['ICT化', 'RPA導入', 'delayed'],
      ['ICT化', 'AI-OCR', 'achieved'],
    ]);
  });
});

describe('a plan whose headers name no year', () => {
  it('is evaluated for the year most targets are written for, and says so at the actual column', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['RPA', 'RPA導入業務数 R1年度:40業務 R2年度:50業務', '45業務'],
      ['AI-OCR', 'AI-OCR利用枚数 R2年度:12,000枚', '13,000枚'],
    ]));
    expect(e.year).toBe(2020);
    const inferred = e.problems.find((p) => p.code === 'yearInferred');
    expect(inferred).toMatchObject({ cell: 'C1', severity: 'info' });
    expect(problemMessage('ja', inferred!)).toBe('見出しに年度がないため、目標に最も多く書かれたR2年度を評価年度とした。違う場合は評価年度を指定してください。');
    expect(evaluateGrid(grid([['取組項目', '目標', '実績'], ['RPA', 'R2年度:50業務', '45業務']]), { year: 2020 }).problems.find((p) => p.code === 'yearInferred')).toBeUndefined();
  });
});

describe('two columns under the same heading', () => {
  it('reads the first and names the other at its header', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', 'R2年度末実績', 'R2年度末実績(旧)'],
      ['RPA', 'R2年度:50業務', '55業務', '40業務'],
    ]));
    expect(e.initiatives[0]?.status).toBe('achieved');
    const ignored = e.problems.find((p) => p.code === 'columnIgnored');
    expect(ignored).toMatchObject({ cell: 'D1', severity: 'info' });
    expect(problemMessage('ja', ignored!)).toBe('列「R2年度末実績(旧)」は「R2年度末実績」と同じ種類の列とも読めるが、C1の「R2年度末実績」の列を使い、この列は判定に使っていない。');
  });
});

describe('review fixes', () => {
  it('does not take a title merged across the table above the header for a heading over two rows', () => {
    const e = evaluateGrid(grid(
      [
        ['行財政改革行動計画（令和2年度～令和4年度）', null, null],
        ['取組項目', '目標', 'R3年度末実績'],
        ['RPA', '50業務', '55業務'],
      ],
      ['A1:C1'],
    ));
    expect([e.plan.headerRow, e.plan.title, e.initiatives[0]?.status]).toEqual([2, '行財政改革行動計画（令和2年度～令和4年度）', 'achieved']);
  });

  it('keeps ・ sub-items that are values of their own as indicators', () => {
    const target = '1. ペーパーレス会議\n・開催 50回\n・枚数 1,000枚\n2. テレワーク\n・利用者 100人';
    const actual = '1. ペーパーレス会議\n・開催 60回\n・枚数 500枚\n2. テレワーク\n・利用者 120人';
    const e = evaluateGrid(grid([['取組項目', '目標', '実績'], ['働き方改革', target, actual]]));
    expect(e.initiatives[0]?.status).toBe('delayed');
    expect(e.initiatives[0]?.rate).toBeCloseTo(0.5);
  });

  it('reads 月平均 as a monthly count, and compares years with months', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['相談', '相談件数 月100件以上', '月平均120件'],
      ['整備', '整備期間 2年以内', '18か月'],
      ['短縮', '所要期間 1年', '6か月'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate === null ? null : Math.round(i.rate * 100) / 100])).toEqual([
      ['achieved', 1.2],
      ['achieved', 1.33],
      ['delayed', 0.5],
    ]);
  });

  it('carries a cause written over several lines in a merged cell once', () => {
    const e = evaluateGrid(grid(
      [
        ['No.', '取組項目', '指標', '目標', '実績', '遅れが生じている要因'],
        [1, '説明会', '開催回数', 'R2年度:12回', '8回', '新型コロナの影響で\n事業が休止したため。'],
        [null, null, '参加者数', 'R2年度:300人', '120人', null],
      ],
      ['A2:A3', 'B2:B3', 'F2:F3'],
    ));
    expect(e.initiatives[0]?.cause).toBe('新型コロナの影響で\n事業が休止したため。');
  });

  it('reads full-width numbering ("１　120件") as numbering', () => {
    const e = evaluateGrid(grid([['取組項目', '目標', '実績'], ['相談体制', '1 相談件数 R2年度:100件\n2 解決率 R2年度:80%以上', '１　120件\n２　70%']]));
    expect(e.initiatives[0]?.indicators.map((i) => i.actual?.value)).toEqual([120, 70]);
  });

  it('names a missing actual by the initiative when there is no indicator name, also on a row holding only a target', () => {
    const e = evaluateGrid(grid(
      [
        ['No.', '取組項目', '目標', '実績'],
        [1, '相談体制', 'R2年度:100件', '120件'],
        [null, null, 'R2年度:80%以上', null],
      ],
      ['A2:A3', 'B2:B3'],
    ));
    expect(e.initiatives).toHaveLength(1);
    const missing = e.problems.find((p) => p.code === 'actualMissing');
    expect(missing?.cell).toBe('D3');
    expect(problemMessage('ja', missing!)).toBe('「相談体制」は目標があるが、実績が読み取れない（空欄）。取組は他の指標で判定した。');
  });
});

describe('third trial fixes', () => {
  it('multiplies only counts per period, reads quarters, English months and 百万円', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['満足度', '月平均90%以上', '92%'],
      ['残業', '月平均20時間以内', '25時間'],
      ['会議', '四半期に1回', '3回'],
      ['Requests', '100 per month', '1,000 per year'],
      ['予算', '500百万円以上', '5億円'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate === null ? null : Math.round(i.rate * 100) / 100])).toEqual([
      ['achieved', 1.02], ['delayed', 0.8], ['delayed', 0.75], ['delayed', 0.83], ['achieved', 1],
    ]);
  });

  it('takes the value a target moves to ("45日→30日", "100人→150人") and the way it moves', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['審査', '処理日数 45日→30日', '28日'],
      ['短縮', '処理日数を45日から30日へ短縮', '35日'],
      ['登録', '登録者 100人→150人', '140人'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.indicators[0]?.target?.value])).toEqual([['achieved', 30], ['delayed', 30], ['delayed', 150]]);
  });

  it('keeps numbered actuals apart around remark lines, and pairs fewer lines than targets in order', () => {
    const target = '1 相談件数 R2年度:100件\n2 解決率 R2年度:80%以上';
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['相談', target, '1 120件\n・オンライン相談を開始\n2 90%'],
      ['相談2', '1 相談件数 100件\n2 解決率 80%以上\n3 満足度 70%以上', '120件\n60%'],
    ]));
    expect(e.initiatives[0]?.indicators.map((i) => i.actual?.value)).toEqual([120, 90]);
    expect(e.initiatives[0]?.status).toBe('achieved');
    expect(e.initiatives[1]?.indicators.map((i) => i.actual?.value ?? null)).toEqual([120, 60, null]);
    expect(e.initiatives[1]?.status).toBe('delayed');
  });

  it('gives a year written alone under a merged heading the heading’s role', () => {
    const e = evaluateGrid(grid(
      [
        ['取組項目', '目標', null, '実績'],
        [null, 'R2年度', 'R3年度', 'R2年度'],
        ['RPA', '50業務', '60業務', '55業務'],
      ],
      ['A1:A2', 'B1:C1'],
    ));
    expect([e.year, e.initiatives[0]?.indicators[0]?.target?.value, e.initiatives[0]?.status]).toEqual([2020, 50, 'achieved']);
  });
});

describe('what a careful official reads where the plan leaves it unsaid', () => {
  it('judges a wait or overtime as better when lower when the target states no direction, and says so', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '指標', '目標', '実績'],
      ['窓口', '窓口待ち時間', '15分', '12分'],
      ['残業', '時間外勤務 月平均', '20時間', '25時間'],
      ['研修', '研修時間', '20時間', '25時間'],
      ['短縮率', '待ち時間短縮率', '30%', '35%'],
      ['明記', '窓口待ち時間', '15分以上', '12分'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.indicators[0]?.direction, i.status])).toEqual([
      ['窓口', 'atMost', 'achieved'],
      ['残業', 'atMost', 'delayed'],
      ['研修', 'atLeast', 'achieved'],
      ['短縮率', 'atLeast', 'achieved'],
      ['明記', 'atLeast', 'delayed'],
    ]);
    const notes = e.problems.filter((p) => p.code === 'lowerIsBetterByName');
    expect(notes.map((p) => p.cell)).toEqual(['C2', 'C3']);
    expect(problemMessage('ja', notes[0]!)).toBe('「窓口待ち時間」は少ない・短いほどよい指標と読んで判定した（目標に「以下」「以内」などの向きがない）。多いほどよい場合は目標に「以上」と書いてください。');
  });

  it('reads ゼロ and 半減 as targets, and names a target whose amount is in words it cannot read', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況'],
      ['紙', '紙使用量 半減', '30%削減', '順調'],
      ['事故', '重大事故 ゼロ', '2件', '順調'],
      ['事故なし', '重大事故ゼロ', '0件', null],
      ['倍', '相談件数 倍増（R2比）', '1.5倍', '順調'],
      ['全', '全課で導入', '全課の8割で導入', '順調'],
      ['定性', '全庁共通の取組の推進', '音声翻訳システムを15拠点に導入', '順調'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.target?.value ?? null, i.status])).toEqual([
      ['紙使用量', 50, 'delayed'], ['重大事故', 0, 'delayed'], ['重大事故', 0, 'achieved'],
      ['相談件数 倍増(R2比)', null, 'on-track'], ['全課で導入', null, 'on-track'], ['全庁共通の取組の推進', null, 'on-track'],
    ]);
    const unread = e.problems.filter((p) => p.code === 'targetUnreadable');
    expect(unread.map((p) => p.cell)).toEqual(['B5', 'B6']);
    expect(problemMessage('ja', unread[0]!)).toBe('目標「相談件数 倍増(R2比)」から数値を読み取れないため、実績「1.5倍」と比べていない。目標に数値を書いてください。');
  });

  it('reads an actual written as a status word where no values compare, and not a sentence that mentions one', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      ['RPA', '50業務', '達成', null, null],
      ['OCR', '60,000枚', '未実施', null, null],
      ['計画策定', '個別施設計画の策定', '実施済み', null, null],
      ['調整', '50業務', '達成に向けて関係課と調整中', null, null],
      ['記録優先', '50業務', '達成', '遅れ', '予算の確保が困難であったため。'],
      ['一部', '研修の実施', '一部実施', null, null],
      ['公表', '計画の公表', 'R3.9公表済', null, null],
      ['継続', '相談会の開催', '継続実施', null, null],
      ['見込み', '制度の見直し', '実施中', '達成の見込み', null],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['RPA', 'achieved'], ['OCR', 'delayed'], ['計画策定', 'achieved'], ['調整', 'unknown'], ['記録優先', 'delayed'], ['一部', 'delayed'],
      ['公表', 'achieved'], ['継続', 'on-track'], ['見込み', 'unknown'],
    ]);
    const byCode = (code: string): string[] => e.problems.filter((p) => p.code === code).map((p) => p.cell);
    expect(byCode('statusFromActual')).toEqual(['C2', 'C3', 'C4', 'C7', 'C8', 'C9']);
    expect(byCode('causeMissing')).toEqual(['E3', 'E7']);
    expect(byCode('statusUnknown')).toEqual(['C5', 'D10']);
    const note = e.problems.find((p) => p.code === 'statusFromActual')!;
    expect(problemMessage('en', note)).toBe('"RPA" was judged by the word "達成" in its actual cell (no values were compared).');
  });
});

describe('a target written after where things stand', () => {
  it('takes the labelled target, not the baseline, and the way from one to the other', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['処理', '処理期間 R2年度:現状45日 目標30日', '35日'],
      ['登録', '基準値100件 目標150件', '160件'],
      ['矢印', '現状45日→目標30日', '28日'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.target?.value, i.indicators[0]?.direction, i.status])).toEqual([
      ['処理期間', 30, 'atMost', 'delayed'],
      ['', 150, 'atLeast', 'achieved'],
      ['', 30, 'atMost', 'achieved'],
    ]);
  });
});

describe('periods written in other ways', () => {
  it('compares a monthly amount with the year’s as a monthly average, but not a share', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['残業', '時間外勤務 月45時間以内', '年360時間'],
      ['残業多', '時間外勤務 月45時間以内', '年間600時間'],
      ['年の上限', '時間外勤務 年360時間以内', '月平均35時間'],
      ['率', '満足度 月平均90%以上', '年間平均85%'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status, i.rate])).toEqual([
      ['残業', 'achieved', 1.5],
      ['残業多', 'delayed', 0.9],
      ['年の上限', 'delayed', 360 / 420],
      ['率', 'delayed', 85 / 90],
    ]);
  });

  it('reads "1か月あたり100件" and "1週間につき3回" as counts per period', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['相談', '相談件数 1か月あたり100件', '1,300件'],
      ['訪問', '訪問回数 1週間につき3回', '120回'],
      ['期間', '研修期間 1か月', '1か月'],
      ['日', '処理件数 1日あたり100件', '1日平均90件'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.target?.unit, i.status])).toEqual([
      ['相談件数', '件/月', 'achieved'],
      ['訪問回数', '回/週', 'delayed'],
      ['研修期間', 'か月', 'achieved'],
      ['処理件数', '件/日', 'delayed'],
    ]);
  });

  it('reads "1人当たり20時間" as an amount per person, compared with an actual written with or without the per', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['残業', '1人当たり20時間以下', '1人当たり18時間'],
      ['残業2', '1人当たり20時間以下', '22時間'],
      ['研修', '職員1人あたり研修受講回数 3回', '2回'],
      ['処理', '1件につき30分以内', '25分'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.target?.value, i.indicators[0]?.target?.unit, i.status])).toEqual([
      ['', 20, '時間/人', 'achieved'],
      ['', 20, '時間/人', 'delayed'],
      ['職員研修受講回数', 3, '回/人', 'delayed'],
      ['', 30, '分/件', 'achieved'],
    ]);
    // Compared, but the actual that does not say it is per person is pointed out.
    expect(e.problems.filter((p) => p.code === 'unitMismatch').map((p) => p.cell)).toEqual(['C3', 'C4', 'C5']);
  });

  it('reads a deadline before a value ("1か月以内に100件処理") as a condition of the value, not as the target', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['処理', '1か月以内に100件処理', '98件'],
      ['交付', '3日以内に処理した割合 90%以上', '3日以内に処理した割合 92%'],
      ['申請', '申請から14日以内に交付 95%', '96%'],
      ['期間', '処理期間30日以内', '28日'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.target?.value, i.indicators[0]?.direction, i.status])).toEqual([
      ['', 100, 'atLeast', 'delayed'],
      ['処理した割合', 90, 'atLeast', 'achieved'],
      ['申請から交付', 95, 'atLeast', 'achieved'],
      ['処理期間', 30, 'atMost', 'achieved'],
    ]);
    expect(e.problems.filter((p) => p.code === 'unitMismatch')).toEqual([]);
  });

  it('reads "1人1台端末 100%" as a target of 100%, not of one person', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['端末', '1人1台端末 100%', '98%'],
      ['整備', '1人1台端末の整備率 100%', '1人1台端末の整備率 100%'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.target?.value, i.indicators[0]?.target?.unit, i.status])).toEqual([
      ['1人1台端末', 100, '%', 'delayed'],
      ['1人1台端末の整備率', 100, '%', 'achieved'],
    ]);
  });

  it('judges "¥50M以内" against an amount in yen, and "12月に100件" as no count per month', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['予算', '¥50M以内', '¥48,000,000'],
      ['12月', '12月に100件', '1,000件'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.status])).toEqual([
      [50_000_000, 'achieved'],
      [100, 'achieved'],
    ]);
  });
});

describe('the new readings where they must not apply', () => {
  it('keeps a deadline with an old figure in brackets, a lower-is-better name before a rate, and hours a day apart', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['審査', '審査期間 60日以内で完了（従来90日）', '55日'],
      ['回答', '回答期間 14日以内に回答 (平均20日)', '12日'],
      ['残業', '時間外勤務時間 1人当たり20時間', '18時間'],
      ['待ち', '窓口待ち時間 1人あたり10分', '8分'],
      ['処理率', '1件1時間以内 処理率90%', '92%'],
      ['日', '時間外勤務 1日あたり2時間以内', '月平均20時間'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.direction, i.status])).toEqual([
      [60, 'atMost', 'achieved'],
      [14, 'atMost', 'achieved'],
      [20, 'atMost', 'achieved'],
      [10, 'atMost', 'achieved'],
      // Not read as 90% at most (the 以内 of the hour is no direction of the rate); left for a person to judge.
      [1, 'atLeast', 'unknown'],
      // Hours a day against a month's are not compared.
      [2, 'atMost', 'unknown'],
    ]);
  });

  it('takes a lower-is-better word only as what the indicator measures, and not for a share', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '指標', '目標', '実績'],
      ['解消率', '待機児童解消率', '100%', '90%'],
      ['実施率', 'ノー残業デー実施率', '80%', '90%'],
      ['窓口数', '待ち時間の見える化対応窓口数', '10窓口', '12窓口'],
      ['回数', '残業ゼロデー実施回数', '12回', '15回'],
      ['fixed', 'errors fixed', '100件', '120件'],
      ['待ち', 'Average waiting time at counters', '15 minutes', '18 minutes'],
      ['残業', '職員一人当たり月平均時間外勤務時間', '15時間', '16.5時間'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.indicators[0]?.direction, i.status])).toEqual([
      ['解消率', 'atLeast', 'delayed'], ['実施率', 'atLeast', 'achieved'], ['窓口数', 'atLeast', 'achieved'],
      ['回数', 'atLeast', 'achieved'], ['fixed', 'atLeast', 'achieved'], ['待ち', 'atMost', 'delayed'], ['残業', 'atMost', 'delayed'],
    ]);
  });

  it('reads a cancelled or partly done status as a delay, and a yearly average as no yearly total', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      ['中止', '説明会の開催', '―', '実施中止', '感染拡大のため'],
      ['一部', 'システムの導入', '一部導入済', null, '調達が遅れたため'],
      ['平均', '時間外勤務 月45時間以内', '年間平均50時間', null, '繁忙期が続いたため'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([['中止', 'delayed'], ['一部', 'delayed'], ['平均', 'delayed']]);
    expect(e.initiatives[2]?.rate).toBeCloseTo(0.9);
  });

  it('reads a move and a baseline however its numbers and years are written', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['万', '相談件数 1万2,000件→1万5,000件', '1万4千件'],
      ['年度', '発行日数 R2年度 現状45日 R5年度 目標30日', '35日'],
      ['行', '発行日数\n現状45日\n目標30日', '35日'],
    ]), { year: 2023 });
    expect(e.initiatives.map((i) => [i.indicators.length, i.indicators[0]?.target?.value, i.indicators[0]?.direction, i.status])).toEqual([
      [1, 15000, 'atLeast', 'delayed'], [1, 30, 'atMost', 'delayed'], [1, 30, 'atMost', 'delayed'],
    ]);
  });

  it('does not prefer a draft, an example or an old copy of the plan', () => {
    const sheet = (name: string): ReturnType<typeof grid> => grid([['取組項目', '目標', '実績'], ['RPA', '50業務', '51業務']], [], name);
    const chosen = (...names: string[]): string => evaluateWorkbook({ name: 'x.xlsx', sheets: names.map(sheet) }).plan.sheet;
    expect(chosen('R4行動計画', 'R5行動計画（案）')).toBe('R4行動計画');
    expect(chosen('R4行動計画', 'R5行動計画(記入例)')).toBe('R4行動計画');
    expect(chosen('plan_old', 'plan')).toBe('plan');
  });
});

describe('readings from a second new user\'s trial', () => {
  it('takes the recorded status, and its cause, where the values cannot be compared', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      ['予算', '100万円', '3時間', '遅れ', '予算の都合により執行を見送ったため。'],
      ['記録なし', '100万円', '3時間', null, null],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.cause])).toEqual([
      ['delayed', '予算の都合により執行を見送ったため。'],
      ['unknown', null],
    ]);
    expect(e.problems.filter((p) => p.code === 'statusUnknown').map((p) => p.cell)).toEqual(['C3']);
  });

  it('reads a target below zero (▲) as the size of a cut or of a deficit, and a cut written with a minus sign', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['a', '▲5%', '▲3%'],
      ['b', '▲5%', '▲6.2%'],
      ['c', '▲2億円', '▲1億5千万円'],
      ['d', '▲1億円以内', '▲1.6億円'],
      ['e', '▲3億円以内', '▲2.4億円'],
      ['f', '前年度比10%減', '前年度比△12%'],
      ['g', '2割以上削減', '▲25%'],
      ['h', '時間外勤務時間 ▲100時間', '▲120時間'],
      ['i', '削減額 ▲2億円', '削減額 ▲1億5千万円'],
      ['j', '▲5%', '5%削減'],
      ['k', '温室効果ガス排出量 ▲46%', '38.5%削減'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status, Number(i.rate?.toFixed(3))])).toEqual([
      ['a', 'delayed', 0.6],
      ['b', 'achieved', 1.24],
      ['c', 'delayed', 0.75],
      ['d', 'delayed', 0.625],
      ['e', 'achieved', 1.25],
      ['f', 'achieved', 1.2],
      ['g', 'achieved', 1.25],
      ['h', 'achieved', 1.2],
      ['i', 'delayed', 0.75],
      // An actual written as a cut ("5%削減") is one whatever its sign.
      ['j', 'achieved', 1],
      ['k', 'delayed', 0.837],
    ]);
    // A cut is no level: the name's "lower is better" is not applied to it.
    expect(e.problems.filter((p) => p.code === 'lowerIsBetterByName')).toEqual([]);
  });

  it('reads 兆 in number groups, "trillion", and the words before a currency mark', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['兆', '1兆2,000億円以下', '1兆2,500億円'],
      ['trillion', 'Below ¥1.2 trillion', '¥1.25 trillion'],
      ['within', 'Below ¥1.2 trillion', '¥1.18 trillion'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.direction, i.status])).toEqual([
      [1.2e12, 'atMost', 'delayed'],
      [1.2e12, 'lessThan', 'delayed'],
      [1.2e12, 'lessThan', 'achieved'],
    ]);
  });

  it('reads amounts per person and day, and "1回45分" as minutes a time', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', 'R4年度実績'],
      ['ごみ', '1人1日当たり850g以下', '1人1日当たり872g'],
      ['ごみ2', '850g以下', '1人1日当たり872g'],
      ['相談', '職員1人1日当たり相談対応10件', '1人1日当たり8.5件'],
      ['会議', 'R4年度：1回45分以内', '1回平均50分'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.target?.unit, i.status, Number(i.rate?.toFixed(3))])).toEqual([
      [850, 'g/人日', 'delayed', 0.975],
      [850, 'g', 'delayed', 0.975],
      [10, '件/人日', 'delayed', 0.85],
      [45, '分/回', 'delayed', 0.9],
    ]);
    expect(e.initiatives[2]?.indicators[0]?.name).toBe('職員相談対応');
  });

  it('reads a deadline joined by の, a figure in brackets as no target, and the total after its parts', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', 'R3年度実績'],
      ['処理率', '受付後14日以内の処理率 95%', '92%'],
      // "(R3:65%)" beside a target is most often where things stood: the target is the 80%.
      ['申請率', '電子申請率 80%（R3：65%）', '72%'],
      ['か所', 'R3〜R7で計10か所', '2か所'],
      ['件数', '年間30件', '上半期18件、下半期15件 計33件'],
      ['前年度', '33件', '33件、前年度 計25件'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.target?.value, i.indicators[0]?.actual?.value, i.status])).toEqual([
      ['受付後処理率', 95, 92, 'delayed'],
      ['電子申請率', 80, 72, 'delayed'],
      // で計 is what is left of "計10か所": no name. The target is R7's, none is written for R3.
      ['', undefined, 2, 'unknown'],
      ['上半期', 30, 33, 'achieved'],
      // A total of another year is not this year's actual.
      ['', 33, 33, 'achieved'],
    ]);
  });

  it('judges a deadline against when the thing was done, where no values judge the initiative', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況'],
      ['期限内', 'R4年3月までに策定', 'R4年2月策定', null],
      ['期限後', 'R4年3月までに策定', 'R4年6月策定', null],
      ['年度中', '令和4年度中に導入', '令和5年4月導入', null],
      ['English', 'Adopt by March 2022', 'Adopted Feb 2022', null],
      ['予定', 'R4年3月までに策定', 'R4年6月策定予定', null],
      ['略記', 'R4.3', 'R4.2導入', null],
      ['略記で遅れ', 'R4.3導入', 'R4.6導入', null],
      ['記入あり', 'R4年3月までに策定', 'R4年6月策定', '順調'],
      ['期限内で遅れ', 'R4年3月までに策定', 'R4年2月策定', '遅れ'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['期限内', 'achieved'],
      ['期限後', 'delayed'],
      ['年度中', 'delayed'],
      ['English', 'achieved'],
      // Only planned: no month it was done in.
      ['予定', 'unknown'],
      // "R4.3" is 令和4年3月, a deadline alone or before the thing to be done.
      ['略記', 'achieved'],
      ['略記で遅れ', 'delayed'],
      // A deadline missed is a delay, as values short of their target are, whatever the recorded status says.
      ['記入あり', 'delayed'],
      // A deadline met leaves a recorded delay as it is: the office may know of more than the date.
      ['期限内で遅れ', 'delayed'],
    ]);
    expect(e.problems.filter((p) => p.code === 'statusContradiction').map((p) => p.cell)).toEqual(['D9']);
    const notes = e.problems.filter((p) => p.code === 'judgedByDeadline');
    expect(notes.map((p) => p.cell)).toEqual(['C2', 'C3', 'C4', 'C5', 'C7', 'C8', 'C9']);
    expect(problemMessage('ja', notes[1]!)).toBe('期限（R4年3月まで）と実施の時期（R4年6月）を比べて判定した。');
    expect(problemMessage('en', notes[3]!)).toBe('Judged by comparing the deadline (March 2022) with when it was done (February 2022).');
  });

  it('judges a deadline by its date beside indicators measured by values, and names one come due whose date it cannot read', () => {
    const e = evaluateGrid(grid([
      ['No', '取組項目', '指標', '目標値', '目標値', 'R6実績', '評価'],
      ['No', '取組項目', '指標', 'R5年度', 'R6年度', 'R6実績', '評価'],
      [3, '公共施設マネジメントの推進', '個別施設計画の改訂', 'R6年度中に改訂', 'R6年度中に改訂', 'R6.12改訂済', '順調'],
      [null, null, '複合化件数', '1件', '2件', '2件', null],
      [4, '窓口改革', '手引の策定', 'R6年9月までに策定', 'R6年9月までに策定', 'R7年1月策定', '順調'],
      [null, null, '窓口数', '1窓口', '2窓口', '2窓口', null],
      [5, '文書管理', '規程の改正', 'R6年度中に改正', 'R6年度中に改正', '改正に向け調整中', '順調'],
      [null, null, '電子化率', '50%', '60%', '70%', null],
      [6, '施設予約', 'システムの導入', 'R7年度中に導入', 'R7年度中に導入', '仕様を検討中', '順調'],
      [null, null, '予約件数', '100件', '120件', '130件', null],
    ], ['D1:E1', 'A3:A4', 'B3:B4', 'G3:G4', 'A5:A6', 'B5:B6', 'G5:G6', 'A7:A8', 'B7:B8', 'G7:G8', 'A9:A10', 'B9:B10', 'G9:G10']));
    expect(e.initiatives.map((i) => [i.name, i.status, i.indicators[0]?.status])).toEqual([
      ['公共施設マネジメントの推進', 'achieved', 'achieved'],
      // Late, whatever the other indicator and the recorded status say.
      ['窓口改革', 'delayed', 'delayed'],
      ['文書管理', 'achieved', 'unknown'],
      // Not due yet: in hand, nothing amiss.
      ['施設予約', 'achieved', 'unknown'],
    ]);
    expect(e.problems.filter((p) => p.code === 'judgedByDeadline').map((p) => p.cell)).toEqual(['F3', 'F5']);
    expect(e.problems.filter((p) => p.code === 'statusContradiction').map((p) => p.cell)).toEqual(['G5']);
    const missing = e.problems.filter((p) => p.code === 'actualMissing');
    expect(missing.map((p) => p.cell)).toEqual(['F7']);
    expect(problemMessage('ja', missing[0]!)).toBe('「規程の改正」は目標があるが、実績が読み取れない（記入: 「改正に向け調整中」）。取組は他の指標で判定した。');
  });

  it('takes a delay\'s cause from a column of issues (課題) where the plan has no cause column, and only for a delay', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況', '課題', '今後の方向性'],
      ['窓口', '利用者数 1,200人', '1,100人', '遅れ', '高齢者の利用が伸び悩んだ', '周知を強化する'],
      ['電子申請', '手続数 50', '55', '順調', '対象手続の拡大', null],
      ['広報', '広報の充実', '実施', '順調', '若年層への訴求', null],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.cause, i.causeCell])).toEqual([
      ['delayed', '高齢者の利用が伸び悩んだ', 'E2'],
      ['achieved', null, null],
      ['on-track', null, null],
    ]);
    expect(e.problems.filter((p) => p.code === 'causeFromIssues' || p.code === 'causeMissing').map((p) => [p.cell, problemMessage('ja', p)])).toEqual([
      ['E2', '遅れが生じている要因の列がないため、「課題」列の記述を遅れの要因とした。'],
    ]);
    // With a cause column of its own, the plan's issues stay issues.
    const withCause = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '遅れの要因', '課題'],
      ['窓口', '利用者数 1,200人', '1,100人', null, '高齢者の利用が伸び悩んだ'],
    ]));
    expect(withCause.initiatives[0]?.cause).toBeNull();
    expect(withCause.problems.map((p) => p.code)).toContain('causeMissing');
  });

  it('scales a number by its unit column ("千枚"), and points out a fraction against a target in percent', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '単位', '目標', '実績'],
      ['用紙', '千枚', 12_000, 11_500],
      ['満足度', null, '80%以上', 0.78],
      ['利用率', '%', 90, 0.95],
      ['件数', '件', 100, 0.5],
    ]));
    expect(e.initiatives[0]?.indicators[0]?.target).toMatchObject({ value: 12_000_000, unit: '枚' });
    expect(e.initiatives[0]?.indicators[0]?.actual).toMatchObject({ value: 11_500_000, unit: '枚' });
    const fractions = e.problems.filter((p) => p.code === 'fractionForPercent');
    expect(fractions.map((p) => [p.cell, problemMessage('ja', p)])).toEqual([
      ['D3', '実績の数値 0.78 を 0.78% と読んだ（目標は 80%）。78% のつもりなら、セルの表示形式をパーセントにしてください。'],
      ['D4', '実績の数値 0.95 を 0.95% と読んだ（目標は 90%）。95% のつもりなら、セルの表示形式をパーセントにしてください。'],
    ]);
  });

  it('finds a cause marked 【遅れの理由】 or 遅延理由： in the actual cell, and names an unnamed indicator by its initiative', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', 'R4年度実績'],
      ['窓口のオンライン化', '30手続', '20手続 【遅れの理由】 システム改修が遅れたため。'],
      ['研修の実施', '12回', '8回 （遅延理由：講師の確保が困難であったため。）'],
      ['会議の削減', 'R3年度:10回', '8回'],
      ['計画の策定', 'R4年3月までに策定', '未策定'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.cause])).toEqual([
      ['delayed', 'システム改修が遅れたため。'],
      ['delayed', '講師の確保が困難であったため。'],
      ['unknown', null],
      // Not yet drawn up by the year's end: a delay, as 未実施 is.
      ['delayed', null],
    ]);
    const noTarget = e.problems.find((p) => p.code === 'noTargetForYear');
    expect(noTarget && problemMessage('ja', noTarget)).toBe('「会議の削減」の目標「R3年度:10回」に、評価年度（R4年度）の値が書かれていない。');
  });
});

describe('the second trial\'s readings where they must not apply', () => {
  it('takes no 理由： of an explanation for a cause, and no 未整備 inside a longer word for a delay', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況'],
      ['改正', '条例の改正', '改正済み（改正理由：国の法改正に伴うもの）', '完了'],
      ['解消', '未整備地区の解消', '完了', '未整備地区の解消を完了'],
      ['導入', '全校への導入', '未導入校へ導入済', null],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.cause])).toEqual([
      ['achieved', null],
      // Not understood, so reported rather than guessed.
      ['unknown', null],
      ['unknown', null],
    ]);
  });

  it('scales text values under a scaled unit column as it scales numbers, and only a unit that starts with a scale', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '単位', '目標', '実績'],
      ['用紙', '千枚', 12_000, '11,500'],
      ['上限', '千枚', '12,000以下', 11_500],
      ['日数', '1件当たり日数', 3, 2],
      ['期間', '3年間', 3, 3],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.actual?.value, i.status])).toEqual([
      [12_000_000, 11_500_000, 'delayed'],
      [12_000_000, 11_500_000, 'achieved'],
      [3, 2, 'delayed'],
      [3, 3, 'achieved'],
    ]);
  });

  it('pairs indicators by labels that name nothing on their own, and keeps numbers beside month words in English', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['平均', '平均 10日\n全 30課', '全28課\n平均12日'],
      ['cases', 'Jan-Mar 300 cases', '280 cases'],
      ['visitors', 'May 2,000 visitors', '1,900 visitors'],
      ['workshops', 'Jan-Mar 12 workshops', '10 workshops'],
    ]));
    expect(e.initiatives[0]?.indicators.map((i) => [i.target?.value, i.target?.unit, i.actual?.value])).toEqual([[10, '日', 12], [30, '課', 28]]);
    expect(e.initiatives.slice(1).map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.actual?.value])).toEqual([[300, 280], [2000, 1900], [12, 10]]);
  });

  it('points out no fraction that is a small percentage as written', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['誤り率', '誤り率 2%以下', 0.8],
      ['離職率', '離職率 3%以下', 1],
    ]));
    expect(e.problems.filter((p) => p.code === 'fractionForPercent')).toEqual([]);
  });
});

describe('deadlines, issues and statuses, as a third review read them', () => {
  it('takes the deadline before まで, the month of the target\'s own word, and no beginning or draft for the deed', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['二つの月', 'R3年4月から R4年3月までに策定', 'R4年2月策定'],
      ['方針', 'R4年度中に導入（R3年10月に方針決定）', 'R4年12月導入'],
      ['素案', 'R4年3月までに策定', 'R4年2月に素案公表、R4年6月に策定'],
      ['試行', 'R4年度末までに全庁導入', 'R4年4月試行開始、R5年6月全庁導入'],
      ['検討', 'R4年3月までに策定', 'R4年2月に検討を開始'],
      ['一部', 'R4年3月までに運用開始', 'R4年2月に一部運用開始'],
      ['済み', 'R4年3月までに策定', 'R4年6月策定済み'],
      ['版', 'R4年3月までに導入', 'システムVer2.1をR4年6月導入'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['二つの月', 'achieved'],
      ['方針', 'achieved'],
      ['素案', 'delayed'],
      ['試行', 'delayed'],
      ['検討', 'unknown'],
      ['一部', 'unknown'],
      ['済み', 'delayed'],
      ['版', 'delayed'],
    ]);
  });

  it('finds issues on a later row of a merged initiative, under headers that include 課題, and in next steps headed so', () => {
    const merged = evaluateGrid(grid(
      [
        ['取組項目', '指標', '目標', '実績', '課題・対応策'],
        ['窓口の改善', '利用者数', '1,000人', '1,100人', null],
        [null, '満足度', '90%', '80%', '案内表示が不十分だった'],
      ],
      ['A2:A3'],
    ));
    expect([merged.initiatives[0]?.status, merged.initiatives[0]?.cause]).toEqual(['delayed', '案内表示が不十分だった']);
    const nextSteps = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '課題と今後の方向性'],
      ['研修', '12回', '8回', '講師の確保が難しく、次年度は外部委託を検討する'],
    ]));
    expect(nextSteps.initiatives[0]).toMatchObject({ status: 'delayed', cause: '講師の確保が難しく、次年度は外部委託を検討する', nextSteps: '講師の確保が難しく、次年度は外部委託を検討する' });
  });

  it('reads this year\'s total, 未策定 with words after it, fractions against 10%, and no scale for a rate per thousand', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '単位', '目標', '実績'],
      ['相談件数', null, '30件', '前年度 計25件、今年度 計33件'],
      ['策定', null, '計画の策定', '未策定のため次年度へ'],
      ['離職率', null, '離職率 10%以下', 0.25],
      ['千人当たり', '千人当たり件数', 3.5, 3.0],
    ]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['achieved', 'delayed', 'achieved', 'delayed']);
    expect(e.initiatives[3]?.indicators[0]?.target?.value).toBe(3.5);
    expect(e.problems.filter((p) => p.code === 'fractionForPercent').map((p) => p.cell)).toEqual(['D4']);
  });
});

describe('readings from a third new user\'s trial', () => {
  it('reads hours and minutes, fractions, and a band around zero', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['会議', '1時間30分以内', '95分'],
      ['meeting', '1 hr 30 min or less', '80 min'],
      ['三分の一', '3分の1以上', '30%'],
      ['slash', '1/3以上', '35%'],
      ['band', '±5%以内', '▲6.1%'],
      ['band2', '前年度比±5%以内', '-4%'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.indicators[0]?.target?.value, i.indicators[0]?.target?.unit, i.status])).toEqual([
      ['会議', 90, '分', 'delayed'],
      ['meeting', 90, 'min', 'achieved'],
      ['三分の一', 33.3333333333, '%', 'delayed'],
      ['slash', 33.3333333333, '%', 'achieved'],
      ['band', 5, '%', 'delayed'],
      ['band2', 5, '%', 'achieved'],
    ]);
  });

  it('reads 終了 as done, and "－", "N/A" or "特になし" as nothing written', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      ['終了', '事業の見直し', '見直し済', '終了', null],
      ['ダッシュ', '事業の見直し', '検討中', '－', null],
      ['NA', '事業の見直し', '検討中', 'N/A', null],
      ['要因なし', '30件', '20件', '遅れ', '特になし'],
    ]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['achieved', 'unknown', 'unknown', 'delayed']);
    const messages = e.problems.map((p) => `${p.cell} ${problemMessage('ja', p)}`);
    expect(messages).toEqual(expect.arrayContaining([
      'C3 「ダッシュ」は目標・実績から判定できず、進捗状況も記入されていない。',
      'E5 「要因なし」は遅れと判定されたが、遅れが生じている要因が記入されていない。',
    ]));
  });

  it('takes the sheet named for the year asked for among sheets laid out alike', () => {
    const sheet = (name: string, actual: string) => ({ ...grid([['取組項目', '目標', '実績'], ['RPA', '50業務', actual]]), sheetName: name });
    const workbook = { name: 'plan.xlsx', sheets: [sheet('R4実績', '55業務'), sheet('R3実績', '45業務')] };
    expect(evaluateWorkbook(workbook).plan.sheet).toBe('R4実績');
    expect(evaluateWorkbook(workbook, { year: 2021 }).plan.sheet).toBe('R3実績');
    expect(evaluateWorkbook(workbook, { year: 2021 }).initiatives[0]?.status).toBe('delayed');
  });
});

describe('the third trial\'s readings, and where they must not apply', () => {
  it('adds up an actual written in parts of the year, and says so', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['四半期', '年間400件', '1Q:90件 2Q:110件 3Q:95件 4Q:120件'],
      ['月', '400件', '4-6月 80件／7-9月 90件／10-12月 100件／1-3月 100件'],
      ['第N四半期', '12回', '第1四半期 3回、第2四半期 3回、第3四半期 2回、第4四半期 3回'],
      ['半期', '年間30件', '上半期18件、下半期15件'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.actual?.value, i.status])).toEqual([
      [415, 'achieved'],
      [370, 'delayed'],
      [11, 'delayed'],
      [33, 'achieved'],
    ]);
    const summed = e.problems.filter((p) => p.code === 'actualSummed');
    expect(summed.map((p) => p.cell)).toEqual(['C2', 'C3', 'C4', 'C5']);
    expect(problemMessage('ja', summed[0]!)).toBe('実績は期間ごとの4つの値の合計（415）として目標と比べた。');
  });

  it('reads 終了 only as the whole status, ± as a band only without a floor, and minutes of something as no fraction', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況'],
      ['調整中', '事業の終了', '調整中', '事業終了に向け調整中'],
      ['人口', '人口増減率 ±0%以上', '-1%', null],
      ['徒歩', '駅から徒歩15分の3施設を整備', '3施設', null],
    ]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['unknown', 'delayed', 'unknown']);
    expect(e.initiatives[2]?.indicators[0]?.target).toMatchObject({ value: 15, unit: '分' });
  });

  it('ends the plan at the header of another kind of table below it, and says so', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子申請の拡大', '50手続', '55手続'],
      [2, '窓口の改善', '満足度 90%', '85%'],
      [],
      ['（参考）財政効果額'],
      ['区分', '取組項目', 'R4効果額', '備考'],
      ['歳入', '使用料改定', '2,910万円', null],
      ['歳出', '時間外削減', '1,200万円', null],
    ]));
    expect(e.initiatives.map((i) => i.name)).toEqual(['電子申請の拡大', '窓口の改善']);
    const note = e.problems.find((p) => p.code === 'otherTableBelow');
    expect(note && [note.cell, problemMessage('ja', note)]).toEqual(['B6', '6行目からは行動計画でない別の表とみて、取組として読まなかった。']);
    // A second plan table, headed as a plan is, goes on being read.
    const twoPlans = evaluateGrid(grid([
      ['取組項目', '目標', '実績'],
      ['電子申請の拡大', '50手続', '55手続'],
      ['取組項目', '数値目標', 'R4実績'],
      ['窓口の改善', '満足度 90%', '85%'],
    ]));
    expect(twoPlans.initiatives.map((i) => i.name)).toEqual(['電子申請の拡大', '窓口の改善']);
  });

  it('does not take an old copy for the year asked for', () => {
    const sheet = (name: string, actual: string) => ({ ...grid([['取組項目', '目標', '実績'], ['RPA', '50業務', actual]]), sheetName: name });
    const workbook = { name: 'plan.xlsx', sheets: [sheet('R3実績(旧)', '40業務'), sheet('R3実績', '45業務')] };
    expect(evaluateWorkbook(workbook, { year: 2021 }).plan.sheet).toBe('R3実績');
  });
});

import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { EvaluationError } from '../../src/core/errors';
import type { CellValue } from '../../src/core/grid';
import { grid } from '../support/grid';

const statuses = (e: Evaluation): string[] => e.initiatives.map((i) => i.status);
const codes = (e: Evaluation, code: string): string[] => e.problems.filter((p) => p.code === code).map((p) => p.cell);
const values = (e: Evaluation): (string | number | null | undefined)[][] =>
  e.initiatives.flatMap((i) => i.indicators.map((x) => [x.name, x.target?.value, x.actual?.value, x.targetCell, x.actualCell]));

/** A plan of 区分 rows: 目標 over 実績 for each initiative, a column per year, names merged over both rows. */
const KIND_ROWS: CellValue[][] = [
  ['No.', '取組項目', '指標', '区分', 'R3年度', 'R4年度', 'R5年度'],
  [1, '電子申請の拡大', '電子申請手続数', '目標', '100手続', '150手続', '200手続'],
  [null, null, null, '実績', '110手続', '160手続', null],
  [2, 'ペーパーレス化', 'コピー用紙使用量', '目標', '10%削減', '20%削減', '30%削減'],
  [null, null, null, '実績', '12%削減', '15%削減', null],
  [3, '窓口のキャッシュレス化', '導入窓口数', '目標', '5窓口', '10窓口', '15窓口'],
  [null, null, null, '実績', '5窓口', '8窓口', null],
];
const KIND_MERGES = ['A2:A3', 'B2:B3', 'C2:C3', 'A4:A5', 'B4:B5', 'C4:C5', 'A6:A7', 'B6:B7', 'C6:C7'];

describe('rows of targets and of actuals (区分: 目標/実績), a column per year', () => {
  it('reads each target row with the actual row under it, in the latest year with actuals, and says so', () => {
    const e = evaluateGrid(grid(KIND_ROWS, KIND_MERGES));
    expect(e.year).toBe(2022);
    expect(statuses(e)).toEqual(['achieved', 'delayed', 'delayed']);
    expect(values(e)).toEqual([
      ['電子申請手続数', 150, 160, 'F2', 'F3'],
      ['コピー用紙使用量', 20, 15, 'F4', 'F5'],
      ['導入窓口数', 10, 8, 'F6', 'F7'],
    ]);
    // The next year's target stays with the indicator, for revising it.
    expect(e.initiatives[0]?.indicators[0]?.series.map((t) => [t.year, t.quantity.value, t.cell])).toEqual([[2022, 150, 'F2'], [2023, 200, 'G2']]);
    expect(codes(e, 'yearFromActuals')).toEqual(['F1']);
    const note = e.problems.find((p) => p.code === 'targetActualRows');
    expect(note?.cell).toBe('D1');
    expect(problemMessage('ja', note!)).toBe('「区分」の列の「目標」の行とその下の「実績」の行を組にして、R4年度の列（F1）の値で判定した。');
  });

  it('evaluates the year asked for, and says so where no column is that year\'s', () => {
    const r3 = evaluateGrid(grid(KIND_ROWS, KIND_MERGES), { year: 2021 });
    expect(statuses(r3)).toEqual(['achieved', 'achieved', 'achieved']);
    expect(codes(r3, 'yearFromActuals')).toEqual([]);
    const r9 = evaluateGrid(grid(KIND_ROWS, KIND_MERGES), { year: 2027 });
    expect(codes(r9, 'noYearColumn')).toEqual(['D1']);
    expect(r9.initiatives.flatMap((i) => i.indicators.map((x) => x.actual))).toEqual([null, null, null]);
  });

  it('goes on with an initiative whose name is written on each row, past a row of rates, over two indicators', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組名', '指標名', '単位', null, '令和3年度', '令和4年度', '令和5年度'],
      ['1', '窓口待ち時間の短縮', '平均待ち時間', '分', '目標', '20分以下', '15分以下', '10分以下'],
      [null, '窓口待ち時間の短縮', '平均待ち時間', '分', '実績', 18, 17, null],
      [null, '窓口待ち時間の短縮', null, null, '達成率', '111%', '88%', null],
      ['2', '研修の充実', '受講者数', '人', '目標', 500, 600, 700],
      [null, null, null, null, '実績', 520, 640, null],
      [null, null, '満足度', '%', '目標', '80%以上', '85%以上', '90%以上'],
      [null, null, null, null, '実績', '82%', '80%', null],
    ], ['A5:A8', 'B5:B8']));
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([['窓口待ち時間の短縮', 'delayed'], ['研修の充実', 'delayed']]);
    expect(values(e)).toEqual([
      ['平均待ち時間', 15, 17, 'G2', 'G3'],
      ['受講者数', 600, 640, 'G5', 'G6'],
      ['満足度', 85, 80, 'G7', 'G8'],
    ]);
    // The rates the office worked out are not a third initiative, nor a section title.
    expect(e.counts.total).toBe(2);
  });

  it('reads rows of 計画 and 実施 as targets and what was done', () => {
    const e = evaluateGrid(grid([
      ['第３次行財政改革実施計画　令和５年度　進捗状況'],
      ['番号', '取組項目', '区分', '令和４年度', '令和５年度', '令和６年度', '進捗状況', '遅れが生じている要因'],
      ['6', '職員提案制度の活性化', '計画', '５０件', '６０件', '７０件', '順調', ''],
      ['6', '職員提案制度の活性化', '実施', '４８件', '６３件', null, '順調', ''],
      ['7', '電子決裁率の向上', '計画', '５０％', '７０％', '９０％', '', ''],
      ['7', '電子決裁率の向上', '実施', '４５％', '６２％', null, '', ''],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status, i.indicators[0]?.actual?.value])).toEqual([
      ['職員提案制度の活性化', 'achieved', 63], ['電子決裁率の向上', 'delayed', 62],
    ]);
  });

  it('reads English Target/Actual rows, with the status and cause written on the actual row', () => {
    const e = evaluateGrid(grid([
      ['Action plan progress'],
      ['ID', 'Initiative', 'Indicator', 'Type', 'FY2021', 'FY2022', 'FY2023', 'Status', 'Reason for delay'],
      ['1', 'Online forms', 'Forms online', 'Target', 40, 60, 80, null, null],
      [null, null, null, 'Actual', 42, 55, null, 'Delayed', 'Vendor delay'],
      ['2', 'Paper use', 'Sheets used', 'Target', '1,000,000 or less', '900,000 or less', '800,000 or less', null, null],
      [null, null, null, 'Actual', 950000, 880000, null, 'On track', null],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status, i.cause])).toEqual([['Online forms', 'delayed', 'Vendor delay'], ['Paper use', 'achieved', null]]);
    expect(e.initiatives[0]?.causeCell).toBe('I4');
  });

  it('names an error in the year\'s actual cell once, on its own row', () => {
    const rows = KIND_ROWS.map((r) => [...r]);
    rows[2]![5] = { error: '#N/A' };
    const e = evaluateGrid(grid(rows, KIND_MERGES), { year: 2022 });
    expect(codes(e, 'cellError')).toEqual(['F3']);
  });

  it('reads pairs with a row of differences under every one, and a forecast row is no year\'s actual', () => {
    const e = evaluateGrid(grid([
      ['令和3年度～令和7年度 行革プラン'],
      ['No.', '取組項目', '指標', '区分', 'R4年度', 'R5年度', 'R6年度'],
      [1, 'ごみ処理経費の削減', '処理経費', '目標', '5%削減', '10%削減', '15%削減'],
      [null, null, null, '実績', '6%削減', '8%削減', null],
      [null, null, null, '見込', null, null, '15%削減'],
      [2, '職員数の適正化', '職員数', '目標', '850人以下', '840人以下', '830人以下'],
      [null, null, null, '実績', '848人', '845人', null],
      [null, null, null, '差', '2人', '▲5人', null],
      [3, '使用料の見直し', '改定施設数', '目標', '10施設', '20施設', '30施設'],
      [null, null, null, '実績', '10施設', '20施設', null],
      [null, null, null, '差', '0', '0', null],
    ], ['A3:A5', 'B3:B5', 'C3:C5', 'A6:A8', 'B6:B8', 'C6:C8', 'A9:A11', 'B9:B11', 'C9:C11']));
    expect(e.year).toBe(2023);
    expect(statuses(e)).toEqual(['delayed', 'delayed', 'achieved']);
    // The rows of differences and forecasts add no indicator, though the indicator's name is merged over them.
    expect(values(e)).toEqual([
      ['処理経費', 10, 8, 'F3', 'F4'],
      ['職員数', 840, 845, 'F6', 'F7'],
      ['改定施設数', 20, 20, 'F9', 'F10'],
    ]);
  });

  it('says so where the year asked for has no actual written, and names the year\'s cell under a two-row header', () => {
    const rows: CellValue[][] = [
      ['No.', '取組項目', '区分', '年度別目標・実績', null, null],
      [null, null, null, 'R3年度', 'R4年度', 'R5年度'],
      [1, '電子申請の拡大', '目標', '100手続', '150手続', '200手続'],
      [null, null, '実績', '110手続', '160手続', null],
      [2, '研修の充実', '目標', '300人', '350人', '400人'],
      [null, null, '実績', '310人', '330人', null],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'A3:A4', 'B3:B4', 'A5:A6', 'B5:B6'];
    const latest = evaluateGrid(grid(rows, merges));
    expect(statuses(latest)).toEqual(['achieved', 'delayed']);
    expect(problemMessage('ja', latest.problems.find((p) => p.code === 'targetActualRows')!)).toBe(
      '「区分」の列の「目標」の行とその下の「実績」の行を組にして、R4年度の列（E2）の値で判定した。');
    const r5 = evaluateGrid(grid(rows, merges), { year: 2023 });
    expect(codes(r5, 'noActualsForYear')).toEqual(['F2']);
  });

  it('takes the year an English progress report\'s title names', () => {
    const e = evaluateGrid(grid([
      ['Action Plan Progress Report FY2021'],
      ['ID', 'Initiative', 'Type', 'FY2021', 'FY2022'],
      ['1', 'Online forms', 'Target', 40, 60],
      [null, null, 'Actual', 42, 55],
    ], ['A3:A4', 'B3:B4']));
    expect(e.year).toBe(2021);
    expect(statuses(e)).toEqual(['achieved']);
    expect(codes(e, 'yearFromTitle')).toEqual(['A2']);
  });

  it('takes an actual that writes the year\'s step as planned as on track, where no status is recorded', () => {
    const e = evaluateGrid(grid([
      ['令和4年度 DX推進計画 進捗状況'],
      ['No.', '取組項目', '区分', 'R3年度', 'R4年度', 'R5年度'],
      [1, 'テレワーク', '目標', '検討', '試行', '本格実施'],
      [null, null, '実績', '検討済み', '試行中', null],
      [2, '電子契約', '目標', '－', '検討', '導入'],
      [null, null, '実績', '－', '検討を開始', null],
      [3, '庁内Wi-Fi', '目標', '－', '－', '整備'],
      [null, null, '実績', '－', '－', null],
      [4, '個別計画', '目標', '検討', '策定', '運用'],
      [null, null, '実績', '検討', '策定中', null],
    ], ['A3:A4', 'B3:B4', 'A5:A6', 'B5:B6', 'A7:A8', 'B7:B8', 'A9:A10', 'B9:B10']));
    // Not a mark of nothing written as planned ("－" against "－"), nor a plan still being made ("策定中" against "策定").
    expect(statuses(e)).toEqual(['on-track', 'on-track', 'unknown', 'unknown']);
    expect(problemMessage('ja', e.problems.find((p) => p.code === 'stepAsPlanned')!)).toBe(
      '「テレワーク」は実績「試行中」が目標「試行」のとおりのため順調とした（数値の比較はしていない）。');
  });

  it('keeps a row of rates with nothing but its kind inside the initiative, never a section title', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '区分', 'R3年度', 'R4年度'],
      [1, '研修の充実', '受講者数', '目標', 500, 600],
      [null, null, null, '実績', 520, 640],
      [null, null, null, '達成率', null, null],
      [null, null, '満足度', '目標', '80%以上', '85%以上'],
      [null, null, null, '実績', '82%', '80%'],
      [2, '窓口', '窓口数', '目標', 5, 10],
      [null, null, null, '実績', 5, 8],
    ], ['A2:A6', 'B2:B6']));
    expect(e.initiatives.map((i) => [i.id, i.name, i.pillar, i.indicators.length])).toEqual([['1', '研修の充実', '', 2], ['2', '窓口', '', 1]]);
  });

  it('keeps next steps and other columns written on the actual row, and names an error in a row of rates', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '区分', 'R3年度', 'R4年度', '今後の取組', '所管課', '累計'],
      [1, '電子申請', '目標', 100, 150, null, null, '250件'],
      [null, null, '実績', 110, 140, '周知を強化', 'DX課', '250件'],
      [null, null, '達成率', '110%', { error: '#DIV/0!' }, null, null, '100%'],
    ], ['A2:A4', 'B2:B4']));
    // A column beside the years holds each row's own kind of figure: the first is kept, not the three run together.
    expect(e.initiatives.map((i) => [i.nextSteps, i.extra])).toEqual([['周知を強化', { 所管課: 'DX課', 累計: '250件' }]]);
    expect(codes(e, 'cellError')).toEqual(['E4']);
  });

  it('reads a sheet that writes each actual row above its target row', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '区分', 'R3年度', 'R4年度'],
      [1, '電子申請', '実績', 110, 160],
      [null, null, '目標', 100, 150],
      [2, '研修', '実績', 300, 330],
      [null, null, '目標', 300, 350],
    ], ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5']));
    expect(values(e)).toEqual([['', 150, 160, 'E3', 'E2'], ['', 350, 330, 'E5', 'E4']]);
    expect(statuses(e)).toEqual(['achieved', 'delayed']);
    expect(problemMessage('ja', e.problems.find((p) => p.code === 'targetActualRows')!)).toContain('「目標」の行とその上の「実績」の行を組にして');
  });

  it('keeps the order most initiatives are written in, though the first has an actual row alone', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '区分', 'R3年度', 'R4年度'],
      [1, '窓口の改善', '満足度', '実績', '80%', '85%'],
      [2, '電子申請', '手続数', '目標', '100手続', '150手続'],
      [null, '電子申請', '手続数', '実績', '110手続', '160手続'],
      [3, '用紙の削減', '使用量', '目標', '10%削減', '20%削減'],
      [null, '用紙の削減', '使用量', '実績', '12%削減', '15%削減'],
    ]));
    expect(statuses(e)).toEqual(['unknown', 'achieved', 'delayed']);
  });

  it('is read beside a column whose header merely holds 目標 or 実績, and with forecasts where no actual row is written', () => {
    const noted = evaluateGrid(grid([...KIND_ROWS.map((r, i) => [...r, i === 0 ? '目標設定の考え方' : null])], KIND_MERGES));
    expect(statuses(noted)).toEqual(['achieved', 'delayed', 'delayed']);
    const forecasts = evaluateGrid(grid(KIND_ROWS.map((r) => r.map((v) => (v === '実績' ? '見込' : v))), KIND_MERGES));
    expect(statuses(forecasts)).toEqual(['achieved', 'delayed', 'delayed']);
  });

  it('reads a numbered section title in the column of kinds as a section', () => {
    const e = evaluateGrid(grid([
      ['区分', 'No.', '取組項目', 'R3年度', 'R4年度'],
      ['(1) デジタル化', null, null, null, null],
      ['目標', 1, '電子申請', 100, 150],
      ['実績', null, null, 110, 160],
      ['(2) 働き方改革', null, null, null, null],
      ['目標', 2, 'テレワーク', 300, 400],
      ['実績', null, null, 320, 380],
    ], ['B3:B4', 'C3:C4', 'B6:B7', 'C6:C7']));
    expect(e.initiatives.map((i) => [i.pillar, i.name, i.status])).toEqual([['デジタル化', '電子申請', 'achieved'], ['働き方改革', 'テレワーク', 'delayed']]);
  });

  it('reads an initiative written the other way round from most, and no actual row twice', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '区分', 'R3年度', 'R4年度'],
      [1, '電子申請', '手続数', '目標', 100, 150],
      [null, null, null, '実績', 110, 160],
      [2, '研修', '受講者数', '実績', 300, 330],
      [null, null, null, '目標', 300, 350],
      [3, '窓口', '窓口数', '目標', 5, 10],
      [null, null, null, '実績', 5, 8],
      [null, null, '満足度', '目標', '80%', '85%'],
    ], ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5', 'A6:A8', 'B6:B8']));
    expect(values(e)).toEqual([
      ['手続数', 150, 160, 'F2', 'F3'],
      ['受講者数', 350, 330, 'F5', 'F4'],
      ['窓口数', 10, 8, 'F6', 'F7'],
      ['満足度', 85, undefined, 'F8', 'F8'],
    ]);
  });

  it('reads kinds under a header that elsewhere names initiatives ("項目"), with names written on every row', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '項目', 'R3年度', 'R4年度'],
      [1, '電子申請', '目標', 100, 150],
      [1, '電子申請', '実績', 110, 160],
      [1, '電子申請', '達成率', '110%', '107%'],
      [2, '研修', '目標', 300, 350],
      [2, '研修', '実績', 310, 330],
      [2, '研修', '達成率', '103%', '94%'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed']);
  });

  it('is not read into a plan whose rows are not targets and actuals in turn', () => {
    // A column that says 計画 once among names, beside year columns of a schedule: a plan of one row per initiative.
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '区分', 'R3年度', 'R4年度', '目標', '実績', '進捗状況'],
      [1, '電子申請', '計画', '検討', '実施', '100件', '120件', '順調'],
      [2, '研修', '新規', '実施', '実施', '300人', '250人', '遅れ'],
      [3, '窓口', '継続', '実施', '実施', '5窓口', '5窓口', '順調'],
    ]));
    expect(values(e).map((v) => [v[1], v[2]])).toEqual([[100, 120], [300, 250], [5, 5]]);
    expect(codes(e, 'targetActualRows')).toEqual([]);
    // Nor where the header names the target and actual columns, beside a year's column and kinds that happen to pair.
    const named = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', 'R4年度', '区分'],
      [1, '電子申請', '100件', '120件', '実施', '計画'],
      [2, '研修', '300人', '250人', '実施', '実績'],
    ]));
    expect(statuses(named)).toEqual(['achieved', 'delayed']);
    // A schedule alone (取組 and years, no kinds) is still no plan.
    expect(() => evaluateGrid(grid([
      ['No.', '取組項目', 'R3年度', 'R4年度', 'R5年度'],
      [1, '電子申請', '検討', '試行', '実施'],
      [2, '研修', '実施', '実施', '実施'],
    ]))).toThrow(EvaluationError);
  });
});

describe('a year\'s actual left blank beside its parts', () => {
  it('names the parts of the year written beside a blank year\'s actual, without adding them up', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '上半期実績', '下半期実績', '年度実績', '進捗状況'],
      [1, '電子申請', '2,000件', 980, 1150, null, '順調'],
      [2, '満足度', '80%以上', '78%', '83%', null, null],
      [3, '研修', '300人', 100, 150, 260, null],
    ]));
    expect(codes(e, 'yearActualBlank')).toEqual(['F2', 'F3']);
    expect(problemMessage('ja', e.problems.find((p) => p.code === 'yearActualBlank')!)).toBe(
      '「年度実績」が空欄のため、実績なしとして扱った。上半期実績（D2: 980）・下半期実績（E2: 1150）の記入は足し合わせていない。年度の実績を記入してください。');
    expect(e.initiatives.map((i) => i.indicators[0]?.actual?.value ?? null)).toEqual([null, null, 260]);
  });
});

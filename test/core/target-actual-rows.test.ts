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

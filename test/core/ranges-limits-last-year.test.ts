import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { grid } from '../support/grid';

const statuses = (e: Evaluation): string[] => e.initiatives.map((i) => i.status);
const codes = (e: Evaluation, code: string): string[] => e.problems.filter((p) => p.code === code).map((p) => p.cell);

describe('ranges, time limits in names, deadlines, final ratings and amounts on last year', () => {
  it('reads a range written with a dash or "to", and days lost as better when fewer', () => {
    const e = evaluateGrid(grid([
      ['ID', 'Initiative', 'Indicator', 'Target', 'Actual', 'Status'],
      ['W1', 'Attendance', 'Average days lost per FTE', '8–9 days', '9.2 days', 'Not met'],
      ['W2', 'Training', 'Courses run', '10-12 courses', '11 courses', 'On track'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.target?.direction, i.status])).toEqual([
      [9, 'atMost', 'delayed'], [10, 'atLeast', 'achieved'],
    ]);
  });

  it('reads a time limit in an indicator\'s name as what is counted, not as a ceiling', () => {
    const e = evaluateGrid(grid([
      ['ID', 'Initiative', 'Indicator', 'Target', 'Actual'],
      ['D4', 'Complaints', 'Complaints answered within 10 working days', '95%', '96%'],
      ['D5', '窓口', '受付後14日以内の処理率', '90%', '92%'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'achieved']);
  });

  it('judges a deadline by any word of doing where the actual does not use the target\'s', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '予約システム', '予約システムの導入（R4年10月1日まで）', 'R4年10月3日稼働', '順調'],
      [2, '電子申請', 'R4年3月までに導入', 'R4年2月運用開始', null],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'achieved']);
    expect(codes(e, 'statusContradiction')).toEqual(['E2']);
  });

  it('reads the final rating\'s column where some of its ratings are not given yet', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '所管課評価', '本部評価'],
      [1, '研修', '研修の実施', '実施', 'C', 'B'],
      [2, '統合', '課の統合', '検討', 'B', 'C'],
      [3, '窓口', '窓口の改善', '改善', 'A', '－'],
    ]));
    expect(e.initiatives.map((i) => i.recordedStatus)).toEqual(['B', 'C', null]);
  });

  it('reads last year\'s column with a note in its header, and an amount more or less than last year\'s', () => {
    const e = evaluateGrid(grid([
      ['ID', 'Initiative', 'Target', 'Last year (2022/23)', 'Actual', 'Status'],
      ['V4', 'Energy', 'Reduce by 8% on last year', '5.0 GWh', '4.7 GWh', 'On track'],
    ]));
    expect([e.initiatives[0]?.indicators[0]?.target?.value, e.initiatives[0]?.status]).toEqual([4.6, 'delayed']);
    const amount = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R3年度実績', 'R4年度実績'],
      [1, '契約の見直し', '前年度より20件削減', '110件', '85件'],
      [2, '相談', '前年度比20件増', '100件', '115件'],
    ]));
    expect(amount.initiatives.map((i) => [i.indicators[0]?.target?.value, i.rate, i.status])).toEqual([
      [90, 90 / 85, 'achieved'], [120, 115 / 120, 'delayed'],
    ]);
    const points = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R3年度実績', 'R4年度実績'],
      [1, '利用率', '前年度比10ポイント増', '60%', '72%'],
      [2, '登録率', '前年度比10ポイント増', '60%', '65%'],
    ]));
    expect(points.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.target?.unit, i.status])).toEqual([
      [70, '%', 'achieved'], [70, '%', 'delayed'],
    ]);
  });

  it('takes last year\'s count in a target\'s brackets, and names the column to add by the plan\'s own year', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R5年度実績', '進捗状況'],
      [1, '職員数', '前年度以下（R4：25人）', '27人', '順調'],
      [2, '相談', '前年度以上', '50件', '順調'],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'on-track']);
    expect(problemMessage('ja', e.problems.find((p) => p.code === 'lastYearMissing')!)).toContain('「R4年度実績」');
  });

  it('reads a rating whose remark plans something else', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '審議会', '答申', '審議中', '概ね順調（R5年度答申予定）'],
      [2, '計画', '計画の策定', '素案を作成', '完了（予定）'],
    ]));
    expect(statuses(e)).toEqual(['on-track', 'unknown']);
  });
});

describe('a change on last year against an actual written as a change', () => {
  it('compares the two changes as they stand, in points or counts', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '実施率', '実施率 R2年度:前年度比5ポイント増', '3ポイント増'],
      [2, '相談', '前年度より20件削減', '25件減'],
    ]), { year: 2020 });
    expect(e.initiatives.map((i) => [i.status, i.indicators[0]?.target?.value])).toEqual([['delayed', 5], ['achieved', 20]]);
    expect(codes(e, 'lastYearMissing')).toEqual([]);
  });
});

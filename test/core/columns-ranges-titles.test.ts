import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { grid } from '../support/grid';

const statuses = (e: Evaluation): string[] => e.initiatives.map((i) => i.status);
const codes = (e: Evaluation, code: string): string[] => e.problems.filter((p) => p.code === code).map((p) => p.cell);

describe('which of several columns of one role is read', () => {
  it('reads the year\'s actual, not a half-year\'s beside it', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '上半期実績', '下半期実績', '年度実績', '進捗状況'],
      [1, '電子申請', '2,000件', 980, 1150, 2130, '順調'],
      [2, '研修', '300人', 100, 150, 250, '遅れ'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.actual?.value, i.status])).toEqual([[2130, 'achieved'], [250, 'delayed']]);
    const asOf = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績（9月末時点）', '年度実績'],
      [1, '電子申請', '2,000件', 980, 2130],
    ]));
    expect(asOf.initiatives[0]?.indicators[0]?.actual?.value).toBe(2130);
  });

  it('reads the status column whose cells are statuses, and of two such the final rating\'s', () => {
    const comments = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '達成状況', '評価'],
      [1, '研修', '全職員を対象に実施', '受講率87%', '×', '業務多忙で未受講者あり'],
      [2, '電子申請', '電子申請の拡大', '対象手続を追加', '○', '順調に推移した'],
    ]));
    expect(statuses(comments)).toEqual(['delayed', 'on-track']);
    const twoRatings = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '所管課評価', '行革推進本部評価', '遅れが生じている要因'],
      [1, '研修', '研修の実施', '集合研修は中止、オンラインで実施', 'C', 'B', '集合研修は中止'],
      [2, '統合', '課の統合', '検討にとどまった', 'B', 'C', null],
    ]));
    expect(twoRatings.initiatives.map((i) => i.recordedStatus)).toEqual(['B', 'C']);
  });
});

describe('a two-row header of values and their units', () => {
  it('reads 数値 under 目標 and 実績 as the target and actual, each with its own unit', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標（R4年度）', null, '実績（R4年度）', null, '進捗状況'],
      [null, null, '数値', '単位', '数値', '単位', null],
      [1, '電子申請', 12000, '件', 13150, '件', '順調'],
      [2, '事務経費の削減', 3000, '万円', 28500, '千円', '遅れ'],
    ], ['C1:D1', 'E1:F1']));
    expect(e.year).toBe(2022);
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.actual?.value, i.indicators[0]?.actual?.unit, i.status])).toEqual([
      [12000, 13150, '件', 'achieved'],
      [30_000_000, 28500, '千円', 'delayed'],
    ]);
    expect(e.initiatives[0]?.indicators[0]?.targetCell).toBe('C3');
  });
});

describe('subtotals, running totals, RAG ratings, approximate targets, ranges and titles', () => {
  it('skips a subtotal written in brackets or with its group after it', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子申請', '100件', '120件'],
      [null, '（小計）', '100件', '120件'],
      [null, '小計（業務の効率化）', '100件', '120件'],
      [2, '計画の策定（R4）', '1件', '1件'],
    ]));
    expect(e.initiatives.map((i) => i.name)).toEqual(['電子申請', '計画の策定（R4）']);
  });

  it('reads a running total due at the end of a span of years as that year\'s target', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R3年度実績', '進捗状況'],
      [1, '電子申請', '累計500件（R3〜R7）', '120件', '順調'],
    ]));
    expect(statuses(e)).toEqual(['on-track']);
    expect(codes(e, 'noTargetForYear')).toEqual(['C2']);
  });

  it('reads RAG ratings, a commentary column for the causes and a theme for the policy area', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Theme', 'Action', 'Target (FY2023)', 'Result (FY2023)', 'RAG status', 'Commentary'],
      ['1.1', 'Digital first', 'Customer chatbot', 'Launch by September 2023', 'Launched December 2023', 'Red', 'Launch slipped three months because of supplier delays'],
      ['1.2', null, 'Website accessibility', 'Audit all pages', 'Audit complete', 'Green', 'On schedule'],
      ['1.3', null, 'Agile working policy', 'Adopt the policy', 'Draft consulted on', 'Amber', 'Union consultation took longer than planned'],
    ]));
    expect(e.initiatives.map((i) => [i.pillar, i.status, i.cause])).toEqual([
      ['Digital first', 'delayed', 'Launch slipped three months because of supplier delays'],
      ['Digital first', 'on-track', null],
      ['Digital first', 'delayed', 'Union consultation took longer than planned'],
    ]);
  });

  it('takes an actual close to an approximate target as on track, and says so', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子申請', '約100件', '98件'],
      [2, '研修', '約100人', '90人'],
      [3, '窓口', '100件', '98件'],
    ]));
    expect(statuses(e)).toEqual(['on-track', 'delayed', 'delayed']);
    expect(problemMessage('ja', e.problems.find((p) => p.code === 'approximateTarget')!)).toBe('目標「約100件」はおおよその値のため、達成率98%の実績を順調とした。');
  });

  it('reads a range as its low end, in the unit after its high end, and one of what is better lower as its high end', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', '実績'],
      [1, '満足度', '利用者満足度', '80〜90%', '85%'],
      [2, '利用者', '利用者数', '5,000〜6,000人', '4,800人'],
      [3, '窓口', '窓口待ち時間', '10〜15分', '14分'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.target?.unit, i.status])).toEqual([
      [80, '%', 'achieved'], [5000, '人', 'delayed'], [15, '分', 'achieved'],
    ]);
  });

  it('takes the evaluated year from a title that names one, and says so', () => {
    const e = evaluateGrid(grid([
      ['令和3年度 行政改革行動計画 進捗状況'],
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子申請', 'R3年度:100件 R4年度:120件', '110件'],
    ]));
    expect([e.year, e.initiatives[0]?.indicators[0]?.target?.value]).toEqual([2021, 100]);
    expect(codes(e, 'yearFromTitle')).toEqual(['D2']);
    const span = evaluateGrid(grid([
      ['第2次行政改革大綱（令和3年度～令和7年度）'],
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子申請', '100件', '110件'],
    ]));
    expect(span.year).toBeNull();
  });
});

describe('an approximate target where the office recorded a delay', () => {
  it('leaves the delay as recorded', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      [1, '来場者', 'R2年度:約5,000人', '約4,800人', null, '天候不順'],
      [2, '電子申請', '約100件', '98件', '遅れ', null],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'delayed']);
    expect(codes(e, 'approximateTarget')).toEqual([]);
  });
});

describe('English headers of actions and their measures', () => {
  it('reads "Measure" beside "Action" as the indicator, and alone as the initiative', () => {
    const beside = evaluateGrid(grid([
      ['Action', 'Measure', 'Target', 'Actual', 'Status'],
      ['Digital forms', 'Forms online', '60', '55', 'Delayed'],
    ]));
    expect(beside.initiatives.map((i) => [i.name, i.indicators[0]?.name])).toEqual([['Digital forms', 'Forms online']]);
    expect(codes(beside, 'columnIgnored')).toEqual([]);
    const alone = evaluateGrid(grid([
      ['Measure', 'Target', 'Actual', 'Status'],
      ['Digital forms', '60', '55', 'Delayed'],
    ]));
    expect(alone.initiatives.map((i) => i.name)).toEqual(['Digital forms']);
  });

  it('keeps "内容" under "実績" or "進捗状況" a column of its own', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', null, '進捗状況', null],
      [null, null, null, '数値', '内容', '評価', '内容'],
      [1, '電子申請', '100件', 120, 'システム改修を実施', null, '次年度に評価'],
    ], ['D1:E1', 'F1:G1']));
    expect(e.initiatives[0]?.indicators[0]?.actual?.value).toBe(120);
    expect(e.initiatives[0]?.recordedStatus).toBeNull();
    expect(e.initiatives[0]?.extra).toEqual({ '内容（E列）': 'システム改修を実施', '内容（G列）': '次年度に評価' });
  });

  it('reads the remark beside a blank value under the same heading as what was done', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R4年度実績', null, '進捗状況'],
      [null, null, null, '数値', '内容', null],
      [1, '電子申請', '100件', 120, 'システム改修を実施', null],
      [2, '業務マニュアルの整備', '全課で整備', null, '全課で整備完了', null],
    ], ['D1:E1']));
    expect(e.initiatives.map((i) => [i.indicators[0]?.actualText, i.indicators[0]?.actualCell, i.status])).toEqual([
      ['120', 'D3', 'achieved'], ['全課で整備完了', 'E4', 'achieved'],
    ]);
  });

  it('reads a column describing what its heading names, where no other column under it does', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '成果指標', null, '目標', 'R4年度実績', null],
      [null, null, '名称', '単位', null, '内容', '評価'],
      [1, 'RPAの導入', 'RPA導入業務数', '業務', 50, 40, 'C'],
    ], ['C1:D1', 'F1:G1', 'A1:A2', 'B1:B2', 'E1:E2']));
    expect(e.year).toBe(2022);
    expect(e.initiatives.map((i) => [i.indicators[0]?.name, i.indicators[0]?.actual?.value, i.rate, i.recordedStatus])).toEqual([['RPA導入業務数', 40, 0.8, 'C']]);
  });

  it('reads this year\'s status column beside last year\'s in English', () => {
    const e = evaluateGrid(grid([
      ['Initiative', 'Target', 'Actual', 'Last year\'s status', 'Status'],
      ['Staff survey', 'Run the survey', 'Run in May', 'Delayed', 'On track'],
      ['Shared services', 'Agree the model', 'Agreed', 'On track', 'Delayed'],
    ]));
    expect(e.initiatives.map((i) => i.recordedStatus)).toEqual(['On track', 'Delayed']);
  });

  it('reads "Number" and "Description" under "Action" as the initiative\'s number and name', () => {
    const e = evaluateGrid(grid([
      ['Action', null, 'Target', 'Actual', 'Status'],
      ['Number', 'Description', null, null, null],
      ['A1', 'Digital forms', '60 forms', '55 forms', 'Delayed'],
      ['A2', 'Paper', '900,000 sheets or less', '880,000 sheets', 'On track'],
    ], ['A1:B1', 'C1:C2', 'D1:D2', 'E1:E2']));
    expect(e.initiatives.map((i) => [i.id, i.name, i.status])).toEqual([['A1', 'Digital forms', 'delayed'], ['A2', 'Paper', 'achieved']]);
  });
});

describe('an initiative over several rows, and English fiscal years in titles', () => {
  it('keeps each row\'s own value of another column, in row order', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', '実績', '所管課'],
      [1, '電子化の推進', '電子申請件数', '1,000件', '1,200件', 'デジタル推進課'],
      [null, null, '電子決裁率', '80%', '85%', '行政改革課'],
      [null, null, 'ペーパーレス会議', '50回', '60回', 'デジタル推進課'],
    ], ['A2:A4', 'B2:B4']));
    expect(e.initiatives[0]?.extra).toEqual({ 所管課: 'デジタル推進課\n行政改革課\nデジタル推進課' });
  });

  it('takes the year of "2022/23" in a progress report\'s title', () => {
    const e = evaluateGrid(grid([
      ['Efficiency Plan 2022/23 – Year-end position'],
      ['Initiative', 'Target', 'Actual'],
      ['Digital forms', '60 forms', '55 forms'],
    ]));
    expect(e.year).toBe(2022);
    expect(codes(e, 'yearFromTitle')).toEqual(['C2']);
  });

  it('takes no year from a title naming several, from a word that only holds "position", or from a draft', () => {
    for (const title of ['Progress report: Plan 2022/23 to 2025/26', 'Composition of the digital board FY2023', 'Draft plan FY2022 update']) {
      const e = evaluateGrid(grid([[title], ['Initiative', 'Target', 'Actual'], ['Digital forms', '60 forms', '55 forms']]));
      expect(codes(e, 'yearFromTitle')).toEqual([]);
    }
  });

  it('keeps a row of data with years in it out of the header', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '実施期間', null],
      [1, '電子申請の拡大', '100件', '120件', 'R3年度', 'R5年度'],
      [2, '研修', '300人', '250人', 'R4年度', 'R6年度'],
    ], ['E1:F1']));
    expect(e.initiatives.map((i) => i.name)).toEqual(['電子申請の拡大', '研修']);
  });
});

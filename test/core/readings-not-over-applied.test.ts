import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { grid } from '../support/grid';

const statuses = (e: Evaluation): [string, string][] => e.initiatives.map((i) => [i.name, i.status]);
const codes = (e: Evaluation, code: string): string[] => e.problems.filter((p) => p.code === code).map((p) => p.cell);

describe('last year, directions, deadlines, remarks and units where they must not apply', () => {
  it('takes no column of last year\'s change for directions', () => {
    for (const header of ['前年度比', '増減', '前年度との比較']) {
      const e = evaluateGrid(grid([
        ['No.', '取組項目', '指標', '目標', '実績', header, '進捗状況'],
        [1, '電子申請の推進', '電子申請件数', '15,000件', '14,000件', '↓', null],
        [2, 'ごみ減量', 'ごみ排出量', '5,000t', '4,800t', '↑', null],
        [3, '研修', '受講者数', '300人', '320人', '増加', null],
      ]));
      expect(statuses(e)).toEqual([['電子申請の推進', 'delayed'], ['ごみ減量', 'achieved'], ['研修', 'achieved']]);
      expect(codes(e, 'directionFromColumn')).toEqual([]);
    }
  });

  it('reads 拡充/縮減/現状維持 under 方向性 as policy directions, not as directions of the numbers', () => {
    const e = evaluateGrid(grid([
      ['No.', '方向性', '取組項目', '目標', '実績', '進捗状況'],
      [1, '縮減', '施設利用者数', '5,000人', '4,500人', null],
      [2, '拡充', '電子申請件数', '100件', '120件', null],
    ]));
    expect(e.initiatives.map((i) => [i.pillar, i.status])).toEqual([['縮減', 'delayed'], ['拡充', 'achieved']]);
  });

  it('says nothing of a column of directions that every target already states', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '方向', '目標', '実績'],
      [1, '待ち時間', '↓', '15分以下', '12分'],
      [2, '電子申請', '↑', '100件以上', '120件'],
    ]));
    expect(codes(e, 'directionFromColumn')).toEqual([]);
  });

  it('reads a percentage in brackets after last year\'s name as last year\'s level, not a change, and prose that names last year as no target', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', 'R2年度実績', 'R3年度実績', '進捗状況'],
      [1, '収納率', '収納率', '前年度実績（30%）以上', '30%', '32%', '順調'],
      [2, '満足度', '満足度', '前年度(45.2%)を上回る', '45.2%', '47%', '順調'],
      [3, 'ごみ減量', 'ごみ排出量', '前年度に引き続き、ごみの削減に取り組む', '5,000t', '4,900t', '順調'],
      [4, '職員研修', '受講者数', '前年度の削減効果を維持', '300人', '310人', '順調'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.indicators[0]?.target?.value, i.status])).toEqual([
      ['収納率', 30, 'achieved'],
      ['満足度', 45.2, 'achieved'],
      ['ごみ減量', undefined, 'on-track'],
      ['職員研修', undefined, 'on-track'],
    ]);
    // Last year's level in brackets is the figure compared with, said so; prose sets nothing.
    expect(codes(e, 'comparedWithLastYear')).toEqual(['D2', 'D3']);
    expect(problemMessage('ja', e.problems.find((p) => p.cell === 'D2')!)).toBe('目標「前年度実績(30%)以上」を、前年度の実績（E2「30%」）から30%以上と読んで実績と比べた。');
  });

  it('takes last year\'s figure from the target\'s brackets where no column holds it', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R3年度実績', '進捗状況'],
      [1, '市税の収納率向上', '前年度以上(R2:98.5%)', '98.7%', null],
      [2, '満足度', '前年度(45.2%)を上回る', '45%', null],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.status])).toEqual([[98.5, 'achieved'], [45.2, 'delayed']]);
    expect(problemMessage('ja', e.problems.find((p) => p.cell === 'C2')!)).toBe('目標「前年度以上(R2:98.5%)」を、前年度の実績（C2「98.5%」）から98.5%以上と読んで実績と比べた。');
  });

  it('takes no column comparing with last year for last year\'s actual, and a baseline of last year for one', () => {
    const compared = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '令和3年度実績', '前年度実績との比較', '進捗状況'],
      [1, '研修', '前年度実績以上', '280人', '▲20人', '順調'],
    ]));
    expect(compared.initiatives[0]?.status).toBe('on-track');
    expect(codes(compared, 'lastYearMissing')).toEqual(['C2']);
    const baseline = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '基準値（前年度実績）', '実績', '進捗状況'],
      [1, '研修', '前年度実績以上', '300人', '280人', '順調'],
    ]));
    expect(baseline.initiatives[0]?.status).toBe('delayed');
  });

  it('takes the date before the word of doing, and the first time it was done', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '条例の策定', 'R4年3月までに策定', '策定済み（R4年4月1日施行）', '完了'],
      [2, 'システム導入', 'R3年度中に導入', '導入済（R4年4月運用開始）', '完了'],
      [3, '研修の実施', 'R4年3月までに実施', 'R3年10月に第1回実施、R4年5月に第2回実施', '順調'],
      [4, '計画の公表', 'R4年3月までに公表', 'R4年3月公表済。R4年6月に更新版を公表', '完了'],
    ]));
    expect(statuses(e)).toEqual([['条例の策定', 'achieved'], ['システム導入', 'achieved'], ['研修の実施', 'on-track'], ['計画の公表', 'achieved']]);
    expect(codes(e, 'statusContradiction')).toEqual([]);
  });

  it('reads no rating put off by its remark', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '計画の策定', '計画の策定', '素案を作成', '完了（予定）'],
      [2, 'システム導入', 'システム導入', '導入に向け準備中', '達成(見込み)'],
      [3, 'Adoption', 'Adopt the plan', 'Draft prepared', 'Completed (Expected)'],
    ]));
    expect(statuses(e).map(([, s]) => s)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('quotes a remark set aside as written', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '計画の策定', '計画の策定', '素案を作成', '順調（R5年度に延期）'],
    ]));
    const note = e.problems.find((p) => p.code === 'statusRemarkSetAside');
    expect(problemMessage('ja', note!)).toContain('括弧内の「R5年度に延期」');
  });

  it('keeps a note under a value on its own line', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '寄附の拡大', '3万\n2025年度末時点', '3.2万', null],
      [2, '経費の節減', '年間5,000万\n2022年度から', '4,800万', null],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.status])).toEqual([[30000, 'achieved'], [50_000_000, 'delayed']]);
  });

  it('compares firms counted with 者 with firms counted with 社, and says when values were not compared', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '入札参加の拡大', '50者', '52社', null],
      [2, '配置', '各課1名以上', '28課で配置', '遅れ'],
    ]));
    expect(statuses(e)).toEqual([['入札参加の拡大', 'achieved'], ['配置', 'delayed']]);
    const notCompared = e.problems.find((p) => p.cell === 'D3' && p.code === 'unitMismatch');
    expect(problemMessage('ja', notCompared!)).toBe('目標の単位「名」と実績の単位「課」が異なるため、数値では比べていない。');
  });

  it('reads "No." as the number beside another plan\'s "総合計画No"', () => {
    const e = evaluateGrid(grid([
      ['総合計画No', 'No.', '取組項目', '目標', '実績'],
      ['3-2-1', 1, '電子申請', '100件', '120件'],
      ['3-2-1', 2, '窓口改善', '10件', '12件'],
    ]));
    expect(e.initiatives.map((i) => i.id)).toEqual(['1', '2']);
  });

  it('takes a numbered caption above the header for no section where no section follows', () => {
    const e = evaluateGrid(grid([
      ['1 取組の進捗状況一覧'],
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子申請', '100件', '120件'],
    ]));
    expect(e.initiatives[0]?.pillar).toBe('');
  });
});

describe('status columns, parts of the year, ranges, titles, spans and RAG words where they must not apply', () => {
  it('reads this year\'s status column, not last year\'s or an earlier year\'s, nor a column of comments', () => {
    const lastYear = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '前年度評価', '進捗状況'],
      [1, '研修', '研修の実施', '実施', '順調', '遅れ'],
      [2, '電子申請', '拡大', '拡大', '遅れ', '順調'],
      [3, '窓口', '改善', '改善', '順調', null],
    ]));
    expect(statuses(lastYear).map(([, s]) => s)).toEqual(['delayed', 'on-track', 'unknown']);
    const years = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', 'R3年度評価', 'R4年度評価'],
      [1, '研修', '研修の実施', '実施', '順調', '遅れ'],
      [2, '電子申請', '拡大', '拡大', '遅れ', null],
    ]));
    expect(statuses(years).map(([, s]) => s)).toEqual(['delayed', 'unknown']);
    const committee = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '所管課評価', '委員会評価'],
      [1, '研修', '研修の実施', '一部実施', '遅れ', '順調に進めてほしい'],
    ]));
    expect(statuses(committee).map(([, s]) => s)).toEqual(['delayed']);
  });

  it('reads a column of the year\'s end as the year\'s actual, and a later year\'s half before an earlier year\'s whole', () => {
    const yearEnd = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R2年度実績', 'R3年度実績（R4年3月末時点）'],
      [1, '電子申請', 'R3年度:2,000件', '1,500件', '2,100件'],
    ]));
    expect([yearEnd.year, yearEnd.initiatives[0]?.status]).toEqual([2021, 'achieved']);
    const half = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R2年度実績', 'R3年度上半期実績'],
      [1, '電子申請', 'R3年度:2,000件', '1,500件', '1,100件'],
    ]));
    expect(half.year).toBe(2021);
  });

  it('reads 約 of 契約, 予約 and 集約 as part of the name, not as "about"', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子契約', '電子契約100件', '96件'],
      [2, '施設予約', 'オンライン予約1,000件', '990件'],
    ]));
    expect(statuses(e).map(([, s]) => s)).toEqual(['delayed', 'delayed']);
    expect(codes(e, 'approximateTarget')).toEqual([]);
  });

  it('reads a range of what is better lower, or from zero, as a ceiling at its high end, and others at their low end', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', '実績'],
      [1, 'ミスの削減', '事務処理ミス件数', '3〜5件', '8件'],
      [2, '待機児童', '待機児童数', '0〜5人', '8人'],
      [3, '年休', '年休取得日数', '10〜15日', '9日'],
    ]));
    expect(statuses(e).map(([, s]) => s)).toEqual(['delayed', 'delayed', 'delayed']);
  });

  it('takes no meeting\'s year from its title', () => {
    const e = evaluateGrid(grid([
      ['令和4年度 第1回行政改革推進本部会議 資料2'],
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '電子申請', 'R3年度:100件 R4年度:120件', '110件', '順調'],
    ]));
    expect(codes(e, 'yearFromTitle')).toEqual([]);
  });

  it('dates a value over a span of years at its end only for a running total', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R3年度実績', '進捗状況'],
      [1, '相談', '年100件（R3〜R7）', '80件', '順調'],
      [2, '研修', '累計500件（R3〜R7）', '120件', '順調'],
    ]));
    expect(statuses(e).map(([, s]) => s)).toEqual(['delayed', 'on-track']);
  });

  it('takes the target\'s unit for a blank unit of the actual', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', null, '実績', null, '進捗状況'],
      [null, null, '数値', '単位', '数値', '単位', null],
      [1, '経費', 3000, '万円', 3100, null, '順調'],
    ], ['C1:D1', 'E1:F1']));
    expect(e.initiatives[0]?.indicators[0]?.actual).toMatchObject({ value: 31_000_000, unit: '円' });
  });

  it('reads RAG words only as the rating itself, a person in charge for no column, and a committee\'s comments for no cause', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Theme', 'Theme lead', 'Action', 'Target', 'Result', 'Status', 'Scrutiny committee comments'],
      ['1', 'Reform', 'J. Smith', 'Cut red tape', 'Adopt the plan', 'Adopted', 'Complete - red tape cut by a third', 'Asked for a report'],
      ['2', null, 'A. Jones', 'Fleet', 'Adopt the strategy', 'Draft', 'Red', 'Asked for a report in March'],
    ]));
    expect(e.initiatives.map((i) => [i.pillar, i.status, i.cause])).toEqual([['Reform', 'achieved', null], ['Reform', 'delayed', null]]);
    expect(codes(e, 'causeMissing')).toHaveLength(1);
  });

  it('takes a figure in a target\'s brackets for last year\'s only when it is last year\'s', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R4年度実績', '進捗状況'],
      [1, '維持', '前年度以上を維持（R7年度目標:100%）', '95%', '順調'],
      [2, '平均', '前年度以上（県平均 95%）', '94%', '順調'],
      [3, '前年', '前年度以上（R3:92%）', '94%', null],
    ]));
    expect(statuses(e).map(([, s]) => s)).toEqual(['on-track', 'on-track', 'achieved']);
  });

  it('skips no initiative of the whole office named like a total', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '全体（庁内情報システム最適化）', '10件', '12件'],
    ]));
    expect(e.initiatives).toHaveLength(1);
  });
});

describe('this round\'s readings where they must not apply', () => {
  it('takes from a narrative the year-end figure, not the target, last year\'s figure or a change', () => {
    const e = evaluateGrid(grid([
      ['令和5年度 取組状況'],
      ['取組項目', '目標', '令和5年度の取組状況', '自己評価'],
      ['窓口A', '受け付ける手続 50手続', '目標50手続に対し、令和5年度末時点で42手続を受け付けている。', 'B'],
      ['窓口B', '受け付ける手続 50手続', '令和4年度の30手続から増え、令和5年度末時点で52手続を受け付けている。', 'A'],
      ['オンライン化', 'オンライン化率 80%', '前年度より10%増加し、オンライン化率は75%となった。', 'B'],
    ]));
    expect(e.initiatives.map((i) => i.indicators[0]?.actual?.value ?? null)).toEqual([42, 52, 75]);
  });

  it('sets no deadline by a year\'s label before words of going on, nor by a quarter or month something starts from', () => {
    const e = evaluateGrid(grid([
      ['令和7年5月31日現在'],
      ['取組項目', '目標', '実績', '進捗状況'],
      ['システム運用', 'R6年度:運用継続', '運用中', '実施中'],
      ['窓口拡大', 'R6.4開始、以降対象窓口を順次拡大', '3窓口で開始', '実施中'],
      ['Reporting', 'Monthly performance reports to Cabinet from Q1 2024', 'Reports each month', 'Ongoing'],
    ]));
    expect(statuses(e).map(([, s]) => s)).toEqual(['on-track', 'on-track', 'on-track']);
    expect(codes(e, 'underWayPastDeadline')).toEqual([]);
  });

  it('reads no kanji number in an ordinal, a vague amount or the first of a range', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '進捗状況'],
      ['講座の開催', '年5回開催', '第十五回～第十八回の計4回を開催', null],
      ['相談対応', '500件', '数百件', '順調'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.indicators[0]?.actual?.value ?? null])).toEqual([['delayed', 4], ['on-track', null]]);
  });

  it('keeps an English threshold that is the bare target\'s own bound, and takes the actual in the target\'s unit', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'Measure', 'Target', 'Actual'],
      ['1', 'Faster claims', 'Average processing time below 20 days', '20', '25'],
      ['2', 'Ward wifi', 'Wards connected', '40 wards', 'Phase 2 works completed; 38 wards connected'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.indicators[0]?.actual?.value ?? null])).toEqual([['delayed', 25], ['delayed', 38]]);
  });

  it('takes Barriers beside a Green or Blue deliverable as no delay, and as the cause of a Red one', () => {
    const e = evaluateGrid(grid([
      ['ID', 'Deliverable', 'BRAG', 'Barriers'],
      ['A1', 'Open the unit', 'Blue', 'Clinician engagement was slow at first'],
      ['A2', 'Extend the service', 'Green', 'Competing winter pressures'],
      ['A3', 'Cut waits', 'Red', 'High staff sickness over winter.'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.cause])).toEqual([['achieved', null], ['on-track', null], ['delayed', 'High staff sickness over winter.']]);
  });
});

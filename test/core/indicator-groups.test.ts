import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation, InitiativeResult } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import type { CellValue } from '../../src/core/grid';
import { grid } from '../support/grid';

function byName(e: Evaluation, name: string): InitiativeResult {
  const found = e.initiatives.find((i) => i.name === name);
  if (!found) throw new Error(`no initiative ${name}: ${e.initiatives.map((i) => i.name).join(', ')}`);
  return found;
}

const codes = (e: Evaluation, code: string): string[] => e.problems.filter((p) => p.code === code).map((p) => p.cell);

/** A 行政評価 sheet: 活動指標 and 成果指標, each merged over 指標名 | 目標値 | 実績値, in one row. */
const HEADER: CellValue[][] = [
  ['令和5年度 事務事業評価 総括表'],
  [],
  ['No.', '事務事業名', '担当課', '活動指標', null, null, '成果指標', null, null, '総合評価', '課題・改善点'],
  ['No.', '事務事業名', '担当課', '指標名', '目標値', '実績値', '指標名', '目標値', '実績値', '総合評価', '課題・改善点'],
];
const HEADER_MERGES = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:I3', 'J3:J4', 'K3:K4'];
const ROWS: CellValue[][] = [
  [1, '家庭ごみ減量啓発事業', '環境課', '出前講座開催回数', '20回', '22回', '1人1日当たりごみ排出量', '850g以下', '872g', 'B', '単身世帯の増加により、排出量が横ばいで推移している。'],
  [2, '地域防災力向上事業', '危機管理課', '防災訓練実施回数', '12回', '12回', '自主防災組織結成率', '85%', '86.2%', 'A', '概ね計画どおり実施した。'],
  [3, '図書館利用促進事業', '中央図書館', '読み聞かせ会開催数', '48回', '50回', '市民1人当たり貸出冊数', '6.0冊', '5.4冊', 'C', '休館により貸出冊数が減少した。'],
  [4, '健康マイレージ事業', '健康推進課', '参加者数', '2,000人', '2,350人', null, null, null, 'A', null],
];

describe('indicators side by side, each under a merged heading of its own (活動指標 | 成果指標)', () => {
  const e = evaluateGrid(grid([...HEADER, ...ROWS], HEADER_MERGES));

  it('judges each row by both indicators, so a short 成果指標 makes the initiative delayed', () => {
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['家庭ごみ減量啓発事業', 'delayed'],
      ['地域防災力向上事業', 'achieved'],
      ['図書館利用促進事業', 'delayed'],
      ['健康マイレージ事業', 'achieved'],
    ]);
    const library = byName(e, '図書館利用促進事業');
    expect(library.indicators.map((x) => [x.name, x.status, x.targetCell, x.actualCell])).toEqual([
      ['読み聞かせ会開催数', 'achieved', 'E7', 'F7'],
      ['市民1人当たり貸出冊数', 'delayed', 'H7', 'I7'],
    ]);
    expect(library.cause).toContain('休館');
  });

  it('reads a group left blank on a row as no indicator, and sets none of the groups aside', () => {
    expect(byName(e, '健康マイレージ事業').indicators.map((x) => x.name)).toEqual(['参加者数']);
    expect(codes(e, 'columnIgnored')).toEqual([]);
    expect(Object.keys(byName(e, '家庭ごみ減量啓発事業').extra)).not.toContain('指標名');
  });
});

describe('indicator groups are read only where each has its own merged heading', () => {
  it('keeps reading one indicator where the second group has no merged heading of its own', () => {
    const e = evaluateGrid(grid([...HEADER, ...ROWS], ['A3:A4', 'B3:B4', 'C3:C4', 'D3:I3', 'J3:J4', 'K3:K4']));
    expect(byName(e, '家庭ごみ減量啓発事業').indicators.map((x) => x.name)).toEqual(['出前講座開催回数']);
    expect(codes(e, 'columnIgnored')).toEqual(['H3', 'I3']);
  });

  it('keeps reading one indicator where a target column stands outside the groups', () => {
    const header = HEADER.map((r, i) => (i < 2 ? r : [...r, i === 2 ? '最終目標' : '最終目標']));
    const rows = ROWS.map((r) => [...r, '100回']);
    const e = evaluateGrid(grid([...header, ...rows], [...HEADER_MERGES, 'L3:L4']));
    expect(byName(e, '家庭ごみ減量啓発事業').indicators.map((x) => x.name)).toEqual(['出前講座開催回数']);
  });
});

describe('a column set aside beside one of the same header', () => {
  const e = evaluateGrid(grid([
    ['No.', '取組項目', '指標', '目標', '実績', '目標', '実績', '進捗状況'],
    [1, '電子申請の推進', '電子申請件数', '12,000件', '13,500件', '10,000件', '9,000件', '順調'],
  ]));

  it('names each column by its letter, in Japanese and English', () => {
    const ignored = e.problems.find((p) => p.code === 'columnIgnored' && p.cell === 'F1');
    expect(ignored).toBeDefined();
    expect(problemMessage('ja', ignored!)).toBe('列「目標」（F列）は「目標」（D列）と同じ種類の列とも読めるが、D1の「目標」の列を使い、この列は判定に使っていない。');
    expect(problemMessage('en', ignored!)).toBe('The column "目標" (column F) could be read as the same kind of column as "目標" (column D): the "目標" column at D1 was used, and this one was not used in judging.');
  });

  it('says a column of another header as before', () => {
    const other = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', 'R2年度末実績', 'R2年度末実績(旧)', '進捗状況'],
      [1, '電子申請の推進', '電子申請件数', '12,000件', '13,500件', '9,000件', '順調'],
    ]));
    const ignored = other.problems.find((p) => p.code === 'columnIgnored');
    expect(ignored).toBeDefined();
    expect(problemMessage('ja', ignored!)).toMatch(/^列「R2年度末実績\(旧\)」は「R2年度末実績」と同じ種類の列とも読めるが/u);
  });
});

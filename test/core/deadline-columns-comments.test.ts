import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { grid } from '../support/grid';

const codes = (e: Evaluation, code: string): string[] => e.problems.filter((p) => p.code === code).map((p) => p.cell);

describe('a deadline in a column of its own', () => {
  it('judges a target in words by the deadline beside it, as if written in the target', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', null, '実績', '進捗状況'],
      [null, null, '内容', '期限', null, null],
      [1, '文書管理', '文書管理システムの導入', 'R4年9月まで', 'R4年12月稼働', '順調'],
      [2, '電子契約', '電子契約の導入', 'R4年度中', 'R4年11月導入', null],
      [3, '研修', '研修の実施', 'R5年3月', 'R4年10月実施', null],
    ], ['C1:D1']));
    expect(e.initiatives.map((i) => i.status)).toEqual(['delayed', 'achieved', 'achieved']);
    expect(problemMessage('ja', e.problems.find((p) => p.code === 'judgedByDeadline')!)).toBe('期限（R4年9月まで）と実施の時期（R4年12月）を比べて判定した。');
  });

  it('leaves a target with a value as it is', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '期限', '実績'],
      [1, '電子申請', '100件', 'R5年3月', '120件'],
    ]));
    expect(e.initiatives[0]?.indicators[0]?.target?.value).toBe(100);
    expect(e.initiatives[0]?.status).toBe('achieved');
  });
});

describe('comments as causes, and where a missing cause is asked for', () => {
  it('takes a column of comments (コメント) as the cause where there is no cause column, and names its cell where it is blank', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', 'コメント'],
      [1, '燃料費の削減', '10%削減', '6%削減', '遅れ', '燃料費高騰の影響により削減幅が縮小した。'],
      [2, '施設の統合', '2施設', '1施設', '遅れ', null],
    ]));
    expect(e.initiatives.map((i) => [i.cause, i.causeCategory])).toEqual([['燃料費高騰の影響により削減幅が縮小した。', 'budget'], [null, null]]);
    expect(codes(e, 'causeMissing')).toEqual(['F3']);
  });
});

describe('none against a ceiling of none', () => {
  it('rates 0 against a target of 0 as met in full', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '待機児童の解消', '待機児童数 0人', '0人'],
    ]));
    expect([e.initiatives[0]?.status, e.initiatives[0]?.rate]).toEqual(['achieved', 1]);
  });
});

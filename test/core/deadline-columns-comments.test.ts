import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { gradingRules } from '../../src/core/grading';
import type { Lang } from '../../src/core/messages';
import type { SheetSpec } from '../../src/core/sheets/description';
import { summaryWorkbook } from '../../src/core/sheets/layouts';
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

  it('reads 目標時期 beside 目標値 as the deadline, not as a second target column', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組名', 'KPI', '目標値', '目標時期', '実績値', '進捗'],
      ['2-3', '生成AIの全庁導入', '利用環境', '生成AI利用環境の整備', 'R6年9月', 'R6年12月整備', null],
    ]));
    expect(e.problems.map((p) => p.code)).not.toContain('columnIgnored');
    expect(e.problems.map((p) => p.code)).toContain('judgedByDeadline');
    expect(e.initiatives[0]?.status).toBe('delayed');
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

describe('a date cell in the actual column, against a deadline', () => {
  const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));
  const plan = grid([
    ['No.', '取組項目', '目標', '実績', '進捗状況'],
    [1, '庁内無線LANの整備', '令和6年9月までに全庁舎に整備', day(2024, 12, 20), '完了'],
    [2, '電子決裁の導入', '令和6年度中に導入', day(2024, 10, 1), null],
    [3, '研修の実施', '研修受講者 100人', day(2024, 10, 1), '順調'],
  ]);

  it('is the day the thing was done: late is delayed with the deadline\'s note, on time achieved, and not unreadable', () => {
    const e = evaluateGrid(plan);
    expect(e.initiatives.map((i) => i.status)).toEqual(['delayed', 'achieved', 'on-track']);
    const notes = e.problems.filter((p) => p.code === 'judgedByDeadline');
    expect(notes.map((p) => p.cell)).toEqual(['D2', 'D3']);
    expect(problemMessage('ja', notes[0]!)).toBe('期限（R6年9月まで）と実施の時期（R6年12月20日）を比べて判定した。');
    expect(codes(e, 'statusContradiction')).toEqual(['E2']);
    // Against a number it is still no actual.
    expect(codes(e, 'unexpectedCellType')).toEqual(['D4']);
  });

  it('is shown on the summary sheets as the report writes a day', () => {
    const shown = (lang: Lang, key: string, name: string): unknown => {
      const book = summaryWorkbook({ evaluation: evaluateGrid(plan), rules: gradingRules({ lang }), lang, workbookName: 'plan.xlsx', generatedAt: new Date(2025, 4, 31) });
      const sheet = book.sheets.find((s) => s.key === key) as SheetSpec;
      const header = sheet.rows.findIndex((r) => r.cells.some((c) => c.content.kind === 'text' && (c.content.value === '実績' || c.content.value === 'Actual')));
      const column = sheet.rows[header]!.cells.findIndex((c) => c.content.kind === 'text' && (c.content.value === '実績' || c.content.value === 'Actual'));
      const row = sheet.rows.find((r) => r.cells.some((c) => c.content.kind === 'text' && c.content.value === name));
      const cell = row?.cells[column]?.content;
      return cell?.kind === 'text' ? cell.value : null;
    };
    expect(shown('ja', 'delayed', '庁内無線LANの整備')).toBe('令和6年12月20日');
    expect(shown('ja', 'results', '電子決裁の導入')).toBe('令和6年10月1日');
    expect(shown('en', 'delayed', '庁内無線LANの整備')).toBe('December 20, 2024');
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

describe('deadline and comment columns where they must not apply', () => {
  it('joins no deadline it cannot read, nor one to a target without words, and keeps a Japanese deadline Japanese', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '期限', '実績'],
      [1, '手続', '手続のオンライン化', 44834, '120手続'],
      // A financial year's quarter: the year may start in April or in July.
      [2, 'Contracts', 'Move contracts online', 'Q3 2022/23', '1,500 contracts'],
      [3, '研修', '研修の実施', '継続', '実施'],
      [4, '窓口', '－', 'R5年3月', '実施'],
      [5, '文書管理', '文書管理システムの導入', 'R4年9月', 'R4年8月稼働'],
      [6, '電子契約', '電子契約の導入', 'R4.9', 'R4.10導入'],
    ]));
    expect(e.initiatives.map((i) => i.indicators[0]?.target?.value ?? null)).toEqual([null, null, null, null, null, null]);
    expect(e.initiatives.map((i) => i.indicators[0]?.targetText)).toEqual([
      '手続のオンライン化', 'Move contracts online', '研修の実施', '-', '文書管理システムの導入(R4年9月まで)', '電子契約の導入(R4.9まで)',
    ]);
    expect(e.initiatives.map((i) => i.status).slice(4)).toEqual(['achieved', 'delayed']);
  });

  it('joins a calendar quarter as a deadline due by its last day', () => {
    const e = evaluateGrid(grid([
      ['No.', 'Action', 'Target', 'Deadline', 'Actual'],
      [1, 'Contracts', 'Move contracts online', 'Q3 2022', 'Completed August 2022'],
      [2, 'Forms', 'Move forms online', 'Q3 2022', 'Completed October 2022'],
    ]));
    expect(e.initiatives.map((i) => i.indicators[0]?.targetText)).toEqual(['Move contracts online (by Q3 2022)', 'Move forms online (by Q3 2022)']);
    expect(e.initiatives.map((i) => i.status)).toEqual(['achieved', 'delayed']);
  });

  it('takes issues (課題) before comments as the cause, and asks for a missing cause at a mark with nothing after it', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', 'コメント', '課題'],
      [1, '施設の統合', '2施設', '1施設', '遅れ', '住民説明会を2回開催した。', '地元との調整が難航している。'],
      [2, '窓口の統合', '2窓口', '1窓口【遅れが生じている要因】', '遅れ', null, null],
    ]));
    expect(e.initiatives[0]?.cause).toBe('地元との調整が難航している。');
    expect(codes(e, 'causeMissing')).toEqual(['D3']);
  });
});

/** Sheets kept as a form per initiative (調書): told apart from a list, and never read as one. */
import { evaluateGrid, evaluateWorkbook } from '../../src/core/evaluate';
import { EvaluationError } from '../../src/core/errors';
import { errorMessage } from '../../src/core/messages';
import type { CellValue } from '../../src/core/grid';
import { grid } from '../support/grid';

function form(id: string, name: string, rating: string): CellValue[][] {
  return [
    ['行財政改革実施計画 実施状況調書（令和4年度）'],
    [],
    ['取組番号', id, null, '所管課', '人事課'],
    ['取組項目', name],
    ['取組内容', '業務の平準化、ノー残業デーの徹底'],
    [],
    ['指標', '基準値（R2）', '目標値（R4）', '実績値（R4）'],
    ['職員1人当たり年間時間外勤務時間', '168時間', '150時間以下', '159時間'],
    [],
    ['評価', rating, null, '（A：順調　B：やや遅れ　C：遅れ）'],
    ['評価の理由（遅れの要因）', '新型コロナウイルス感染症対応業務が継続したため。'],
    // An entry may hold an item's word ("評価") in a sentence.
    ['今後の取組', '経営評価を継続する。'],
  ];
}

function thrown(run: () => unknown): EvaluationError {
  try {
    run();
  } catch (error) {
    if (error instanceof EvaluationError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('a workbook of forms, one per initiative', () => {
  it('is not read as a list: the message names the sheet and the items that make it a form', () => {
    const sheets = [grid(form('1-(1)-①', '時間外勤務の縮減', 'B'), [], '1-(1)-①'), grid(form('1-(2)-①', '電子決裁の推進', 'A'), [], '1-(2)-①')];
    const error = thrown(() => evaluateWorkbook({ name: 'forms.xlsx', sheets }));
    expect(error.code).toBe('formPerSheet');
    const message = errorMessage('ja', error.code, error.params);
    expect(message).toContain('シート「1-(1)-①」');
    expect(message).toContain('A3「取組番号」');
    expect(message).toContain('A10「評価」');
    expect(errorMessage('en', error.code, error.params)).toContain('one initiative per row');
    // Named, the sheet says the same rather than giving its item names as initiatives.
    expect(thrown(() => evaluateGrid(sheets[1]!)).code).toBe('formPerSheet');
  });

  it('leaves the list beside the forms to be read', () => {
    const list = grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      ['1', '時間外勤務の縮減', '150時間以下', '159時間', 'やや遅れ'],
      ['2', '電子決裁の推進', '80%', '86.2%', '順調'],
    ], [], '一覧');
    const e = evaluateWorkbook({ name: 'x.xlsx', sheets: [grid(form('1', '時間外勤務の縮減', 'B'), [], '調書1'), list] });
    expect(e.plan.sheet).toBe('一覧');
    expect(e.initiatives.map((i) => i.status)).toEqual(['delayed', 'achieved']);
  });

  it('does not take a list for a form for its title, date and legends', () => {
    const ja = evaluateGrid(grid([
      ['令和4年度 行革取組一覧', null, null, null, '令和5年3月31日現在'],
      ['No.', '取組項目', '目標', '実績', '評価'],
      ['1', '電子決裁の推進', '80%', '86.2%', 'A'],
      ['2', 'ペーパーレス化', '50%', '40%', 'B'],
      [],
      ['評価', 'A：順調　B：やや遅れ　C：遅れ'],
      ['今後の方向性', '拡充・継続・縮小・廃止'],
    ]));
    expect(ja.initiatives.map((i) => i.name)).toEqual(['電子決裁の推進', 'ペーパーレス化']);
    const en = evaluateGrid(grid([
      ['Action Plan 2023-24', null, null, null, 'As at 30 June 2024'],
      ['Ref', 'Action', 'Target', 'Actual', 'RAG', 'Next steps'],
      ['A1', 'Online forms', '40 forms', '42 forms', 'Green', null],
      ['A2', 'Paperless meetings', '50%', '40%', 'Red', 'Roll out tablets'],
      [],
      ['Status key', 'Green: on track, Amber: at risk, Red: off track'],
      ['Next steps', 'To be agreed by Cabinet'],
    ]));
    expect(en.initiatives.map((i) => i.name)).toEqual(['Online forms', 'Paperless meetings']);
  });

  it('does not take a list with a plan\'s name above it and a legend below it for a form', () => {
    const e = evaluateGrid(grid([
      ['計画名', '第3次行財政改革行動計画'],
      ['No.', '取組項目', '目標', '実績', '評価'],
      ['1', '電子決裁の推進', '80%', '86.2%', 'A'],
      ['2', 'ペーパーレス化', '50%', '40%', 'B'],
      [],
      ['評価区分', 'A：順調　B：やや遅れ　C：遅れ'],
    ]));
    expect(e.initiatives.map((i) => i.name)).toEqual(['電子決裁の推進', 'ペーパーレス化']);
  });
});

/** Revising next years' targets through the add-in's code path, on the strict Excel stand-in. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { createServices } from '../../src/office/services';
import { DEFAULT_SETTINGS } from '../../src/office/use-cases';
import type { TargetSlot } from '../../src/core/revise/slots';
import { createStandin, StandinWorkbook, type Standin } from '../../src/standin';
import { formulaTargetsPlan } from '../fixtures/build-fixtures';

const SAMPLE = path.join(__dirname, '../../examples/action-plan-r2.xlsx');

async function sample(): Promise<Standin> {
  const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(await fs.readFile(SAMPLE)));
  return createStandin({ workbook, displayLanguage: 'ja-JP', userName: '県庁 太郎' });
}

async function cellOf(standin: Standin, sheet: string, address: string): Promise<unknown> {
  return standin.host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load('values');
    await context.sync();
    return range.values[0]?.[0];
  });
}

async function sheetRows(standin: Standin, sheet: string): Promise<unknown[][]> {
  return standin.host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRange(true).load('values');
    await context.sync();
    return range.values;
  });
}

function slot(slots: readonly TargetSlot[], indicator: string, year: number): TargetSlot {
  const found = slots.find((s) => s.indicator === indicator && s.year === year);
  if (!found) throw new Error(`no slot ${indicator} ${year}`);
  return found;
}

describe('revising next years’ targets', () => {
  it('lists next years’ targets with this year’s results and a suggestion', async () => {
    const { slots } = await createServices((await sample()).host).revisionSlots(DEFAULT_SETTINGS);
    expect(slots.map((s) => `${s.indicator} ${s.year} ${s.written}`)).toEqual([
      'AI-OCR利用枚数 2021 2万枚', 'AI-OCR利用枚数 2022 3万枚',
      '音声テキスト化システム利用会議数 2021 250会議', '音声テキスト化システム利用会議数 2022 300会議',
    ]);
    expect(slot(slots, 'AI-OCR利用枚数', 2021)).toMatchObject({ cell: 'D5', actual: 62000, thisYearTarget: 12000, suggestion: { value: 62000, reason: 'raiseToActual' } });
  });

  it('writes the new target into its cell in the cell’s own style, records it, and the summary reports it', async () => {
    const standin = await sample();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    const before = String(await cellOf(standin, '行動計画', 'D5'));
    await services.applyRevisions(sheet, [
      { slot: slot(slots, 'AI-OCR利用枚数', 2021), value: 67000, reason: '実績が目標を大きく上回ったため' },
      { slot: slot(slots, '音声テキスト化システム利用会議数', 2022), value: 550, reason: '同上' },
    ], 'ja');

    const after = String(await cellOf(standin, '行動計画', 'D5'));
    expect(after).toBe(before.replace('R3年度:2万枚', 'R3年度:6.7万枚').replace('R4年度:300会議', 'R4年度:550会議'));
    const history = await sheetRows(standin, '目標見直し');
    expect(history[1]?.slice(0, 10)).toEqual(['日時', '担当者', 'シート', 'セル', '取組項目', '指標', '年度', '変更前', '変更後', '理由']);
    expect(history.slice(2).map((r) => r.slice(1, 10))).toEqual([
      ['県庁 太郎', '行動計画', 'D5', 'RPA・AI-OCR・音声テキスト化による業務自動化の推進', 'AI-OCR利用枚数', 'R3年度', '2万枚', '6.7万枚', '実績が目標を大きく上回ったため'],
      ['県庁 太郎', '行動計画', 'D5', 'RPA・AI-OCR・音声テキスト化による業務自動化の推進', '音声テキスト化システム利用会議数', 'R4年度', '300会議', '550会議', '同上'],
    ]);

    await services.evaluate(DEFAULT_SETTINGS);
    const summary = (await sheetRows(standin, '評価サマリー')).flat();
    expect(summary).toContain('〇RPA・AI-OCR・音声テキスト化による業務自動化の推進　AI-OCR利用枚数 R3年度:2万→6.7万枚');
    expect(summary).toContain('〇RPA・AI-OCR・音声テキスト化による業務自動化の推進　音声テキスト化システム利用会議数 R4年度:300→550会議');
    // A new evaluation replaces the summary sheets but never the history.
    expect((await sheetRows(standin, '目標見直し')).length).toBe(history.length);
  });

  it('writes nothing when a cell changed behind the pane’s back, and names it', async () => {
    const standin = await sample();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('行動計画').getRange('D5').values = [['○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:4万枚']];
      await context.sync();
    });
    await expect(services.applyRevisions(sheet, [{ slot: slot(slots, 'AI-OCR利用枚数', 2021), value: 67000, reason: '' }], 'ja'))
      .rejects.toMatchObject({ code: 'revisionConflict', params: { cells: 'D5' } });
    expect(await cellOf(standin, '行動計画', 'D5')).toBe('○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:4万枚');
    expect(standin.workbook.sheetNames).not.toContain('目標見直し');
  });

  it('undoes the last revision, records the undo, and then has nothing more to undo', async () => {
    const standin = await sample();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    const before = await cellOf(standin, '行動計画', 'D5');
    await services.applyRevisions(sheet, [{ slot: slot(slots, 'AI-OCR利用枚数', 2022), value: 70000, reason: '引き上げ' }], 'ja');
    expect(await cellOf(standin, '行動計画', 'D5')).not.toBe(before);

    // The pane is told what Undo would take back before it is asked.
    expect((await services.revisionSlots(DEFAULT_SETTINGS)).undoable.map((r) => [r.indicator, r.year, r.oldValue, r.newValue, r.user])).toEqual([['AI-OCR利用枚数', 2022, '3万枚', '7万枚', '県庁 太郎']]);
    await services.undoLastRevision('ja');
    expect(await cellOf(standin, '行動計画', 'D5')).toBe(before);
    const history = await sheetRows(standin, '目標見直し');
    // The undo's row gives its own reason, not the revision's.
    expect(history.slice(2).map((r) => [r[7], r[8], r[9], r[10]])).toEqual([['3万枚', '7万枚', '引き上げ', '見直し'], ['7万枚', '3万枚', '1回目の見直しの取り消し', '取消し']]);
    expect((await services.revisionSlots(DEFAULT_SETTINGS)).undoable).toEqual([]);
    await expect(services.undoLastRevision('ja')).rejects.toMatchObject({ code: 'nothingToUndo' });
  });

  it('refuses to undo another round than the one the pane named, when one was written since', async () => {
    const standin = await sample();
    const services = createServices(standin.host);
    const first = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(first.sheet, [{ slot: slot(first.slots, 'AI-OCR利用枚数', 2022), value: 70000, reason: '' }], 'ja');
    const shown = (await services.revisionSlots(DEFAULT_SETTINGS)).undoable[0]?.batch;
    expect(shown).toBe(1);
    // Someone else applies round 2 meanwhile.
    const second = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(second.sheet, [{ slot: slot(second.slots, 'AI-OCR利用枚数', 2021), value: 67000, reason: '' }], 'ja');
    const written = await cellOf(standin, '行動計画', 'D5');
    await expect(services.undoLastRevision('ja', shown)).rejects.toMatchObject({ code: 'undoChanged', params: { batch: 1, latest: 2 } });
    expect(await cellOf(standin, '行動計画', 'D5')).toBe(written);
  });

  it('passes over a note typed under the history rather than take it for a revision to undo', async () => {
    const standin = await sample();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    const before = await cellOf(standin, '行動計画', 'D5');
    await services.applyRevisions(sheet, [{ slot: slot(slots, 'AI-OCR利用枚数', 2022), value: 70000, reason: '' }], 'ja');
    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('目標見直し').getRange('A4').values = [['※R4年度の見直しは課長決裁済み']];
      await context.sync();
    });
    expect((await services.revisionSlots(DEFAULT_SETTINGS)).undoable.map((r) => r.cell)).toEqual(['D5']);
    await services.undoLastRevision('ja');
    expect(await cellOf(standin, '行動計画', 'D5')).toBe(before);
    // The note stays where it was typed; the undo is recorded below it.
    const rows = await sheetRows(standin, '目標見直し');
    expect(rows[3]?.[0]).toBe('※R4年度の見直しは課長決裁済み');
    expect(rows[4]?.[10]).toBe('取消し');
  });

  it('names the history sheet as it stands after a planner renamed it, and keeps appending to it', async () => {
    const standin = await sample();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    const first = await services.applyRevisions(sheet, [{ slot: slot(slots, 'AI-OCR利用枚数', 2022), value: 70000, reason: '' }], 'ja');
    expect(first.historySheet).toBe('目標見直し');
    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('目標見直し').name = '見直し履歴(旧)';
      await context.sync();
    });
    const reread = await services.revisionSlots(DEFAULT_SETTINGS);
    const second = await services.applyRevisions(sheet, [{ slot: slot(reread.slots, 'AI-OCR利用枚数', 2021), value: 67000, reason: '' }], 'ja');
    expect(second.historySheet).toBe('見直し履歴(旧)');
    expect((await sheetRows(standin, '見直し履歴(旧)')).slice(2).map((r) => r[8])).toEqual(['7万枚', '6.7万枚']);
  });

  it('refuses to undo over a cell someone changed since', async () => {
    const standin = await sample();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(sheet, [{ slot: slot(slots, 'AI-OCR利用枚数', 2022), value: 70000, reason: '' }], 'ja');
    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('行動計画').getRange('D5').values = [['手で書き換えた']];
      await context.sync();
    });
    await expect(services.undoLastRevision('ja')).rejects.toMatchObject({ code: 'undoConflict', params: { cells: 'D5' } });
    expect(await cellOf(standin, '行動計画', 'D5')).toBe('手で書き換えた');
  });

  it('keeps the history when the command line evaluates the workbook, and lists the revisions on its summary', async () => {
    const standin = await sample();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(sheet, [{ slot: slot(slots, 'AI-OCR利用枚数', 2021), value: 67000, reason: '引き上げ' }], 'ja');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ape-revise-'));
    const input = path.join(dir, 'revised.xlsx');
    await fs.writeFile(input, await standin.workbook.toXlsx());
    const out = path.join(dir, 'out.xlsx');
    expect(await runCli([input, '--out', out], { stdout: () => undefined, stderr: () => undefined })).toBe(0);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['表紙', '行動計画', '目標見直し', '評価サマリー', '遅れ一覧', '主な成果', '要確認']);
    expect(book.getWorksheet('目標見直し')?.getCell('I3').value).toBe('6.7万枚');
    const summary: unknown[] = [];
    book.getWorksheet('評価サマリー')?.eachRow((row) => row.eachCell((c) => summary.push(c.value)));
    expect(summary).toContain('〇RPA・AI-OCR・音声テキスト化による業務自動化の推進　AI-OCR利用枚数 R3年度:2万→6.7万枚');
    await fs.rm(dir, { recursive: true, force: true });
  });
});

/** The reviewer's workbook (formula.xlsx): a formula target and a row counted in 千枚, on the stand-in. */
async function formulaPlan(): Promise<Standin> {
  const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(await formulaTargetsPlan()));
  return createStandin({ workbook, displayLanguage: 'ja-JP', userName: '県庁 太郎' });
}

async function formulaOf(standin: Standin, sheet: string, address: string): Promise<unknown> {
  return standin.host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load('formulas');
    await context.sync();
    return range.formulas[0]?.[0];
  });
}

describe('revising a target counted in the unit column’s scale (千枚)', () => {
  it('writes the suggestion in 千枚 (8,500, not 8,500,000), records the cell’s values with their unit, and undoes it', async () => {
    const standin = await formulaPlan();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    const paper = slot(slots, 'コピー用紙使用量', 2021);
    expect(paper).toMatchObject({ cell: 'H5', written: '7,500千枚', unit: '千枚', current: 7500, suggestion: { value: 8500 } });
    expect(slot(slots, '電子申請件数', 2022).written).toBe('1,400件');

    await services.applyRevisions(sheet, [{ slot: paper, value: paper.suggestion.value, reason: '実績に合わせる' }], 'ja');
    expect(await cellOf(standin, '行動計画', 'H5')).toBe(8500);
    const history = await sheetRows(standin, '目標見直し');
    // Old and new value as the sheet shows them; the whole cell before and after as it holds them.
    expect(history.slice(2).map((r) => [r[3], r[5], r[7], r[8], r[12], r[13]])).toEqual([['H5', 'コピー用紙使用量', '7,500千枚', '8,500千枚', '7500', '8500']]);

    await services.evaluate(DEFAULT_SETTINGS);
    expect((await sheetRows(standin, '評価サマリー')).flat()).toContain('〇ペーパーレス　コピー用紙使用量 R3年度:7,500→8,500千枚');

    await services.undoLastRevision('ja');
    expect(await cellOf(standin, '行動計画', 'H5')).toBe(7500);
  });
});

describe('revising a target cell that holds a formula', () => {
  it('writes nothing and names the cell and its formula until the planner agrees to replace it', async () => {
    const standin = await formulaPlan();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    const filings = slot(slots, '電子申請件数', 2021);
    expect(filings).toMatchObject({ cell: 'H4', written: '1,200件', current: 1200 });
    const syncs = standin.stats.syncs;
    await expect(services.applyRevisions(sheet, [{ slot: filings, value: 1300, reason: '' }], 'ja'))
      .rejects.toMatchObject({ code: 'revisionFormula', params: { cells: 'H4' }, formulas: [{ cell: 'H4', formula: '=F4*1.2' }] });
    // Found in the read the conflict check makes anyway: one round trip, and nothing more.
    expect(standin.stats.syncs - syncs).toBe(1);
    expect(await formulaOf(standin, '行動計画', 'H4')).toBe('=F4*1.2');
    expect(standin.workbook.sheetNames).not.toContain('目標見直し');
  });

  it('replaces the formula the planner agreed to, records the formula as the cell’s former content, and Undo puts the formula back', async () => {
    const standin = await formulaPlan();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    const syncs = standin.stats.syncs;
    await services.applyRevisions(sheet, [{ slot: slot(slots, '電子申請件数', 2021), value: 1300, reason: '前倒し' }], 'ja', [{ cell: 'H4', formula: '=F4*1.2' }]);
    // The formulas are loaded with the values: no round trip more than a cell without one takes.
    expect(standin.stats.syncs - syncs).toBe(3);
    expect(await formulaOf(standin, '行動計画', 'H4')).toBe(1300);
    const history = await sheetRows(standin, '目標見直し');
    expect(history.slice(2).map((r) => [r[3], r[7], r[8], r[12], r[13]])).toEqual([['H4', '1,200件', '1,300件', '=F4*1.2', '1300']]);

    const { undoable } = await services.revisionSlots(DEFAULT_SETTINGS);
    expect(undoable.map((r) => r.oldCell)).toEqual(['=F4*1.2']);
    await services.undoLastRevision('ja', undoable[0]?.batch);
    expect(await formulaOf(standin, '行動計画', 'H4')).toBe('=F4*1.2');
    expect(await cellOf(standin, '行動計画', 'H4')).toBe(1200);
    expect((await sheetRows(standin, '目標見直し')).slice(2).map((r) => [r[10], r[12], r[13]])).toEqual([['見直し', '=F4*1.2', '1300'], ['取消し', '1300', '=F4*1.2']]);
    // Saved, the cell is the formula again, not its value.
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(Buffer.from(await standin.workbook.toXlsx()) as unknown as ExcelJS.Buffer);
    expect(saved.getWorksheet('行動計画')?.getCell('H4').formula).toBe('F4*1.2');
  });

  it('asks again where the cell’s formula is no longer the one the planner agreed to replace', async () => {
    const standin = await formulaPlan();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    // Someone rewrites the formula to one of the same value after the pane read it.
    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('行動計画').getRange('H4').formulas = [['=F4*1.2+0']];
      await context.sync();
    });
    await expect(services.applyRevisions(sheet, [{ slot: slot(slots, '電子申請件数', 2021), value: 1300, reason: '' }], 'ja', [{ cell: 'H4', formula: '=F4*1.2' }]))
      .rejects.toMatchObject({ code: 'revisionFormula', formulas: [{ cell: 'H4', formula: '=F4*1.2+0' }] });
    expect(await formulaOf(standin, '行動計画', 'H4')).toBe('=F4*1.2+0');
  });

  it('refuses to undo over a formula someone wrote in the cell since, though it gives the value the round wrote', async () => {
    const standin = await formulaPlan();
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(sheet, [{ slot: slot(slots, 'コピー用紙使用量', 2021), value: 8500, reason: '' }], 'ja');
    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('行動計画').getRange('H5').formulas = [['=G5']];
      await context.sync();
    });
    expect(await cellOf(standin, '行動計画', 'H5')).toBe(8500);
    await expect(services.undoLastRevision('ja')).rejects.toMatchObject({ code: 'undoConflict', params: { cells: 'H5' } });
    expect(await formulaOf(standin, '行動計画', 'H5')).toBe('=G5');
  });
});

describe('revising a target written as text that Excel would read as something else', () => {
  async function withText(address: string, typed: string): Promise<Standin> {
    const standin = await formulaPlan();
    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('行動計画').getRange(address).values = [[typed]];
      await context.sync();
    });
    return standin;
  }

  it('keeps a target typed as text ("1400" kept as text) text through revision and Undo, and records it so', async () => {
    const standin = await withText('I4', "'1400");
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(sheet, [{ slot: slot(slots, '電子申請件数', 2022), value: 1500, reason: '' }], 'ja');
    expect(await cellOf(standin, '行動計画', 'I4')).toBe('1500');
    expect((await sheetRows(standin, '目標見直し')).slice(2).map((r) => [r[3], r[12], r[13]])).toEqual([['I4', "'1400", "'1500"]]);

    await services.undoLastRevision('ja');
    expect(await cellOf(standin, '行動計画', 'I4')).toBe('1400');
  });

  it('never lets a text target that starts with "=" become a formula, on revision or on Undo', async () => {
    const standin = await withText('I4', "'=1,400件");
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(sheet, [{ slot: slot(slots, '電子申請件数', 2022), value: 1500, reason: '' }], 'ja');
    expect(await formulaOf(standin, '行動計画', 'I4')).toBe('=1,500件');
    expect(await cellOf(standin, '行動計画', 'I4')).toBe('=1,500件');
    const { undoable } = await services.revisionSlots(DEFAULT_SETTINGS);
    expect(undoable.map((r) => r.oldCell)).toEqual(["'=1,400件"]);

    await services.undoLastRevision('ja', undoable[0]?.batch);
    expect(await cellOf(standin, '行動計画', 'I4')).toBe('=1,400件');
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(Buffer.from(await standin.workbook.toXlsx()) as unknown as ExcelJS.Buffer);
    expect(saved.getWorksheet('行動計画')?.getCell('I4').formula).toBeUndefined();
    expect(saved.getWorksheet('行動計画')?.getCell('I4').value).toBe('=1,400件');
  });

  it('writes a text target into a cell formatted as text without an apostrophe of its own', async () => {
    const standin = await formulaPlan();
    await standin.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('行動計画').getRange('I4');
      range.numberFormat = [['@']];
      range.values = [['1,400件']];
      await context.sync();
    });
    const services = createServices(standin.host);
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(sheet, [{ slot: slot(slots, '電子申請件数', 2022), value: 1500, reason: '' }], 'ja');
    expect(await cellOf(standin, '行動計画', 'I4')).toBe('1,500件');
    await services.undoLastRevision('ja');
    expect(await cellOf(standin, '行動計画', 'I4')).toBe('1,400件');
  });
});

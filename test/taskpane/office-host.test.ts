/**
 * The add-in's own services over Office's globals (Excel.run, Office.context), here the strict stand-in's: the engine
 * is loaded on first use rather than with the pane, and every call reaches it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, type FormulaCellsError } from '../../src/office/use-cases';
import { createStandin, StandinWorkbook } from '../../src/standin';
import { officeServices } from '../../src/taskpane/office-host';

const SAMPLE = path.join(__dirname, '../../examples/action-plan-r2.xlsx');

describe('the add-in services over Office', () => {
  beforeAll(async () => {
    const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(await fs.readFile(SAMPLE)));
    const standin = createStandin({ workbook, displayLanguage: 'ja-JP' });
    const globals = globalThis as unknown as { Excel: unknown; Office: unknown };
    globals.Excel = { run: standin.host.run };
    globals.Office = { context: { displayLanguage: 'ja-JP', requirements: { isSetSupported: (_: string, version: string) => standin.host.isSetSupported(version) } } };
  });

  it('speaks Office’s display language before the engine is loaded', () => {
    expect(officeServices().displayLanguage()).toBe('ja');
  });

  it('loads the engine on first use and evaluates the open workbook', async () => {
    const services = officeServices();
    const phases: string[] = [];
    const outcome = await services.evaluate(DEFAULT_SETTINGS, (p) => phases.push(p));
    expect(outcome.evaluation.counts).toMatchObject({ total: 14, onTrack: 8, delayed: 6 });
    expect(phases.at(-1)).toBe('done');
    expect(outcome.sheets).toEqual(['評価サマリー', '遅れ一覧', '主な成果', '要確認']);
    expect((await services.listSheets()).map((s) => s.name)).toContain('行動計画');
    expect(officeServices()).toBe(services);
  });

  it('undoes only the round the pane named: one written since is refused, not taken back instead', async () => {
    const services = officeServices();
    const first = await services.revisionSlots(DEFAULT_SETTINGS);
    const ocr = (slots: typeof first.slots, year: number) => slots.find((s) => s.indicator === 'AI-OCR利用枚数' && s.year === year)!;
    await services.applyRevisions(first.sheet, [{ slot: ocr(first.slots, 2022), value: 70000, reason: '' }], 'ja');
    const named = (await services.revisionSlots(DEFAULT_SETTINGS)).undoable[0]!.batch;
    const second = await services.revisionSlots(DEFAULT_SETTINGS);
    await services.applyRevisions(second.sheet, [{ slot: ocr(second.slots, 2021), value: 67000, reason: '' }], 'ja');
    await expect(services.undoLastRevision('ja', named)).rejects.toMatchObject({ code: 'undoChanged' });
  });

  it('passes on the formulas the planner agreed to replace: without them Apply only asks', async () => {
    const services = officeServices();
    const run = (globalThis as unknown as { Excel: { run: typeof Excel.run } }).Excel.run;
    // AI-OCR's target cell made a formula that gives the text it held.
    const cell = async (write?: (range: Excel.Range, text: string) => void): Promise<{ text: string; formula: unknown }> => run(async (context) => {
      const range = context.workbook.worksheets.getItem('行動計画').getRange('D5').load('values,formulas');
      await context.sync();
      const text = String(range.values[0]?.[0]);
      if (write) write(range, text);
      await context.sync();
      return { text, formula: range.formulas[0]?.[0] };
    });
    await cell((range, text) => void (range.formulas = [[`="${text}"`]]));
    const { sheet, slots } = await services.revisionSlots(DEFAULT_SETTINGS);
    const change = [{ slot: slots.find((s) => s.indicator === 'AI-OCR利用枚数' && s.year === 2022)!, value: 80000, reason: '' }];
    const asked = await services.applyRevisions(sheet, change, 'ja').then(() => null, (error: unknown) => error as FormulaCellsError);
    expect(asked).toMatchObject({ code: 'revisionFormula', formulas: [{ cell: 'D5' }] });
    await services.applyRevisions(sheet, change, 'ja', asked?.formulas);
    expect((await cell()).text).toContain('R4年度:8万枚');
  });
});

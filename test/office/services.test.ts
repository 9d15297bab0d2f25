/**
 * The Office.js adapter against the strict Excel stand-in: the same code path the add-in runs in Excel.
 * Excel API behaviours modelled by the stand-in are cited in test/standin.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EvaluationError } from '../../src/core/errors';
import type { ExcelHost } from '../../src/office/host';
import { createServices } from '../../src/office/services';
import { AddinError, DEFAULT_SETTINGS, type PlanSettings } from '../../src/office/use-cases';
import { createStandin, StandinWorkbook, type Standin } from '../../src/standin';
import { hostileCellsPlan, noPlanWorkbook } from '../fixtures/build-fixtures';
import { inspectXlsx } from '../support/xlsx-inspect';
import { evaluateFile } from '../../src/workbook/evaluate-file';

const SAMPLE = path.join(__dirname, '../../examples/action-plan-r2.xlsx');
const SUMMARY_SHEETS = ['評価サマリー', '遅れ一覧', '主な成果', '要確認'];

async function standinOf(bytes: Uint8Array | Buffer, apiVersion?: string): Promise<Standin> {
  const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(bytes));
  return createStandin({ workbook, apiVersion, displayLanguage: 'ja-JP', userName: '県庁 太郎' });
}

async function sampleStandin(apiVersion?: string): Promise<Standin> {
  return standinOf(await fs.readFile(SAMPLE), apiVersion);
}

/** Reads a saved workbook with ExcelJS: sheet → A1 → { value, formula }. */
async function savedCells(standin: Standin): Promise<Map<string, Map<string, { value: unknown; formula?: string }>>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await standin.workbook.toXlsx()) as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, Map<string, { value: unknown; formula?: string }>>();
  book.eachSheet((sheet) => {
    const cells = new Map<string, { value: unknown; formula?: string }>();
    sheet.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null;
      cells.set(cell.address, typeof v === 'object' && v !== null && 'formula' in v ? { value: v, formula: v.formula } : { value: cell.value });
    }));
    sheets.set(sheet.name, cells);
  });
  return sheets;
}

describe('Evaluate in Excel (on the stand-in)', () => {
  it('gives the pane a turn to show each phase before the work of that phase', async () => {
    const standin = await sampleStandin();
    const seen: string[] = [];
    await createServices(standin.host).evaluate(DEFAULT_SETTINGS, (phase) => {
      seen.push(phase);
      // What a render scheduled on the phase change would see: it runs before the next phase is reported.
      setTimeout(() => seen.push(`shown ${phase}`), 0);
    });
    expect(seen.slice(0, seen.indexOf('done'))).toEqual(['reading', 'shown reading', 'judging', 'shown judging', 'writing', 'shown writing']);
  });

  it('judges the sample plan, writes the four summary sheets, and leaves the plan sheet as it was', async () => {
    const standin = await sampleStandin();
    const before = (await savedCells(standin)).get('行動計画');
    const phases: string[] = [];
    const outcome = await createServices(standin.host).evaluate(DEFAULT_SETTINGS, (p) => phases.push(p));

    expect(phases).toEqual(['reading', 'judging', 'writing', 'done']);
    expect(outcome.evaluation.counts).toMatchObject({ total: 14, onTrack: 8, delayed: 6 });
    expect(outcome.sheets).toEqual(SUMMARY_SHEETS);
    expect(standin.workbook.sheetNames).toEqual(['表紙', '行動計画', ...SUMMARY_SHEETS]);
    expect(standin.workbook.names.map((n) => n.name).sort()).toEqual(
      ['ActionPlanEvaluator_check', 'ActionPlanEvaluator_delayed', 'ActionPlanEvaluator_results', 'ActionPlanEvaluator_summary'],
    );
    const after = await savedCells(standin);
    expect(after.get('行動計画')).toEqual(before);
    const summary = [...(after.get('評価サマリー')?.values() ?? [])].map((c) => c.value);
    expect(summary).toContain('行動計画の全14取組のうち、8の取組は順調に取り組んでおり、6の取組に遅れが生じている。');
  });

  it('reads a date cell as the date it shows, as the command does: judged against a deadline, not as a day number', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('行動計画');
    sheet.addRow(['取組項目', '目標', '実績', '進捗状況']);
    sheet.addRow(['庁内無線LANの整備', '令和6年9月までに全庁舎に整備', new Date(Date.UTC(2024, 11, 20)), '完了']);
    sheet.addRow(['電子決裁の導入', '令和6年12月までに導入', new Date(Date.UTC(2024, 9, 1)), '完了']);
    sheet.getCell('C2').numFmt = 'yyyy/m/d';
    sheet.getCell('C3').numFmt = '[$-ja-JP]ggge"年"m"月"d"日"';
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const inExcel = await createServices((await standinOf(bytes)).host).evaluate(DEFAULT_SETTINGS);
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ape-dates-')), 'plan.xlsx');
    await fs.writeFile(file, bytes);
    const fromFile = (await evaluateFile(file)).evaluation;
    const judged = (e: typeof fromFile) => e.initiatives.map((i) => [i.status, i.indicators[0]?.actualText]);
    expect(judged(inExcel.evaluation)).toEqual([['delayed', '2024-12-20'], ['achieved', '2024-10-01']]);
    expect(judged(inExcel.evaluation)).toEqual(judged(fromFile));
    expect(inExcel.evaluation.problems.map((p) => p.code)).toEqual(fromFile.problems.map((p) => p.code));
  });

  it('reads in one sync, writes in one, and keeps every request under 5 MB', async () => {
    const standin = await sampleStandin();
    standin.stats.reset();
    await createServices(standin.host).evaluate(DEFAULT_SETTINGS);
    // Names and settings, the plan, the summary: three round trips (Excel.run's closing sync sends nothing).
    expect(standin.stats.nonEmptySyncs).toBeLessThanOrEqual(3);
    expect(standin.stats.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('reads and writes in smaller requests where the host allows less than the plan needs', async () => {
    const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(await fs.readFile(SAMPLE)));
    const standin = createStandin({ workbook, payloadLimitBytes: 6 * 1024, displayLanguage: 'ja-JP' });
    const outcome = await createServices(standin.host, { requestBudgetBytes: 4 * 1024 }).evaluate(DEFAULT_SETTINGS);
    expect(outcome.evaluation.counts).toMatchObject({ total: 14, onTrack: 8, delayed: 6 });
    expect(standin.stats.nonEmptySyncs).toBeGreaterThan(3);
    expect(standin.stats.largestRequestBytes).toBeLessThanOrEqual(6 * 1024);
    expect(standin.workbook.sheetNames).toEqual(['表紙', '行動計画', ...SUMMARY_SHEETS]);
  });

  it('replaces only its own sheets on a second run, and keeps a user sheet that shares a name', async () => {
    const standin = await sampleStandin();
    const services = createServices(standin.host);
    await services.evaluate(DEFAULT_SETTINGS);
    await services.evaluate(DEFAULT_SETTINGS);
    expect(standin.workbook.sheetNames).toEqual(['表紙', '行動計画', ...SUMMARY_SHEETS]);

    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('要確認').name = '要確認R2';
      const mine = context.workbook.worksheets.add('要確認');
      mine.getRange('A1').values = [['担当者のメモ']];
      await context.sync();
    });
    const outcome = await services.evaluate(DEFAULT_SETTINGS);
    expect(outcome.sheets).toEqual(['評価サマリー', '遅れ一覧', '主な成果', '要確認 (2)']);
    expect(standin.workbook.sheetNames).not.toContain('要確認R2');
    const saved = await savedCells(standin);
    expect(saved.get('要確認')?.get('A1')?.value).toBe('担当者のメモ');
  });

  it('writes causes that start with =, +, - or @ as text, never as formulas', async () => {
    const standin = await standinOf(await hostileCellsPlan());
    await createServices(standin.host).evaluate(DEFAULT_SETTINGS);
    const saved = await savedCells(standin);
    const delayed = [...(saved.get('遅れ一覧')?.values() ?? [])];
    expect(delayed.filter((c) => c.formula !== undefined)).toEqual([]);
    const texts = delayed.map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.com")', '-コロナの影響により導入が遅れたため。', '+予算の執行停止のため。', '@担当者の異動により集計が未了のため。']));
  });

  it('still works on Office 2019 (ExcelApi 1.7): no merged areas, no page layout, blank directions carried down and said so', async () => {
    const standin = await sampleStandin('1.7');
    const outcome = await createServices(standin.host).evaluate(DEFAULT_SETTINGS);
    expect(outcome.evaluation.counts).toMatchObject({ total: 14, onTrack: 8, delayed: 6 });
    expect(outcome.evaluation.initiatives.find((i) => i.row === 6)?.pillar).toBe('(1) 県庁のICT化・働き方改革');
    expect(outcome.evaluation.problems).toContainEqual(expect.objectContaining({ code: 'directionCarriedDown', cell: 'B6' }));
    expect(standin.workbook.sheetNames).toEqual(['表紙', '行動計画', ...SUMMARY_SHEETS]);
  });

  it('waits while the user is editing a cell instead of failing', async () => {
    const standin = await sampleStandin();
    standin.setCellEditMode(true);
    const pending = createServices(standin.host).evaluate(DEFAULT_SETTINGS);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(standin.waitingForCellEdit).toBeGreaterThan(0);
    standin.setCellEditMode(false);
    await expect(pending).resolves.toMatchObject({ sheets: SUMMARY_SHEETS });
  });

  it('runs one evaluation at a time', async () => {
    const standin = await sampleStandin();
    const services = createServices(standin.host);
    const first = services.evaluate(DEFAULT_SETTINGS);
    await expect(services.evaluate(DEFAULT_SETTINGS)).rejects.toEqual(new AddinError('busy'));
    await first;
    await expect(services.evaluate(DEFAULT_SETTINGS)).resolves.toBeDefined();
  });

  it('says when no sheet looks like a plan, and when the chosen sheet is gone', async () => {
    const standin = await standinOf(await noPlanWorkbook());
    await expect(createServices(standin.host).evaluate(DEFAULT_SETTINGS)).rejects.toMatchObject({ code: 'noPlanSheet' });
    const sample = await sampleStandin();
    const error = await createServices(sample.host).evaluate({ ...DEFAULT_SETTINGS, sheet: '計画' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvaluationError);
    expect(error).toMatchObject({ code: 'sheetNotFound' });
  });

  it('selects the cell of a problem', async () => {
    const standin = await sampleStandin();
    await createServices(standin.host).selectCell('行動計画', 'D14');
    expect(standin.selection).toEqual({ sheet: '行動計画', address: 'D14' });
  });
});

/** A stand-in cell by its A1 address ("K3"). */
function cellAt(standin: Standin, sheet: string, a1: string) {
  const [, letters = '', row = ''] = /^([A-Z]+)(\d+)$/u.exec(a1) ?? [];
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return standin.workbook.sheet(sheet)?.cell(Number(row) - 1, column);
}

/** Every linked cell of the workbook, as "Sheet!A1 → target". */
function linksIn(standin: Standin): string[] {
  return standin.workbook.sheetNames.flatMap((name) => [...(standin.workbook.sheet(name)?.rows ?? [])].flatMap(([r, row]) =>
    [...row].filter(([, cell]) => cell.hyperlink).map(([c, cell]) => `${name}!${String.fromCharCode(65 + c)}${r + 1} → ${cell.hyperlink?.documentReference ?? ''}`)));
}

/** The host as one without ExcelApi 1.7 answers: the stand-in behind it is the same. */
function withoutExcelApi17(host: ExcelHost): ExcelHost {
  return { ...host, isSetSupported: (version) => Number(version.split('.')[1]) < 7 };
}

describe('Printing the sheets written by the add-in (on the stand-in)', () => {
  it('fits the summary on one page and the lists one page wide, each page numbered per sheet', async () => {
    const standin = await sampleStandin();
    await createServices(standin.host).evaluate(DEFAULT_SETTINGS);
    const layouts = await standin.run(async (context) => {
      const sheets = ['評価サマリー', '遅れ一覧'].map((name) => {
        const layout = context.workbook.worksheets.getItem(name).pageLayout.load('zoom');
        const footer = layout.headersFooters.defaultForAllPages.load('centerFooter');
        return { layout, footer };
      });
      await context.sync();
      return sheets.map(({ layout, footer }) => ({ zoom: layout.zoom, footer: footer.centerFooter }));
    });
    expect(layouts).toEqual([
      { zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 }, footer: '&A　- &P -' },
      { zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, footer: '&A　- &P -' },
    ]);
  });
});

describe('Links to the plan (on the stand-in)', () => {
  it('link each address to the plan cell it names, in the same write, keeping its text and the table\'s look', async () => {
    const standin = await sampleStandin();
    standin.stats.reset();
    await createServices(standin.host).evaluate(DEFAULT_SETTINGS);
    expect(standin.stats.nonEmptySyncs).toBeLessThanOrEqual(3);

    const k3 = cellAt(standin, '遅れ一覧', 'K3');
    expect(k3?.value).toEqual({ kind: 'string', value: '行動計画!A8' });
    expect(k3?.hyperlink).toEqual({ documentReference: '行動計画!A8' });
    expect(k3?.style).toMatchObject({ numberFormat: '@', horizontalAlignment: 'Center', font: { color: '#0563C1', underline: 'Single', name: '游ゴシック' } });
    expect(k3?.style.borders.top).not.toBeNull();
    expect(cellAt(standin, '要確認', 'A3')?.hyperlink).toEqual({ documentReference: '行動計画!D14' });
    const links = linksIn(standin);
    expect(links).toHaveLength(6 + 8 + 3);
    for (const link of links) expect(link).toMatch(/^(遅れ一覧!K|主な成果!I|要確認!A)\d+ → 行動計画![A-I]\d+$/u);

    // As the add-in reads it back, and as the preview saves it: a place in the workbook, where Excel puts one.
    const read = await standin.run(async (context) => {
      const range = context.workbook.worksheets.getItem('遅れ一覧').getRange('K4').load('hyperlink');
      await context.sync();
      return range.hyperlink;
    });
    expect(read).toEqual({ documentReference: '行動計画!A11', textToDisplay: '行動計画!A11' });
    const saved = await inspectXlsx(await standin.workbook.toXlsx());
    expect(saved.sheet('遅れ一覧').hyperlinks.get('K3')).toEqual({ location: '行動計画!A8', target: null });
    expect(saved.text('遅れ一覧', 'K3')).toBe('行動計画!A8');
  });

  it('quote a plan sheet whose name has spaces and an apostrophe, as Excel quotes it', async () => {
    const standin = await sampleStandin();
    await standin.host.run(async (context) => {
      context.workbook.worksheets.getItem('行動計画').name = "Reform Plan '23-24";
      await context.sync();
    });
    await createServices(standin.host).evaluate(DEFAULT_SETTINGS);
    expect(cellAt(standin, '遅れ一覧', 'K3')?.value).toEqual({ kind: 'string', value: "'Reform Plan ''23-24'!A8" });
    expect(cellAt(standin, '遅れ一覧', 'K3')?.hyperlink).toEqual({ documentReference: "'Reform Plan ''23-24'!A8" });
  });

  // The writer needs ExcelApi 1.7 for more than links (getRangeByIndexes; the manifest asks for 1.7), so the host
  // here only says it lacks 1.7: links follow the host's answer. A 1.6 stand-in refuses Range.hyperlink (test/standin).
  it('are left out on a host without ExcelApi 1.7: the addresses stay text in the table\'s look, and the write succeeds', async () => {
    const standin = await sampleStandin();
    const outcome = await createServices(withoutExcelApi17(standin.host)).evaluate(DEFAULT_SETTINGS);
    expect(outcome.sheets).toEqual(SUMMARY_SHEETS);
    expect(linksIn(standin)).toEqual([]);
    const k3 = cellAt(standin, '遅れ一覧', 'K3');
    expect(k3?.value).toEqual({ kind: 'string', value: '行動計画!A8' });
    expect(k3?.style.font).toMatchObject({ color: '#000000', underline: 'None' });
  });

  it('never cost a round trip: where the write fills its requests, the addresses stay text', async () => {
    const syncsAndLinks = async (withLinks: boolean): Promise<[number, number]> => {
      const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(await fs.readFile(SAMPLE)));
      const standin = createStandin({ workbook, payloadLimitBytes: 6 * 1024, displayLanguage: 'ja-JP' });
      // Only the links differ: every other capability (page layout, merged areas) stays the host's.
      const host = withLinks ? standin.host : { ...standin.host, isSetSupported: (version: string) => version !== '1.7' };
      await createServices(host, { requestBudgetBytes: 4 * 1024 }).evaluate(DEFAULT_SETTINGS);
      return [standin.stats.nonEmptySyncs, linksIn(standin).length];
    };
    const [plainSyncs] = await syncsAndLinks(false);
    expect(await syncsAndLinks(true)).toEqual([plainSyncs, 0]);
  });
});

describe('Settings in the workbook', () => {
  it('are saved in the workbook and read back by the next person who opens it', async () => {
    const standin = await sampleStandin();
    const settings: PlanSettings = { ...DEFAULT_SETTINGS, sheet: '行動計画', columnRoles: { name: 2, target: 3 }, year: 2020, preset: 'abcd', thresholds: [1, 0.7, 0.4], lang: 'en' };
    await createServices(standin.host).saveSettings(settings);
    const reopened = await standinOf(await standin.workbook.toXlsx());
    expect(await createServices(reopened.host).loadSettings()).toEqual(settings);
  });

  it('are the defaults in a workbook that has none', async () => {
    expect(await createServices((await sampleStandin()).host).loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('drive the evaluation: the chosen sheet, year, preset and language', async () => {
    const standin = await sampleStandin();
    const outcome = await createServices(standin.host).evaluate({ ...DEFAULT_SETTINGS, sheet: '行動計画', preset: 'abcd', lang: 'en' });
    expect(outcome.sheets).toEqual(['Summary', 'Delayed', 'Results', 'Check']);
    expect(outcome.evaluation.initiatives[0]?.grade).toBe('A');
    // 共同クラウド, 15 of 20 団体: C under abcd's B ≥80%, B under an office's own B ≥70%.
    const cloud = (o: typeof outcome) => o.evaluation.initiatives.find((i) => i.row === 8)?.grade;
    expect(cloud(outcome)).toBe('C');
    const own = await createServices(standin.host).evaluate({ ...DEFAULT_SETTINGS, preset: 'abcd', thresholds: [1, 0.7, 0.4] });
    expect(cloud(own)).toBe('B');
  });

  it('detect the columns of the plan sheet for the pane to prefill', async () => {
    const detected = await createServices((await sampleStandin()).host).detectColumns(null);
    expect(detected).toMatchObject({ sheet: '行動計画', headerRow: 4 });
    expect(detected?.columns.map((c) => c.role)).toEqual(['id', 'pillar', 'name', 'target', 'actual', 'status', 'cause', 'nextSteps', null]);
  });

  it('read rows of targets and actuals as the command does, and offer their columns as no role\'s', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('計画');
    sheet.addRow(['No.', '取組項目', '区分', '年度別目標・実績', null, null]);
    sheet.addRow([null, null, null, 'R3年度', 'R4年度', 'R5年度']);
    sheet.addRow([1, '電子申請の拡大', '目標', 100, 150, 200]);
    sheet.addRow([null, null, '実績', 110, 160, null]);
    sheet.addRow([2, '研修の充実', '目標', 300, 350, 400]);
    sheet.addRow([null, null, '実績', 310, 330, null]);
    for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'A3:A4', 'B3:B4', 'A5:A6', 'B5:B6']) sheet.mergeCells(range);
    const standin = await standinOf(Buffer.from(await book.xlsx.writeBuffer()));
    const services = createServices(standin.host);
    const detected = await services.detectColumns(null);
    expect(detected?.columns.map((c) => c.role)).toEqual(['id', 'name', null, null, null, null]);
    const outcome = await services.evaluate(DEFAULT_SETTINGS);
    expect(outcome.evaluation.initiatives.map((i) => [i.name, i.status])).toEqual([['電子申請の拡大', 'achieved'], ['研修の充実', 'delayed']]);
  });

  it('list the sheets, marking the one that looks like a plan', async () => {
    expect(await createServices((await sampleStandin()).host).listSheets()).toEqual([
      { name: '表紙', looksLikePlan: false },
      { name: '行動計画', looksLikePlan: true },
    ]);
  });
});

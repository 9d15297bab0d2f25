/**
 * Revising next years' targets in the browser preview (Chromium): open examples/action-plan-r2.xlsx, evaluate,
 * raise AI-OCR's R3 target to 6.7万 on the Revise targets tab, download the workbook and read it with ExcelJS;
 * evaluate again (the summary reports the revision); undo it.
 * Run: npm run test:e2e (global-setup.ts builds and serves the pane once).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { usePaneSession } from './support/session';
import { formulaTargetsPlan } from '../fixtures/build-fixtures';
import { OUTPUT, PLAN, downloadWorkbook, evaluate, evaluateButton, expectText, openPlan as openPreview, sheetTexts, waitFor } from './support/preview-page';

const PLAN_SHEET = '行動計画';
const HISTORY_SHEET = '目標見直し';
const REASON = '実績（約6.2万枚）が目標を大きく上回ったため';
const OCR_R3 = '新しい目標（AI-OCR利用枚数 R3年度）';
const OCR_R3_REASON = '見直しの理由（AI-OCR利用枚数 R3年度）';

const session = usePaneSession();

function reviseTab(page: Page) {
  return page.getByRole('tab', { name: '目標見直し' });
}

function applyButton(page: Page) {
  return page.locator('main').getByRole('button', { name: /^(見直しを書き込む|書き込み中…)$/u });
}

async function openRevise(page: Page): Promise<void> {
  await reviseTab(page).click();
  await page.getByTestId('revise-table').waitFor({ timeout: 30_000 });
}

async function inputPlan(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(PLAN) as unknown as ArrayBuffer);
  return workbook;
}

function cellText(book: ExcelJS.Workbook, sheet: string, address: string): string {
  return book.getWorksheet(sheet)?.getCell(address).text ?? '';
}

/** The history sheet's rows below its header (row 2), as the cells' texts. */
function historyRows(book: ExcelJS.Workbook): string[][] {
  const sheet = book.getWorksheet(HISTORY_SHEET);
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push(Array.from({ length: 14 }, (_, i) => row.getCell(i + 1).text));
  });
  return rows;
}

/**
 * Presses Evaluate with the results of a first run on screen, and waits until this run has been through its busy
 * state and back (the headline is there throughout, so it cannot tell the runs apart).
 */
async function evaluateAgain(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const label = (): string => {
      const button = [...document.querySelectorAll('main button')].find((b) => /^(評価|評価中…)$/u.test(b.textContent ?? ''));
      return button?.textContent ?? '-';
    };
    new MutationObserver(() => {
      const now = label();
      if (seen[seen.length - 1] !== now) seen.push(now);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    (window as unknown as { apeRuns: string[] }).apeRuns = seen;
  });
  await evaluateButton(page).click();
  await waitFor(async () => {
    const seen = await page.evaluate(() => (window as unknown as { apeRuns: string[] }).apeRuns);
    return seen.includes('評価中…') && seen[seen.length - 1] === '評価';
  }, 60_000);
}

describe('revising targets in the browser preview (Chromium)', () => {
  it('raises AI-OCR R3 to 6.7万 with a reason, records it, reports it on the next evaluation, and undoes it', async () => {
    const before = cellText(await inputPlan(), PLAN_SHEET, 'D5');
    expect(before).toContain('R3年度:2万枚');

    const page = await openPlan();
    await evaluate(page);
    await openRevise(page);

    // The AI-OCR rows show the targets as written and the suggestion from this year's actual.
    const row = page.locator('tr[data-slot="D5|2021|1"]');
    expect((await row.getByTestId('revise-current').textContent())?.trim()).toBe('2万枚');
    expect((await row.getByTestId('revise-suggestion').textContent())?.trim()).toBe('6.2万枚');
    expect(await applyButton(page).getAttribute('aria-disabled')).toBe('true');

    await page.getByRole('textbox', { name: OCR_R3 }).fill('6.7万');
    await page.getByRole('textbox', { name: OCR_R3_REASON }).fill(REASON);
    await expectText(row, '2万枚 → 6.7万枚 に変更します。');
    await expectText(page.getByTestId('revise-pending'), '書き込む変更: 1件');
    expect(await applyButton(page).getAttribute('aria-disabled')).not.toBe('true');
    await applyButton(page).click();
    await expectText(page.locator('[data-notice="applied"]'), 'シート「行動計画」の D5 に書き込み');
    // Reloaded: the row now reads the new target and the field is empty again.
    await waitFor(async () => (await row.getByTestId('revise-current').textContent())?.trim() === '6.7万枚');
    expect(await page.getByRole('textbox', { name: OCR_R3 }).inputValue()).toBe('');
    await page.screenshot({ path: path.join(OUTPUT, 'revise.png'), fullPage: true });
    console.log(`[e2e] screenshot of the Revise targets view after Apply: ${path.join(OUTPUT, 'revise.png')}`);

    const revised = await downloadWorkbook(page, 'revised.xlsx');
    const d5 = cellText(revised, PLAN_SHEET, 'D5');
    expect(d5).toContain('R3年度:6.7万枚');
    expect(d5).toContain('R4年度:3万枚');
    expect(d5).toBe(before.replace('R3年度:2万枚', 'R3年度:6.7万枚'));
    const history = historyRows(revised);
    expect(history).toHaveLength(1);
    expect(history[0]!.slice(2, 11)).toEqual([PLAN_SHEET, 'D5', 'RPA・AI-OCR・音声テキスト化による業務自動化の推進', 'AI-OCR利用枚数', 'R3年度', '2万枚', '6.7万枚', REASON, '見直し']);

    // Evaluate again: the summary lists the revision in the report's notation.
    await page.getByRole('tab', { name: '評価' }).click();
    await evaluateAgain(page);
    const reevaluated = await downloadWorkbook(page, 'revised-evaluated.xlsx');
    expect(sheetTexts(reevaluated.getWorksheet('評価サマリー')!)).toContain('〇RPA・AI-OCR・音声テキスト化による業務自動化の推進　AI-OCR利用枚数 R3年度:2万→6.7万枚');
    expect(historyRows(reevaluated)).toHaveLength(1);

    // Undo: the cell is back as it was, and the undo is recorded.
    await openRevise(page);
    await page.getByRole('button', { name: '直前の見直しを取り消す' }).click();
    // It names what it takes back, and asks first.
    const confirm = page.getByTestId('undo-confirm');
    await expectText(confirm, 'AI-OCR利用枚数 R3年度（D5）: 6.7万枚 を 2万枚 に戻します');
    await confirm.getByRole('button', { name: '取り消す' }).click();
    await expectText(page.locator('[data-notice="undone"]'), 'D5 を元に戻しました');
    await waitFor(async () => (await row.getByTestId('revise-current').textContent())?.trim() === '2万枚');
    const undone = await downloadWorkbook(page, 'revise-undone.xlsx');
    expect(cellText(undone, PLAN_SHEET, 'D5')).toContain('R3年度:2万枚');
    expect(cellText(undone, PLAN_SHEET, 'D5')).toBe(before);
    expect(historyRows(undone).map((r) => [r[7], r[8], r[10]])).toEqual([['2万枚', '6.7万枚', '見直し'], ['6.7万枚', '2万枚', '取消し']]);

    // Nothing more to undo: not offered.
    await waitFor(async () => (await page.getByRole('button', { name: '直前の見直しを取り消す' }).getAttribute('aria-disabled')) === 'true');
    expect(await page.locator('[data-error-key]').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('refuses to apply over a cell changed behind the pane’s back, names it, and writes nothing', async () => {
    const page = await openPlan();
    await evaluate(page);
    await openRevise(page);
    const row = page.locator('tr[data-slot="D5|2021|1"]');
    await row.waitFor();
    // Someone else edits the target cell after the pane read it.
    const edited = '○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:4万枚 R4年度:3万枚';
    await page.evaluate(([value]) => (window as unknown as { apePreview: { editCell(s: string, a: string, v: string): Promise<void> } }).apePreview.editCell('行動計画', 'D5', value!), [edited]);
    await page.getByRole('textbox', { name: OCR_R3 }).fill('6.7万');
    await page.getByRole('textbox', { name: OCR_R3_REASON }).fill(REASON);
    await applyButton(page).click();
    await expectText(page.locator('[data-error-key]'), 'D5');
    const after = await downloadWorkbook(page, 'revise-conflict.xlsx');
    expect(cellText(after, PLAN_SHEET, 'D5')).toBe(edited);
    expect(after.getWorksheet('目標見直し')).toBeUndefined();
  });

  it('keyboard only: Tab reaches the new-target field, the reason and Apply; Enter applies', async () => {
    const page = await openPlan();
    await reviseTab(page).click(); // the tab list itself is reached with Tab and arrows; here it is opened directly
    await page.getByTestId('revise-table').waitFor({ timeout: 30_000 });
    await reviseTab(page).focus();

    const focusedName = (): Promise<string> =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (el?.hasAttribute('data-tabster-dummy')) return 'TABSTER-DUMMY';
        return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
      });
    const tabTo = async (name: string, limit = 40): Promise<string[]> => {
      const stops: string[] = [];
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const now = await focusedName();
        stops.push(now);
        if (now === name) return stops;
      }
      throw new Error(`Tab did not reach "${name}": ${stops.join(' → ')}`);
    };

    const toField = await tabTo(OCR_R3);
    console.log(`[e2e] Tab stops to the first new-target field: ${toField.join(' → ')}`);
    expect(toField).not.toContain('TABSTER-DUMMY');
    await page.keyboard.type('６．７万');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(OCR_R3_REASON);
    await page.keyboard.type('キーボードで入力');
    await tabTo('見直しを書き込む');
    await page.keyboard.press('Enter');
    await expectText(page.locator('[data-notice="applied"]'), 'D5 に書き込み');
    const saved = await downloadWorkbook(page, 'revised-keyboard.xlsx');
    expect(cellText(saved, PLAN_SHEET, 'D5')).toContain('R3年度:6.7万枚');
    expect(historyRows(saved)[0]?.[9]).toBe('キーボードで入力');
    expect(session.pageErrors).toEqual([]);
  });

  it('axe-core in Chromium on the Revise targets view: no serious or critical violations, colour contrast included', async () => {
    const page = await openPlan();
    await openRevise(page);
    // With a refused value and an accepted one on screen.
    await page.getByRole('textbox', { name: OCR_R3 }).fill('abc');
    await page.getByRole('textbox', { name: '新しい目標（AI-OCR利用枚数 R4年度）' }).fill('7万');
    await expectText(page.locator('main'), '数値として読めません');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const check = async (layout: string): Promise<string[]> => {
      const results = await page.evaluate(async () => {
        type Found = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
        const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: Found[]; passes: Found[] }> } }).axe;
        // Fluent's focus-redirecting elements (data-tabster-dummy) are left out, as in pane.e2e.ts.
        const { violations, passes } = await axe.run({ include: [document], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
        return { violations, contrastRan: passes.some((p) => p.id === 'color-contrast') || violations.some((v) => v.id === 'color-contrast') };
      });
      expect(results.contrastRan).toBe(true);
      const line = (v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`);
      const minor = results.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical').flatMap(line);
      if (minor.length > 0) console.log(`[e2e] axe on the Revise view (${layout}): minor/moderate findings (not failing):\n${minor.join('\n')}`);
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap(line);
    };
    // The pane's usual width (rows as cards), then a wide pane (a table with its columns).
    const narrow = await check('420 px');
    await page.setViewportSize({ width: 960, height: 900 });
    await page.getByTestId('revise-table').waitFor();
    await page.screenshot({ path: path.join(OUTPUT, 'revise-wide.png'), fullPage: true });
    const wide = await check('960 px');
    expect({ narrow, wide }).toEqual({ narrow: [], wide: [] });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(session.pageErrors).toEqual([]);
  });
});

function openPlan(query = '', file = PLAN): Promise<Page> {
  return openPreview(session.context, session.pageErrors, query, file);
}

/** The reviewer's workbook (formula.xlsx: a formula target and a 千枚 row), written to output/. */
async function formulaPlan(): Promise<string> {
  const file = path.join(OUTPUT, 'formula.xlsx');
  await formulaTargetsPlan(file);
  return file;
}

describe('targets in 千枚 and a target cell holding a formula (Chromium)', () => {
  it('writes 8,500 into the cell in 千枚, replaces the formula only once agreed, records it, and Undo puts the formula back', async () => {
    const file = await formulaPlan();
    const page = await openPlan('', file);
    await openRevise(page);

    const paper = page.locator('tr[data-slot="H5|2021|0"]');
    expect((await paper.getByTestId('revise-current').textContent())?.trim()).toBe('7,500千枚');
    expect((await paper.getByTestId('revise-suggestion').textContent())?.trim()).toBe('8,500千枚');
    await paper.getByRole('button', { name: /^提案値を使う/u }).click();
    expect(await page.getByRole('textbox', { name: '新しい目標（コピー用紙使用量 R3年度）' }).inputValue()).toBe('8,500');
    await expectText(paper, '7,500千枚 → 8,500千枚 に変更します。');

    const filings = page.locator('tr[data-slot="H4|2021|0"]');
    expect((await filings.getByTestId('revise-current').textContent())?.trim()).toBe('1,200件');
    await page.getByRole('textbox', { name: '新しい目標（電子申請件数 R3年度）' }).fill('1300');
    await expectText(filings, '1,200件 → 1,300件 に変更します。');

    // Apply stops at the formula and names it; nothing is written until the planner agrees.
    await applyButton(page).click();
    const confirm = page.getByTestId('formula-confirm');
    await expectText(confirm, '電子申請件数 R3年度（H4）: 式 =F4*1.2 を値 1,300件 に置き換えます');
    expect(await page.locator('[data-notice="applied"]').count()).toBe(0);
    await confirm.getByRole('button', { name: '式を値に置き換えて書き込む' }).click();
    await expectText(page.locator('[data-notice="applied"]'), 'シート「行動計画」の H4, H5 に書き込み');

    const revised = await downloadWorkbook(page, 'formula-revised.xlsx', 'formula.xlsx');
    const plan = revised.getWorksheet(PLAN_SHEET)!;
    expect(plan.getCell('H5').value).toBe(8500);
    expect(plan.getCell('H4').value).toBe(1300);
    expect(historyRows(revised).map((r) => [r[3], r[7], r[8], r[12], r[13]])).toEqual([
      ['H4', '1,200件', '1,300件', '=F4*1.2', '1300'],
      ['H5', '7,500千枚', '8,500千枚', '7500', '8500'],
    ]);

    await page.getByRole('button', { name: '直前の見直しを取り消す' }).click();
    const undo = page.getByTestId('undo-confirm');
    await expectText(undo, '電子申請件数 R3年度（H4）: 1,300件 を 1,200件（式 =F4*1.2）に戻します');
    await undo.getByRole('button', { name: '取り消す' }).click();
    await expectText(page.locator('[data-notice="undone"]'), 'H4, H5 を元に戻しました');
    const undone = await downloadWorkbook(page, 'formula-undone.xlsx', 'formula.xlsx');
    expect(undone.getWorksheet(PLAN_SHEET)!.getCell('H4').formula).toBe('F4*1.2');
    expect(undone.getWorksheet(PLAN_SHEET)!.getCell('H5').value).toBe(7500);
    expect(session.pageErrors).toEqual([]);
  });
});

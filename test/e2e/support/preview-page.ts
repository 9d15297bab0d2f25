/**
 * The preview page as the end-to-end tests drive it: open the pane (recording page errors), open a workbook with
 * the toolbar, press Evaluate, download the workbook and read it with ExcelJS on the node side.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PLAN = path.join(ROOT, 'examples', 'action-plan-r2.xlsx');
export const OUTPUT = path.join(ROOT, 'test', 'e2e', 'output');

export function origin(): string {
  const value = process.env.APE_E2E_ORIGIN;
  if (!value) throw new Error('APE_E2E_ORIGIN is not set: run through npm run test:e2e (global-setup.ts)');
  return value;
}

/**
 * A new page whose uncaught errors and console errors (other than Office.js's aborted request, expected) are
 * pushed to `errors`.
 */
export async function newPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/ERR_INTERNET_DISCONNECTED|ERR_FAILED/u.test(text) && /Failed to load resource/u.test(text)) return; // office.js, aborted
    errors.push(`console.error: ${text}`);
  });
  return page;
}

/** The Evaluate button (not the 評価 tab, which has the same word). */
export function evaluateButton(page: Page): Locator {
  return page.locator('main').getByRole('button', { name: /^(評価|評価中…)$/u });
}

export async function expectText(locator: Locator, contains: string, timeout = 30_000): Promise<void> {
  await locator.filter({ hasText: contains }).first().waitFor({ timeout });
}

/** The pane in the preview with the sample plan (or `file`) open. */
export async function openPlan(context: BrowserContext, errors: string[], query = '', file = PLAN): Promise<Page> {
  const page = await newPage(context, errors);
  await page.goto(`${origin()}/taskpane.html${query}`);
  await page.getByTestId('preview-toolbar').waitFor();
  await page.locator('input[type=file]#ape-preview-file').setInputFiles(file);
  await expectText(page.getByTestId('preview-workbook'), path.basename(file));
  await evaluateButton(page).waitFor();
  return page;
}

export async function evaluate(page: Page): Promise<void> {
  await evaluateButton(page).click();
  await page.getByTestId('headline').waitFor({ timeout: 60_000 });
}

/** Downloads the open workbook through the toolbar, saves it as output/`name`, and reads it with ExcelJS. */
export async function downloadWorkbook(page: Page, name: string, expectedName = path.basename(PLAN)): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('preview-toolbar').getByRole('button', { name: 'ブックをダウンロード' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(expectedName);
  const file = path.join(OUTPUT, name);
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbook;
}

export function sheetTexts(sheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
  return texts;
}

/** Polls until `condition` holds (or fails after `timeout`). */
export async function waitFor(condition: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeout} ms: ${condition.toString()}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

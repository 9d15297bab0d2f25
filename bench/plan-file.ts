/**
 * Writes a generated plan grid to an .xlsx as staff keep it (merged 方向性, wrapped text, borders, row heights),
 * with ExcelJS's streaming writer, and caches the file in os.tmpdir() keyed by N and a hash of the grid, so a
 * later run with the same plan skips the (slow) write.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergedArea } from '../src/core/grid';
import { HEADER_ROW, HEADERS } from './generate-plan';

/** Bump when the file layout below changes, so cached files are rewritten. */
const LAYOUT_VERSION = 1;
export const CACHE_DIR = path.join(os.tmpdir(), 'action-plan-bench');

const COLUMN_WIDTHS = [5, 16, 26, 38, 38, 9, 34, 44, 16] as const;
const FONT: Partial<ExcelJS.Font> = { name: 'ＭＳ Ｐゴシック', size: 10 };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP_TOP: Partial<ExcelJS.Alignment> = { vertical: 'top', horizontal: 'left', wrapText: true };
const WRAP_MIDDLE: Partial<ExcelJS.Alignment> = { vertical: 'middle', horizontal: 'left', wrapText: true };
const CENTRED: Partial<ExcelJS.Alignment> = { vertical: 'top', horizontal: 'center', wrapText: true };

export interface PlanFile {
  readonly path: string;
  readonly bytes: number;
  /** Milliseconds spent writing it now; null when it came from the cache. */
  readonly writeMs: number | null;
}

function gridHash(grid: Grid): string {
  const hash = createHash('sha1');
  hash.update(`v${LAYOUT_VERSION}\n`);
  hash.update(JSON.stringify(grid.merges));
  for (const row of grid.cells) hash.update(JSON.stringify(row));
  return hash.digest('hex').slice(0, 12);
}

/** Display width in Excel column units, a full-width character counting two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
  return width;
}

function rowHeight(values: readonly CellValue[]): number {
  let lines = 1;
  values.forEach((value, c) => {
    if (typeof value !== 'string' || c === 1) return;
    const usable = Math.max(1, (COLUMN_WIDTHS[c] ?? 10) - 1);
    const needed = value.split('\n').reduce((sum, p) => sum + Math.max(1, Math.ceil(displayWidth(p) / usable)), 0);
    lines = Math.max(lines, needed);
  });
  return Math.round((lines * 13.5 + 5) * 4) / 4;
}

function styleDataCell(cell: ExcelJS.Cell, col: number): void {
  cell.font = FONT;
  cell.border = BORDER;
  cell.alignment = col === 1 ? WRAP_MIDDLE : col === 0 || col === 5 ? CENTRED : WRAP_TOP;
}

function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = { ...FONT, bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = BORDER;
}

function writeRow(sheet: ExcelJS.Worksheet, r: number, values: readonly CellValue[]): void {
  const row = sheet.getRow(r + 1);
  for (let c = 0; c < HEADERS.length; c++) {
    const value = values[c] ?? null;
    const cell = row.getCell(c + 1);
    if (value !== null) cell.value = value as ExcelJS.CellValue;
    if (r === HEADER_ROW) styleHeaderCell(cell);
    else if (r > HEADER_ROW) styleDataCell(cell, c);
  }
  if (r === 0) row.getCell(1).font = { ...FONT, size: 14, bold: true };
  if (r > HEADER_ROW) row.height = rowHeight(values);
  row.commit();
}

/** Streams the grid into an .xlsx; merged areas are declared before their rows are committed. */
async function writePlanXlsx(grid: Grid, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = workbook.addWorksheet(grid.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW + 1 }],
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const mergesByTop = new Map<number, MergedArea[]>();
  for (const m of grid.merges) mergesByTop.set(m.top, [...(mergesByTop.get(m.top) ?? []), m]);
  grid.cells.forEach((values, r) => {
    for (const m of mergesByTop.get(r) ?? []) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    writeRow(sheet, r, values);
  });
  sheet.commit();
  await workbook.commit();
}

/** Deletes cached files of the same size left by an older generator or layout. */
async function removeStale(n: number, keep: string): Promise<void> {
  const prefix = `plan-${n}-`;
  for (const name of await fs.readdir(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, name);
    if (name.startsWith(prefix) && name.endsWith('.xlsx') && !name.includes('.partial') && file !== keep) await fs.rm(file, { force: true });
  }
}

/** The plan's .xlsx in the cache directory, written now unless an identical one is already there. */
export async function planFile(grid: Grid, n: number): Promise<PlanFile> {
  await fs.mkdir(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `plan-${n}-${gridHash(grid)}.xlsx`);
  const existing = await fs.stat(file).catch(() => null);
  if (existing?.isFile()) return { path: file, bytes: existing.size, writeMs: null };
  const partial = `${file}.${process.pid}.partial.xlsx`;
  const started = performance.now();
  await writePlanXlsx(grid, partial);
  await fs.rename(partial, file);
  const writeMs = performance.now() - started;
  await removeStale(n, file);
  return { path: file, bytes: (await fs.stat(file)).size, writeMs };
}

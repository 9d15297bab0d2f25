/**
 * Reading what Evaluate needs from Excel in as few round trips as the API allows:
 *   sync 1 — sheet names, the tool's markers (defined names) and the stored settings;
 *   sync 2 — the used range of the plan sheet (or of every candidate sheet): values, number formats, merged areas.
 * A plan too large for one response (Excel on the web answers at most 5 MB) is read in row blocks instead.
 */
import { dateOfSerial, isDateFormat, isPercentFormat, unitOfNumberFormat } from '../core/cell-text';
import { percentCellKey, type CellValue, type Grid, type MergedArea, type WorkbookGrids } from '../core/grid';
import type { SheetKey } from '../core/sheets/description';
import { parseRangeAddress } from './addresses';
import { isPayloadTooLarge } from './excel-errors';
import { MARKER_PREFIX, readSettings } from './settings-store';
import type { PlanSettings } from './use-cases';

export interface WorkbookSnapshot {
  /** The workbook's file name where the host tells it. */
  readonly workbookName: string;
  readonly sheetNames: readonly string[];
  /** Sheet name → the summary sheet the tool made there. */
  readonly owned: ReadonlyMap<string, SheetKey>;
  /** The tool's marker names, to delete with their sheets. */
  readonly markerNames: readonly string[];
  readonly settings: PlanSettings;
}

export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  const settings = readSettings(context);
  const workbook = context.workbook.load('name');
  await context.sync();

  const owned = new Map<string, SheetKey>();
  const markerNames: string[] = [];
  for (const item of names.items) {
    if (!item.name.startsWith(MARKER_PREFIX)) continue;
    markerNames.push(item.name);
    const area = parseRangeAddress(String(item.formula).replace(/^=/u, ''));
    if (area?.sheet) owned.set(area.sheet, item.name.slice(MARKER_PREFIX.length) as SheetKey);
  }
  return { workbookName: workbook.name ?? '', sheetNames: sheets.items.map((s) => s.name), owned, markerNames, settings: settings.value() };
}

const ERROR_LITERAL = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/u;

/** Excel's values as the core's plain values: "" is blank, "#N/A" an error. */
export function plainValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return ERROR_LITERAL.test(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * A row's values as the grid holds them: a number shown as a date is the date (Excel gives the add-in its day
 * number), as the .xlsx reader gives it, so the add-in reads a date cell as the command does.
 */
function plainRow(row: readonly unknown[], formats: readonly unknown[] | undefined): CellValue[] {
  return row.map((value, c) => (typeof value === 'number' && value > 0 && isDateFormat(formats?.[c]) ? dateOfSerial(value) : plainValue(value)));
}

function mergedAreas(address: string | null, top: number, left: number): MergedArea[] {
  if (!address) return [];
  // "Sheet1!F3:F5, Sheet1!H3:H4": areas are separated by a comma and a space.
  return address.split(', ').flatMap((part) => {
    const area = parseRangeAddress(part.trim());
    return area ? [{ top: area.top - top, left: area.left - left, bottom: area.bottom - top, right: area.right - left }] : [];
  });
}

interface PendingSheet {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
}

function queueSheet(context: Excel.RequestContext, name: string, mergesSupported: boolean, withValues: boolean): PendingSheet {
  const sheet = context.workbook.worksheets.getItem(name);
  // Number formats tell a percentage (0.95 shown as 95%) from a plain fraction.
  const used = sheet.getUsedRangeOrNullObject(true).load(withValues ? 'values,numberFormat,rowIndex,columnIndex,rowCount,columnCount' : 'rowIndex,columnIndex,rowCount,columnCount');
  // The whole sheet's merged areas: a used range of an empty sheet is a null object, the sheet never is.
  const merges = mergesSupported ? sheet.getRange().getMergedAreasOrNullObject().load('address') : null;
  return { name, used, merges };
}

/**
 * What the numeric cells' number formats say, by percentCellKey, in one pass: the cells shown as percentages, and the
 * unit a format writes after the number ("#,##0\"㎡\"").
 */
function numberFormatsOf(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[]): Pick<Grid, 'percentCells' | 'cellUnits'> {
  const percentCells = new Set<number>();
  const cellUnits = new Map<number, string>();
  values.forEach((row, r) => row.forEach((value, c) => {
    if (typeof value !== 'number') return;
    const format = formats[r]?.[c];
    // As the .xlsx reader: only a number that can be a fraction shown as a percentage (up to ±1000%).
    if (value <= 10 && value >= -10 && isPercentFormat(format)) percentCells.add(percentCellKey(r, c));
    const unit = unitOfNumberFormat(format);
    if (unit !== null) cellUnits.set(percentCellKey(r, c), unit);
  }));
  return { percentCells, cellUnits };
}

function gridOf(pending: PendingSheet, read: ValuesAndFormats | null, mergesSupported: boolean): Grid {
  const { used, merges } = pending;
  if (used.isNullObject) return { sheetName: pending.name, cells: [], merges: [], top: 0, left: 0, mergesKnown: mergesSupported };
  const top = used.rowIndex;
  const left = used.columnIndex;
  const address = merges && !merges.isNullObject ? merges.address : null;
  const { values, formats } = read ?? { values: used.values, formats: used.numberFormat };
  return {
    sheetName: pending.name,
    cells: values.map((row, r) => plainRow(row, formats[r])),
    merges: mergedAreas(address, top, left),
    top,
    left,
    mergesKnown: mergesSupported,
    ...numberFormatsOf(values, formats),
  };
}

interface ValuesAndFormats {
  readonly values: unknown[][];
  readonly formats: unknown[][];
}

/** Rows per block to start with when a plan is too large to read in one response. */
const FIRST_BLOCK_ROWS = 5_000;

/** Reads the used range in row blocks, halving a block that still answers more than the host allows. */
async function readInBlocks(context: Excel.RequestContext, pending: PendingSheet): Promise<ValuesAndFormats> {
  const { used } = pending;
  const values: unknown[][] = [];
  const formats: unknown[][] = [];
  let blockRows = FIRST_BLOCK_ROWS;
  for (let start = 0; start < used.rowCount;) {
    const rows = Math.min(blockRows, used.rowCount - start);
    const block = context.workbook.worksheets.getItem(pending.name)
      .getRangeByIndexes(used.rowIndex + start, used.columnIndex, rows, used.columnCount).load('values,numberFormat');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows === 1) throw error;
      blockRows = Math.ceil(rows / 2);
      continue;
    }
    values.push(...block.values);
    formats.push(...block.numberFormat);
    start += rows;
  }
  return { values, formats };
}

/**
 * The grids of the given sheets, in one sync when the answer fits. Merged areas need ExcelApi 1.13; below it
 * they are unknown and the core carries blank policy directions down instead.
 */
export async function readGrids(context: Excel.RequestContext, workbookName: string, names: readonly string[], mergesSupported: boolean): Promise<WorkbookGrids> {
  try {
    const pending = names.map((name) => queueSheet(context, name, mergesSupported, true));
    await context.sync();
    return { name: workbookName, sheets: pending.map((p) => gridOf(p, null, mergesSupported)) };
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
  }
  const pending = names.map((name) => queueSheet(context, name, mergesSupported, false));
  await context.sync();
  const sheets: Grid[] = [];
  for (const p of pending) sheets.push(gridOf(p, p.used.isNullObject ? { values: [], formats: [] } : await readInBlocks(context, p), mergesSupported));
  return { name: workbookName, sheets };
}

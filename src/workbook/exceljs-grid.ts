/** Reading an ExcelJS workbook into the core's grids: plain values and merged areas, nothing else. */
import type ExcelJS from 'exceljs';
import { isPercentFormat, unitOfNumberFormat } from '../core/cell-text';
import { percentCellKey, type CellValue, type Grid, type MergedArea, type WorkbookGrids } from '../core/grid';

/** ExcelJS keeps merged areas in a private map (master address → range); its public `model` would serialise every row. */
interface MergeRange {
  readonly model: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
}

function mergesOf(sheet: ExcelJS.Worksheet): MergedArea[] {
  const merges = (sheet as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(merges).map(({ model }) => ({
    top: model.top - 1, left: model.left - 1, bottom: model.bottom - 1, right: model.right - 1,
  }));
}

/**
 * One ExcelJS cell value as a plain value: formulas give their cached result (or, saved without one, say so), rich
 * text its text.
 */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result !== undefined) return plainValue(result as ExcelJS.CellValue);
    // A shared formula's other cells hold only the address of the first: no formula of their own to name.
    return { error: '', uncomputedFormula: 'formula' in value ? value.formula : '' };
  }
  if ('text' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return plainValue(text as ExcelJS.CellRichTextValue);
  }
  return null;
}

function hasFormulaResult(value: ExcelJS.CellValue | undefined): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value) && value.result !== undefined;
}

export function gridOfSheet(sheet: ExcelJS.Worksheet): Grid {
  const cells: CellValue[][] = [];
  const percentCells = new Set<number>();
  const cellUnits = new Map<number, string>();
  /** Formulas without a value, as [row, column] pairs; and whether any formula of the sheet has one. */
  const uncomputed: number[] = [];
  let anyComputed = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based and sparse: index 0 is always empty.
    const raw = row.values as (ExcelJS.CellValue | undefined)[];
    const values: CellValue[] = new Array<CellValue>(Math.max(raw.length - 1, 0));
    for (let c = 1; c < raw.length; c++) {
      const value = plainValue(raw[c]);
      values[c - 1] = value;
      if (typeof value === 'object' && value !== null && 'uncomputedFormula' in value) uncomputed.push(rowNumber - 1, c - 1);
      else if (!anyComputed && hasFormulaResult(raw[c])) anyComputed = true;
      if (typeof value === 'number') {
        const format = row.getCell(c).numFmt;
        // Only a number that can be a fraction shown as a percentage (up to ±1000%) is one.
        if (value <= 10 && value >= -10 && isPercentFormat(format)) percentCells.add(percentCellKey(rowNumber - 1, c - 1));
        const unit = unitOfNumberFormat(format);
        if (unit !== null) cellUnits.set(percentCellKey(rowNumber - 1, c - 1), unit);
      }
    }
    while (cells.length < rowNumber - 1) cells.push([]);
    cells[rowNumber - 1] = values;
  });
  // Excel saves every formula's value, but ExcelJS reads an empty one ("" from =IF(E2="","",E2)) as none: in a sheet
  // whose other formulas have values, one without is an empty result, not a formula left uncalculated.
  if (anyComputed) for (let i = 0; i < uncomputed.length; i += 2) (cells[uncomputed[i] as number] as CellValue[])[uncomputed[i + 1] as number] = null;
  const merges = mergesOf(sheet);
  // ExcelJS repeats a merged area's value in every cell it covers; Excel (and so the core) has it only in the first.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = cells[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && c < row.length) row[c] = null;
    }
  }
  return { sheetName: sheet.name, cells, merges, top: 0, left: 0, mergesKnown: true, percentCells, cellUnits };
}

export function gridsOfWorkbook(workbook: ExcelJS.Workbook, name: string, skip: (sheet: ExcelJS.Worksheet) => boolean = () => false): WorkbookGrids {
  return { name, sheets: workbook.worksheets.filter((s) => !skip(s)).map(gridOfSheet) };
}

/** `evaluate --out`: a copy of the input workbook with the summary sheets added, the input never written. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookSpec } from '../core/sheets/description';
import { freeSheetName, markOwned, ownedSheets, removeOwnedSheets } from './owned-sheets';
import { rewriteInWorkbookLinks } from './in-workbook-links';
import { lossyParts, type LossyPart } from './lossy-parts';
import { replaceOutputFile } from './output-file';
import { renderSheet } from './xlsx-render';

export interface WriteResult {
  /** Sheet names as written (a name a user's sheet already has gets a suffix). */
  readonly sheets: string[];
  /** Earlier summary sheets that were replaced. */
  readonly replaced: string[];
  /** Parts of the input a copy would have lost; when any, the output holds the summary sheets alone. */
  readonly separateBecause: LossyPart[];
}

/** Adds the sheets of `spec` to `workbook`, replacing only the sheets an earlier run made. */
export function addSummarySheets(workbook: ExcelJS.Workbook, spec: WorkbookSpec): { sheets: string[]; replaced: string[] } {
  const replaced = removeOwnedSheets(workbook);
  // The user's sheets, before the tool's are added: the only ones its links may go to.
  const userSheets = new Set(workbook.worksheets.map((w) => w.name));
  const sheets = spec.sheets.map((sheetSpec) => {
    const name = freeSheetName(workbook, sheetSpec.name);
    renderSheet(workbook, sheetSpec, name, spec.fontName, userSheets);
    markOwned(workbook, name, sheetSpec.key);
    return name;
  });
  const first = workbook.getWorksheet(sheets[0] ?? '');
  if (first) workbook.views = [{ ...(workbook.views?.[0] ?? {}), activeTab: workbook.worksheets.indexOf(first) } as ExcelJS.WorkbookView];
  return { sheets, replaced };
}

/**
 * ExcelJS reads a sheet with automatic page numbering as starting at page 1 (it defaults firstPageNumber to 1 and
 * writes it back with useFirstPageNumber): the source sheets are put back to automatic numbering as they were.
 */
function keepAutomaticPageNumbers(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    const setup = sheet.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (setup.useFirstPageNumber !== true) setup.firstPageNumber = undefined;
  }
}

/** The package with its links to the plan's cells written as Excel writes them; as it was when it has none. */
async function withInWorkbookLinks(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  if (!(await rewriteInWorkbookLinks(zip))) return bytes;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function writeEvaluatedWorkbook(input: ExcelJS.Workbook, inputBytes: Buffer, spec: WorkbookSpec, outPath: string): Promise<WriteResult> {
  const separateBecause = await lossyParts(inputBytes, new Set(ownedSheets(input).keys()));
  const target = separateBecause.length > 0 ? new ExcelJS.Workbook() : input;
  keepAutomaticPageNumbers(target);
  const { sheets, replaced } = addSummarySheets(target, spec);
  const bytes = await withInWorkbookLinks(Buffer.from(await target.xlsx.writeBuffer()));
  // Written beside the target and renamed over it, into a folder that must exist (a mistyped folder is an
  // OutputError, never created).
  await replaceOutputFile(outPath, bytes);
  return { sheets, replaced, separateBecause };
}

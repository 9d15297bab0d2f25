/**
 * Parts of an .xlsx that ExcelJS drops on a read → write round trip (pivot tables, charts, custom document
 * properties, links to a cell of the workbook). Where the input holds any, the summary goes to a workbook of its own
 * rather than a copy that silently loses them.
 */
import JSZip from 'jszip';
import { readInWorkbookLinks } from './in-workbook-links';

export type LossyPart = 'pivotTables' | 'charts' | 'customProperties' | 'inWorkbookLinks';


const LOSSY_PARTS: ReadonlyArray<readonly [RegExp, LossyPart]> = [
  [/^xl\/pivotTables\//u, 'pivotTables'],
  [/^xl\/pivotCache\//u, 'pivotTables'],
  [/^xl\/charts\//u, 'charts'],
  [/^xl\/chartsheets\//u, 'charts'],
  [/^docProps\/custom\.xml$/u, 'customProperties'],
];

/**
 * What the input holds that a copy would lose; empty when a copy is faithful. Links in the sheets the tool made
 * (`ownSheets`) are not lost: those sheets are made again, links and all.
 */
export async function lossyParts(bytes: Buffer, ownSheets: ReadonlySet<string> = new Set()): Promise<LossyPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Set<LossyPart>();
  for (const path of Object.keys(zip.files)) {
    for (const [pattern, what] of LOSSY_PARTS) if (pattern.test(path)) found.add(what);
  }
  // ExcelJS reads no link to a place in the workbook (exceljs #920).
  for (const sheet of (await readInWorkbookLinks(zip)).keys()) if (!ownSheets.has(sheet)) found.add('inWorkbookLinks');
  return [...found];
}

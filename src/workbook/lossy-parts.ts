/**
 * Parts of an .xlsx that ExcelJS drops on a read → write round trip (pivot tables, charts, custom document
 * properties). Where the input holds any, the summary goes to a workbook of its own rather than a copy that
 * silently loses them.
 */
import JSZip from 'jszip';

export type LossyPart = 'pivotTables' | 'charts' | 'customProperties';

const LOSSY_PARTS: ReadonlyArray<readonly [RegExp, LossyPart]> = [
  [/^xl\/pivotTables\//u, 'pivotTables'],
  [/^xl\/pivotCache\//u, 'pivotTables'],
  [/^xl\/charts\//u, 'charts'],
  [/^xl\/chartsheets\//u, 'charts'],
  [/^docProps\/custom\.xml$/u, 'customProperties'],
];

/** What the input holds that a copy would lose; empty when a copy is faithful. */
export async function lossyParts(bytes: Buffer): Promise<LossyPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Set<LossyPart>();
  for (const path of Object.keys(zip.files)) {
    for (const [pattern, what] of LOSSY_PARTS) if (pattern.test(path)) found.add(what);
  }
  return [...found];
}

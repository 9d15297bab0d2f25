/**
 * Parts of an .xlsx that ExcelJS drops on a read → write round trip (pivot tables, charts, custom document
 * properties). Where the input holds any, the summary goes to a workbook of its own rather than a copy that
 * silently loses them.
 */
import JSZip from 'jszip';

const LOSSY_PARTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^xl\/pivotTables\//u, 'pivot tables'],
  [/^xl\/pivotCache\//u, 'pivot tables'],
  [/^xl\/charts\//u, 'charts'],
  [/^xl\/chartsheets\//u, 'charts'],
  [/^docProps\/custom\.xml$/u, 'custom document properties'],
];

/** What the input holds that a copy would lose; empty when a copy is faithful. */
export async function lossyParts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Set<string>();
  for (const path of Object.keys(zip.files)) {
    for (const [pattern, what] of LOSSY_PARTS) if (pattern.test(path)) found.add(what);
  }
  return [...found];
}

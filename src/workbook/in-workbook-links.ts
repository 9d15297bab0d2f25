/**
 * Links from a cell to a cell of the same workbook, in the .xlsx package ExcelJS (4.4) writes and reads.
 *
 * Excel writes such a link as a location alone: `<hyperlink ref="K3" location="'Reform Plan'!A8"/>`. ExcelJS,
 * given `{ text, hyperlink: "#'Reform Plan'!A8" }`, writes an external relationship to "#'Reform Plan'!A8" and a
 * location that repeats it, "#" and all: Excel and LibreOffice join the two into "#'Reform Plan'!A8##'Reform
 * Plan'!A8", which goes nowhere (exceljs issue #3027). Reading, ExcelJS drops a link that is a location alone
 * (exceljs issue #920). Both are made good here, with jszip only, so the browser preview can use it too.
 */
import type JSZip from 'jszip';
import { escapeXml, xmlAttributes as attributes } from './xml-text';

const HYPERLINK_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The worksheet part a worksheet's relationships part belongs to: xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml. */
function sheetPartOf(relsPath: string): string {
  return relsPath.replace(/_rels\/([^/]+)\.rels$/u, '$1');
}

/**
 * Rewrites ExcelJS's links to a cell of the workbook (a hyperlink relationship whose target starts with "#") as
 * Excel writes them. True when the package changed.
 */
export async function rewriteInWorkbookLinks(zip: JSZip): Promise<boolean> {
  let changed = false;
  const relsParts = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/u.test(p));
  for (const relsPath of relsParts) {
    const rels = (await zip.file(relsPath)?.async('string')) ?? '';
    const locations = new Map<string, string>();
    const keptRels = rels.replace(/<Relationship\b([^>]*?)\/>/gu, (element, attrs: string) => {
      const a = attributes(attrs);
      const target = a.get('Target') ?? '';
      if (a.get('Type') !== HYPERLINK_RELATIONSHIP || !target.startsWith('#')) return element;
      locations.set(a.get('Id') ?? '', target.slice(1));
      return '';
    });
    if (locations.size === 0) continue;
    const sheetPath = sheetPartOf(relsPath);
    const sheet = (await zip.file(sheetPath)?.async('string')) ?? '';
    const rewritten = sheet.replace(/<hyperlink\b([^>]*?)\/>/gu, (element, attrs: string) => {
      const a = attributes(attrs);
      const location = locations.get(a.get('r:id') ?? '');
      if (location === undefined) return element;
      const kept = [...a].filter(([name]) => name !== 'r:id' && name !== 'location').map(([name, value]) => `${name}="${escapeXml(value)}"`);
      return `<hyperlink ${[...kept, `location="${escapeXml(location)}"`].join(' ')}/>`;
    });
    zip.file(sheetPath, rewritten);
    if (/<Relationship\b/u.test(keptRels)) zip.file(relsPath, keptRels);
    else zip.remove(relsPath);
    changed = true;
  }
  return changed;
}

/** sheet name → A1 reference → location: the links to a cell of the workbook that ExcelJS does not read. */
export async function readInWorkbookLinks(zip: JSZip): Promise<Map<string, Map<string, string>>> {
  const links = new Map<string, Map<string, string>>();
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const workbookRels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map([...workbookRels.matchAll(/<Relationship\b([^>]*?)\/>/gu)].map((m) => {
    const a = attributes(m[1] ?? '');
    return [a.get('Id') ?? '', a.get('Target') ?? ''];
  }));
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/>/gu)) {
    const a = attributes(m[1] ?? '');
    const target = targets.get(a.get('r:id') ?? '');
    if (target === undefined) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const sheet = (await zip.file(path)?.async('string')) ?? '';
    const byCell = new Map<string, string>();
    for (const h of sheet.matchAll(/<hyperlink\b([^>]*?)\/?>/gu)) {
      const link = attributes(h[1] ?? '');
      const location = link.get('location');
      const ref = link.get('ref');
      // With a relationship, the link leads out of the workbook (ExcelJS reads those itself).
      if (location !== undefined && ref !== undefined && !link.has('r:id')) byCell.set(ref, location);
    }
    if (byCell.size > 0) links.set(a.get('name') ?? '', byCell);
  }
  return links;
}

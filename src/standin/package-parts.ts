/**
 * The two parts of the .xlsx package the stand-in writes itself, because ExcelJS either drops or cannot express
 * them:
 *
 *  - Defined names (xl/workbook.xml <definedNames>): ExcelJS keeps only absolute cell ranges and loses comments,
 *    hidden names and constant formulas, so workbook-scope names are written and read here.
 *  - Add-in settings: Office keeps a task-pane add-in's `settings` in the document, in the add-in's web-extension
 *    part (xl/webextensions/webextension1.xml, <we:property name="key" value="JSON"/>), tied to the add-in
 *    ("settings are unique to a single Excel file and add-in pairing", "Access document settings",
 *    https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks). The stand-in writes the same
 *    part, with a task-pane entry that does not auto-open, so a saved file round-trips through
 *    `StandinWorkbook.fromXlsx` and, opened in Excel, carries the settings where Office puts them. A hidden sheet
 *    was the alternative; it would show up in `worksheets` and in any reader of the file, which Office's settings
 *    never do.
 *
 * Only jszip is used (no Node APIs), so this runs in the browser preview too.
 */
import JSZip from 'jszip';
import type { NameModel } from './model';
import { escapeXml, unescapeXml, xmlAttributes } from '../workbook/xml-text';

/** The add-in the stand-in's settings part belongs to. */
export const STANDIN_ADDIN_REFERENCE = { id: 'action-plan-evaluator', version: '1.0.0.0', store: 'developer', storeType: 'Registry' } as const;

const WEBEXTENSION_PATH = 'xl/webextensions/webextension1.xml';
const TASKPANES_PATH = 'xl/webextensions/taskpanes.xml';
const TASKPANES_RELS_PATH = 'xl/webextensions/_rels/taskpanes.xml.rels';

function attributes(text: string): Record<string, string> {
  return Object.fromEntries(xmlAttributes(text));
}

export interface PackageExtras {
  /** Workbook-scope names (no localSheetId, not Excel's built-in _xlnm names). */
  readonly names: NameModel[];
  readonly settings: Map<string, unknown>;
}

/** Reads workbook-scope names and add-in settings from a package. */
export async function readPackageExtras(zip: JSZip): Promise<PackageExtras> {
  const names: NameModel[] = [];
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  if (workbookXml) {
    for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/gu)) {
      const attrs = attributes(m[1] ?? '');
      const name = attrs.name ?? '';
      if (!name || name.startsWith('_xlnm.') || attrs.localSheetId !== undefined) continue;
      names.push({ name, formula: `=${unescapeXml(m[2] ?? '')}`, comment: attrs.comment ?? '', visible: attrs.hidden !== '1' && attrs.hidden !== 'true' });
    }
  }
  const settings = new Map<string, unknown>();
  const parts = Object.keys(zip.files).filter((p) => /^xl\/webextensions\/webextension\d*\.xml$/u.test(p));
  for (const part of parts) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const reference = attributes(/<we:reference\b([^>]*)\/?>/u.exec(xml)?.[1] ?? '');
    if (parts.length > 1 && reference.id !== STANDIN_ADDIN_REFERENCE.id) continue;
    for (const p of xml.matchAll(/<we:property\b([^>]*)\/?>/gu)) {
      const attrs = attributes(p[1] ?? '');
      if (attrs.name === undefined) continue;
      try {
        settings.set(attrs.name, JSON.parse(attrs.value ?? 'null') as unknown);
      } catch {
        settings.set(attrs.name, attrs.value ?? null);
      }
    }
  }
  return { names, settings };
}

function definedNamesXml(names: readonly NameModel[]): string {
  return names
    .map((n) => {
      const attrs = [`name="${escapeXml(n.name)}"`];
      if (n.comment) attrs.push(`comment="${escapeXml(n.comment)}"`);
      if (!n.visible) attrs.push('hidden="1"');
      return `<definedName ${attrs.join(' ')}>${escapeXml(n.formula.replace(/^=/u, ''))}</definedName>`;
    })
    .join('');
}

function webextensionXml(settings: ReadonlyMap<string, unknown>): string {
  const r = STANDIN_ADDIN_REFERENCE;
  const properties = [...settings].map(([key, value]) => `<we:property name="${escapeXml(key)}" value="${escapeXml(JSON.stringify(value) ?? 'null')}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5E1D7A8C-0000-4000-8000-00000000A001}">' +
    `<we:reference id="${r.id}" version="${r.version}" store="${r.store}" storeType="${r.storeType}"/>` +
    `<we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/>` +
    '<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>'
  );
}

const TASKPANES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
  '<wetp:taskpane dockstate="right" visibility="0" width="350" row="1">' +
  '<wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
  '</wetp:taskpane></wetp:taskpanes>';

const TASKPANES_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/>' +
  '</Relationships>';

/** Adds the names and settings parts to a package ExcelJS wrote. */
export async function writePackageExtras(zip: JSZip, names: readonly NameModel[], settings: ReadonlyMap<string, unknown>): Promise<void> {
  if (names.length > 0) {
    const path = 'xl/workbook.xml';
    let xml = (await zip.file(path)?.async('string')) ?? '';
    const entries = definedNamesXml(names);
    if (/<definedNames>/u.test(xml)) xml = xml.replace('</definedNames>', `${entries}</definedNames>`);
    else if (/<definedNames\/>/u.test(xml)) xml = xml.replace('<definedNames/>', `<definedNames>${entries}</definedNames>`);
    else xml = xml.replace('</sheets>', `</sheets><definedNames>${entries}</definedNames>`);
    zip.file(path, xml);
  }
  if (settings.size > 0) {
    zip.file(WEBEXTENSION_PATH, webextensionXml(settings));
    zip.file(TASKPANES_PATH, TASKPANES_XML);
    zip.file(TASKPANES_RELS_PATH, TASKPANES_RELS);
    const typesPath = '[Content_Types].xml';
    let types = (await zip.file(typesPath)?.async('string')) ?? '';
    if (!types.includes('/xl/webextensions/webextension1.xml')) {
      types = types.replace(
        '</Types>',
        '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
          '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
      );
      zip.file(typesPath, types);
    }
    const relsPath = '_rels/.rels';
    let rels = (await zip.file(relsPath)?.async('string')) ?? '';
    if (!rels.includes('webextensiontaskpanes')) {
      rels = rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdStandinTaskpanes" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
      );
      zip.file(relsPath, rels);
    }
  }
}

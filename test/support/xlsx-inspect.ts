/**
 * An independent reader of .xlsx files for tests: jszip + fast-xml-parser only, never ExcelJS, so that what
 * the tool wrote is checked by something other than the library that wrote it. It reads the package parts
 * as Excel would: workbook (sheets, defined names), each worksheet (cells, merges, pane, widths, heights,
 * autofilter, conditional formats, page setup, footer, hyperlinks), shared strings and styles.
 */
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

/* eslint-disable @typescript-eslint/no-explicit-any -- parsed XML is untyped by nature. */
type Node = any;

export interface XCell {
  /** The `t` attribute: s, n (absent), str, inlineStr, b, e, d. */
  readonly type: string;
  /** Text for s/str/inlineStr/e, a number for n, a boolean for b; null when the cell has no value. */
  readonly value: string | number | boolean | null;
  /** The <f> text, when the cell holds a formula. */
  readonly formula: string | null;
  readonly style: number;
}

export interface XStyle {
  readonly font: { bold: boolean; italic: boolean; underline: boolean; size: number | null; name: string | null; color: string | null };
  readonly fill: string | null;
  readonly numFmtId: number;
  readonly numFmt: string;
  readonly alignment: { wrapText: boolean; horizontal: string | null; vertical: string | null };
  readonly border: boolean;
}

/** A cell's link as Excel reads it: a place in the workbook (location) and/or a target outside it (a relationship). */
export interface XHyperlink {
  readonly location: string | null;
  readonly target: string | null;
}

export interface XSheet {
  readonly name: string;
  readonly cells: ReadonlyMap<string, XCell>;
  /** Cell or range reference → link. */
  readonly hyperlinks: ReadonlyMap<string, XHyperlink>;
  readonly merges: readonly string[];
  readonly pane: { xSplit: number; ySplit: number; state: string | null } | null;
  /** 1-based column → width. */
  readonly columnWidths: ReadonlyMap<number, number>;
  /** 1-based row → height in points, where set. */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly autoFilter: string | null;
  /** Each <conditionalFormatting>: its range, its rules' types and <formula> texts, whether a rule is a data bar. */
  readonly conditionalFormats: readonly { sqref: string; types: string[]; formulas: string[]; dataBar: boolean }[];
  readonly pageSetup: {
    orientation: string | null; paperSize: number | null; fitToWidth: number | null; fitToHeight: number | null;
    /** The first page's number where the sheet sets one (useFirstPageNumber), else null (automatic). */
    firstPageNumber: number | null;
  };
  readonly fitToPage: boolean;
  readonly oddFooter: string | null;
}

export interface XDefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly value: string;
}

export interface Xlsx {
  readonly parts: readonly string[];
  readonly sheetNames: readonly string[];
  readonly definedNames: readonly XDefinedName[];
  sheet(name: string): XSheet;
  style(index: number): XStyle;
  styleOf(sheet: string, address: string): XStyle;
  /** The cell's value as text ('' when empty). */
  text(sheet: string, address: string): string;
}

const ARRAYS = new Set([
  'sheet', 'definedName', 'Relationship', 'si', 'r', 'row', 'c', 'mergeCell', 'col', 'conditionalFormatting', 'cfRule',
  'numFmt', 'font', 'fill', 'border', 'xf', 'sheetView', 'hyperlink',
]);

const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false,
  trimValues: false, htmlEntities: true, isArray: (name) => ARRAYS.has(name),
});

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 14: 'mm-dd-yy', 49: '@',
};

function list(node: Node): Node[] {
  return node === undefined || node === null ? [] : Array.isArray(node) ? node : [node];
}

/** The text of an element parsed as a string, or as an object with '#text'. */
function textOf(node: Node): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  return node['#text'] === undefined ? '' : String(node['#text']);
}

function num(value: Node): number | null {
  return value === undefined ? null : Number(value);
}

/** <b/>, <b val="1"/> → true; <b val="0"/> or absent → false. */
function flag(node: Node): boolean {
  if (node === undefined) return false;
  const val = typeof node === 'object' ? node['@_val'] : undefined;
  return val === undefined || val === '1' || val === 'true';
}

function isTrue(attribute: Node): boolean {
  return attribute === '1' || attribute === 'true';
}

/** Text of a shared string or inline string: plain <t>, or rich text runs <r><t>. */
function stringItem(si: Node): string {
  if (si === undefined) return '';
  if (si.t !== undefined) return textOf(si.t);
  return list(si.r).map((run) => textOf(run.t)).join('');
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

async function xml(zip: JSZip, path: string): Promise<Node> {
  const file = zip.file(path);
  return file ? parser.parse(await file.async('string')) : {};
}

function readCell(c: Node, shared: readonly string[]): XCell {
  const type: string = c['@_t'] ?? 'n';
  const raw = c.v === undefined ? null : textOf(c.v);
  const formula = c.f === undefined ? null : textOf(c.f);
  let value: XCell['value'] = raw;
  if (type === 's') value = raw === null ? null : (shared[Number(raw)] ?? null);
  else if (type === 'inlineStr') value = stringItem(c.is);
  else if (type === 'n') value = raw === null || raw === '' ? null : Number(raw);
  else if (type === 'b') value = raw === null ? null : raw === '1';
  return { type, value, formula, style: Number(c['@_s'] ?? 0) };
}

/** Relationship id → target of a part's relationships (external targets as written). */
async function relationships(zip: JSZip, part: string): Promise<Map<string, string>> {
  const relsPath = part.replace(/([^/]+)$/u, '_rels/$1.rels');
  return new Map(list((await xml(zip, relsPath)).Relationships?.Relationship).map((r) => [String(r['@_Id']), String(r['@_Target'])]));
}

function readSheet(name: string, doc: Node, shared: readonly string[], rels: ReadonlyMap<string, string>): XSheet {
  const ws = doc.worksheet ?? {};
  const cells = new Map<string, XCell>();
  const rowHeights = new Map<number, number>();
  for (const row of list(ws.sheetData?.row)) {
    if (row['@_ht'] !== undefined) rowHeights.set(Number(row['@_r']), Number(row['@_ht']));
    for (const c of list(row.c)) cells.set(String(c['@_r']), readCell(c, shared));
  }
  const columnWidths = new Map<number, number>();
  for (const col of list(ws.cols?.col)) {
    for (let i = Number(col['@_min']); i <= Number(col['@_max']); i++) if (col['@_width'] !== undefined) columnWidths.set(i, Number(col['@_width']));
  }
  const pane = list(ws.sheetViews?.sheetView)[0]?.pane;
  const setup = ws.pageSetup ?? {};
  const hyperlinks = new Map<string, XHyperlink>(list(ws.hyperlinks?.hyperlink).map((h) => [String(h['@_ref']), {
    location: h['@_location'] ?? null,
    target: h['@_r:id'] === undefined ? null : (rels.get(String(h['@_r:id'])) ?? null),
  }]));
  return {
    name,
    cells,
    hyperlinks,
    merges: list(ws.mergeCells?.mergeCell).map((m) => String(m['@_ref'])),
    pane: pane ? { xSplit: Number(pane['@_xSplit'] ?? 0), ySplit: Number(pane['@_ySplit'] ?? 0), state: pane['@_state'] ?? null } : null,
    columnWidths,
    rowHeights,
    autoFilter: ws.autoFilter?.['@_ref'] ?? null,
    conditionalFormats: list(ws.conditionalFormatting).map((cf) => ({
      sqref: String(cf['@_sqref']),
      types: list(cf.cfRule).map((rule) => String(rule['@_type'])),
      formulas: list(cf.cfRule).flatMap((rule) => list(rule.formula).map(textOf)),
      dataBar: list(cf.cfRule).some((rule) => rule.dataBar !== undefined),
    })),
    pageSetup: {
      orientation: setup['@_orientation'] ?? null, paperSize: num(setup['@_paperSize']),
      fitToWidth: num(setup['@_fitToWidth']), fitToHeight: num(setup['@_fitToHeight']),
      firstPageNumber: isTrue(setup['@_useFirstPageNumber']) ? num(setup['@_firstPageNumber']) : null,
    },
    fitToPage: isTrue(ws.sheetPr?.pageSetUpPr?.['@_fitToPage']),
    oddFooter: ws.headerFooter?.oddFooter === undefined ? null : textOf(ws.headerFooter.oddFooter),
  };
}

function readStyles(doc: Node): (index: number) => XStyle {
  const ss = doc.styleSheet ?? {};
  const formats = new Map<number, string>(list(ss.numFmts?.numFmt).map((f) => [Number(f['@_numFmtId']), String(f['@_formatCode'])]));
  const fonts = list(ss.fonts?.font);
  const fills = list(ss.fills?.fill);
  const borders = list(ss.borders?.border);
  const xfs = list(ss.cellXfs?.xf);
  return (index) => {
    const xf = xfs[index] ?? {};
    const font = fonts[Number(xf['@_fontId'] ?? 0)] ?? {};
    const fill = fills[Number(xf['@_fillId'] ?? 0)]?.patternFill;
    const border = borders[Number(xf['@_borderId'] ?? 0)] ?? {};
    const align = xf.alignment ?? {};
    const numFmtId = Number(xf['@_numFmtId'] ?? 0);
    return {
      font: {
        bold: flag(font.b), italic: flag(font.i), underline: flag(font.u), size: num(font.sz?.['@_val']), name: font.name?.['@_val'] ?? null,
        color: font.color?.['@_rgb'] ?? null,
      },
      fill: fill?.['@_patternType'] === 'solid' ? (fill.fgColor?.['@_rgb'] ?? null) : null,
      numFmtId,
      numFmt: formats.get(numFmtId) ?? BUILTIN_FORMATS[numFmtId] ?? `builtin:${numFmtId}`,
      alignment: { wrapText: isTrue(align['@_wrapText']), horizontal: align['@_horizontal'] ?? null, vertical: align['@_vertical'] ?? null },
      border: ['left', 'right', 'top', 'bottom'].some((side) => border[side]?.['@_style'] !== undefined),
    };
  };
}

/** Reads the bytes of an .xlsx file. */
export async function inspectXlsx(bytes: Buffer | Uint8Array): Promise<Xlsx> {
  const zip = await JSZip.loadAsync(bytes);
  const root = list((await xml(zip, '_rels/.rels')).Relationships?.Relationship).find((r) => String(r['@_Type']).endsWith('/officeDocument'));
  const workbookPath = root ? resolve('', String(root['@_Target'])) : 'xl/workbook.xml';
  const relsPath = workbookPath.replace(/([^/]+)$/u, '_rels/$1.rels');
  const rels = new Map<string, { type: string; target: string }>(
    list((await xml(zip, relsPath)).Relationships?.Relationship).map((r) => [
      String(r['@_Id']), { type: String(r['@_Type']), target: resolve(workbookPath, String(r['@_Target'])) },
    ]),
  );
  const targetOf = (suffix: string): string | undefined => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const sharedPath = targetOf('/sharedStrings');
  const shared = sharedPath ? list((await xml(zip, sharedPath)).sst?.si).map(stringItem) : [];
  const stylesPath = targetOf('/styles');
  const style = readStyles(stylesPath ? await xml(zip, stylesPath) : {});

  const workbook = (await xml(zip, workbookPath)).workbook ?? {};
  const sheets = new Map<string, XSheet>();
  const sheetNames: string[] = [];
  for (const s of list(workbook.sheets?.sheet)) {
    const name = String(s['@_name']);
    const rel = rels.get(String(s['@_r:id']));
    sheetNames.push(name);
    sheets.set(name, readSheet(name, rel ? await xml(zip, rel.target) : {}, shared, rel ? await relationships(zip, rel.target) : new Map()));
  }
  const definedNames = list(workbook.definedNames?.definedName).map((d) => ({
    name: String(d['@_name']), localSheetId: num(d['@_localSheetId']), value: textOf(d),
  }));

  const sheet = (name: string): XSheet => {
    const found = sheets.get(name);
    if (!found) throw new Error(`no sheet "${name}"; sheets: ${sheetNames.join(', ')}`);
    return found;
  };
  return {
    parts: Object.keys(zip.files).filter((p) => !zip.files[p]?.dir),
    sheetNames,
    definedNames,
    sheet,
    style,
    styleOf: (name, address) => style(sheet(name).cells.get(address)?.style ?? 0),
    text: (name, address) => {
      const value = sheet(name).cells.get(address)?.value;
      return value === null || value === undefined ? '' : String(value);
    },
  };
}

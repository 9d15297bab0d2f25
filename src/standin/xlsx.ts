/**
 * Loading and saving the stand-in's workbook as .xlsx through ExcelJS (its browser build in the preview), with
 * defined names and add-in settings handled by package-parts.ts. Bytes in and out are Uint8Array / ArrayBuffer:
 * no Node Buffer, no file system.
 *
 * Kept: values, formulas (written as ExcelJS { formula } so a saved formula is a real <f>), number formats, fonts
 * (bold/italic/size/colour/name/underline/strike), solid fills, alignment, borders, column widths, row heights,
 * merges, freeze panes, gridlines, tab colour, visibility, sheet order, the active sheet, autofilter, the
 * conditional formats the stand-in models, page layout (orientation, paper, fit/scale, centring, print title
 * rows, header/footer), sheet protection, hyperlinks (in-workbook-links.ts writes and reads those to a place in the
 * workbook as Excel does), workbook-scope names and add-in settings.
 * Not kept: theme colours (read as black font / no fill), rich-text runs (read as plain text), the quote prefix
 * (the text stays text), data-bar bounds of type Automatic (saved as min/max, read back as LowestValue /
 * HighestValue), conditional formats other than data bars, cell-value and text rules, the link of a cell that
 * holds a formula, the place in a workbook of a link that also has an address outside it, a link's screen tip
 * (written, but ExcelJS does not read it).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readInWorkbookLinks, rewriteInWorkbookLinks } from '../workbook/in-workbook-links';
import { type Area, MAX_COLUMNS, parseArea } from './address';
import { fromArgb, toArgb } from './colors';
import {
  type BorderModel,
  type BordersModel,
  type BoundRule,
  type CellStyle,
  type CellValueOperator,
  type ConditionalFormatModel,
  type ConditionalFormatStyle,
  type HeaderFooterModel,
  type HorizontalAlignment,
  type HyperlinkModel,
  type PageLayoutModel,
  type SheetModel,
  type TextOperator,
  type VerticalAlignment,
  WorkbookModel,
  newDataBar,
} from './model';
import { readPackageExtras, writePackageExtras } from './package-parts';
import { type ScalarValue, jsDateToSerial } from './values';

/** Column width in ExcelJS/file character units → points, as Excel rounds to whole pixels (7-pixel digit). */
export function charsToPoints(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75) / 7) * 256) / 256;
}

const PAPER_CODES = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman'];

const H_TO_EXCELJS: Record<HorizontalAlignment, ExcelJS.Alignment['horizontal'] | undefined> = {
  General: undefined,
  Left: 'left',
  Center: 'center',
  Right: 'right',
  Fill: 'fill',
  Justify: 'justify',
  CenterAcrossSelection: 'centerContinuous',
  Distributed: 'distributed',
};
const V_TO_EXCELJS: Record<VerticalAlignment, ExcelJS.Alignment['vertical'] | undefined> = { Top: 'top', Center: 'middle', Bottom: undefined, Justify: 'justify', Distributed: 'distributed' };

function invert<K extends string, V extends string>(map: Record<K, V | undefined>): Map<V, K> {
  const out = new Map<V, K>();
  for (const [k, v] of Object.entries(map) as [K, V | undefined][]) if (v !== undefined) out.set(v, k);
  return out;
}

const H_FROM_EXCELJS = invert(H_TO_EXCELJS);
const V_FROM_EXCELJS = invert(V_TO_EXCELJS);

function borderToExcelJs(b: BorderModel): Partial<ExcelJS.Border> {
  const heavy = b.weight === 'Medium' || b.weight === 'Thick';
  let style: ExcelJS.BorderStyle;
  switch (b.style) {
    case 'Continuous':
      style = b.weight === 'Hairline' ? 'hair' : b.weight === 'Medium' ? 'medium' : b.weight === 'Thick' ? 'thick' : 'thin';
      break;
    case 'Dash':
      style = heavy ? 'mediumDashed' : 'dashed';
      break;
    case 'DashDot':
      style = heavy ? 'mediumDashDot' : 'dashDot';
      break;
    case 'DashDotDot':
      style = heavy ? 'mediumDashDotDot' : 'dashDotDot';
      break;
    case 'Dot':
      style = 'dotted';
      break;
    case 'Double':
      style = 'double';
      break;
    default:
      style = 'slantDashDot';
  }
  return { style, color: { argb: toArgb(b.color) } };
}

const BORDER_FROM_EXCELJS: Record<string, Pick<BorderModel, 'style' | 'weight'>> = {
  hair: { style: 'Continuous', weight: 'Hairline' },
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  dashed: { style: 'Dash', weight: 'Thin' },
  mediumDashed: { style: 'Dash', weight: 'Medium' },
  dashDot: { style: 'DashDot', weight: 'Thin' },
  mediumDashDot: { style: 'DashDot', weight: 'Medium' },
  dashDotDot: { style: 'DashDotDot', weight: 'Thin' },
  mediumDashDotDot: { style: 'DashDotDot', weight: 'Medium' },
  dotted: { style: 'Dot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
  slantDashDot: { style: 'SlantDashDot', weight: 'Medium' },
};

function borderFromExcelJs(b: Partial<ExcelJS.Border> | undefined): BorderModel | null {
  if (!b?.style) return null;
  const kind = BORDER_FROM_EXCELJS[b.style];
  if (!kind) return null;
  return { ...kind, color: fromArgb(b.color?.argb) ?? '#000000' };
}

function styleToExcelJs(style: CellStyle, base: CellStyle): Partial<ExcelJS.Style> | null {
  const out: Partial<ExcelJS.Style> = {};
  if (style.numberFormat !== 'General') out.numFmt = style.numberFormat;
  const f = style.font;
  const bf = base.font;
  if (JSON.stringify(f) !== JSON.stringify(bf)) {
    const font: Partial<ExcelJS.Font> = { name: f.name, size: f.size };
    if (f.bold) font.bold = true;
    if (f.italic) font.italic = true;
    if (f.strikethrough) font.strike = true;
    if (f.underline !== 'None') font.underline = f.underline === 'Single' ? true : f.underline === 'Double' ? 'double' : f.underline === 'SingleAccountant' ? 'singleAccounting' : 'doubleAccounting';
    if (f.color !== '#000000') font.color = { argb: toArgb(f.color) };
    out.font = font;
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(style.fill) } };
  const horizontal = H_TO_EXCELJS[style.horizontalAlignment];
  const vertical = V_TO_EXCELJS[style.verticalAlignment];
  if (horizontal || vertical || style.wrapText) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (horizontal) alignment.horizontal = horizontal;
    if (vertical) alignment.vertical = vertical;
    if (style.wrapText) alignment.wrapText = true;
    out.alignment = alignment;
  }
  const b = style.borders;
  if (b.top || b.bottom || b.left || b.right) {
    const border: Partial<ExcelJS.Borders> = {};
    if (b.top) border.top = borderToExcelJs(b.top);
    if (b.bottom) border.bottom = borderToExcelJs(b.bottom);
    if (b.left) border.left = borderToExcelJs(b.left);
    if (b.right) border.right = borderToExcelJs(b.right);
    out.border = border;
  }
  return Object.keys(out).length > 0 ? out : null;
}

interface StyleSource {
  numFmt?: string;
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  alignment?: Partial<ExcelJS.Alignment>;
  border?: Partial<ExcelJS.Borders>;
}

function styleFromExcelJs(cell: StyleSource, base: CellStyle): CellStyle {
  const font = cell.font;
  const fill = cell.fill;
  const solid = fill && fill.type === 'pattern' && fill.pattern === 'solid' ? fromArgb(fill.fgColor?.argb) : null;
  const underline = font?.underline;
  const borders: BordersModel = {
    top: borderFromExcelJs(cell.border?.top),
    bottom: borderFromExcelJs(cell.border?.bottom),
    left: borderFromExcelJs(cell.border?.left),
    right: borderFromExcelJs(cell.border?.right),
  };
  return {
    numberFormat: cell.numFmt && cell.numFmt !== '' ? cell.numFmt : 'General',
    font: {
      bold: font?.bold === true,
      italic: font?.italic === true,
      size: typeof font?.size === 'number' ? font.size : base.font.size,
      color: fromArgb(font?.color?.argb) ?? '#000000',
      name: font?.name ?? base.font.name,
      underline: underline === true || underline === 'single' ? 'Single' : underline === 'double' ? 'Double' : underline === 'singleAccounting' ? 'SingleAccountant' : underline === 'doubleAccounting' ? 'DoubleAccountant' : 'None',
      strikethrough: font?.strike === true,
    },
    fill: solid,
    horizontalAlignment: (cell.alignment?.horizontal && H_FROM_EXCELJS.get(cell.alignment.horizontal)) || 'General',
    verticalAlignment: (cell.alignment?.vertical && V_FROM_EXCELJS.get(cell.alignment.vertical)) || 'Bottom',
    wrapText: cell.alignment?.wrapText === true,
    borders: borders.top || borders.bottom || borders.left || borders.right ? borders : base.borders,
  };
}

/** ExcelJS cell value → stored value and formula. */
function valueFromExcelJs(cell: ExcelJS.Cell): { value?: ScalarValue; formula?: string } {
  const v = cell.value as unknown;
  const scalar = (x: unknown): ScalarValue | undefined => {
    if (x === null || x === undefined) return undefined;
    if (typeof x === 'number') return { kind: 'number', value: x };
    if (typeof x === 'string') return { kind: 'string', value: x };
    if (typeof x === 'boolean') return { kind: 'boolean', value: x };
    if (x instanceof Date) return { kind: 'number', value: jsDateToSerial(x) };
    if (typeof x === 'object') {
      const o = x as { error?: string; richText?: { text: string }[]; text?: unknown };
      if (typeof o.error === 'string') return { kind: 'error', value: o.error };
      if (Array.isArray(o.richText)) return { kind: 'string', value: o.richText.map((r) => r.text).join('') };
      if (o.text !== undefined) return scalar(o.text);
    }
    return undefined;
  };
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const formula = cell.formula;
    const result = scalar(cell.result);
    return { ...(formula ? { formula: `=${formula}` } : {}), ...(result ? { value: result } : {}) };
  }
  const value = scalar(v);
  return value ? { value } : {};
}

/** ExcelJS reads a link to the workbook that it wrote itself as "#'Sheet'!A8". */
function hyperlinkFromExcelJs(target: string): HyperlinkModel {
  return target.startsWith('#') ? { documentReference: target.slice(1) } : { address: target };
}

/** A linked cell as ExcelJS writes one: its text, and "#" before a place in the workbook. */
function linkedValue(link: HyperlinkModel, value: ExcelJS.CellValue | undefined): ExcelJS.CellHyperlinkValue {
  const hyperlink = link.address ?? `#${link.documentReference ?? ''}`;
  const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  return { text, hyperlink, ...(link.screenTip ? { tooltip: link.screenTip } : {}) };
}

function valueToExcelJs(sheet: SheetModel, row: number, col: number): ExcelJS.CellValue | undefined {
  const cell = sheet.cell(row, col);
  if (!cell) return undefined;
  const toPlain = (v: ScalarValue | undefined): ExcelJS.CellValue | undefined => {
    if (!v) return undefined;
    if (v.kind === 'error') return { error: v.value as ExcelJS.CellErrorValue['error'] };
    return v.value;
  };
  if (cell.formula !== undefined) {
    const result = toPlain(sheet.valueAt(row, col));
    return { formula: cell.formula.replace(/^=/u, ''), ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
  }
  return toPlain(cell.value);
}

function parseHeaderFooter(text: string | undefined): { left: string; center: string; right: string } {
  const out = { left: '', center: '', right: '' };
  if (!text) return out;
  let section: 'left' | 'center' | 'right' = 'center';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '&') {
      const next = text[i + 1];
      if (next === 'L' || next === 'C' || next === 'R') {
        section = next === 'L' ? 'left' : next === 'C' ? 'center' : 'right';
        i += 1;
        continue;
      }
      if (next !== undefined) {
        out[section] += ch + next;
        i += 1;
        continue;
      }
    }
    out[section] += ch ?? '';
  }
  return out;
}

function buildHeaderFooter(left: string, center: string, right: string): string {
  return `${left ? `&L${left}` : ''}${center ? `&C${center}` : ''}${right ? `&R${right}` : ''}`;
}

const CELL_IS: Record<CellValueOperator, string> = {
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqual: 'greaterThanOrEqual',
  LessThanOrEqual: 'lessThanOrEqual',
  Between: 'between',
  NotBetween: 'notBetween',
};
const CELL_IS_FROM = invert(CELL_IS);

function cfStyleToExcelJs(format: ConditionalFormatStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (format.font.bold !== null) font.bold = format.font.bold;
  if (format.font.italic !== null) font.italic = format.font.italic;
  if (format.font.strikethrough !== null) font.strike = format.font.strikethrough;
  if (format.font.color) font.color = { argb: toArgb(format.font.color) };
  if (Object.keys(font).length > 0) style.font = font;
  if (format.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(format.fill) } };
  if (format.numberFormat) style.numFmt = format.numberFormat;
  return style;
}

function cfStyleFromExcelJs(style: Partial<ExcelJS.Style> | undefined): ConditionalFormatStyle {
  const fill = style?.fill && style.fill.type === 'pattern' ? (fromArgb(style.fill.bgColor?.argb) ?? fromArgb(style.fill.fgColor?.argb)) : null;
  return {
    font: {
      bold: style?.font?.bold ?? null,
      italic: style?.font?.italic ?? null,
      strikethrough: style?.font?.strike ?? null,
      color: fromArgb(style?.font?.color?.argb),
    },
    fill,
    numberFormat: style?.numFmt ?? null,
  };
}

const quoteText = (text: string): string => text.replace(/"/gu, '""');

function textRuleFormula(operator: TextOperator, text: string, cell: string): string {
  const q = `"${quoteText(text)}"`;
  switch (operator) {
    case 'NotContains':
      return `ISERROR(SEARCH(${q},${cell}))`;
    case 'BeginsWith':
      return `LEFT(${cell},LEN(${q}))=${q}`;
    case 'EndsWith':
      return `RIGHT(${cell},LEN(${q}))=${q}`;
    default:
      return `NOT(ISERROR(SEARCH(${q},${cell})))`;
  }
}

function textRuleFromFormula(formula: string): { operator: TextOperator; text: string } | null {
  const str = '"((?:[^"]|"")*)"';
  const patterns: [TextOperator, RegExp][] = [
    ['Contains', new RegExp(`^NOT\\(ISERROR\\(SEARCH\\(${str},[A-Z]+\\d+\\)\\)\\)$`, 'u')],
    ['NotContains', new RegExp(`^ISERROR\\(SEARCH\\(${str},[A-Z]+\\d+\\)\\)$`, 'u')],
    ['BeginsWith', new RegExp(`^LEFT\\([A-Z]+\\d+,LEN\\(${str}\\)\\)=${str}$`, 'u')],
    ['EndsWith', new RegExp(`^RIGHT\\([A-Z]+\\d+,LEN\\(${str}\\)\\)=${str}$`, 'u')],
  ];
  for (const [operator, re] of patterns) {
    const m = re.exec(formula);
    if (m) return { operator, text: (m[1] ?? '').replace(/""/gu, '"') };
  }
  return null;
}

type LooseRule = Record<string, unknown> & { type: string; priority?: number };

function boundToCfvo(rule: BoundRule, end: 'min' | 'max'): { type: string; value?: unknown } {
  switch (rule.type) {
    case 'Automatic':
    case 'LowestValue':
    case 'HighestValue':
      return { type: rule.type === 'Automatic' ? end : rule.type === 'LowestValue' ? 'min' : 'max' };
    case 'Number':
      return { type: 'num', value: rule.formula?.replace(/^=/u, '') };
    case 'Percent':
      return { type: 'percent', value: rule.formula?.replace(/^=/u, '') };
    case 'Percentile':
      return { type: 'percentile', value: rule.formula?.replace(/^=/u, '') };
    default:
      return { type: 'formula', value: rule.formula?.replace(/^=/u, '') };
  }
}

function cfvoToBound(cfvo: { type?: string; value?: unknown } | undefined, end: 'min' | 'max'): BoundRule {
  const formula = cfvo?.value === undefined ? undefined : `=${String(cfvo.value)}`;
  switch (cfvo?.type) {
    case 'min':
      return { type: 'LowestValue' };
    case 'max':
      return { type: 'HighestValue' };
    case 'num':
      return { type: 'Number', formula: formula ?? '=0' };
    case 'percent':
      return { type: 'Percent', formula: formula ?? '=0' };
    case 'percentile':
      return { type: 'Percentile', formula: formula ?? '=0' };
    case 'formula':
      return { type: 'Formula', formula: formula ?? '=0' };
    default:
      return { type: end === 'min' ? 'LowestValue' : 'HighestValue' };
  }
}

function cfToExcelJs(cf: ConditionalFormatModel, priority: number): LooseRule | null {
  if (cf.type === 'DataBar') {
    const bar = cf.dataBar;
    return {
      type: 'dataBar',
      priority,
      gradient: bar.positiveFormat.gradientFill,
      showValue: !bar.showDataBarOnly,
      direction: bar.barDirection === 'Context' ? 'context' : bar.barDirection === 'LeftToRight' ? 'leftToRight' : 'rightToLeft',
      cfvo: [boundToCfvo(bar.lowerBoundRule, 'min'), boundToCfvo(bar.upperBoundRule, 'max')],
      // ExcelJS's typing says an array, its writer takes one colour.
      color: { argb: toArgb(bar.positiveFormat.fillColor) },
      ...(bar.positiveFormat.borderColor ? { border: true, borderColor: { argb: toArgb(bar.positiveFormat.borderColor) } } : {}),
      negativeFillColor: { argb: toArgb(bar.negativeFormat.fillColor) },
    };
  }
  if (cf.type === 'CellValue') {
    if (!cf.rule) return null;
    const formulae = [cf.rule.formula1, cf.rule.formula2].filter((f): f is string => typeof f === 'string').map((f) => f.replace(/^=/u, ''));
    return { type: 'cellIs', priority, operator: CELL_IS[cf.rule.operator], formulae, style: cfStyleToExcelJs(cf.format), ...(cf.stopIfTrue ? { stopIfTrue: true } : {}) };
  }
  if (!cf.rule) return null;
  const cell = `${columnName(cf.area.left)}${cf.area.top + 1}`;
  if (cf.rule.operator === 'Contains') {
    return { type: 'containsText', operator: 'containsText', text: quoteText(cf.rule.text), priority, style: cfStyleToExcelJs(cf.format) };
  }
  return { type: 'expression', priority, formulae: [textRuleFormula(cf.rule.operator, cf.rule.text, cell)], style: cfStyleToExcelJs(cf.format) };
}

function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

let cfReadSerial = 0;

function cfFromExcelJs(rule: LooseRule, area: Area): ConditionalFormatModel | null {
  cfReadSerial += 1;
  const base = { id: `{CF-FILE-${cfReadSerial}}`, area, stopIfTrue: rule.stopIfTrue === true };
  if (rule.type === 'dataBar') {
    const bar = newDataBar();
    const cfvo = (rule.cfvo as { type?: string; value?: unknown }[] | undefined) ?? [];
    bar.lowerBoundRule = cfvoToBound(cfvo[0], 'min');
    bar.upperBoundRule = cfvoToBound(cfvo[1], 'max');
    const color = rule.color as { argb?: string } | { argb?: string }[] | undefined;
    const argb = Array.isArray(color) ? color[0]?.argb : color?.argb;
    bar.positiveFormat.fillColor = fromArgb(argb) ?? bar.positiveFormat.fillColor;
    bar.positiveFormat.gradientFill = rule.gradient !== false;
    bar.showDataBarOnly = rule.showValue === false;
    const direction = rule.direction;
    bar.barDirection = direction === 'leftToRight' ? 'LeftToRight' : direction === 'rightToLeft' ? 'RightToLeft' : 'Context';
    return { ...base, type: 'DataBar', dataBar: bar };
  }
  const style = cfStyleFromExcelJs(rule.style as Partial<ExcelJS.Style> | undefined);
  if (rule.type === 'cellIs') {
    const operator = CELL_IS_FROM.get(String(rule.operator));
    const formulae = ((rule.formulae as unknown[] | undefined) ?? []).map((f) => `=${String(f)}`);
    if (!operator || !formulae[0]) return null;
    return { ...base, type: 'CellValue', format: style, rule: { formula1: formulae[0], ...(formulae[1] ? { formula2: formulae[1] } : {}), operator } };
  }
  if (rule.type === 'containsText' && rule.operator === 'containsText') {
    // ExcelJS reads the rule's formula but not its text attribute; the formula carries the text too.
    if (typeof rule.text === 'string') return { ...base, type: 'ContainsText', format: style, rule: { operator: 'Contains', text: rule.text.replace(/""/gu, '"') } };
    const parsed = textRuleFromFormula(String((rule.formulae as unknown[] | undefined)?.[0] ?? ''));
    if (parsed?.operator === 'Contains') return { ...base, type: 'ContainsText', format: style, rule: parsed };
    return null;
  }
  if (rule.type === 'expression') {
    const parsed = textRuleFromFormula(String((rule.formulae as unknown[] | undefined)?.[0] ?? ''));
    if (parsed) return { ...base, type: 'ContainsText', format: style, rule: parsed };
  }
  return null;
}

interface ExcelJsSheetExtras {
  conditionalFormattings?: { ref: string; rules: LooseRule[] }[];
  sheetProtection?: { sheet?: boolean } | null;
}

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Reads an .xlsx into the stand-in's model. */
export async function readXlsx(data: Uint8Array | ArrayBuffer): Promise<WorkbookModel> {
  const bytes = toBytes(data);
  const zip = await JSZip.loadAsync(bytes);
  const extras = await readPackageExtras(zip);
  const inWorkbookLinks = await readInWorkbookLinks(zip);
  const book = new ExcelJS.Workbook();
  // ExcelJS types its input as Node's Buffer; it hands the bytes to JSZip, which takes a Uint8Array.
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const model = new WorkbookModel();
  const base = model.defaultStyle;
  for (const ws of book.worksheets) {
    const sheet = model.addSheet(ws.name);
    sheet.visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    sheet.tabColor = fromArgb((ws.properties.tabColor as { argb?: string } | undefined)?.argb) ?? '';
    // ExcelJS leaves views null for a sheet without <sheetViews>, despite its typing.
    const view = (ws.views as Partial<ExcelJS.WorksheetView>[] | null)?.[0];
    if (view) {
      if (view.state === 'frozen' && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0)) sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
      if (view.showGridLines === false) sheet.showGridlines = false;
      const active = view.activeCell ? parseArea(view.activeCell) : null;
      if (active) sheet.selection = active;
    }
    const extra = ws as unknown as ExcelJsSheetExtras;
    sheet.protected = extra.sheetProtection?.sheet === true;
    for (const col of ws.columns ?? []) {
      if (col.width !== undefined && col.number !== undefined) sheet.columnWidths.set(col.number - 1, charsToPoints(col.width));
    }
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.height !== undefined && row.height !== null) sheet.rowHeights.set(rowNumber - 1, row.height);
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const merged = cell.type === ExcelJS.ValueType.Merge;
        const { value, formula } = merged ? {} : valueFromExcelJs(cell);
        const style = styleFromExcelJs(cell as unknown as StyleSource, base);
        const styled = JSON.stringify(style) !== JSON.stringify(base);
        if (value === undefined && formula === undefined && !styled) return;
        const target = sheet.ensureCell(rowNumber - 1, colNumber - 1);
        target.style = styled ? style : base;
        if (value !== undefined) target.value = value;
        if (formula !== undefined) target.formula = formula;
        if (!merged && cell.hyperlink) target.hyperlink = hyperlinkFromExcelJs(cell.hyperlink);
      });
    });
    for (const [ref, documentReference] of inWorkbookLinks.get(ws.name) ?? []) {
      const area = parseArea(ref);
      if (area) sheet.ensureCell(area.top, area.left).hyperlink = { documentReference };
    }
    for (const ref of ws.model.merges ?? []) {
      const area = parseArea(ref);
      if (area) sheet.merges.push(area);
    }
    const filter = ws.autoFilter as unknown;
    if (typeof filter === 'string') sheet.autoFilter = parseArea(filter);
    else if (filter && typeof filter === 'object') {
      const f = filter as { from?: unknown; to?: unknown };
      const at = (p: unknown): string => (typeof p === 'string' ? p : p && typeof p === 'object' ? `${columnName(((p as { column: number }).column ?? 1) - 1)}${(p as { row: number }).row}` : '');
      sheet.autoFilter = parseArea(`${at(f.from)}:${at(f.to)}`);
    }
    const cfs: { cf: ConditionalFormatModel; priority: number }[] = [];
    for (const group of extra.conditionalFormattings ?? []) {
      const area = parseArea(group.ref.split(/\s+/u)[0] ?? '');
      if (!area) continue;
      for (const rule of group.rules) {
        const cf = cfFromExcelJs(rule, area);
        if (cf) cfs.push({ cf, priority: rule.priority ?? 0 });
      }
    }
    sheet.conditionalFormats = cfs.sort((a, b) => a.priority - b.priority).map((x) => x.cf);
    const ps = (ws.pageSetup as Partial<ExcelJS.PageSetup> | null) ?? {};
    const layout: PageLayoutModel = sheet.pageLayout;
    layout.orientation = ps.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = PAPER_CODES[(Number(ps.paperSize) || 1) - 1] ?? 'Letter';
    layout.zoom = ps.fitToPage ? { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1 } : { scale: ps.scale ?? 100 };
    layout.centerHorizontally = ps.horizontalCentered === true;
    layout.centerVertically = ps.verticalCentered === true;
    layout.firstPageNumber = typeof ps.firstPageNumber === 'number' ? ps.firstPageNumber : '';
    const titles = ps.printTitlesRow ? /^\$?(\d+):\$?(\d+)$/u.exec(ps.printTitlesRow) : null;
    layout.printTitleRows = titles ? { top: Number(titles[1]) - 1, bottom: Number(titles[2]) - 1 } : null;
    // ExcelJS leaves headerFooter null when the sheet has none, despite its typing.
    const headerFooter = (ws.headerFooter as Partial<ExcelJS.HeaderFooter> | null) ?? {};
    const footer = parseHeaderFooter(headerFooter.oddFooter);
    const header = parseHeaderFooter(headerFooter.oddHeader);
    const hf: HeaderFooterModel = { leftHeader: header.left, centerHeader: header.center, rightHeader: header.right, leftFooter: footer.left, centerFooter: footer.center, rightFooter: footer.right };
    layout.headerFooter = hf;
  }
  const activeTab = book.views?.[0]?.activeTab;
  const live = model.liveSheets();
  if (typeof activeTab === 'number' && live[activeTab]) model.activeSheet = live[activeTab] ?? null;
  model.names.push(...extras.names);
  for (const [k, v] of extras.settings) model.settings.set(k, v);
  if (model.liveSheets().length === 0) model.addSheet('Sheet1');
  return model;
}

/** Writes the model as .xlsx bytes. */
export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const base = model.defaultStyle;
  const live = model.liveSheets();
  for (const sheet of live) {
    const freeze = sheet.freeze;
    const sel = sheet.selection;
    const activeCell = `${columnName(sel.left)}${sel.top + 1}`;
    const ws = book.addWorksheet(sheet.name, {
      state: sheet.visibility === 'Hidden' ? 'hidden' : sheet.visibility === 'VeryHidden' ? 'veryHidden' : 'visible',
      properties: sheet.tabColor ? { tabColor: { argb: toArgb(sheet.tabColor) } } : {},
      views: [
        freeze
          ? { state: 'frozen', xSplit: freeze.columns, ySplit: freeze.rows, topLeftCell: `${columnName(freeze.columns)}${freeze.rows + 1}`, activeCell, showGridLines: sheet.showGridlines }
          : { state: 'normal', activeCell, showGridLines: sheet.showGridlines },
      ],
    });
    const columns = new Set<number>([...sheet.columnWidths.keys(), ...sheet.columnStyles.keys()]);
    for (const c of [...columns].sort((a, b) => a - b)) {
      if (c >= MAX_COLUMNS) continue;
      const col = ws.getColumn(c + 1);
      const width = sheet.columnWidths.get(c);
      if (width !== undefined) col.width = pointsToChars(width);
      const colStyle = sheet.columnStyles.get(c);
      const s = colStyle ? styleToExcelJs(colStyle, base) : null;
      if (s) col.style = s as ExcelJS.Style;
    }
    for (const [r, height] of sheet.rowHeights) ws.getRow(r + 1).height = height;
    for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [r, row] of [...sheet.rows].sort((a, b) => a[0] - b[0])) {
      for (const [c] of [...row].sort((a, b) => a[0] - b[0])) {
        const cell = ws.getCell(r + 1, c + 1);
        const model = sheet.cell(r, c);
        if (!model) continue;
        const merge = sheet.mergeContaining(r, c);
        if (!merge || (merge.top === r && merge.left === c)) {
          const value = valueToExcelJs(sheet, r, c);
          if (model.hyperlink && model.formula === undefined) cell.value = linkedValue(model.hyperlink, value);
          else if (value !== undefined) cell.value = value;
        }
        const s = styleToExcelJs(model.style, base);
        cell.style = (s ?? {}) as ExcelJS.Style;
      }
    }
    if (sheet.autoFilter) {
      const f = sheet.autoFilter;
      ws.autoFilter = { from: { row: f.top + 1, column: f.left + 1 }, to: { row: f.bottom + 1, column: f.right + 1 } };
    }
    sheet.conditionalFormats.forEach((cf, index) => {
      const rule = cfToExcelJs(cf, index + 1);
      if (!rule) return;
      const ref = `${columnName(cf.area.left)}${cf.area.top + 1}:${columnName(cf.area.right)}${cf.area.bottom + 1}`;
      ws.addConditionalFormatting({ ref, rules: [rule as unknown as ExcelJS.ConditionalFormattingRule] });
    });
    const layout = sheet.pageLayout;
    const fit = layout.zoom.horizontalFitToPages !== undefined || layout.zoom.verticalFitToPages !== undefined;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: layout.orientation === 'Landscape' ? 'landscape' : 'portrait',
      paperSize: (PAPER_CODES.indexOf(layout.paperSize) + 1 || 1) as ExcelJS.PaperSize,
      fitToPage: fit,
      ...(fit ? { fitToWidth: layout.zoom.horizontalFitToPages ?? 0, fitToHeight: layout.zoom.verticalFitToPages ?? 0 } : { scale: layout.zoom.scale ?? 100 }),
      horizontalCentered: layout.centerHorizontally,
      verticalCentered: layout.centerVertically,
      ...(layout.firstPageNumber === '' ? {} : { firstPageNumber: layout.firstPageNumber }),
      ...(layout.printTitleRows ? { printTitlesRow: `${layout.printTitleRows.top + 1}:${layout.printTitleRows.bottom + 1}` } : {}),
    };
    const hf = layout.headerFooter;
    const footer = buildHeaderFooter(hf.leftFooter, hf.centerFooter, hf.rightFooter);
    const header = buildHeaderFooter(hf.leftHeader, hf.centerHeader, hf.rightHeader);
    if (footer || header) ws.headerFooter = { ...(footer ? { oddFooter: footer } : {}), ...(header ? { oddHeader: header } : {}) };
    if (sheet.protected) (ws as unknown as ExcelJsSheetExtras).sheetProtection = { sheet: true };
  }
  const activeIndex = model.activeSheet ? live.indexOf(model.activeSheet) : 0;
  book.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(activeIndex, 0), visibility: 'visible' }];
  const written = await book.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written as unknown as Uint8Array);
  await rewriteInWorkbookLinks(zip);
  await writePackageExtras(zip, model.names, model.settings);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

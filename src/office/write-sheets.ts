/**
 * Renders the sheet description through Office.js: the add-in's writer of the summary sheets (the .xlsx writer
 * renders the same description). Everything is queued into one batch and synced once, split only where a request
 * would pass Excel on the web's 5 MB limit. Features above ExcelApi 1.7 are used only where the host has them.
 */
import { LINK_STYLE, linkAddress, type Area, type CellSpec, type CellStyle, type ConditionalFormat, type SheetSpec, type WorkbookSpec } from '../core/sheets/description';
import { MARKER_PREFIX, PERMANENT_SHEETS } from '../core/sheets/marker';
import { freeSheetName } from '../core/sheets/sheet-names';
import type { WorkbookSnapshot } from './read-workbook';

/**
 * Under Excel on the web's 5 MB by 8%: the estimate counts the values and formats in UTF-8 and each property
 * set; the request's envelope is the rest.
 */
export const REQUEST_BUDGET_BYTES = 4_600_000;
const OPERATION_BYTES = 160;

export interface Capabilities {
  /** ExcelApi 1.6: conditional formats. */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.7: hyperlinks. */
  readonly hyperlinks: boolean;
  /** ExcelApi 1.9: page layout, autofilter, gridlines, screen-update suspension. */
  readonly pageLayout: boolean;
  /** Bytes queued before a sync: below the host's request limit. */
  readonly requestBudgetBytes: number;
}

/** Counts what is queued and syncs before a request could grow past the limit. */
export class RequestBudget {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
  ) {}

  async add(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.limit) {
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }

  /** True when `bytes` more still go in the request being built, without a sync before them. */
  hasRoomFor(bytes: number): boolean {
    return this.bytes + bytes <= this.limit;
  }

  /** The most one values block may carry, so that a block never passes the limit on its own. */
  get blockLimit(): number {
    return this.limit / 2;
  }

  op(): Promise<void> {
    return this.add(OPERATION_BYTES);
  }

  ops(count: number): Promise<void> {
    return this.add(count * OPERATION_BYTES);
  }
}

/** UTF-8 bytes of a JSON payload, counted without building it: Japanese text is three bytes a character. */
function payloadBytes(rows: readonly (readonly (string | number)[])[]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 2;
    for (const v of row) {
      if (typeof v === 'number') bytes += 12;
      else for (let i = 0; i < v.length; i++) bytes += v.charCodeAt(i) < 0x80 ? 1 : 3;
      bytes += 3;
    }
  }
  return bytes;
}

/** [top, bottom) row ranges whose values and formats each stay within `limit` bytes. */
function rowBlocks(values: readonly (readonly (string | number)[])[], formats: readonly (readonly string[])[], limit: number): [number, number][] {
  const blocks: [number, number][] = [];
  let top = 0;
  let bytes = 0;
  for (let row = 0; row < values.length; row++) {
    const rowBytes = payloadBytes([values[row] ?? []]) + payloadBytes([formats[row] ?? []]);
    if (row > top && bytes + rowBytes > limit) {
      blocks.push([top, row]);
      top = row;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (values.length > top) blocks.push([top, values.length]);
  return blocks;
}

function value(cell: CellSpec | undefined): string | number {
  const c = cell?.content;
  if (!c || c.kind === 'empty') return '';
  if (c.kind === 'date') return c.value.toISOString().slice(0, 16).replace('T', ' ');
  return c.value;
}

/**
 * "@" (Text) for every text cell: Excel then stores a cause such as "=HYPERLINK(…)" or "-コロナ" as the text it
 * is, never as a formula.
 */
/** The one number format of each column of a block of rows, or null for a column whose cells differ. */
function columnFormats(formats: readonly (readonly string[])[], width: number): (string | null)[] {
  return Array.from({ length: width }, (_, c) => {
    const first = formats[0]?.[c] ?? null;
    return formats.every((row) => row[c] === first) ? first : null;
  });
}

function numberFormat(cell: CellSpec | undefined): string {
  const c = cell?.content;
  if (c?.kind === 'text') return '@';
  return cell?.style?.numberFormat ?? (c?.kind === 'percent' ? '0.0%' : 'General');
}

function colour(rgb: string): string {
  return `#${rgb}`;
}

/** Excel's column width in points for a width in characters of the default font (7 px a character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const ALIGN_H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const ALIGN_V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function styleKey(style: CellStyle | undefined): string {
  if (!style) return '';
  const { numberFormat: _ignored, ...visual } = style;
  return JSON.stringify(visual);
}

interface StyledArea {
  readonly area: Area;
  readonly style: CellStyle;
}

/** Cells of one style grouped into column runs: a table body becomes one format operation a column. */
function styledAreas(spec: Pick<SheetSpec, 'rows' | 'columnWidths'>): StyledArea[] {
  const areas: StyledArea[] = [];
  const width = Math.max(spec.columnWidths.length, ...spec.rows.map((r) => r.cells.length));
  for (let col = 0; col < width; col++) {
    let start = -1;
    let key = '';
    let style: CellStyle | undefined;
    const close = (end: number): void => {
      if (start >= 0 && style && key !== '' && key !== '{}') areas.push({ area: { top: start, left: col, bottom: end, right: col }, style });
    };
    for (let row = 0; row <= spec.rows.length; row++) {
      const cellStyle = spec.rows[row]?.cells[col]?.style;
      const k = row < spec.rows.length ? styleKey(cellStyle) : '\u0000';
      if (k !== key) {
        close(row - 1);
        start = row;
        key = k;
        style = cellStyle;
      }
    }
  }
  return areas;
}

/** How many property sets applyStyle queues: each is one operation of the request. */
function styleOperations(style: CellStyle, multiRow: boolean): number {
  const simple = [style.bold, style.italic, style.underline, style.fontSize, style.fontColor, style.fill, style.horizontal, style.vertical, style.wrap].filter(Boolean).length;
  const borders = style.border === 'thin' ? (multiRow ? 5 : 4) * 2 : 0;
  return 1 + simple + borders;
}

function applyStyle(range: Excel.Range, style: CellStyle, multiRow: boolean): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.underline) format.font.underline = 'Single';
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = colour(style.fontColor);
  if (style.fill) format.fill.color = colour(style.fill);
  if (style.horizontal) format.horizontalAlignment = ALIGN_H[style.horizontal];
  if (style.vertical) format.verticalAlignment = ALIGN_V[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (style.border === 'thin') {
    const edges = multiRow ? (['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal'] as const) : (['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = '#BFBFBF';
    }
  }
}

function rangeOf(sheet: Excel.Worksheet, area: Area): Excel.Range {
  return sheet.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1);
}

function addConditionalFormat(sheet: Excel.Worksheet, rule: ConditionalFormat): void {
  const range = rangeOf(sheet, rule.area);
  if (rule.kind === 'dataBar') {
    const bar = range.conditionalFormats.add('DataBar').dataBar;
    bar.barDirection = 'LeftToRight';
    bar.positiveFormat.fillColor = colour(rule.color);
    bar.positiveFormat.gradientFill = false;
    bar.lowerBoundRule = { type: 'Number', formula: '0' };
    bar.upperBoundRule = { type: 'Number', formula: '1' };
    return;
  }
  const cellValue = range.conditionalFormats.add('CellValue').cellValue;
  cellValue.format.fill.color = colour(rule.fill);
  cellValue.format.font.color = colour(rule.fontColor);
  cellValue.rule = { formula1: `="${rule.text.replace(/"/gu, '""')}"`, operator: 'EqualTo' };
}

interface HeightRun {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
  readonly height: number;
}

/** Runs of consecutive rows of one set height: each takes one operation. */
function heightRuns(rows: SheetSpec['rows']): HeightRun[] {
  const runs: HeightRun[] = [];
  for (let r = 0; r < rows.length;) {
    const height = rows[r]?.height;
    let end = r + 1;
    while (end < rows.length && rows[end]?.height === height) end++;
    if (height !== undefined) runs.push({ from: r, to: end, height });
    r = end;
  }
  return runs;
}

/**
 * Beyond this many runs of row heights, a sheet's rows are autofitted by Excel in one operation instead (a long
 * table of wrapped texts of every length would otherwise spend most of the request on row heights).
 */
const MAX_HEIGHT_RUNS = 200;

async function setRowHeights(budget: RequestBudget, sheet: Excel.Worksheet, runs: readonly HeightRun[], firstRow: number): Promise<void> {
  for (const run of runs) {
    await budget.op();
    sheet.getRangeByIndexes(firstRow + run.from, 0, run.to - run.from, 1).format.rowHeight = run.height;
  }
}

/** Values, number formats, font and cell styles of `rows`, written from sheet row `firstRow` down (with their heights unless told not to). */
async function writeRows(budget: RequestBudget, sheet: Excel.Worksheet, rows: SheetSpec['rows'], widths: readonly number[], firstRow: number, fontName: string, withHeights = true): Promise<void> {
  const width = Math.max(1, widths.length, ...rows.map((r) => r.cells.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => value(r.cells[c])));
  const formats = rows.map((r) => Array.from({ length: width }, (_, c) => numberFormat(r.cells[c])));
  for (const [top, bottom] of rowBlocks(values, formats, budget.blockLimit)) {
    const blockFormats = formats.slice(top, bottom);
    const columns = columnFormats(blockFormats, width);
    const uniform = columns.every((f) => f !== null);
    await budget.add(payloadBytes(values.slice(top, bottom)) + (uniform ? width * OPERATION_BYTES : payloadBytes(blockFormats)));
    const range = sheet.getRangeByIndexes(firstRow + top, 0, bottom - top, width);
    // The format first: values written into Text cells stay text. A column of one format (a table's body) takes
    // it as one 1×1 array for the whole column rather than a string per cell.
    if (uniform) columns.forEach((f, c) => void (sheet.getRangeByIndexes(firstRow + top, c, bottom - top, 1).numberFormat = [[f]]));
    else range.numberFormat = blockFormats;
    range.values = values.slice(top, bottom);
  }
  if (rows.length > 0) {
    await budget.op();
    sheet.getRangeByIndexes(firstRow, 0, rows.length, width).format.font.name = fontName;
  }
  for (const { area, style } of styledAreas({ rows, columnWidths: widths })) {
    await budget.ops(styleOperations(style, area.bottom > area.top));
    const shifted = { ...area, top: area.top + firstRow, bottom: area.bottom + firstRow };
    applyStyle(rangeOf(sheet, shifted), style, area.bottom > area.top);
  }
  if (withHeights) await setRowHeights(budget, sheet, heightRuns(rows), firstRow);
}

/** The parts of a run of heights on rows in `rows`. */
function splitRunToRows(run: HeightRun, rows: ReadonlySet<number>): HeightRun[] {
  const parts: HeightRun[] = [];
  for (let r = run.from; r < run.to; r++) {
    if (!rows.has(r)) continue;
    const last = parts[parts.length - 1];
    if (last !== undefined && last.to === r) parts[parts.length - 1] = { ...last, to: r + 1 };
    else parts.push({ from: r, to: r + 1, height: run.height });
  }
  return parts;
}

/** Adds rows below the last used row of a sheet the tool owns (the revision history is appended to, never rewritten). */
export async function appendRows(context: Excel.RequestContext, sheet: Excel.Worksheet, rows: SheetSpec['rows'], widths: readonly number[], firstRow: number, fontName: string, budgetBytes: number): Promise<void> {
  await writeRows(new RequestBudget(context, budgetBytes), sheet, rows, widths, firstRow, fontName);
}

export async function writeSheet(context: Excel.RequestContext, budget: RequestBudget, spec: SheetSpec, name: string, fontName: string, can: Capabilities): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.add(name);
  await budget.op();
  if (can.pageLayout) sheet.showGridlines = false; // ExcelApi 1.8
  const runs = heightRuns(spec.rows);
  const autofit = runs.length > MAX_HEIGHT_RUNS;
  await writeRows(budget, sheet, spec.rows, spec.columnWidths, 0, fontName, !autofit);
  for (let c = 0; c < spec.columnWidths.length; c++) {
    await budget.op();
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(spec.columnWidths[c] ?? 8);
  }
  for (const m of spec.merges) {
    await budget.op();
    rangeOf(sheet, m).merge(false);
  }
  if (autofit && spec.rows.length > 0) {
    // After the widths: Excel fits wrapped text to them. It leaves merged cells out, so the rows holding a merged
    // banner keep their set heights.
    await budget.op();
    sheet.getRangeByIndexes(0, 0, spec.rows.length, Math.max(1, spec.columnWidths.length)).format.autofitRows();
    const merged = new Set(spec.merges.flatMap((m) => Array.from({ length: m.bottom - m.top + 1 }, (_, i) => m.top + i)));
    await setRowHeights(budget, sheet, runs.flatMap((run) => splitRunToRows(run, merged)), 0);
  }
  if (spec.freeze) sheet.freezePanes.freezeRows(spec.freeze.rows);
  if (can.conditionalFormats) {
    for (const rule of spec.conditionalFormats) {
      await budget.ops(6);
      addConditionalFormat(sheet, rule);
    }
  }
  if (can.pageLayout) {
    await budget.ops(8);
    if (spec.autoFilter) sheet.autoFilter.apply(rangeOf(sheet, spec.autoFilter));
    const layout = sheet.pageLayout;
    layout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    layout.centerHorizontally = true;
    // Each sheet's pages numbered from 1, also when the whole workbook is printed.
    layout.firstPageNumber = 1;
    if (spec.print.fitToWidth || spec.print.onePage === true) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: spec.print.onePage === true ? 1 : 0 };
    if (spec.print.repeatRows) layout.setPrintTitleRows(`$${spec.print.repeatRows.from}:$${spec.print.repeatRows.to}`);
    layout.headersFooters.defaultForAllPages.centerFooter = spec.print.footer;
  }
  await budget.op();
  context.workbook.names.add(`${MARKER_PREFIX}${spec.key}`, sheet.getRange('A1'));
  return sheet;
}

interface LinkedCell {
  readonly row: number;
  readonly column: number;
  readonly hyperlink: Excel.RangeHyperlink;
}

function linkedCells(spec: SheetSpec): LinkedCell[] {
  return spec.rows.flatMap((row, r) => row.cells.flatMap((cell, c) => {
    if (!cell.link || cell.content.kind !== 'text') return [];
    return [{ row: r, column: c, hyperlink: { documentReference: linkAddress(cell.link), textToDisplay: cell.content.value } }];
  }));
}

/** Linked cells grouped into runs down a column: each run takes the link's look in a few operations. */
function columnRuns(cells: readonly LinkedCell[]): Area[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Area[] = [];
  for (const { row, column } of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.left === column && last.bottom === row - 1) runs[runs.length - 1] = { ...last, bottom: row };
    else runs.push({ top: row, left: column, bottom: row, right: column });
  }
  return runs;
}

/**
 * Sets the links of the description's linked cells, last in the batch. Each link is an operation of its own: where
 * a plan is so large that its links would take a round trip more, its addresses stay text, as on a host without
 * ExcelApi 1.7. Excel may restyle a cell it links (its Hyperlink style, in the theme's font): the link's look and
 * the sheet's font are set after the links.
 */
async function linkCells(budget: RequestBudget, sheets: readonly { sheet: Excel.Worksheet; spec: SheetSpec }[], fontName: string): Promise<void> {
  const linked = sheets.map(({ sheet, spec }) => {
    const cells = linkedCells(spec);
    return { sheet, cells, runs: columnRuns(cells) };
  });
  const cellBytes = linked.flatMap((l) => l.cells).reduce((n, { hyperlink }) => n + OPERATION_BYTES + payloadBytes([[hyperlink.documentReference ?? '', hyperlink.textToDisplay ?? '']]), 0);
  const runCount = linked.reduce((n, l) => n + l.runs.length, 0);
  const bytes = cellBytes + runCount * (styleOperations(LINK_STYLE, true) + 1) * OPERATION_BYTES;
  if (cellBytes === 0 || !budget.hasRoomFor(bytes)) return;
  await budget.add(bytes);
  for (const { sheet, cells, runs } of linked) {
    for (const { row, column, hyperlink } of cells) sheet.getRangeByIndexes(row, column, 1, 1).hyperlink = hyperlink;
    for (const run of runs) {
      const range = rangeOf(sheet, run);
      applyStyle(range, LINK_STYLE, run.bottom > run.top);
      range.format.font.name = fontName;
    }
  }
}

/**
 * Replaces the sheets an earlier run made (by their marks, never by name alone) with the sheets of `spec`.
 * The plan sheet and every other sheet of the user's are left as they are.
 */
export async function writeSummarySheets(context: Excel.RequestContext, spec: WorkbookSpec, snapshot: WorkbookSnapshot, can: Capabilities): Promise<string[]> {
  const budget = new RequestBudget(context, can.requestBudgetBytes);
  if (can.pageLayout) context.application.suspendScreenUpdatingUntilNextSync();
  const replaced = [...snapshot.owned].filter(([, key]) => !PERMANENT_SHEETS.includes(key)).map(([name]) => name);
  for (const marker of snapshot.markerNames) {
    if (!PERMANENT_SHEETS.some((key) => marker === `${MARKER_PREFIX}${key}`)) context.workbook.names.getItem(marker).delete();
  }
  for (const name of replaced) context.workbook.worksheets.getItem(name).delete();
  const taken = snapshot.sheetNames.filter((n) => !replaced.includes(n));
  const written: string[] = [];
  const sheets: { sheet: Excel.Worksheet; spec: SheetSpec }[] = [];
  for (const sheetSpec of spec.sheets) {
    const name = freeSheetName(taken, sheetSpec.name);
    taken.push(name);
    sheets.push({ sheet: await writeSheet(context, budget, sheetSpec, name, spec.fontName, can), spec: sheetSpec });
    written.push(name);
  }
  if (can.hyperlinks) await linkCells(budget, sheets, spec.fontName);
  sheets[0]?.sheet.activate();
  await context.sync();
  return written;
}

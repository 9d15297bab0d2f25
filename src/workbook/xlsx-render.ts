/** Renders a sheet description into an ExcelJS worksheet: the .xlsx writer of the summary sheets. */
import type ExcelJS from 'exceljs';
import { LINK_STYLE, linkAddress, type Area, type CellLink, type CellSpec, type CellStyle, type ConditionalFormat, type SheetSpec } from '../core/sheets/description';
import { columnLetters } from '../core/grid';

const A4_PAPER = 9;

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function rangeOf(area: Area): string {
  return `${columnLetters(area.left)}${area.top + 1}:${columnLetters(area.right)}${area.bottom + 1}`;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, fontName: string | undefined): void {
  const font: Partial<ExcelJS.Font> = {};
  if (fontName) font.name = fontName;
  if (style?.bold) font.bold = true;
  if (style?.italic) font.italic = true;
  if (style?.underline) font.underline = true;
  if (style?.fontSize) font.size = style.fontSize;
  if (style?.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) cell.font = font;
  if (!style) return;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border === 'thin') {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.horizontal || style.vertical || style.wrap) {
    cell.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap ?? false };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

/**
 * Text is written as a string value, which ExcelJS stores as a shared string: never as a formula. A link keeps
 * the text; "#" tells ExcelJS the target is in the workbook (in-workbook-links.ts writes it as Excel does).
 */
function setContent(cell: ExcelJS.Cell, spec: CellSpec, link: CellLink | null): void {
  const content = spec.content;
  switch (content.kind) {
    case 'text':
      cell.value = link ? { text: content.value, hyperlink: `#${linkAddress(link)}` } : content.value;
      return;
    case 'number':
    case 'percent':
      cell.value = content.value;
      return;
    case 'date':
      cell.value = content.value;
      return;
    case 'empty':
      return;
  }
}

function conditionalFormat(rule: ConditionalFormat): ExcelJS.ConditionalFormattingOptions {
  if (rule.kind === 'dataBar') {
    const dataBar = {
      type: 'dataBar' as const,
      priority: 1,
      gradient: false,
      cfvo: [{ type: 'num' as const, value: 0 }, { type: 'num' as const, value: 1 }],
      // ExcelJS's typing says an array, but its writer reads one colour object.
      color: { argb: argb(rule.color) } as unknown as Partial<ExcelJS.Color>[],
    };
    return { ref: rangeOf(rule.area), rules: [dataBar] };
  }
  const quoted = `"${rule.text.replace(/"/gu, '""')}"`;
  return {
    ref: rangeOf(rule.area),
    rules: [{
      type: 'cellIs', operator: 'equal', formulae: [quoted], priority: 1,
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } }, font: { color: { argb: argb(rule.fontColor) } } },
    }],
  };
}

/** The cell's link, where its target sheet is in the workbook: the summary written alone, apart from the plan, has none. */
function linkIn(linkable: ReadonlySet<string>, spec: CellSpec): CellLink | null {
  return spec.link && spec.content.kind === 'text' && linkable.has(spec.link.sheet) ? spec.link : null;
}

/**
 * `linkable`: the sheets a link may go to, the user's own in the workbook written (the plan, where it is there); a
 * sheet of the tool's of the same name ("Summary") is never one.
 */
export function renderSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, name: string, fontName?: string, linkable: ReadonlySet<string> = new Set()): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows, showGridLines: false }] : [{ showGridLines: false }],
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
  });
  spec.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  spec.rows.forEach((rowSpec, r) => {
    const row = sheet.getRow(r + 1);
    if (rowSpec.height !== undefined) row.height = rowSpec.height;
    rowSpec.cells.forEach((cellSpec, c) => {
      const cell = row.getCell(c + 1);
      const link = linkIn(linkable, cellSpec);
      setContent(cell, cellSpec, link);
      applyStyle(cell, link ? { ...cellSpec.style, ...LINK_STYLE } : cellSpec.style, fontName);
    });
  });
  for (const m of spec.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (spec.autoFilter) {
    const f = spec.autoFilter;
    sheet.autoFilter = { from: { row: f.top + 1, column: f.left + 1 }, to: { row: f.bottom + 1, column: f.right + 1 } };
  }
  for (const rule of spec.conditionalFormats) sheet.addConditionalFormatting(conditionalFormat(rule));
  const print = spec.print;
  sheet.pageSetup = {
    paperSize: A4_PAPER,
    orientation: print.orientation,
    fitToPage: print.fitToWidth || print.onePage === true,
    fitToWidth: 1,
    fitToHeight: print.onePage === true ? 1 : 0,
    horizontalCentered: true,
    // Each sheet's pages numbered from 1, also when the whole workbook is printed.
    firstPageNumber: 1,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.from}:${print.repeatRows.to}` } : {}),
  };
  sheet.headerFooter = { oddFooter: print.footer, evenFooter: print.footer };
  return sheet;
}

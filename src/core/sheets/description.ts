/**
 * A description of the summary sheets — content and formatting as data — that both writers render: the .xlsx
 * file writer and the Office.js writer. A layout is written once, here in the core, never in a writer.
 */

import { quoteSheetName } from '../sheet-name';

export type SheetKey = 'summary' | 'delayed' | 'results' | 'check' | 'revisions';

export type CellContent =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A ratio (1.02 = 102%), shown with a percent format. */
  | { readonly kind: 'percent'; readonly value: number }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'empty' };

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** RRGGBB. */
  readonly fontColor?: string;
  /** RRGGBB solid fill. */
  readonly fill?: string;
  readonly border?: 'thin' | 'none';
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
  /** An Excel number format: "0.0%", "#,##0", "yyyy-mm-dd hh:mm", "@". */
  readonly numberFormat?: string;
}

/** A cell of the same workbook. */
export interface CellLink {
  /** The sheet's name as the workbook spells it, unquoted. */
  readonly sheet: string;
  /** "A8". */
  readonly cell: string;
}

export interface CellSpec {
  readonly content: CellContent;
  readonly style?: CellStyle;
  /** Where clicking the cell goes, in a writer and on a host that can link; its text is the content either way. */
  readonly link?: CellLink;
}

/** A link's target as Excel writes an address: the sheet quoted where Excel quotes it ("行動計画!A8", "'O''Brien'!A8"). */
export function linkAddress(link: CellLink): string {
  return `${quoteSheetName(link.sheet)}!${link.cell}`;
}

/**
 * How a cell a writer renders as a link looks, over its own style: Excel's Hyperlink style, by which readers tell a
 * link from text. A cell left as text (no link on the host, no such sheet in the file) keeps its plain look.
 */
export const LINK_STYLE = { fontColor: '0563C1', underline: true } as const satisfies CellStyle;

export interface RowSpec {
  readonly cells: readonly CellSpec[];
  /** Points; set where wrapped text needs more than one line, since some renderers do not grow rows. */
  readonly height?: number;
}

/** 0-based, inclusive, relative to A1. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Colours a status column's cells by their text. */
export interface TextColourRule {
  readonly kind: 'textEquals';
  readonly area: Area;
  readonly text: string;
  readonly fill: string;
  readonly fontColor: string;
}

/** Data bars on a column of rates. */
export interface DataBarRule {
  readonly kind: 'dataBar';
  readonly area: Area;
  readonly color: string;
}

export type ConditionalFormat = TextColourRule | DataBarRule;

export interface PrintSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  /** Fit all columns on one page wide; pages run down as long as needed. */
  readonly fitToWidth: boolean;
  /** Fit the whole sheet on one page: a short sheet that would leave a line or two alone on a second page. */
  readonly onePage?: boolean;
  /** 1-based sheet rows repeated at the top of every printed page. */
  readonly repeatRows: { readonly from: number; readonly to: number } | null;
  /** Footer text in Excel's header/footer codes: &A sheet name, &P page. */
  readonly footer: string;
}

export interface SheetSpec {
  readonly key: SheetKey;
  readonly name: string;
  /** Column widths in Excel's character units. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly RowSpec[];
  readonly merges: readonly Area[];
  /** Rows and columns kept in view while scrolling. */
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  /** The table header and body range that gets an autofilter. */
  readonly autoFilter: Area | null;
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly print: PrintSetup;
  readonly tabColor?: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** The font for every cell: a Japanese font for Japanese sheets, so no renderer falls back to a Chinese one. */
  readonly fontName: string;
}

/** The most characters an Excel cell holds: a longer text (a reason pasted at length) would fail the write. */
export const MAX_CELL_TEXT = 32_767;
export const text = (value: string, style?: CellStyle): CellSpec => ({
  content: { kind: 'text', value: value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value }, style,
});
export const num = (value: number, style?: CellStyle): CellSpec => ({ content: { kind: 'number', value }, style });
export const percent = (value: number | null, style?: CellStyle): CellSpec =>
  value === null || !Number.isFinite(value) ? { content: { kind: 'empty' }, style } : { content: { kind: 'percent', value }, style };
export const empty = (style?: CellStyle): CellSpec => ({ content: { kind: 'empty' }, style });

/** Excel's character-width units: East Asian wide characters take two. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    width += code > 0x2e80 && !(code >= 0xff61 && code <= 0xff9f) ? 2 : 1;
  }
  return width;
}

const LINE_HEIGHT_POINTS = 15;

/** How many lines a wrapped text takes in a column `width` characters wide, at `fontSize` points. */
function linesOf(value: string, width: number, fontSize: number): number {
  // Less than the width: renderers pad cells, break at word boundaries and keep punctuation off line starts.
  const usable = Math.max(width - 1.5, 1);
  // Column widths count characters of the standard size: larger type takes more of them.
  const scale = 1.1 * (fontSize / 11);
  return value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((displayWidth(line) * scale) / usable)), 0);
}

/** The row height (points) that shows wrapped text in full, given each cell's column width. */
export function rowHeightFor(cells: readonly CellSpec[], widths: readonly number[], fontSize = 11): number | undefined {
  let lines = 1;
  cells.forEach((cell, i) => {
    if (cell.content.kind !== 'text' || !cell.style?.wrap) return;
    lines = Math.max(lines, linesOf(cell.content.value, widths[i] ?? 10, cell.style.fontSize ?? fontSize));
  });
  if (lines <= 1 && fontSize <= 11) return undefined;
  return Math.min(Math.ceil(lines * LINE_HEIGHT_POINTS * (fontSize / 11) + 4), MAX_ROW_HEIGHT_POINTS);
}

/** Excel's tallest row: a cause of thousands of characters is cut to it, and the cell can still be read whole. */
export const MAX_ROW_HEIGHT_POINTS = 409;

/**
 * A1 addresses the way Excel writes them: "Sheet1!A1:B2", "'My Sheet'!A1", whole columns "Sheet1!A:B", whole
 * rows "Sheet1!1:3". Areas are 0-based and inclusive inside the stand-in. Sheet names are quoted as Excel quotes them
 * (core/sheet-name.ts).
 */

import { columnLetters } from '../core/grid';
import { MAX_COLUMNS, MAX_ROWS, quoteSheetName, sheetNameNeedsQuotes } from '../core/sheet-name';

export { MAX_COLUMNS, MAX_ROWS, quoteSheetName, sheetNameNeedsQuotes };

/** 0-based, inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function areaRows(area: Area): number {
  return area.bottom - area.top + 1;
}

export function areaColumns(area: Area): number {
  return area.right - area.left + 1;
}

export function areaCellCount(area: Area): number {
  return areaRows(area) * areaColumns(area);
}

export function isEntireColumns(area: Area): boolean {
  return area.top === 0 && area.bottom === MAX_ROWS - 1;
}

export function isEntireRows(area: Area): boolean {
  return area.left === 0 && area.right === MAX_COLUMNS - 1;
}

export function inBounds(area: Area): boolean {
  return area.top >= 0 && area.left >= 0 && area.bottom < MAX_ROWS && area.right < MAX_COLUMNS && area.top <= area.bottom && area.left <= area.right;
}

export function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export function boundingArea(a: Area, b: Area): Area {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export { columnLetters };

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetters(col)}$${row + 1}` : `${columnLetters(col)}${row + 1}`;
}

/** "A1", "A1:B2", "A:B" for whole columns, "1:3" for whole rows, "1:1048576" for the whole sheet. */
export function formatArea(area: Area, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isEntireColumns(area) && !isEntireRows(area)) return `${d}${columnLetters(area.left)}:${d}${columnLetters(area.right)}`;
  if (isEntireRows(area)) return `${d}${area.top + 1}:${d}${area.bottom + 1}`;
  const start = cellAddress(area.top, area.left, absolute);
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${cellAddress(area.bottom, area.right, absolute)}`;
}


export function qualifiedAddress(sheetName: string, area: Area, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatArea(area, absolute)}`;
}

const CELL_PART = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u;
const COLUMN_PART = /^\$?([A-Za-z]{1,3})$/u;
const ROW_PART = /^\$?(\d{1,7})$/u;

function normalise(a: { row: number; col: number }, b: { row: number; col: number }): Area {
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Parses an unqualified A1 reference ("A1", "$A$1:B2", "A:C", "2:5"); null when it is not one or is off the grid. */
export function parseArea(text: string): Area | null {
  const parts = text.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const [first, second] = parts as [string, string | undefined];
  const cell = (p: string): { row: number; col: number } | null => {
    const m = CELL_PART.exec(p);
    return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1] ?? '') } : null;
  };
  let area: Area | null = null;
  if (second === undefined) {
    const c = cell(first);
    area = c ? normalise(c, c) : null;
  } else {
    const a = cell(first);
    const b = cell(second);
    if (a && b) area = normalise(a, b);
    else {
      const ca = COLUMN_PART.exec(first);
      const cb = COLUMN_PART.exec(second);
      const ra = ROW_PART.exec(first);
      const rb = ROW_PART.exec(second);
      if (ca && cb) {
        const l = columnIndex(ca[1] ?? '');
        const r = columnIndex(cb[1] ?? '');
        area = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(l, r), right: Math.max(l, r) };
      } else if (ra && rb) {
        const t = Number(ra[1]) - 1;
        const b2 = Number(rb[1]) - 1;
        area = { top: Math.min(t, b2), bottom: Math.max(t, b2), left: 0, right: MAX_COLUMNS - 1 };
      }
    }
  }
  return area && inBounds(area) ? area : null;
}

/** Splits "Sheet1!A1:B2" or "'My ''Sheet'''!A1" into its sheet name (unquoted) and reference. */
export function splitQualified(text: string): { sheet: string | null; reference: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < trimmed.length) {
      const ch = trimmed[i];
      if (ch === "'") {
        if (trimmed[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (trimmed[i] === "'" && trimmed[i + 1] === '!') return { sheet: name, reference: trimmed.slice(i + 2) };
    return { sheet: null, reference: trimmed };
  }
  const bang = trimmed.lastIndexOf('!');
  if (bang > 0) return { sheet: trimmed.slice(0, bang), reference: trimmed.slice(bang + 1) };
  return { sheet: null, reference: trimmed };
}

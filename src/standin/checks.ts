/** Argument checks shared by the proxies: Excel answers a bad argument with InvalidArgument at sync. */
import type { Area } from './address';
import { areaColumns, areaRows } from './address';
import { parseColor } from './colors';
import { StandinError } from './errors';
import type { SheetModel } from './model';

/** What a Range proxy resolves to. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
}

export function invalid(detail: string): never {
  throw new StandinError('InvalidArgument', detail);
}

export function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') invalid(`${what} must be true or false, not ${JSON.stringify(value)}`);
  return value;
}

export function requireNumber(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    invalid(`${what} must be a number from ${min} to ${max}, not ${JSON.stringify(value)}`);
  }
  return value;
}

export function requireInteger(value: unknown, what: string, min: number, max: number): number {
  const n = requireNumber(value, what, min, max);
  if (!Number.isInteger(n)) invalid(`${what} must be a whole number, not ${n}`);
  return n;
}

export function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') invalid(`${what} must be a string, not ${JSON.stringify(value)}`);
  return value;
}

/** Enum values as Excel accepts them: the exact strings of the Excel.* enums. */
export function requireEnum<E extends string>(value: unknown, allowed: readonly E[], what: string): E {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    invalid(`${what} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
  }
  return value as E;
}

/** "#RRGGBB" from a colour Excel accepts; null (as the blank-and-null page says) is not a colour. */
export function requireColor(value: unknown, what: string): string {
  const color = parseColor(value);
  if (color === null) invalid(`${what}: ${JSON.stringify(value)} is not a colour (use "#RRGGBB" or an HTML colour name)`);
  return color;
}

/**
 * A `values` / `numberFormat` / `formulas` input as a grid matching the range: a 2-D array must have exactly the
 * range's rows and columns; a single value applies to every cell. A number format given as a 1×1 array applies to
 * every cell too, as in Microsoft's own example ("Display the totals as US dollar amounts":
 * `totalRange.numberFormat = [["$0.00"]]` on E3:E6).
 */
export function shapeGrid(input: unknown, area: Area, what: string): (r: number, c: number) => unknown {
  const rows = areaRows(area);
  const cols = areaColumns(area);
  if (input === null || input === undefined) invalid(`${what} cannot be set to ${String(input)} (use "" to clear, or null inside a 2-D array to leave a cell as it is)`);
  if (!Array.isArray(input)) return () => input;
  if (what === 'numberFormat' && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
    const only: unknown = input[0][0];
    return () => only;
  }
  const mismatch = `The number of rows or columns in the input array doesn't match the size or dimensions of the range: ${what} is ${describeShape(input)}, the range is ${rows}×${cols}`;
  if (input.length !== rows) invalid(mismatch);
  for (const row of input) {
    if (!Array.isArray(row) || row.length !== cols) invalid(mismatch);
  }
  return (r, c) => (input[r] as unknown[])[c];
}

function describeShape(input: unknown[]): string {
  const widths = new Set(input.map((row) => (Array.isArray(row) ? row.length : 'not an array')));
  return `${input.length}×${[...widths].join('/')}`;
}

/** Writing to a protected sheet is refused, as Excel does for locked cells. */
export function assertEditable(sheet: SheetModel, what: string): void {
  if (sheet.protected) {
    throw new StandinError('AccessDenied', `${what}: the cell or chart you're trying to change is on a protected sheet ("${sheet.name}"); unprotect it first`);
  }
}

/** Excel's character-width units: East Asian wide characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code > 0x2e80 && !(code >= 0xff61 && code <= 0xff9f) ? 2 : 1;
  }
  return width;
}

/**
 * A sheet as a rectangle of plain cell values: what every workbook adapter (a file, Excel) hands the core.
 * Row and column indexes are 0-based positions in `cells`; `top`/`left` place that rectangle on the sheet
 * so that problems can name real A1 addresses.
 */

/** An Excel error value such as #N/A or #DIV/0!, or a formula whose value the file does not hold. */
export interface CellError {
  readonly error: string;
  /**
   * The formula of a cell saved without its computed value (Excel always saves it; tools that write .xlsx files
   * may not), in place of an error code.
   */
  readonly uncomputedFormula?: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, inclusive, in grid coordinates (0-based, relative to the grid's top-left). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheetName: string;
  readonly cells: readonly (readonly CellValue[])[];
  readonly merges: readonly MergedArea[];
  /** 0-based sheet row of cells[0] (a used range need not start at A1). */
  readonly top: number;
  /** 0-based sheet column of cells[r][0]. */
  readonly left: number;
  /** False where the host could not report merged areas (Excel below ExcelApi 1.13). */
  readonly mergesKnown?: boolean;
  /**
   * The numeric cells shown as percentages (a format such as "0%": 0.95 is shown as 95%), by percentCellKey; absent
   * where the host did not say.
   */
  readonly percentCells?: ReadonlySet<number>;
  /**
   * The unit each numeric cell's number format writes after it ("#,##0\"㎡\"": 38500 shown as 38,500㎡), by
   * percentCellKey; only cells with one, absent where the host did not say.
   */
  readonly cellUnits?: ReadonlyMap<number, string>;
}

/** The key of a grid position in Grid.percentCells (a sheet has at most 16,384 columns). */
export function percentCellKey(row: number, col: number): number {
  return row * 16_384 + col;
}

export interface WorkbookGrids {
  readonly name: string;
  readonly sheets: readonly Grid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid.cells[row]?.[col] ?? null;
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The A1 address on the sheet of a grid position. */
export function a1(grid: Pick<Grid, 'top' | 'left'>, row: number, col: number): string {
  return `${columnLetters(grid.left + col)}${grid.top + row + 1}`;
}

/** Parses "B12" into 0-based sheet coordinates; null when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

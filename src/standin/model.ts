/**
 * The in-memory workbook behind the stand-in: sheets of sparse cells with values, formulas and styles, merges,
 * column widths and row heights (points, as the API speaks), panes, autofilter, conditional formats, page layout,
 * workbook-scope names and add-in settings. Proxies change it only while `sync()` runs; tests may read it.
 */
import { type Area, MAX_COLUMNS, MAX_ROWS, areaCellCount, contains, intersects, isEntireColumns, isEntireRows, parseArea, splitQualified, qualifiedAddress } from './address';
import { StandinError } from './errors';
import { evaluateFormula, type FormulaValue } from './formula';
import type { ScalarValue } from './values';

export type BorderLineStyle = 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot';
export type BorderWeight = 'Hairline' | 'Thin' | 'Medium' | 'Thick';

export interface BorderModel {
  readonly style: Exclude<BorderLineStyle, 'None'>;
  readonly weight: BorderWeight;
  /** "#RRGGBB". */
  readonly color: string;
}

export interface BordersModel {
  readonly top: BorderModel | null;
  readonly bottom: BorderModel | null;
  readonly left: BorderModel | null;
  readonly right: BorderModel | null;
}

export interface FontModel {
  readonly bold: boolean;
  readonly italic: boolean;
  /** Points. */
  readonly size: number;
  /** "#RRGGBB". */
  readonly color: string;
  readonly name: string;
  readonly underline: 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant';
  readonly strikethrough: boolean;
}

export type HorizontalAlignment = 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';

export interface CellStyle {
  readonly numberFormat: string;
  readonly font: FontModel;
  /** Solid fill "#RRGGBB", or null for no fill. */
  readonly fill: string | null;
  readonly horizontalAlignment: HorizontalAlignment;
  readonly verticalAlignment: VerticalAlignment;
  readonly wrapText: boolean;
  readonly borders: BordersModel;
}

/** A cell's link (Range.hyperlink, ExcelApi 1.7): an address outside the workbook, a place in it, or both. */
export interface HyperlinkModel {
  readonly address?: string;
  /** A place in the workbook, as Excel writes an address: "'Reform Plan'!A8". */
  readonly documentReference?: string;
  readonly screenTip?: string;
}

export interface CellModel {
  value?: ScalarValue;
  /** With its leading "=". */
  formula?: string;
  /** True when the formula was written through the API: its value is computed on read, not taken from a file. */
  computed?: boolean;
  /** Excel's quote prefix: the text was entered with a leading apostrophe. */
  quotePrefix?: boolean;
  hyperlink?: HyperlinkModel;
  style: CellStyle;
}

export interface ConditionalFont {
  bold: boolean | null;
  italic: boolean | null;
  color: string | null;
  strikethrough: boolean | null;
}

export interface ConditionalFormatStyle {
  font: ConditionalFont;
  fill: string | null;
  numberFormat: string | null;
}

export interface BoundRule {
  type: 'Automatic' | 'LowestValue' | 'HighestValue' | 'Number' | 'Percent' | 'Formula' | 'Percentile';
  formula?: string;
}

export interface DataBarModel {
  barDirection: 'Context' | 'LeftToRight' | 'RightToLeft';
  showDataBarOnly: boolean;
  axisColor: string;
  axisFormat: 'Automatic' | 'None' | 'CellMidPoint';
  lowerBoundRule: BoundRule;
  upperBoundRule: BoundRule;
  positiveFormat: { fillColor: string; gradientFill: boolean; borderColor: string };
  negativeFormat: { fillColor: string; borderColor: string; matchPositiveFillColor: boolean; matchPositiveBorderColor: boolean };
}

export type CellValueOperator = 'Between' | 'NotBetween' | 'EqualTo' | 'NotEqualTo' | 'GreaterThan' | 'LessThan' | 'GreaterThanOrEqual' | 'LessThanOrEqual';
export type TextOperator = 'Contains' | 'NotContains' | 'BeginsWith' | 'EndsWith';

interface CfBase {
  readonly id: string;
  area: Area;
  stopIfTrue: boolean;
}

export type ConditionalFormatModel =
  | (CfBase & { readonly type: 'DataBar'; dataBar: DataBarModel })
  | (CfBase & { readonly type: 'CellValue'; format: ConditionalFormatStyle; rule: { formula1: string; formula2?: string; operator: CellValueOperator } | null })
  | (CfBase & { readonly type: 'ContainsText'; format: ConditionalFormatStyle; rule: { operator: TextOperator; text: string } | null });

export type ConditionalFormatType = ConditionalFormatModel['type'];

/** A new data bar as Excel makes one: automatic bounds, blue gradient fill, red negative bars. */
export function newDataBar(): DataBarModel {
  return {
    barDirection: 'Context',
    showDataBarOnly: false,
    axisColor: '#000000',
    axisFormat: 'Automatic',
    lowerBoundRule: { type: 'Automatic' },
    upperBoundRule: { type: 'Automatic' },
    positiveFormat: { fillColor: '#638EC6', gradientFill: true, borderColor: '' },
    negativeFormat: { fillColor: '#FF0000', borderColor: '', matchPositiveFillColor: false, matchPositiveBorderColor: false },
  };
}


export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  /** The number of the sheet's first printed page; "" for automatic (continuing from the sheets before it). */
  firstPageNumber: number | '';
  /** 0-based, inclusive row span repeated at the top of each printed page. */
  printTitleRows: { top: number; bottom: number } | null;
  headerFooter: HeaderFooterModel;
}

export interface NameModel {
  name: string;
  /** With its leading "=": "=Sheet1!$A$1:$B$2", "=0.05", "=\"text\"". */
  formula: string;
  comment: string;
  visible: boolean;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Excel's default column width: 8.43 characters of the default font = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
/** Excel's default row height for an 11-point font. */
export const DEFAULT_ROW_HEIGHT_POINTS = 15;
/** The largest row height Excel allows, in points. */
export const MAX_ROW_HEIGHT_POINTS = 409;
/** The widest column Excel allows: 255 characters. */
export const MAX_COLUMN_WIDTH_POINTS = 255 * 7 * 0.75 + 3.75;

const NO_BORDERS: BordersModel = { top: null, bottom: null, left: null, right: null };

export function defaultStyle(fontName = 'Calibri', fontSize = 11): CellStyle {
  return {
    numberFormat: 'General',
    font: { bold: false, italic: false, size: fontSize, color: '#000000', name: fontName, underline: 'None', strikethrough: false },
    fill: null,
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    borders: NO_BORDERS,
  };
}

export function sameStyle(a: CellStyle, b: CellStyle): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Cells one formatting call may touch outside whole rows/columns; beyond this the stand-in refuses (memory). */
export const STANDIN_CELL_OPERATION_LIMIT = 2_000_000;

let sheetSerial = 0;

export class SheetModel {
  readonly id: string;
  name: string;
  visibility: SheetVisibility = 'Visible';
  /** "#RRGGBB" or "" (none), as Worksheet.tabColor reads. */
  tabColor = '';
  protected = false;
  showGridlines = true;
  deleted = false;
  /** row → column → cell. */
  readonly rows = new Map<number, Map<number, CellModel>>();
  merges: Area[] = [];
  /** Points. */
  readonly columnWidths = new Map<number, number>();
  /** Points. */
  readonly rowHeights = new Map<number, number>();
  /** Formats given to whole columns / whole rows (apply to cells created later). */
  readonly columnStyles = new Map<number, CellStyle>();
  readonly rowStyles = new Map<number, CellStyle>();
  /** Format given to the whole sheet. */
  baseStyle: CellStyle;
  freeze: { rows: number; columns: number } | null = null;
  autoFilter: Area | null = null;
  /** In priority order: index 0 is applied first. */
  conditionalFormats: ConditionalFormatModel[] = [];
  pageLayout: PageLayoutModel = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    firstPageNumber: '',
    printTitleRows: null,
    headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
  };
  /** The sheet's own selection, restored when it is activated. */
  selection: Area = { top: 0, left: 0, bottom: 0, right: 0 };
  readonly defaultStyleOfWorkbook: CellStyle;

  constructor(
    name: string,
    readonly workbook: WorkbookModel,
  ) {
    sheetSerial += 1;
    this.id = `{${String(sheetSerial).padStart(8, '0')}-0001-0000-0000-000000000000}`;
    this.name = name;
    this.defaultStyleOfWorkbook = workbook.defaultStyle;
    this.baseStyle = workbook.defaultStyle;
  }

  cell(row: number, col: number): CellModel | undefined {
    return this.rows.get(row)?.get(col);
  }

  effectiveStyle(row: number, col: number): CellStyle {
    return this.cell(row, col)?.style ?? this.rowStyles.get(row) ?? this.columnStyles.get(col) ?? this.baseStyle;
  }

  ensureCell(row: number, col: number): CellModel {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    let c = r.get(col);
    if (!c) {
      c = { style: this.effectiveStyle(row, col) };
      r.set(col, c);
    }
    return c;
  }

  deleteCell(row: number, col: number): void {
    const r = this.rows.get(row);
    if (!r) return;
    r.delete(col);
    if (r.size === 0) this.rows.delete(row);
  }

  /** Existing cells inside `area`, in row-major order. */
  *cellsIn(area: Area): Generator<[number, number, CellModel]> {
    const rowKeys = [...this.rows.keys()].filter((r) => r >= area.top && r <= area.bottom).sort((a, b) => a - b);
    for (const r of rowKeys) {
      const row = this.rows.get(r);
      if (!row) continue;
      const colKeys = [...row.keys()].filter((c) => c >= area.left && c <= area.right).sort((a, b) => a - b);
      for (const c of colKeys) {
        const cell = row.get(c);
        if (cell) yield [r, c, cell];
      }
    }
  }

  /**
   * Changes the style of every cell in `area`. Whole columns / rows / the whole sheet also change the column, row
   * or sheet format so cells created later inherit it, as in Excel.
   */
  updateStyle(area: Area, update: (style: CellStyle) => CellStyle): void {
    const wholeColumns = isEntireColumns(area);
    const wholeRows = isEntireRows(area);
    if (wholeColumns && wholeRows) {
      this.baseStyle = update(this.baseStyle);
      for (const [k, s] of this.columnStyles) this.columnStyles.set(k, update(s));
      for (const [k, s] of this.rowStyles) this.rowStyles.set(k, update(s));
      for (const [, , cell] of this.cellsIn(area)) cell.style = update(cell.style);
      return;
    }
    if (wholeColumns) {
      for (let c = area.left; c <= area.right; c += 1) this.columnStyles.set(c, update(this.columnStyles.get(c) ?? this.baseStyle));
      for (const [, , cell] of this.cellsIn(area)) cell.style = update(cell.style);
      // Cells at the crossing of a formatted row and these columns exist in Excel's model; materialise them.
      for (const [r, rowStyle] of this.rowStyles) {
        for (let c = area.left; c <= area.right; c += 1) if (!this.cell(r, c)) this.ensureCell(r, c).style = update(rowStyle);
      }
      return;
    }
    if (wholeRows) {
      for (let r = area.top; r <= area.bottom; r += 1) this.rowStyles.set(r, update(this.rowStyles.get(r) ?? this.baseStyle));
      for (const [, , cell] of this.cellsIn(area)) cell.style = update(cell.style);
      for (const [c, colStyle] of this.columnStyles) {
        for (let r = area.top; r <= area.bottom; r += 1) if (!this.cell(r, c)) this.ensureCell(r, c).style = update(colStyle);
      }
      return;
    }
    if (areaCellCount(area) > STANDIN_CELL_OPERATION_LIMIT) {
      throw new Error(`Excel stand-in limitation: formatting ${areaCellCount(area)} individual cells at once is not modelled; format whole rows or columns instead.`);
    }
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) {
        const cell = this.ensureCell(r, c);
        cell.style = update(cell.style);
      }
    }
  }

  /** True when the cell counts towards the used range. */
  private isUsed(cell: CellModel, valuesOnly: boolean): boolean {
    const hasValue = cell.formula !== undefined || (cell.value !== undefined && !(cell.value.kind === 'string' && cell.value.value === '' && !cell.quotePrefix));
    if (hasValue || valuesOnly) return hasValue;
    return cell.hyperlink !== undefined || !sameStyle(cell.style, this.defaultStyleOfWorkbook);
  }

  /** The smallest area holding every used cell, or null when there is none. */
  usedArea(valuesOnly: boolean, within?: Area): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const consider = (r: number, c: number): void => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    for (const [r, row] of this.rows) {
      if (within && (r < within.top || r > within.bottom)) continue;
      for (const [c, cell] of row) {
        if (within && (c < within.left || c > within.right)) continue;
        if (this.isUsed(cell, valuesOnly)) consider(r, c);
      }
    }
    if (!valuesOnly) {
      // A merged area is formatted as a whole.
      for (const m of this.merges) {
        if (!within || intersects(m, within)) {
          const cell = this.cell(m.top, m.left);
          if (cell && this.isUsed(cell, false)) {
            consider(m.top, m.left);
            consider(Math.min(m.bottom, within?.bottom ?? m.bottom), Math.min(m.right, within?.right ?? m.right));
          }
        }
      }
    }
    if (bottom < 0) return null;
    return { top, left, bottom, right };
  }

  mergeContaining(row: number, col: number): Area | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH_POINTS;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT_POINTS;
  }

  /** The value a cell shows: its stored value, or for a formula written through the API, the computed one. */
  valueAt(row: number, col: number, depth = 0): ScalarValue | undefined {
    const cell = this.cell(row, col);
    if (!cell) return undefined;
    if (cell.formula === undefined || !cell.computed) return cell.value;
    if (depth > 64) return { kind: 'number', value: 0 }; // circular: Excel shows 0
    const result = evaluateFormula(cell.formula, (sheet, ref) => this.lookup(sheet, ref, depth + 1));
    return toScalar(result);
  }

  private lookup(sheet: string | null, reference: string, depth: number): FormulaValue | undefined {
    if (sheet !== null && sheet.toLowerCase() !== this.name.toLowerCase()) return undefined;
    const area = parseArea(reference);
    if (!area) return undefined;
    const v = this.valueAt(area.top, area.left, depth);
    if (v === undefined) return '';
    return v.kind === 'error' ? { error: v.value } : v.value;
  }

  address(area: Area, absolute = false): string {
    return qualifiedAddress(this.name, area, absolute);
  }
}

function toScalar(v: FormulaValue): ScalarValue {
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  return { kind: 'error', value: v.error };
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/u;

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe, not "History". */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return 'a sheet name must be a string';
  if (name.length === 0 || name.trim().length === 0) return 'a sheet name cannot be blank';
  if ([...name].length > 31) return `"${name}" is longer than 31 characters`;
  if (INVALID_SHEET_CHARS.test(name)) return `"${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" starts or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return null;
}

/**
 * Excel's rules for a defined name: starts with a letter, underscore or backslash; then letters, digits, periods
 * and underscores; no spaces; at most 255 characters; not a cell reference (A1 or R1C1 style).
 */
export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'a name must be a non-empty string';
  if (name.length > 255) return 'a name is at most 255 characters';
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return `"${name}" is not a valid name`;
  if (/^[A-Za-z]{1,3}\d+$/u.test(name)) return `"${name}" looks like a cell reference`;
  if (/^(?:[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*)$/u.test(name)) return `"${name}" looks like an R1C1 reference`;
  return null;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  /** Add-in settings (Office's workbook.settings), values kept as JSON-compatible data. */
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetModel | null = null;
  /** What Workbook.name answers: the file name Excel shows ("Book1" for a new, unsaved workbook). */
  name = 'Book1';
  readonly defaultStyle: CellStyle;

  constructor(fontName = 'Calibri', fontSize = 11) {
    this.defaultStyle = defaultStyle(fontName, fontSize);
  }

  /** A workbook like a new one in Excel: one sheet, "Sheet1". */
  static blank(): WorkbookModel {
    const wb = new WorkbookModel();
    wb.addSheet('Sheet1');
    return wb;
  }

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => !s.deleted && s.id === id);
  }

  /** Adds a sheet after the others; `name` omitted gives Excel's next "SheetN". */
  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      let n = this.liveSheets().length + 1;
      while (this.sheetByName(`Sheet${n}`)) n += 1;
      finalName = `Sheet${n}`;
    }
    const problem = sheetNameProblem(finalName);
    if (problem) throw new StandinError('InvalidArgument', problem);
    if (this.sheetByName(finalName)) throw new StandinError('ItemAlreadyExists', `a sheet named "${finalName}" already exists (sheet names are compared case-insensitively)`);
    const sheet = new SheetModel(finalName, this);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: unknown): void {
    const problem = sheetNameProblem(name);
    if (problem) throw new StandinError('InvalidArgument', problem);
    const other = this.sheetByName(name as string);
    if (other && other !== sheet) throw new StandinError('ItemAlreadyExists', `a sheet named "${String(name)}" already exists`);
    const old = sheet.name;
    sheet.name = name as string;
    // Names that refer to the sheet follow the rename, as in Excel.
    for (const n of this.names) n.formula = renameInFormula(n.formula, old, sheet.name);
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === 'VeryHidden') throw new StandinError('InvalidOperation', 'a very hidden worksheet cannot be deleted; change its visibility first');
    const visible = this.liveSheets().filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) throw new StandinError('InvalidOperation', 'a workbook must contain at least one visible worksheet');
    sheet.deleted = true;
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    for (const n of this.names) n.formula = refToDeletedSheet(n.formula, sheet.name);
    if (this.activeSheet === sheet) this.activeSheet = this.liveSheets().find((s) => s.visibility === 'Visible') ?? null;
  }

  moveSheet(sheet: SheetModel, position: unknown): void {
    const live = this.liveSheets();
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= live.length) {
      throw new StandinError('InvalidArgument', `position ${String(position)} is outside 0..${live.length - 1}`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  nameByName(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  /** The range a name refers to, when its formula is a single reference to a live sheet. */
  nameTarget(model: NameModel): { sheet: SheetModel; area: Area } | null {
    const body = model.formula.replace(/^=/u, '');
    const { sheet, reference } = splitQualified(body);
    if (sheet === null) return null;
    const target = this.sheetByName(sheet);
    const area = parseArea(reference);
    return target && area ? { sheet: target, area } : null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function renameInFormula(formula: string, oldName: string, newName: string): string {
  const quotedOld = `'${oldName.replace(/'/gu, "''")}'!`;
  const newRef = `${qualifiedAddressPrefix(newName)}!`;
  return formula
    .replace(new RegExp(escapeRegExp(quotedOld), 'giu'), newRef)
    .replace(new RegExp(`(^|[=,(+\\-*/&: ])${escapeRegExp(oldName)}!`, 'giu'), `$1${newRef}`);
}

function qualifiedAddressPrefix(name: string): string {
  return qualifiedAddress(name, { top: 0, left: 0, bottom: 0, right: 0 }).replace(/!A1$/u, '');
}

function refToDeletedSheet(formula: string, name: string): string {
  const prefix = qualifiedAddressPrefix(name);
  return formula.includes(`${prefix}!`) ? '=#REF!' : formula;
}

export function withinGrid(area: Area): boolean {
  return area.top >= 0 && area.left >= 0 && area.bottom < MAX_ROWS && area.right < MAX_COLUMNS;
}

export { contains as areaContains };

/**
 * Excel.Range: a rectangular block on one sheet. Reads give 2-D arrays (values, formulas, numberFormat, text,
 * valueTypes); writes take a 2-D array of exactly the range's shape, or a single value for every cell.
 * See "Set and get range values, text, or formulas" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values)
 * and the Range reference (https://learn.microsoft.com/javascript/api/excel/excel.range).
 */
import {
  type Area,
  MAX_COLUMNS,
  MAX_ROWS,
  areaCellCount,
  areaColumns,
  areaRows,
  boundingArea,
  contains,
  formatArea,
  inBounds,
  intersects,
  isEntireColumns,
  isEntireRows,
  parseArea,
  splitQualified,
} from '../address';
import { assertEditable, invalid, requireBoolean, requireInteger, requireString, shapeGrid, type RangeTarget } from '../checks';
import { ClientObject, CollectionObject, type ContextCore, type ScalarDefinition } from '../client-object';
import { StandinError } from '../errors';
import { type HyperlinkModel, type SheetModel, STANDIN_CELL_OPERATION_LIMIT } from '../model';
import { type CellWrite, displayText, interpretFormula, interpretValue, valueToJs, valueType } from '../values';
import { ConditionalFormatCollectionProxy } from './conditional-formats';
import { RangeFormatProxy } from './format';
import { WorksheetProxy } from './worksheet';

/** Excel refuses to read more than five million cells at once ("A range is limited to 5,000,000 cells for read operations"). */
export const READ_CELL_LIMIT = 5_000_000;

function gridOf<V>(target: RangeTarget, cell: (r: number, c: number) => V): V[][] {
  const { area } = target;
  if (areaCellCount(area) > READ_CELL_LIMIT) {
    throw new StandinError('RangeExceedsLimit', `${areaCellCount(area)} cells; Excel reads at most ${READ_CELL_LIMIT} at once`);
  }
  const out: V[][] = [];
  for (let r = area.top; r <= area.bottom; r += 1) {
    const row: V[] = [];
    for (let c = area.left; c <= area.right; c += 1) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/** Applies a write to every cell, after interpreting all of them (so a bad element changes nothing). */
function writeCells(target: RangeTarget, input: unknown, what: string, interpret: (value: unknown, textFormat: boolean, where: string) => CellWrite): void {
  const { sheet, area } = target;
  assertEditable(sheet, what);
  const at = shapeGrid(input, area, what);
  if (areaCellCount(area) > READ_CELL_LIMIT) throw new StandinError('RangeExceedsLimit', `${what} on ${areaCellCount(area)} cells`);
  const writes: [number, number, Exclude<CellWrite, { kind: 'keep' }>][] = [];
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const textFormat = sheet.effectiveStyle(r, c).numberFormat === '@';
      const w = interpret(at(r - area.top, c - area.left), textFormat, `${what}[${r - area.top}][${c - area.left}]`);
      if (w.kind === 'keep') continue;
      if (w.kind !== 'clear') {
        const merge = sheet.mergeContaining(r, c);
        if (merge && (merge.top !== r || merge.left !== c)) {
          throw new StandinError('InvalidOperation', `${what}: ${sheet.address({ top: r, left: c, bottom: r, right: c })} is part of the merged area ${formatArea(merge)}; only its top-left cell takes a value`);
        }
      }
      writes.push([r, c, w]);
    }
  }
  for (const [r, c, w] of writes) {
    if (w.kind === 'clear') {
      const cell = sheet.cell(r, c);
      if (cell) {
        delete cell.value;
        delete cell.formula;
        delete cell.computed;
        delete cell.quotePrefix;
      }
      continue;
    }
    const cell = sheet.ensureCell(r, c);
    if (w.kind === 'formula') {
      cell.formula = w.formula;
      cell.computed = true;
      delete cell.value;
      delete cell.quotePrefix;
    } else {
      cell.value = w.value;
      delete cell.formula;
      delete cell.computed;
      if (w.quotePrefix) cell.quotePrefix = true;
      else delete cell.quotePrefix;
      if (w.impliedFormat && cell.style.numberFormat === 'General') cell.style = { ...cell.style, numberFormat: w.impliedFormat };
    }
  }
}

function writeNumberFormats(target: RangeTarget, input: unknown): void {
  const { sheet, area } = target;
  assertEditable(sheet, 'Range.numberFormat');
  const at = shapeGrid(input, area, 'numberFormat');
  if (!Array.isArray(input)) {
    if (typeof input !== 'string') invalid(`numberFormat must be a string, not ${JSON.stringify(input)}`);
    const format = input === '' ? 'General' : input;
    sheet.updateStyle(area, (s) => ({ ...s, numberFormat: format }));
    return;
  }
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const f = at(r - area.top, c - area.left);
      if (f === null) continue;
      if (typeof f !== 'string') invalid(`numberFormat[${r - area.top}][${c - area.left}] must be a string or null, not ${JSON.stringify(f)}`);
    }
  }
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const f = at(r - area.top, c - area.left) as string | null;
      if (f === null) continue;
      const cell = sheet.ensureCell(r, c);
      cell.style = { ...cell.style, numberFormat: f === '' ? 'General' : f };
    }
  }
}

/** What Range.hyperlink answers: the top-left cell's link and text; the stand-in answers null for a cell without one. */
export interface RangeHyperlinkValue extends HyperlinkModel {
  readonly textToDisplay?: string;
}

const HYPERLINK_KEYS = ['address', 'documentReference', 'screenTip', 'textToDisplay'];

function readHyperlink(target: RangeTarget): RangeHyperlinkValue | null {
  const { sheet, area } = target;
  const link = sheet.cell(area.top, area.left)?.hyperlink;
  if (!link) return null;
  return { ...link, textToDisplay: displayText(sheet.valueAt(area.top, area.left), sheet.effectiveStyle(area.top, area.left).numberFormat) };
}

/**
 * Range.hyperlink = { address?, documentReference?, screenTip?, textToDisplay? } (Excel.RangeHyperlink): every
 * cell of the range links there, and textToDisplay becomes the top-left cell's text. Without it the stand-in
 * leaves the text as it is.
 */
function writeHyperlink(target: RangeTarget, input: unknown): void {
  const { sheet, area } = target;
  assertEditable(sheet, 'Range.hyperlink');
  if (input === null || typeof input !== 'object' || Array.isArray(input)) invalid(`hyperlink must be an Excel.RangeHyperlink object, not ${JSON.stringify(input)}`);
  const given = input as Record<string, unknown>;
  for (const key of Object.keys(given)) if (!HYPERLINK_KEYS.includes(key)) invalid(`Excel.RangeHyperlink has no property "${key}"`);
  const field = (key: string): string | undefined => (given[key] === undefined ? undefined : requireString(given[key], `hyperlink.${key}`));
  const [address, documentReference, screenTip, textToDisplay] = HYPERLINK_KEYS.map(field);
  if (!address && !documentReference) invalid('hyperlink needs an address or a documentReference to link to');
  if (areaCellCount(area) > STANDIN_CELL_OPERATION_LIMIT) {
    throw new Error(`Excel stand-in limitation: a hyperlink on ${areaCellCount(area)} cells at once is not modelled.`);
  }
  const link: HyperlinkModel = {
    ...(address ? { address } : {}), ...(documentReference ? { documentReference } : {}), ...(screenTip ? { screenTip } : {}),
  };
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) sheet.ensureCell(r, c).hyperlink = link;
  }
  if (textToDisplay === undefined) return;
  const top = sheet.ensureCell(area.top, area.left);
  top.value = { kind: 'string', value: textToDisplay };
  delete top.formula;
  delete top.computed;
  delete top.quotePrefix;
}

function offsetArea(area: Area, rows: number, cols: number): Area {
  return { top: area.top + rows, left: area.left + cols, bottom: area.bottom + rows, right: area.right + cols };
}

function requireGrid(area: Area, what: string): Area {
  if (!inBounds(area)) throw new StandinError('InvalidArgument', `${what}: the resulting range ${JSON.stringify(area)} is outside the worksheet grid`);
  return area;
}

/** Resolves a Range-or-address argument against a sheet (addresses may be qualified with the same sheet). */
export function resolveRangeArgument(arg: unknown, sheet: SheetModel, what: string): Area {
  if (arg instanceof RangeProxy) {
    const t = arg._resolve();
    if (!t) throw new StandinError('InvalidArgument', `${what}: the range is a null object`);
    if (t.sheet !== sheet) throw new StandinError('InvalidArgument', `${what}: the range is on "${t.sheet.name}", not "${sheet.name}"`);
    return t.area;
  }
  if (typeof arg !== 'string') throw new StandinError('InvalidArgument', `${what}: expected a Range or an address`);
  const { sheet: named, reference } = splitQualified(arg);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) throw new StandinError('InvalidArgument', `${what}: "${arg}" is not on "${sheet.name}"`);
  const area = parseArea(reference);
  if (!area) throw new StandinError('InvalidArgument', `${what}: "${arg}" is not a valid address`);
  return area;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly _className = 'Range';
  private _format?: RangeFormatProxy;
  private _conditionalFormats?: ConditionalFormatCollectionProxy;
  private _worksheet?: WorksheetProxy;

  constructor(core: ContextCore, path: string, resolver: () => RangeTarget | null, minSet = '1.1') {
    super(core, path, resolver, minSet);
  }

  protected override _checkStillValid(value: RangeTarget | null): void {
    if (value?.sheet.deleted) throw new StandinError('ItemNotFound', `the worksheet "${value.sheet.name}" of ${this._path} was deleted`);
  }

  protected _scalars(): Record<string, ScalarDefinition<RangeTarget>> {
    return {
      address: { get: (t) => t.sheet.address(t.area) },
      addressLocal: { get: (t) => t.sheet.address(t.area) },
      rowIndex: { get: (t) => t.area.top },
      columnIndex: { get: (t) => t.area.left },
      rowCount: { get: (t) => areaRows(t.area) },
      columnCount: { get: (t) => areaColumns(t.area) },
      cellCount: { get: (t) => areaCellCount(t.area) },
      isEntireColumn: { get: (t) => isEntireColumns(t.area) },
      isEntireRow: { get: (t) => isEntireRows(t.area) },
      values: {
        get: (t) => gridOf(t, (r, c) => valueToJs(t.sheet.valueAt(r, c))),
        set: (t, v) => writeCells(t, v, 'values', interpretValue),
      },
      formulas: {
        get: (t) => gridOf(t, (r, c) => t.sheet.cell(r, c)?.formula ?? valueToJs(t.sheet.valueAt(r, c))),
        set: (t, v) => writeCells(t, v, 'formulas', interpretFormula),
      },
      numberFormat: {
        get: (t) => gridOf(t, (r, c) => t.sheet.effectiveStyle(r, c).numberFormat),
        set: (t, v) => writeNumberFormats(t, v),
      },
      text: { get: (t) => gridOf(t, (r, c) => displayText(t.sheet.valueAt(r, c), t.sheet.effectiveStyle(r, c).numberFormat)) },
      valueTypes: { get: (t) => gridOf(t, (r, c) => valueType(t.sheet.valueAt(r, c))) },
      hyperlink: { get: readHyperlink, set: writeHyperlink },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return {
      format: () => this.format,
      worksheet: () => this.worksheet,
      conditionalFormats: () => this.conditionalFormats,
    };
  }

  get address(): string {
    return this._read('address');
  }

  get addressLocal(): string {
    return this._read('addressLocal');
  }

  get rowIndex(): number {
    return this._read('rowIndex');
  }

  get columnIndex(): number {
    return this._read('columnIndex');
  }

  get rowCount(): number {
    return this._read('rowCount');
  }

  get columnCount(): number {
    return this._read('columnCount');
  }

  get cellCount(): number {
    return this._read('cellCount');
  }

  get isEntireColumn(): boolean {
    return this._read('isEntireColumn');
  }

  get isEntireRow(): boolean {
    return this._read('isEntireRow');
  }

  get values(): (string | number | boolean)[][] {
    return this._read('values');
  }

  set values(value: unknown) {
    this._queueSet('values', value);
  }

  get formulas(): (string | number | boolean)[][] {
    return this._read('formulas');
  }

  set formulas(value: unknown) {
    this._queueSet('formulas', value);
  }

  get numberFormat(): string[][] {
    return this._read('numberFormat');
  }

  set numberFormat(value: unknown) {
    this._queueSet('numberFormat', value);
  }

  get text(): string[][] {
    return this._read('text');
  }

  get valueTypes(): string[][] {
    return this._read('valueTypes');
  }

  /** The link of the range's cells (ExcelApi 1.7). */
  get hyperlink(): RangeHyperlinkValue | null {
    return this._read('hyperlink');
  }

  set hyperlink(value: unknown) {
    this._queueSet('hyperlink', value);
  }

  get format(): RangeFormatProxy {
    this._format ??= new RangeFormatProxy(this._core, `${this._path}.format`, () => this._resolve(), this._minSet);
    return this._format;
  }

  get worksheet(): WorksheetProxy {
    this._worksheet ??= new WorksheetProxy(this._core, `${this._path}.worksheet`, () => this._resolve()?.sheet ?? null, this._minSet);
    return this._worksheet;
  }

  /** Conditional formats that apply to this range (ExcelApi 1.6). */
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this._conditionalFormats ??= new ConditionalFormatCollectionProxy(this._core, `${this._path}.conditionalFormats`, () => this._resolve(), this._setFor('conditionalFormats'));
    return this._conditionalFormats;
  }

  /** A derived range, resolved from this one at sync time. */
  private _derive(member: string, args: unknown[], compute: (t: RangeTarget) => Area, apiKey?: string): RangeProxy {
    this._assertOpen();
    const minSet = this._setFor(member, apiKey);
    const path = `${this._path}.${member}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
    const range = new RangeProxy(this._core, path, () => {
      const t = this._resolve();
      if (!t) return null;
      try {
        return { sheet: t.sheet, area: compute(t) };
      } catch (error) {
        if (error instanceof StandinError) throw new StandinError(error.code, error.message, { errorLocation: `Range.${member}` });
        throw error;
      }
    }, minSet);
    return range;
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derive('getCell', [row, column], (t) => {
      requireInteger(row, 'row', -MAX_ROWS, MAX_ROWS);
      requireInteger(column, 'column', -MAX_COLUMNS, MAX_COLUMNS);
      const r = t.area.top + row;
      const c = t.area.left + column;
      return requireGrid({ top: r, left: c, bottom: r, right: c }, 'getCell');
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive('getOffsetRange', [rowOffset, columnOffset], (t) => {
      requireInteger(rowOffset, 'rowOffset', -MAX_ROWS, MAX_ROWS);
      requireInteger(columnOffset, 'columnOffset', -MAX_COLUMNS, MAX_COLUMNS);
      return requireGrid(offsetArea(t.area, rowOffset, columnOffset), 'getOffsetRange');
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive('getResizedRange', [deltaRows, deltaColumns], (t) => {
      requireInteger(deltaRows, 'deltaRows', -MAX_ROWS, MAX_ROWS);
      requireInteger(deltaColumns, 'deltaColumns', -MAX_COLUMNS, MAX_COLUMNS);
      return requireGrid({ ...t.area, bottom: t.area.bottom + deltaRows, right: t.area.right + deltaColumns }, 'getResizedRange');
    });
  }

  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    this._sameContext(anotherRange, 'getBoundingRect');
    const arg = anotherRange instanceof RangeProxy ? anotherRange._path : anotherRange;
    return this._derive('getBoundingRect', [arg], (t) => boundingArea(t.area, resolveRangeArgument(anotherRange, t.sheet, 'getBoundingRect')));
  }

  getRow(row: number): RangeProxy {
    return this._derive('getRow', [row], (t) => {
      requireInteger(row, 'row', 0, MAX_ROWS - 1);
      return requireGrid({ top: t.area.top + row, bottom: t.area.top + row, left: t.area.left, right: t.area.right }, 'getRow');
    });
  }

  getColumn(column: number): RangeProxy {
    return this._derive('getColumn', [column], (t) => {
      requireInteger(column, 'column', 0, MAX_COLUMNS - 1);
      return requireGrid({ top: t.area.top, bottom: t.area.bottom, left: t.area.left + column, right: t.area.left + column }, 'getColumn');
    });
  }

  getEntireRow(): RangeProxy {
    return this._derive('getEntireRow', [], (t) => ({ top: t.area.top, bottom: t.area.bottom, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): RangeProxy {
    return this._derive('getEntireColumn', [], (t) => ({ top: 0, bottom: MAX_ROWS - 1, left: t.area.left, right: t.area.right }));
  }

  getLastCell(): RangeProxy {
    return this._derive('getLastCell', [], (t) => ({ top: t.area.bottom, bottom: t.area.bottom, left: t.area.right, right: t.area.right }));
  }

  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    this._sameContext(anotherRange, 'getIntersection');
    const arg = anotherRange instanceof RangeProxy ? anotherRange._path : anotherRange;
    return this._derive('getIntersection', [arg], (t) => {
      const other = resolveRangeArgument(anotherRange, t.sheet, 'getIntersection');
      if (!intersects(t.area, other)) throw new StandinError('ItemNotFound', 'the ranges do not intersect');
      return { top: Math.max(t.area.top, other.top), left: Math.max(t.area.left, other.left), bottom: Math.min(t.area.bottom, other.bottom), right: Math.min(t.area.right, other.right) };
    });
  }

  /** The used part of this range; ItemNotFound when none of it is used. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this._derive('getUsedRange', [valuesOnly ?? false], (t) => {
      const used = t.sheet.usedArea(valuesOnly === true, t.area);
      if (!used) throw new StandinError('ItemNotFound', `no used cells in ${t.sheet.address(t.area)}`, { errorLocation: 'Range.getUsedRange' });
      return used;
    }, valuesOnly !== undefined ? 'Range.getUsedRange.valuesOnly' : undefined);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this._assertOpen();
    const range = new RangeProxy(this._core, `${this._path}.getUsedRangeOrNullObject(${valuesOnly ?? false})`, () => {
      const t = this._resolve();
      if (!t) return null;
      const used = t.sheet.usedArea(valuesOnly === true, t.area);
      return used ? { sheet: t.sheet, area: used } : null;
    }, this._setFor('getUsedRangeOrNullObject'));
    return this._nullable(range, 'getUsedRangeOrNullObject', [valuesOnly ?? false]);
  }

  /** The merged areas overlapping this range (ExcelApi 1.13); a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this._assertOpen();
    const minSet = this._setFor('getMergedAreasOrNullObject');
    const areas = new RangeAreasProxy(this._core, `${this._path}.getMergedAreasOrNullObject()`, () => {
      const t = this._resolve();
      if (!t) return null;
      const merged = t.sheet.merges.filter((m) => intersects(m, t.area)).sort((a, b) => a.top - b.top || a.left - b.left);
      if (merged.length > 512) throw new StandinError('GeneralException', `${merged.length} merged areas; Excel fails when there are more than 512`, { errorLocation: 'Range.getMergedAreasOrNullObject' });
      return merged.length === 0 ? null : { sheet: t.sheet, areas: merged };
    }, minSet);
    return this._nullable(areas, 'getMergedAreasOrNullObject');
  }

  /** Merges the range into one cell, or each row into one cell when `across` is true. Keeps the top-left value only. */
  merge(across?: boolean): void {
    this._enqueue('call', 'merge', [across ?? false], (t) => {
      if (across !== undefined) requireBoolean(across, 'across');
      assertEditable(t.sheet, 'Range.merge');
      const pieces: Area[] = across ? Array.from({ length: areaRows(t.area) }, (_, i) => ({ ...t.area, top: t.area.top + i, bottom: t.area.top + i })) : [t.area];
      for (const piece of pieces) {
        if (areaCellCount(piece) < 2) continue;
        for (const m of t.sheet.merges.filter((x) => intersects(x, piece))) {
          if (!contains(piece, m)) throw new StandinError('InvalidOperation', `cannot merge ${formatArea(piece)}: it overlaps the merged area ${formatArea(m)} only in part`);
        }
        t.sheet.merges = t.sheet.merges.filter((x) => !contains(piece, x));
        for (const [r, c, cell] of [...t.sheet.cellsIn(piece)]) {
          if (r === piece.top && c === piece.left) continue;
          delete cell.value;
          delete cell.formula;
          delete cell.computed;
        }
        t.sheet.merges.push(piece);
      }
    });
  }

  unmerge(): void {
    this._enqueue('call', 'unmerge', [], (t) => {
      assertEditable(t.sheet, 'Range.unmerge');
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
    });
  }

  /** Selects the range in the Excel UI (and activates its sheet). */
  select(): void {
    this._enqueue('call', 'select', [], (t) => {
      t.sheet.workbook.activeSheet = t.sheet;
      t.sheet.selection = t.area;
    });
  }

  /** Clears values and/or formats: applyTo "All" (default), "Contents", "Formats". */
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks'): void {
    this._enqueue('call', 'clear', [applyTo ?? 'All'], (t) => {
      const mode = applyTo ?? 'All';
      if (!['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks'].includes(mode)) invalid(`applyTo ${JSON.stringify(applyTo)}`);
      assertEditable(t.sheet, 'Range.clear');
      const contents = mode === 'All' || mode === 'Contents';
      const formats = mode === 'All' || mode === 'Formats';
      const links = mode === 'All' || mode === 'Hyperlinks' || mode === 'RemoveHyperlinks';
      if (contents) {
        for (const [, , cell] of [...t.sheet.cellsIn(t.area)]) {
          delete cell.value;
          delete cell.formula;
          delete cell.computed;
          delete cell.quotePrefix;
        }
      }
      if (formats) {
        const base = t.sheet.workbook.defaultStyle;
        t.sheet.updateStyle(t.area, () => base);
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
      }
      if (links) for (const [, , cell] of t.sheet.cellsIn(t.area)) delete cell.hyperlink;
      for (const [r, c, cell] of [...t.sheet.cellsIn(t.area)]) {
        if (cell.value === undefined && cell.formula === undefined && cell.hyperlink === undefined && cell.style === t.sheet.workbook.defaultStyle) t.sheet.deleteCell(r, c);
      }
    });
  }

  /** Calculates the range (ExcelApi 1.6); the stand-in computes on read, so nothing to do. */
  calculate(): void {
    this._enqueue('call', 'calculate', [], () => undefined);
  }
}

export interface RangeAreasTarget {
  readonly sheet: SheetModel;
  readonly areas: readonly Area[];
}

/** Excel.RangeAreas (ExcelApi 1.9): several ranges on one sheet; the stand-in reads it only. */
export class RangeAreasProxy extends ClientObject<RangeAreasTarget> {
  protected readonly _className = 'RangeAreas';
  private _areas?: RangeCollectionProxy;

  protected _scalars(): Record<string, ScalarDefinition<RangeAreasTarget>> {
    return {
      // "Sheet1!F3:F5, Sheet1!H:H" ("Work with multiple ranges simultaneously in Excel add-ins").
      address: { get: (t) => t.areas.map((a) => t.sheet.address(a)).join(', ') },
      areaCount: { get: (t) => t.areas.length },
      cellCount: { get: (t) => t.areas.reduce((n, a) => n + areaCellCount(a), 0) },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { areas: () => this.areas };
  }

  get address(): string {
    return this._read('address');
  }

  get areaCount(): number {
    return this._read('areaCount');
  }

  get cellCount(): number {
    return this._read('cellCount');
  }

  get areas(): RangeCollectionProxy {
    this._areas ??= new RangeCollectionProxy(this._core, `${this._path}.areas`, () => this._resolve(), this._minSet);
    return this._areas;
  }
}

/** Excel.RangeCollection: the ranges of a RangeAreas. */
export class RangeCollectionProxy extends CollectionObject<RangeAreasTarget, RangeProxy> {
  protected readonly _className = 'RangeCollection';

  protected _members(target: RangeAreasTarget): unknown[] {
    return target.areas.map((area) => ({ sheet: target.sheet, area }));
  }

  protected _itemProxy(member: unknown, index: number): RangeProxy {
    const t = member as RangeTarget;
    return new RangeProxy(this._core, `${this._path}.items[${index}]`, () => t, this._minSet);
  }
}

/**
 * Range formatting: Excel.RangeFormat, RangeFont, RangeFill, RangeBorderCollection / RangeBorder.
 * A format read over cells that differ gives null ("Blank and null values in Excel add-ins": "If multiple font
 * colors are present within the range, range.format.font.color is null"); `columnWidth`/`rowHeight` are points
 * and give null when the columns/rows differ. See "Set range format" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format).
 */
import { type Area, areaCellCount } from '../address';
import {
  assertEditable,
  displayWidth,
  invalid,
  requireBoolean,
  requireColor,
  requireEnum,
  requireNumber,
  requireString,
  type RangeTarget,
} from '../checks';
import { ClientObject, CollectionObject, type ContextCore, type ScalarDefinition } from '../client-object';
import {
  type BorderLineStyle,
  type BorderModel,
  type BorderWeight,
  type CellStyle,
  type HorizontalAlignment,
  MAX_COLUMN_WIDTH_POINTS,
  MAX_ROW_HEIGHT_POINTS,
  STANDIN_CELL_OPERATION_LIMIT,
  type VerticalAlignment,
} from '../model';
import { displayText } from '../values';

const HORIZONTAL: readonly HorizontalAlignment[] = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL: readonly VerticalAlignment[] = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'] as const;
const LINE_STYLES: readonly BorderLineStyle[] = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS: readonly BorderWeight[] = ['Hairline', 'Thin', 'Medium', 'Thick'];
export const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];

/** The value every cell of the range shares, or null when they differ. */
function uniform<V extends string | number | boolean | null>(t: RangeTarget, pick: (style: CellStyle) => V): V | null {
  const { sheet, area } = t;
  let seen = false;
  let value: V | null = null;
  const check = (v: V): boolean => {
    if (!seen) {
      seen = true;
      value = v;
      return true;
    }
    return v === value;
  };
  if (areaCellCount(area) <= 1_000_000) {
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) if (!check(pick(sheet.effectiveStyle(r, c)))) return null;
    }
    return value;
  }
  // Whole rows/columns: the cells that exist, the formatted rows and columns, and the sheet's own format.
  for (const [, , cell] of sheet.cellsIn(area)) if (!check(pick(cell.style))) return null;
  for (const [c, s] of sheet.columnStyles) if (c >= area.left && c <= area.right && !check(pick(s))) return null;
  for (const [r, s] of sheet.rowStyles) if (r >= area.top && r <= area.bottom && !check(pick(s))) return null;
  if (!check(pick(sheet.baseStyle))) return null;
  return value;
}

function styleSetter(what: string, change: (style: CellStyle, value: unknown) => CellStyle, validate: (value: unknown) => unknown) {
  return (t: RangeTarget, raw: unknown): void => {
    const value = validate(raw);
    assertEditable(t.sheet, what);
    t.sheet.updateStyle(t.area, (s) => change(s, value));
  };
}

function pointsToWholePixels(points: number): number {
  return Math.round(points / 0.75) * 0.75;
}

/** Autofit widths: the longest displayed line of each column's unmerged, unwrapped cells (Excel ignores merged cells). */
function autofitColumns(t: RangeTarget): void {
  const { sheet, area } = t;
  const used = sheet.usedArea(true, area);
  if (!used) return;
  for (let c = used.left; c <= used.right; c += 1) {
    let widest = 0;
    for (let r = used.top; r <= used.bottom; r += 1) {
      if (sheet.mergeContaining(r, c)) continue;
      const style = sheet.effectiveStyle(r, c);
      const text = displayText(sheet.valueAt(r, c), style.numberFormat);
      if (!text) continue;
      const lines = style.wrapText ? [text] : text.split('\n');
      for (const line of lines) widest = Math.max(widest, (displayWidth(line) * style.font.size) / 11);
    }
    if (widest > 0) sheet.columnWidths.set(c, Math.min(pointsToWholePixels((Math.ceil(widest * 7) + 5) * 0.75), MAX_COLUMN_WIDTH_POINTS));
  }
}

/** Autofit heights: enough lines for each row's wrapped text at its column width; one line otherwise. */
function autofitRows(t: RangeTarget): void {
  const { sheet, area } = t;
  const used = sheet.usedArea(false, area);
  if (!used) return;
  for (let r = used.top; r <= used.bottom; r += 1) {
    let height = 0;
    for (let c = used.left; c <= used.right; c += 1) {
      if (sheet.mergeContaining(r, c)) continue;
      const style = sheet.effectiveStyle(r, c);
      const lineHeight = Math.ceil((style.font.size * 15) / 11 / 0.75) * 0.75;
      const text = displayText(sheet.valueAt(r, c), style.numberFormat);
      let lines = 1;
      if (style.wrapText && text) {
        const chars = Math.max((sheet.columnWidth(c) / 0.75 - 5) / 7, 1);
        lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / chars)), 0);
      }
      height = Math.max(height, lines * lineHeight);
    }
    if (height > 0) sheet.rowHeights.set(r, Math.min(height, MAX_ROW_HEIGHT_POINTS));
  }
}

export class RangeFormatProxy extends ClientObject<RangeTarget> {
  protected readonly _className = 'RangeFormat';
  private _font?: RangeFontProxy;
  private _fill?: RangeFillProxy;
  private _borders?: RangeBorderCollectionProxy;

  constructor(core: ContextCore, path: string, resolver: () => RangeTarget | null, minSet = '1.1') {
    super(core, path, resolver, minSet);
  }

  protected _scalars(): Record<string, ScalarDefinition<RangeTarget>> {
    return {
      horizontalAlignment: {
        get: (t) => uniform(t, (s) => s.horizontalAlignment),
        set: styleSetter('RangeFormat.horizontalAlignment', (s, v) => ({ ...s, horizontalAlignment: v as HorizontalAlignment }), (v) => requireEnum(v, HORIZONTAL, 'horizontalAlignment')),
      },
      verticalAlignment: {
        get: (t) => uniform(t, (s) => s.verticalAlignment),
        set: styleSetter('RangeFormat.verticalAlignment', (s, v) => ({ ...s, verticalAlignment: v as VerticalAlignment }), (v) => requireEnum(v, VERTICAL, 'verticalAlignment')),
      },
      wrapText: {
        get: (t) => uniform(t, (s) => s.wrapText),
        set: styleSetter('RangeFormat.wrapText', (s, v) => ({ ...s, wrapText: v as boolean }), (v) => requireBoolean(v, 'wrapText')),
      },
      columnWidth: {
        get: (t) => {
          const widths = new Set<number>();
          for (let c = t.area.left; c <= t.area.right; c += 1) {
            widths.add(t.sheet.columnWidth(c));
            if (widths.size > 1) return null;
          }
          return [...widths][0] ?? null;
        },
        set: (t, v) => {
          const width = requireNumber(v, 'columnWidth (points)', 0, MAX_COLUMN_WIDTH_POINTS);
          assertEditable(t.sheet, 'RangeFormat.columnWidth');
          for (let c = t.area.left; c <= t.area.right; c += 1) t.sheet.columnWidths.set(c, pointsToWholePixels(width));
        },
      },
      rowHeight: {
        get: (t) => {
          const heights = new Set<number>();
          for (let r = t.area.top; r <= t.area.bottom; r += 1) {
            heights.add(t.sheet.rowHeight(r));
            if (heights.size > 1) return null;
          }
          return [...heights][0] ?? null;
        },
        set: (t, v) => {
          const height = requireNumber(v, 'rowHeight (points)', 0, MAX_ROW_HEIGHT_POINTS);
          assertEditable(t.sheet, 'RangeFormat.rowHeight');
          for (let r = t.area.top; r <= t.area.bottom; r += 1) t.sheet.rowHeights.set(r, Math.round(height / 0.75) * 0.75);
        },
      },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { font: () => this.font, fill: () => this.fill, borders: () => this.borders };
  }

  get horizontalAlignment(): HorizontalAlignment {
    return this._read('horizontalAlignment');
  }

  set horizontalAlignment(value: HorizontalAlignment) {
    this._queueSet('horizontalAlignment', value);
  }

  get verticalAlignment(): VerticalAlignment {
    return this._read('verticalAlignment');
  }

  set verticalAlignment(value: VerticalAlignment) {
    this._queueSet('verticalAlignment', value);
  }

  get wrapText(): boolean {
    return this._read('wrapText');
  }

  set wrapText(value: boolean) {
    this._queueSet('wrapText', value);
  }

  /** Points (ExcelApi 1.2). */
  get columnWidth(): number {
    return this._read('columnWidth');
  }

  set columnWidth(value: number) {
    this._queueSet('columnWidth', value);
  }

  /** Points (ExcelApi 1.2). */
  get rowHeight(): number {
    return this._read('rowHeight');
  }

  set rowHeight(value: number) {
    this._queueSet('rowHeight', value);
  }

  get font(): RangeFontProxy {
    this._font ??= new RangeFontProxy(this._core, `${this._path}.font`, () => this._resolve(), this._minSet);
    return this._font;
  }

  get fill(): RangeFillProxy {
    this._fill ??= new RangeFillProxy(this._core, `${this._path}.fill`, () => this._resolve(), this._minSet);
    return this._fill;
  }

  get borders(): RangeBorderCollectionProxy {
    this._borders ??= new RangeBorderCollectionProxy(this._core, `${this._path}.borders`, () => this._resolve(), this._minSet);
    return this._borders;
  }

  /** Widens the columns to their content (an approximation: 7 px per character of an 11-point font). */
  autofitColumns(): void {
    this._enqueue('call', 'autofitColumns', [], (t) => {
      assertEditable(t.sheet, 'RangeFormat.autofitColumns');
      autofitColumns(t);
    });
  }

  /** Heightens the rows to their wrapped content (an approximation: 15 points per line of an 11-point font). */
  autofitRows(): void {
    this._enqueue('call', 'autofitRows', [], (t) => {
      assertEditable(t.sheet, 'RangeFormat.autofitRows');
      autofitRows(t);
    });
  }
}

export class RangeFontProxy extends ClientObject<RangeTarget> {
  protected readonly _className = 'RangeFont';

  protected _scalars(): Record<string, ScalarDefinition<RangeTarget>> {
    const font = <K extends keyof CellStyle['font']>(key: K, validate: (v: unknown) => unknown) => ({
      get: (t: RangeTarget) => uniform(t, (s) => s.font[key] as string | number | boolean),
      set: styleSetter(`RangeFont.${key}`, (s, v) => ({ ...s, font: { ...s.font, [key]: v } }), validate),
    });
    return {
      bold: font('bold', (v) => requireBoolean(v, 'font.bold')),
      italic: font('italic', (v) => requireBoolean(v, 'font.italic')),
      size: font('size', (v) => requireNumber(v, 'font.size', 1, 409)),
      color: font('color', (v) => requireColor(v, 'font.color')),
      name: font('name', (v) => {
        const name = requireString(v, 'font.name');
        if (name.trim() === '') invalid('font.name cannot be blank');
        return name;
      }),
      underline: font('underline', (v) => requireEnum(v, UNDERLINE, 'font.underline')),
      strikethrough: font('strikethrough', (v) => requireBoolean(v, 'font.strikethrough')),
    };
  }

  get bold(): boolean {
    return this._read('bold');
  }

  set bold(value: boolean) {
    this._queueSet('bold', value);
  }

  get italic(): boolean {
    return this._read('italic');
  }

  set italic(value: boolean) {
    this._queueSet('italic', value);
  }

  get size(): number {
    return this._read('size');
  }

  set size(value: number) {
    this._queueSet('size', value);
  }

  get color(): string {
    return this._read('color');
  }

  set color(value: string) {
    this._queueSet('color', value);
  }

  get name(): string {
    return this._read('name');
  }

  set name(value: string) {
    this._queueSet('name', value);
  }

  get underline(): string {
    return this._read('underline');
  }

  set underline(value: string) {
    this._queueSet('underline', value);
  }

  get strikethrough(): boolean {
    return this._read('strikethrough');
  }

  set strikethrough(value: boolean) {
    this._queueSet('strikethrough', value);
  }
}

export class RangeFillProxy extends ClientObject<RangeTarget> {
  protected readonly _className = 'RangeFill';

  protected _scalars(): Record<string, ScalarDefinition<RangeTarget>> {
    return {
      // A cell without a fill reads as white, as in Excel.
      color: {
        get: (t) => uniform(t, (s) => s.fill ?? '#FFFFFF'),
        set: styleSetter('RangeFill.color', (s, v) => ({ ...s, fill: v as string }), (v) => requireColor(v, 'fill.color')),
      },
    };
  }

  get color(): string {
    return this._read('color');
  }

  set color(value: string) {
    this._queueSet('color', value);
  }

  /** Removes the fill. */
  clear(): void {
    this._enqueue('call', 'clear', [], (t) => {
      assertEditable(t.sheet, 'RangeFill.clear');
      t.sheet.updateStyle(t.area, (s) => ({ ...s, fill: null }));
    });
  }
}

interface BorderTarget {
  readonly range: RangeTarget;
  readonly index: BorderIndex;
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/** The cells and sides an edge stands for. */
function edgeCells(area: Area, index: BorderIndex): { area: Area; side: Side }[] {
  switch (index) {
    case 'EdgeTop':
      return [{ area: { ...area, bottom: area.top }, side: 'top' }];
    case 'EdgeBottom':
      return [{ area: { ...area, top: area.bottom }, side: 'bottom' }];
    case 'EdgeLeft':
      return [{ area: { ...area, right: area.left }, side: 'left' }];
    case 'EdgeRight':
      return [{ area: { ...area, left: area.right }, side: 'right' }];
    case 'InsideHorizontal':
      return area.bottom > area.top
        ? [
            { area: { ...area, bottom: area.bottom - 1 }, side: 'bottom' },
            { area: { ...area, top: area.top + 1 }, side: 'top' },
          ]
        : [];
    case 'InsideVertical':
      return area.right > area.left
        ? [
            { area: { ...area, right: area.right - 1 }, side: 'right' },
            { area: { ...area, left: area.left + 1 }, side: 'left' },
          ]
        : [];
    default:
      return [];
  }
}

function readBorder(t: BorderTarget): BorderModel | null | 'mixed' {
  const parts = edgeCells(t.range.area, t.index);
  if (parts.length === 0) return null;
  let first: string | undefined;
  let result: BorderModel | null = null;
  for (const part of parts.slice(0, 1)) {
    const value = uniform({ sheet: t.range.sheet, area: part.area }, (s) => JSON.stringify(s.borders[part.side]));
    if (value === null) return 'mixed';
    first = value;
    result = JSON.parse(value) as BorderModel | null;
  }
  return first === undefined ? null : result;
}

function writeBorder(t: BorderTarget, change: (current: BorderModel | null) => BorderModel | null): void {
  if (t.index === 'DiagonalDown' || t.index === 'DiagonalUp') {
    throw new Error('Excel stand-in limitation: diagonal borders are not modelled');
  }
  assertEditable(t.range.sheet, 'RangeBorder');
  for (const part of edgeCells(t.range.area, t.index)) {
    if (areaCellCount(part.area) > STANDIN_CELL_OPERATION_LIMIT && !(part.area.top === 0 && part.area.bottom >= 1_048_575)) {
      throw new Error('Excel stand-in limitation: borders on this many cells are not modelled');
    }
    t.range.sheet.updateStyle(part.area, (s) => ({ ...s, borders: { ...s.borders, [part.side]: change(s.borders[part.side]) } }));
  }
}

const DEFAULT_BORDER: BorderModel = { style: 'Continuous', weight: 'Thin', color: '#000000' };

export class RangeBorderProxy extends ClientObject<BorderTarget> {
  protected readonly _className = 'RangeBorder';

  protected _scalars(): Record<string, ScalarDefinition<BorderTarget>> {
    return {
      sideIndex: { get: (t) => t.index },
      style: {
        get: (t) => {
          const b = readBorder(t);
          return b === 'mixed' ? null : (b?.style ?? 'None');
        },
        set: (t, v) => {
          const style = requireEnum(v, LINE_STYLES, 'border.style');
          writeBorder(t, (b) => (style === 'None' ? null : { ...(b ?? DEFAULT_BORDER), style }));
        },
      },
      color: {
        get: (t) => {
          const b = readBorder(t);
          return b === 'mixed' ? null : (b?.color ?? '#000000');
        },
        set: (t, v) => {
          const color = requireColor(v, 'border.color');
          writeBorder(t, (b) => ({ ...(b ?? DEFAULT_BORDER), color }));
        },
      },
      weight: {
        get: (t) => {
          const b = readBorder(t);
          return b === 'mixed' ? null : (b?.weight ?? 'Thin');
        },
        set: (t, v) => {
          const weight = requireEnum(v, WEIGHTS, 'border.weight');
          writeBorder(t, (b) => ({ ...(b ?? DEFAULT_BORDER), weight }));
        },
      },
    };
  }

  get sideIndex(): BorderIndex {
    return this._read('sideIndex');
  }

  get style(): BorderLineStyle {
    return this._read('style');
  }

  set style(value: BorderLineStyle) {
    this._queueSet('style', value);
  }

  get color(): string {
    return this._read('color');
  }

  set color(value: string) {
    this._queueSet('color', value);
  }

  get weight(): BorderWeight {
    return this._read('weight');
  }

  set weight(value: BorderWeight) {
    this._queueSet('weight', value);
  }
}

export class RangeBorderCollectionProxy extends CollectionObject<RangeTarget, RangeBorderProxy> {
  protected readonly _className = 'RangeBorderCollection';

  protected override _scalars(): Record<string, ScalarDefinition<RangeTarget>> {
    return { count: { get: () => BORDER_INDEXES.length } };
  }

  get count(): number {
    return this._read('count');
  }

  protected _members(target: RangeTarget): unknown[] {
    return BORDER_INDEXES.map((index) => ({ range: target, index }));
  }

  protected _itemProxy(member: unknown, index: number): RangeBorderProxy {
    const m = member as BorderTarget;
    return new RangeBorderProxy(this._core, `${this._path}.items[${index}]`, () => m, this._minSet);
  }

  /** One edge: "EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical". */
  getItem(index: BorderIndex): RangeBorderProxy {
    this._assertOpen();
    return new RangeBorderProxy(this._core, `${this._path}.getItem(${JSON.stringify(index)})`, () => {
      const t = this._resolve();
      if (!t) return null;
      return { range: t, index: requireEnum(index, BORDER_INDEXES, 'border index') };
    }, this._minSet);
  }
}

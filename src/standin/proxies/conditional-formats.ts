/**
 * Conditional formats (ExcelApi 1.6): data bars, cell-value rules and text comparisons — the kinds the add-in
 * writes. `add(type)` puts the new format "at the first/top priority" (ConditionalFormatCollection.add); the
 * type-specific object (`dataBar`, `cellValue`, `textComparison`) exists only for its type, the `*OrNullObject`
 * variants give a null object for another type; rule objects and data-bar bounds are set as whole objects
 * ("must be set as a JSON object"). See "Apply conditional formatting to Excel ranges"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting).
 */
import { intersects } from '../address';
import { assertEditable, invalid, requireBoolean, requireColor, requireEnum, requireInteger, requireString, type RangeTarget } from '../checks';
import { ClientObject, CollectionObject, type ContextCore, type ScalarDefinition, resultOperation, type ClientResult } from '../client-object';
import { StandinError } from '../errors';
import { isValidFormula } from '../formula';
import { type BoundRule, type CellValueOperator, type ConditionalFormatModel, type ConditionalFormatStyle, type ConditionalFormatType, type DataBarModel, type SheetModel, type TextOperator, newDataBar } from '../model';
import { RangeProxy } from './range';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'] as const;
const MODELLED: readonly ConditionalFormatType[] = ['DataBar', 'CellValue', 'ContainsText'];
const CELL_OPERATORS: readonly CellValueOperator[] = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];
const TEXT_OPERATORS: readonly TextOperator[] = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];
const BOUND_TYPES: readonly BoundRule['type'][] = ['Automatic', 'LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

let cfSerial = 0;

function emptyStyle(): ConditionalFormatStyle {
  return { font: { bold: null, italic: null, color: null, strikethrough: null }, fill: null, numberFormat: null };
}

/** A formula argument as Excel takes it: "=0", "0" or "=$B$2"; stored with its "=". */
function ruleFormula(value: unknown, what: string): string {
  if (typeof value === 'number') return `=${value}`;
  const text = requireString(value, what);
  const formula = text.startsWith('=') ? text : `=${text}`;
  if (!isValidFormula(formula)) invalid(`${what}: ${JSON.stringify(text)} is not a valid formula`);
  return formula;
}

interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

function checkLive(t: CfTarget): void {
  if (!t.sheet.conditionalFormats.includes(t.cf)) throw new StandinError('ItemNotFound', 'the conditional format was deleted');
}

export class ConditionalFormatCollectionProxy extends CollectionObject<RangeTarget, ConditionalFormatProxy> {
  protected readonly _className = 'ConditionalFormatCollection';

  constructor(core: ContextCore, path: string, resolver: () => RangeTarget | null, minSet: string) {
    super(core, path, resolver, minSet);
  }

  protected _members(target: RangeTarget): unknown[] {
    return target.sheet.conditionalFormats.filter((cf) => intersects(cf.area, target.area)).map((cf) => ({ sheet: target.sheet, cf }));
  }

  protected _itemProxy(member: unknown, index: number): ConditionalFormatProxy {
    const m = member as CfTarget;
    return new ConditionalFormatProxy(this._core, `${this._path}.items[${index}]`, () => m, this._minSet);
  }

  /** Adds a conditional format of `type` over the range, at the top priority. */
  add(type: (typeof TYPES)[number]): ConditionalFormatProxy {
    this._assertOpen();
    let created: CfTarget | undefined;
    const proxy = new ConditionalFormatProxy(this._core, `${this._path}.add(${JSON.stringify(type)})`, () => created ?? null, this._minSet);
    this._enqueue('call', 'add', [type], (t) => {
      requireEnum(type, TYPES, 'conditional format type');
      if (!MODELLED.includes(type as ConditionalFormatType)) throw new Error(`Excel stand-in limitation: conditional formats of type ${type} are not modelled`);
      assertEditable(t.sheet, 'ConditionalFormatCollection.add');
      cfSerial += 1;
      const base = { id: `{CF-${cfSerial}}`, area: t.area, stopIfTrue: false };
      let cf: ConditionalFormatModel;
      if (type === 'DataBar') cf = { ...base, type: 'DataBar', dataBar: newDataBar() };
      else if (type === 'CellValue') cf = { ...base, type: 'CellValue', format: emptyStyle(), rule: null };
      else cf = { ...base, type: 'ContainsText', format: emptyStyle(), rule: null };
      t.sheet.conditionalFormats.unshift(cf);
      created = { sheet: t.sheet, cf };
    });
    return proxy;
  }

  /** Number of conditional formats on the range. */
  getCount(): ClientResult<number> {
    return resultOperation(this, this._core, 'ConditionalFormatCollection.getCount', this._minSet, [], (t) => this._members(t).length);
  }

  getItemAt(index: number): ConditionalFormatProxy {
    this._assertOpen();
    return new ConditionalFormatProxy(this._core, `${this._path}.getItemAt(${index})`, () => {
      const t = this._resolve();
      if (!t) return null;
      const member = this._members(t)[requireInteger(index, 'index', 0, Number.MAX_SAFE_INTEGER)];
      if (!member) throw new StandinError('ItemNotFound', `no conditional format at index ${index}`, { errorLocation: 'ConditionalFormatCollection.getItemAt' });
      return member as CfTarget;
    }, this._minSet);
  }

  getItem(id: string): ConditionalFormatProxy {
    this._assertOpen();
    return new ConditionalFormatProxy(this._core, `${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const t = this._resolve();
      if (!t) return null;
      const cf = t.sheet.conditionalFormats.find((c) => c.id === id);
      if (!cf) throw new StandinError('ItemNotFound', `no conditional format with id ${id}`, { errorLocation: 'ConditionalFormatCollection.getItem' });
      return { sheet: t.sheet, cf };
    }, this._minSet);
  }

  /** Removes every conditional format that applies to the range. */
  clearAll(): void {
    this._enqueue('call', 'clearAll', [], (t) => {
      assertEditable(t.sheet, 'ConditionalFormatCollection.clearAll');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.area, t.area));
    });
  }
}

export class ConditionalFormatProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'ConditionalFormat';
  private readonly _children = new Map<string, ClientObject<unknown>>();

  protected override _checkStillValid(value: CfTarget | null): void {
    if (value) checkLive(value);
  }

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    return {
      id: { get: (t) => t.cf.id },
      type: { get: (t) => t.cf.type },
      priority: {
        get: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
        set: (t, v) => {
          const list = t.sheet.conditionalFormats;
          const priority = requireInteger(v, 'priority', 0, Number.MAX_SAFE_INTEGER);
          list.splice(list.indexOf(t.cf), 1);
          list.splice(Math.min(priority, list.length), 0, t.cf);
        },
      },
      stopIfTrue: { get: (t) => t.cf.stopIfTrue, set: (t, v) => void (t.cf.stopIfTrue = requireBoolean(v, 'stopIfTrue')) },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { dataBar: () => this.dataBar, cellValue: () => this.cellValue, textComparison: () => this.textComparison };
  }

  get id(): string {
    return this._read('id');
  }

  get type(): ConditionalFormatType {
    return this._read('type');
  }

  get priority(): number {
    return this._read('priority');
  }

  set priority(value: number) {
    this._queueSet('priority', value);
  }

  get stopIfTrue(): boolean {
    return this._read('stopIfTrue');
  }

  set stopIfTrue(value: boolean) {
    this._queueSet('stopIfTrue', value);
  }

  private _typed<P extends ClientObject<unknown>>(key: string, type: ConditionalFormatType, orNull: boolean, make: (resolver: () => CfTarget | null) => P): P {
    const existing = this._children.get(key);
    if (existing) return existing as P;
    const proxy = make(() => {
      const t = this._resolve();
      if (!t) return null;
      if (t.cf.type !== type) {
        if (orNull) return null;
        throw new StandinError('ItemNotFound', `this conditional format is ${t.cf.type}, not ${type}`, { errorLocation: `ConditionalFormat.${key}` });
      }
      return t;
    });
    this._children.set(key, proxy);
    return orNull ? this._nullable(proxy, key) : proxy;
  }

  get dataBar(): DataBarProxy {
    return this._typed('dataBar', 'DataBar', false, (r) => new DataBarProxy(this._core, `${this._path}.dataBar`, r, this._minSet));
  }

  get dataBarOrNullObject(): DataBarProxy {
    return this._typed('dataBarOrNullObject', 'DataBar', true, (r) => new DataBarProxy(this._core, `${this._path}.dataBarOrNullObject`, r, this._minSet));
  }

  get cellValue(): CellValueConditionalFormatProxy {
    return this._typed('cellValue', 'CellValue', false, (r) => new CellValueConditionalFormatProxy(this._core, `${this._path}.cellValue`, r, this._minSet));
  }

  get cellValueOrNullObject(): CellValueConditionalFormatProxy {
    return this._typed('cellValueOrNullObject', 'CellValue', true, (r) => new CellValueConditionalFormatProxy(this._core, `${this._path}.cellValueOrNullObject`, r, this._minSet));
  }

  get textComparison(): TextConditionalFormatProxy {
    return this._typed('textComparison', 'ContainsText', false, (r) => new TextConditionalFormatProxy(this._core, `${this._path}.textComparison`, r, this._minSet));
  }

  get textComparisonOrNullObject(): TextConditionalFormatProxy {
    return this._typed('textComparisonOrNullObject', 'ContainsText', true, (r) => new TextConditionalFormatProxy(this._core, `${this._path}.textComparisonOrNullObject`, r, this._minSet));
  }

  /** The range the format applies to. */
  getRange(): RangeProxy {
    this._assertOpen();
    return new RangeProxy(this._core, `${this._path}.getRange()`, () => {
      const t = this._resolve();
      return t ? { sheet: t.sheet, area: t.cf.area } : null;
    }, this._minSet);
  }

  delete(): void {
    this._enqueue('call', 'delete', [], (t) => {
      assertEditable(t.sheet, 'ConditionalFormat.delete');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
    });
  }
}

type DataBarTarget = CfTarget & { readonly cf: Extract<ConditionalFormatModel, { type: 'DataBar' }> };

function boundRule(value: unknown, what: string): BoundRule {
  if (!value || typeof value !== 'object') invalid(`${what} must be set as a whole object: { type, formula? }`);
  const v = value as { type?: unknown; formula?: unknown };
  const type = requireEnum(v.type, BOUND_TYPES, `${what}.type`);
  const needsFormula = type === 'Number' || type === 'Percent' || type === 'Formula' || type === 'Percentile';
  if (needsFormula && v.formula === undefined) invalid(`${what}: type ${type} needs a formula`);
  return needsFormula ? { type, formula: ruleFormula(v.formula, `${what}.formula`) } : { type };
}

export class DataBarProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'DataBarConditionalFormat';
  private _positive?: DataBarPositiveFormatProxy;
  private _negative?: DataBarNegativeFormatProxy;

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    const bar = (t: CfTarget): DataBarModel => (t as DataBarTarget).cf.dataBar;
    return {
      barDirection: { get: (t) => bar(t).barDirection, set: (t, v) => void (bar(t).barDirection = requireEnum(v, ['Context', 'LeftToRight', 'RightToLeft'] as const, 'barDirection')) },
      showDataBarOnly: { get: (t) => bar(t).showDataBarOnly, set: (t, v) => void (bar(t).showDataBarOnly = requireBoolean(v, 'showDataBarOnly')) },
      axisColor: { get: (t) => bar(t).axisColor, set: (t, v) => void (bar(t).axisColor = v === '' ? '' : requireColor(v, 'axisColor')) },
      axisFormat: { get: (t) => bar(t).axisFormat, set: (t, v) => void (bar(t).axisFormat = requireEnum(v, ['Automatic', 'None', 'CellMidPoint'] as const, 'axisFormat')) },
      lowerBoundRule: { get: (t) => ({ ...bar(t).lowerBoundRule }), set: (t, v) => void (bar(t).lowerBoundRule = boundRule(v, 'lowerBoundRule')) },
      upperBoundRule: { get: (t) => ({ ...bar(t).upperBoundRule }), set: (t, v) => void (bar(t).upperBoundRule = boundRule(v, 'upperBoundRule')) },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { positiveFormat: () => this.positiveFormat, negativeFormat: () => this.negativeFormat };
  }

  get barDirection(): string {
    return this._read('barDirection');
  }

  set barDirection(value: string) {
    this._queueSet('barDirection', value);
  }

  get showDataBarOnly(): boolean {
    return this._read('showDataBarOnly');
  }

  set showDataBarOnly(value: boolean) {
    this._queueSet('showDataBarOnly', value);
  }

  get axisColor(): string {
    return this._read('axisColor');
  }

  set axisColor(value: string) {
    this._queueSet('axisColor', value);
  }

  get axisFormat(): string {
    return this._read('axisFormat');
  }

  set axisFormat(value: string) {
    this._queueSet('axisFormat', value);
  }

  /** Set as a whole object: `lowerBoundRule = { type: 'Number', formula: '0' }`. */
  get lowerBoundRule(): BoundRule {
    return this._read('lowerBoundRule');
  }

  set lowerBoundRule(value: BoundRule) {
    this._queueSet('lowerBoundRule', value);
  }

  get upperBoundRule(): BoundRule {
    return this._read('upperBoundRule');
  }

  set upperBoundRule(value: BoundRule) {
    this._queueSet('upperBoundRule', value);
  }

  get positiveFormat(): DataBarPositiveFormatProxy {
    this._positive ??= new DataBarPositiveFormatProxy(this._core, `${this._path}.positiveFormat`, () => this._resolve(), this._minSet);
    return this._positive;
  }

  get negativeFormat(): DataBarNegativeFormatProxy {
    this._negative ??= new DataBarNegativeFormatProxy(this._core, `${this._path}.negativeFormat`, () => this._resolve(), this._minSet);
    return this._negative;
  }
}

export class DataBarPositiveFormatProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'ConditionalDataBarPositiveFormat';

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    const pos = (t: CfTarget): DataBarModel['positiveFormat'] => (t as DataBarTarget).cf.dataBar.positiveFormat;
    return {
      fillColor: { get: (t) => pos(t).fillColor, set: (t, v) => void (pos(t).fillColor = requireColor(v, 'positiveFormat.fillColor')) },
      gradientFill: { get: (t) => pos(t).gradientFill, set: (t, v) => void (pos(t).gradientFill = requireBoolean(v, 'positiveFormat.gradientFill')) },
      borderColor: { get: (t) => pos(t).borderColor, set: (t, v) => void (pos(t).borderColor = v === '' ? '' : requireColor(v, 'positiveFormat.borderColor')) },
    };
  }

  get fillColor(): string {
    return this._read('fillColor');
  }

  set fillColor(value: string) {
    this._queueSet('fillColor', value);
  }

  get gradientFill(): boolean {
    return this._read('gradientFill');
  }

  set gradientFill(value: boolean) {
    this._queueSet('gradientFill', value);
  }

  get borderColor(): string {
    return this._read('borderColor');
  }

  set borderColor(value: string) {
    this._queueSet('borderColor', value);
  }
}

export class DataBarNegativeFormatProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'ConditionalDataBarNegativeFormat';

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    const neg = (t: CfTarget): DataBarModel['negativeFormat'] => (t as DataBarTarget).cf.dataBar.negativeFormat;
    return {
      fillColor: { get: (t) => neg(t).fillColor, set: (t, v) => void (neg(t).fillColor = requireColor(v, 'negativeFormat.fillColor')) },
      borderColor: { get: (t) => neg(t).borderColor, set: (t, v) => void (neg(t).borderColor = v === '' ? '' : requireColor(v, 'negativeFormat.borderColor')) },
      matchPositiveFillColor: { get: (t) => neg(t).matchPositiveFillColor, set: (t, v) => void (neg(t).matchPositiveFillColor = requireBoolean(v, 'matchPositiveFillColor')) },
      matchPositiveBorderColor: { get: (t) => neg(t).matchPositiveBorderColor, set: (t, v) => void (neg(t).matchPositiveBorderColor = requireBoolean(v, 'matchPositiveBorderColor')) },
    };
  }

  get fillColor(): string {
    return this._read('fillColor');
  }

  set fillColor(value: string) {
    this._queueSet('fillColor', value);
  }

  get borderColor(): string {
    return this._read('borderColor');
  }

  set borderColor(value: string) {
    this._queueSet('borderColor', value);
  }

  get matchPositiveFillColor(): boolean {
    return this._read('matchPositiveFillColor');
  }

  set matchPositiveFillColor(value: boolean) {
    this._queueSet('matchPositiveFillColor', value);
  }

  get matchPositiveBorderColor(): boolean {
    return this._read('matchPositiveBorderColor');
  }

  set matchPositiveBorderColor(value: boolean) {
    this._queueSet('matchPositiveBorderColor', value);
  }
}

type StyledTarget = CfTarget & { readonly cf: Extract<ConditionalFormatModel, { format: ConditionalFormatStyle }> };

/** Excel.ConditionalRangeFormat: the format a rule applies (font, fill, number format). */
export class ConditionalRangeFormatProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'ConditionalRangeFormat';
  private _font?: ConditionalRangeFontProxy;
  private _fill?: ConditionalRangeFillProxy;

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    return {
      numberFormat: {
        get: (t) => (t as StyledTarget).cf.format.numberFormat,
        set: (t, v) => void ((t as StyledTarget).cf.format.numberFormat = v === null ? null : requireString(v, 'numberFormat')),
      },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { font: () => this.font, fill: () => this.fill };
  }

  get numberFormat(): string | null {
    return this._read('numberFormat');
  }

  set numberFormat(value: string | null) {
    this._queueSet('numberFormat', value);
  }

  get font(): ConditionalRangeFontProxy {
    this._font ??= new ConditionalRangeFontProxy(this._core, `${this._path}.font`, () => this._resolve(), this._minSet);
    return this._font;
  }

  get fill(): ConditionalRangeFillProxy {
    this._fill ??= new ConditionalRangeFillProxy(this._core, `${this._path}.fill`, () => this._resolve(), this._minSet);
    return this._fill;
  }
}

export class ConditionalRangeFontProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'ConditionalRangeFont';

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    const font = (t: CfTarget): ConditionalFormatStyle['font'] => (t as StyledTarget).cf.format.font;
    return {
      bold: { get: (t) => font(t).bold, set: (t, v) => void (font(t).bold = requireBoolean(v, 'font.bold')) },
      italic: { get: (t) => font(t).italic, set: (t, v) => void (font(t).italic = requireBoolean(v, 'font.italic')) },
      strikethrough: { get: (t) => font(t).strikethrough, set: (t, v) => void (font(t).strikethrough = requireBoolean(v, 'font.strikethrough')) },
      color: { get: (t) => font(t).color, set: (t, v) => void (font(t).color = requireColor(v, 'font.color')) },
    };
  }

  get bold(): boolean | null {
    return this._read('bold');
  }

  set bold(value: boolean | null) {
    this._queueSet('bold', value);
  }

  get italic(): boolean | null {
    return this._read('italic');
  }

  set italic(value: boolean | null) {
    this._queueSet('italic', value);
  }

  get strikethrough(): boolean | null {
    return this._read('strikethrough');
  }

  set strikethrough(value: boolean | null) {
    this._queueSet('strikethrough', value);
  }

  get color(): string | null {
    return this._read('color');
  }

  set color(value: string | null) {
    this._queueSet('color', value);
  }

  clear(): void {
    this._enqueue('call', 'clear', [], (t) => {
      (t as StyledTarget).cf.format.font = { bold: null, italic: null, color: null, strikethrough: null };
    });
  }
}

export class ConditionalRangeFillProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'ConditionalRangeFill';

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    return {
      color: { get: (t) => (t as StyledTarget).cf.format.fill, set: (t, v) => void ((t as StyledTarget).cf.format.fill = requireColor(v, 'fill.color')) },
    };
  }

  get color(): string | null {
    return this._read('color');
  }

  set color(value: string | null) {
    this._queueSet('color', value);
  }

  clear(): void {
    this._enqueue('call', 'clear', [], (t) => {
      (t as StyledTarget).cf.format.fill = null;
    });
  }
}

type CellValueTarget = CfTarget & { readonly cf: Extract<ConditionalFormatModel, { type: 'CellValue' }> };

export interface CellValueRule {
  formula1: string;
  formula2?: string;
  operator: CellValueOperator;
}

export class CellValueConditionalFormatProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'CellValueConditionalFormat';
  private _format?: ConditionalRangeFormatProxy;

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    return {
      rule: {
        get: (t) => {
          const rule = (t as CellValueTarget).cf.rule;
          return rule ? { ...rule } : null;
        },
        set: (t, v) => {
          if (!v || typeof v !== 'object') invalid('cellValue.rule must be set as a whole object: { formula1, formula2?, operator }');
          const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown };
          const operator = requireEnum(r.operator, CELL_OPERATORS, 'rule.operator');
          const formula1 = ruleFormula(r.formula1, 'rule.formula1');
          const between = operator === 'Between' || operator === 'NotBetween';
          if (between && r.formula2 === undefined) invalid(`rule.operator ${operator} needs formula2`);
          (t as CellValueTarget).cf.rule = between ? { formula1, formula2: ruleFormula(r.formula2, 'rule.formula2'), operator } : { formula1, operator };
        },
      },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { format: () => this.format };
  }

  get rule(): CellValueRule {
    return this._read('rule');
  }

  set rule(value: CellValueRule) {
    this._queueSet('rule', value);
  }

  get format(): ConditionalRangeFormatProxy {
    this._format ??= new ConditionalRangeFormatProxy(this._core, `${this._path}.format`, () => this._resolve(), this._minSet);
    return this._format;
  }
}

type TextTarget = CfTarget & { readonly cf: Extract<ConditionalFormatModel, { type: 'ContainsText' }> };

export interface TextRule {
  operator: TextOperator;
  text: string;
}

export class TextConditionalFormatProxy extends ClientObject<CfTarget> {
  protected readonly _className = 'TextConditionalFormat';
  private _format?: ConditionalRangeFormatProxy;

  protected _scalars(): Record<string, ScalarDefinition<CfTarget>> {
    return {
      rule: {
        get: (t) => {
          const rule = (t as TextTarget).cf.rule;
          return rule ? { ...rule } : null;
        },
        set: (t, v) => {
          if (!v || typeof v !== 'object') invalid('textComparison.rule must be set as a whole object: { operator, text }');
          const r = v as { operator?: unknown; text?: unknown };
          (t as TextTarget).cf.rule = { operator: requireEnum(r.operator, TEXT_OPERATORS, 'rule.operator'), text: requireString(r.text, 'rule.text') };
        },
      },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { format: () => this.format };
  }

  get rule(): TextRule {
    return this._read('rule');
  }

  set rule(value: TextRule) {
    this._queueSet('rule', value);
  }

  get format(): ConditionalRangeFormatProxy {
    this._format ??= new ConditionalRangeFormatProxy(this._core, `${this._path}.format`, () => this._resolve(), this._minSet);
    return this._format;
  }
}

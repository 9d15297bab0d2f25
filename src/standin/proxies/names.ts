/**
 * Workbook-scope defined names: Excel.NamedItemCollection / NamedItem. `add(name, reference, comment?)` (ExcelApi
 * 1.4) takes a Range or a formula; names are unique case-insensitively (ItemAlreadyExists) and must follow
 * Excel's naming rules (InvalidArgument). `getItem` of a missing name is ItemNotFound. See the NamedItemCollection
 * reference (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection).
 */
import { invalid, requireBoolean, requireString } from '../checks';
import { ClientObject, type ClientResult, CollectionObject, type ScalarDefinition, resultOperation } from '../client-object';
import { StandinError } from '../errors';
import { evaluateFormula, isValidFormula } from '../formula';
import { type NameModel, type WorkbookModel, definedNameProblem } from '../model';
import { RangeProxy } from './range';

interface NameTarget {
  readonly workbook: WorkbookModel;
  readonly name: NameModel;
}

function nameType(t: NameTarget): string {
  if (t.workbook.nameTarget(t.name)) return 'Range';
  if (/^=\s*\{/u.test(t.name.formula)) return 'Array';
  const v = evaluateFormula(t.name.formula, () => undefined);
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Error';
}

function nameValue(t: NameTarget): unknown {
  const target = t.workbook.nameTarget(t.name);
  if (target) return target.sheet.address(target.area, true);
  const v = evaluateFormula(t.name.formula, () => undefined);
  return typeof v === 'object' ? v.error : v;
}

export class NamedItemCollectionProxy extends CollectionObject<WorkbookModel, NamedItemProxy> {
  protected readonly _className = 'NamedItemCollection';

  protected _members(target: WorkbookModel): unknown[] {
    return target.names.map((name) => ({ workbook: target, name }));
  }

  protected _itemProxy(member: unknown, index: number): NamedItemProxy {
    const m = member as NameTarget;
    return new NamedItemProxy(this._core, `${this._path}.items[${index}]`, () => m, this._minSet);
  }

  /** Adds a workbook-scope name referring to a Range or a formula ("=Sheet1!$A$1", "=0.05"). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this._assertOpen();
    this._sameContext(reference, 'add');
    let created: NameTarget | undefined;
    const proxy = new NamedItemProxy(this._core, `${this._path}.add(${JSON.stringify(name)})`, () => created ?? null, this._setFor('add'));
    const refArg = reference instanceof RangeProxy ? reference._path : reference;
    this._enqueue('call', 'add', [name, refArg, comment ?? null], (wb) => {
      const problem = definedNameProblem(name);
      if (problem) invalid(problem);
      if (wb.nameByName(name)) throw new StandinError('ItemAlreadyExists', `a name "${name}" already exists (names are compared case-insensitively)`);
      let formula: string;
      if (reference instanceof RangeProxy) {
        const t = reference._resolve();
        if (!t) invalid('the range is a null object');
        formula = `=${t.sheet.address(t.area, true)}`;
      } else {
        const text = requireString(reference, 'reference');
        formula = text.startsWith('=') ? text : `=${text}`;
        if (!isValidFormula(formula)) invalid(`reference ${JSON.stringify(text)} is not a valid formula`);
      }
      if (comment !== undefined) requireString(comment, 'comment');
      const model: NameModel = { name, formula, comment: comment ?? '', visible: true };
      wb.names.push(model);
      created = { workbook: wb, name: model };
    });
    return proxy;
  }

  getItem(name: string): NamedItemProxy {
    this._assertOpen();
    return new NamedItemProxy(this._core, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const wb = this._resolve();
      if (!wb) return null;
      const model = wb.nameByName(String(name));
      if (!model) throw new StandinError('ItemNotFound', `no name "${name}"`, { errorLocation: 'NamedItemCollection.getItem' });
      return { workbook: wb, name: model };
    }, this._minSet);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    this._assertOpen();
    const proxy = new NamedItemProxy(this._core, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
      const wb = this._resolve();
      const model = wb?.nameByName(String(name));
      return wb && model ? { workbook: wb, name: model } : null;
    }, this._setFor('getItemOrNullObject'));
    return this._nullable(proxy, 'getItemOrNullObject', [name]);
  }

  getCount(): ClientResult<number> {
    return resultOperation(this, this._core, 'NamedItemCollection.getCount', this._setFor('getCount'), [], (wb) => wb.names.length);
  }
}

export class NamedItemProxy extends ClientObject<NameTarget> {
  protected readonly _className = 'NamedItem';

  protected override _checkStillValid(value: NameTarget | null): void {
    if (value && !value.workbook.names.includes(value.name)) throw new StandinError('ItemNotFound', `the name "${value.name.name}" was deleted`);
  }

  protected _scalars(): Record<string, ScalarDefinition<NameTarget>> {
    return {
      name: { get: (t) => t.name.name },
      type: { get: nameType },
      value: { get: nameValue },
      formula: {
        get: (t) => t.name.formula,
        set: (t, v) => {
          const text = requireString(v, 'formula');
          const formula = text.startsWith('=') ? text : `=${text}`;
          if (!isValidFormula(formula)) invalid(`${JSON.stringify(text)} is not a valid formula`);
          t.name.formula = formula;
        },
      },
      visible: { get: (t) => t.name.visible, set: (t, v) => void (t.name.visible = requireBoolean(v, 'visible')) },
      comment: { get: (t) => t.name.comment, set: (t, v) => void (t.name.comment = requireString(v, 'comment')) },
      scope: { get: () => 'Workbook' },
    };
  }

  get name(): string {
    return this._read('name');
  }

  /** "Range", "String", "Double", "Boolean", "Error" or "Array". */
  get type(): string {
    return this._read('type');
  }

  /** The address for a range name ("Sheet1!$A$1:$B$2"), else the formula's value. */
  get value(): unknown {
    return this._read('value');
  }

  /** With its "=" (ExcelApi 1.7). */
  get formula(): string {
    return this._read('formula');
  }

  set formula(value: string) {
    this._queueSet('formula', value);
  }

  get visible(): boolean {
    return this._read('visible');
  }

  set visible(value: boolean) {
    this._queueSet('visible', value);
  }

  get comment(): string {
    return this._read('comment');
  }

  set comment(value: string) {
    this._queueSet('comment', value);
  }

  get scope(): string {
    return this._read('scope');
  }

  private _range(orNull: boolean): RangeProxy {
    this._assertOpen();
    const member = orNull ? 'getRangeOrNullObject' : 'getRange';
    const range = new RangeProxy(this._core, `${this._path}.${member}()`, () => {
      const t = this._resolve();
      if (!t) return null;
      const target = t.workbook.nameTarget(t.name);
      if (!target) {
        if (orNull) return null;
        throw new StandinError('InvalidOperation', `the name "${t.name.name}" does not refer to a range (${t.name.formula})`, { errorLocation: `NamedItem.${member}` });
      }
      return target;
    }, this._setFor(member));
    return orNull ? this._nullable(range, member) : range;
  }

  /** The range the name refers to; fails when the name is not a range. */
  getRange(): RangeProxy {
    return this._range(false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this._range(true);
  }

  delete(): void {
    this._enqueue('call', 'delete', [], (t) => {
      t.workbook.names.splice(t.workbook.names.indexOf(t.name), 1);
    });
  }
}


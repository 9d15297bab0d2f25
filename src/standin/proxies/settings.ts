/**
 * Add-in settings stored in the workbook (ExcelApi 1.4): Excel.SettingCollection / Setting. `add` "sets or adds"
 * (an existing key is overwritten, not an error); `getItem` of a missing key is ItemNotFound; values are kept as
 * JSON, the way Office serialises the settings property bag ("Persist add-in state and settings",
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings; "Access document
 * settings" in https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks).
 */
import { invalid } from '../checks';
import { ClientObject, type ClientResult, CollectionObject, type ScalarDefinition, resultOperation } from '../client-object';
import { StandinError } from '../errors';
import type { WorkbookModel } from '../model';

interface SettingTarget {
  readonly workbook: WorkbookModel;
  readonly key: string;
}

/** A JSON copy of a setting value; values JSON cannot carry are refused. */
export function settingValue(value: unknown, key: string): unknown {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    invalid(`setting "${key}": ${typeof value} cannot be stored`);
  }
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function requireKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0) invalid('a setting key must be a non-empty string');
  return key;
}

export class SettingCollectionProxy extends CollectionObject<WorkbookModel, SettingProxy> {
  protected readonly _className = 'SettingCollection';

  protected _members(target: WorkbookModel): unknown[] {
    return [...target.settings.keys()].map((key) => ({ workbook: target, key }));
  }

  protected _itemProxy(member: unknown, index: number): SettingProxy {
    const m = member as SettingTarget;
    return new SettingProxy(this._core, `${this._path}.items[${index}]`, () => m, this._minSet);
  }

  /** Sets or adds a setting. */
  add(key: string, value: unknown): SettingProxy {
    this._assertOpen();
    let created: SettingTarget | undefined;
    const proxy = new SettingProxy(this._core, `${this._path}.add(${JSON.stringify(key)})`, () => created ?? null, this._minSet);
    this._enqueue('call', 'add', [key, value], (wb) => {
      const k = requireKey(key);
      wb.settings.set(k, settingValue(value, k));
      created = { workbook: wb, key: k };
    });
    return proxy;
  }

  getItem(key: string): SettingProxy {
    this._assertOpen();
    return new SettingProxy(this._core, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const wb = this._resolve();
      if (!wb) return null;
      if (!wb.settings.has(key)) throw new StandinError('ItemNotFound', `no setting "${key}"`, { errorLocation: 'SettingCollection.getItem' });
      return { workbook: wb, key };
    }, this._minSet);
  }

  getItemOrNullObject(key: string): SettingProxy {
    this._assertOpen();
    const proxy = new SettingProxy(this._core, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
      const wb = this._resolve();
      return wb?.settings.has(key) ? { workbook: wb, key } : null;
    }, this._minSet);
    return this._nullable(proxy, 'getItemOrNullObject', [key]);
  }

  getCount(): ClientResult<number> {
    return resultOperation(this, this._core, 'SettingCollection.getCount', this._minSet, [], (wb) => wb.settings.size);
  }
}

export class SettingProxy extends ClientObject<SettingTarget> {
  protected readonly _className = 'Setting';

  protected override _checkStillValid(value: SettingTarget | null): void {
    if (value && !value.workbook.settings.has(value.key)) throw new StandinError('ItemNotFound', `the setting "${value.key}" was deleted`);
  }

  protected _scalars(): Record<string, ScalarDefinition<SettingTarget>> {
    return {
      key: { get: (t) => t.key },
      value: { get: (t) => settingValue(t.workbook.settings.get(t.key), t.key), set: (t, v) => void t.workbook.settings.set(t.key, settingValue(v, t.key)) },
    };
  }

  get key(): string {
    return this._read('key');
  }

  get value(): unknown {
    return this._read('value');
  }

  set value(value: unknown) {
    this._queueSet('value', value);
  }

  delete(): void {
    this._enqueue('call', 'delete', [], (t) => {
      t.workbook.settings.delete(t.key);
    });
  }
}

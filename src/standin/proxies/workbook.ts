/**
 * Excel.Workbook, Excel.Application and Excel.WorksheetCollection: the entry points of a RequestContext.
 * `worksheets.getItem("missing")` fails at sync with ItemNotFound; `getItemOrNullObject` (ExcelApi 1.4) gives a
 * null object; `add(name)` refuses a name Excel rejects (InvalidArgument) or one already used, compared
 * case-insensitively (ItemAlreadyExists). See the WorksheetCollection reference
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection).
 */
import { ClientObject, type ClientResult, CollectionObject, type ContextCore, type ScalarDefinition, resultOperation } from '../client-object';
import { StandinError } from '../errors';
import type { SheetModel, WorkbookModel } from '../model';
import { NamedItemCollectionProxy } from './names';
import { RangeProxy } from './range';
import { SettingCollectionProxy } from './settings';
import { WorksheetProxy } from './worksheet';

export class WorkbookProxy extends ClientObject<WorkbookModel> {
  protected readonly _className = 'Workbook';
  private _worksheets?: WorksheetCollectionProxy;
  private _names?: NamedItemCollectionProxy;
  private _settings?: SettingCollectionProxy;
  private _application?: ApplicationProxy;

  constructor(core: ContextCore) {
    super(core, 'workbook', () => core.engine.model);
  }

  protected _scalars(): Record<string, ScalarDefinition<WorkbookModel>> {
    return { name: { get: (wb) => wb.name } };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { worksheets: () => this.worksheets, names: () => this.names, settings: () => this.settings, application: () => this.application };
  }

  /** The workbook's name (ExcelApi 1.7): "plan.xlsx", or "Book1" before it is saved. */
  get name(): string {
    return this._read('name');
  }

  get worksheets(): WorksheetCollectionProxy {
    this._worksheets ??= new WorksheetCollectionProxy(this._core, 'workbook.worksheets', () => this._resolve());
    return this._worksheets;
  }

  get names(): NamedItemCollectionProxy {
    this._names ??= new NamedItemCollectionProxy(this._core, 'workbook.names', () => this._resolve());
    return this._names;
  }

  /** Add-in settings (ExcelApi 1.4). */
  get settings(): SettingCollectionProxy {
    this._settings ??= new SettingCollectionProxy(this._core, 'workbook.settings', () => this._resolve(), this._setFor('settings'));
    return this._settings;
  }

  get application(): ApplicationProxy {
    this._application ??= new ApplicationProxy(this._core, 'workbook.application', () => this._resolve());
    return this._application;
  }

  /** The selected range (Range.select() and Worksheet.activate() move it). */
  getSelectedRange(): RangeProxy {
    this._assertOpen();
    return new RangeProxy(this._core, 'workbook.getSelectedRange()', () => {
      const wb = this._resolve();
      const sheet = wb?.activeSheet;
      if (!wb || !sheet) throw new StandinError('InvalidSelection', undefined);
      return { sheet, area: sheet.selection };
    });
  }

  /** The active cell (ExcelApi 1.7): the top-left cell of the selection. */
  getActiveCell(): RangeProxy {
    this._assertOpen();
    return new RangeProxy(this._core, 'workbook.getActiveCell()', () => {
      const sheet = this._resolve()?.activeSheet;
      if (!sheet) return null;
      const { top, left } = sheet.selection;
      return { sheet, area: { top, left, bottom: top, right: left } };
    }, this._setFor('getActiveCell'));
  }
}

export class ApplicationProxy extends ClientObject<WorkbookModel> {
  protected readonly _className = 'Application';

  protected _scalars(): Record<string, ScalarDefinition<WorkbookModel>> {
    return { calculationMode: { get: () => 'Automatic' } };
  }

  get calculationMode(): string {
    return this._read('calculationMode');
  }

  /** ExcelApi 1.6. The stand-in computes formulas on read, so this only counts the call. */
  suspendApiCalculationUntilNextSync(): void {
    this._enqueue('call', 'suspendApiCalculationUntilNextSync', [], () => {
      this._core.engine.stats.calculationSuspensions += 1;
    });
  }

  /** ExcelApi 1.9. Counted in stats; there is no screen to suspend. */
  suspendScreenUpdatingUntilNextSync(): void {
    this._enqueue('call', 'suspendScreenUpdatingUntilNextSync', [], () => {
      this._core.engine.stats.screenUpdatingSuspensions += 1;
    });
  }
}

export class WorksheetCollectionProxy extends CollectionObject<WorkbookModel, WorksheetProxy> {
  protected readonly _className = 'WorksheetCollection';

  protected _members(target: WorkbookModel): unknown[] {
    return target.liveSheets();
  }

  protected _itemProxy(member: unknown, index: number): WorksheetProxy {
    const sheet = member as SheetModel;
    return new WorksheetProxy(this._core, `workbook.worksheets.items[${index}]`, () => sheet);
  }

  /** Adds a sheet after the others (Excel's next "SheetN" when no name is given). */
  add(name?: string): WorksheetProxy {
    this._assertOpen();
    let created: SheetModel | undefined;
    const proxy = new WorksheetProxy(this._core, `workbook.worksheets.add(${JSON.stringify(name ?? null)})`, () => created ?? null);
    this._enqueue('call', 'add', [name ?? null], (wb) => {
      created = wb.addSheet(name);
    });
    return proxy;
  }

  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync when there is none. */
  getItem(key: string): WorksheetProxy {
    this._assertOpen();
    return new WorksheetProxy(this._core, `workbook.worksheets.getItem(${JSON.stringify(key)})`, () => {
      const wb = this._resolve();
      if (!wb) return null;
      const sheet = typeof key === 'string' ? (wb.sheetByName(key) ?? wb.sheetById(key)) : undefined;
      if (!sheet) throw new StandinError('ItemNotFound', `no worksheet "${String(key)}"`, { errorLocation: 'WorksheetCollection.getItem' });
      return sheet;
    });
  }

  /** ExcelApi 1.4: a null object when the sheet does not exist. */
  getItemOrNullObject(key: string): WorksheetProxy {
    this._assertOpen();
    const proxy = new WorksheetProxy(this._core, `workbook.worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () => {
      const wb = this._resolve();
      if (!wb || typeof key !== 'string') return null;
      return wb.sheetByName(key) ?? wb.sheetById(key) ?? null;
    }, this._setFor('getItemOrNullObject'));
    return this._nullable(proxy, 'getItemOrNullObject', [key]);
  }

  getActiveWorksheet(): WorksheetProxy {
    this._assertOpen();
    return new WorksheetProxy(this._core, 'workbook.worksheets.getActiveWorksheet()', () => {
      const wb = this._resolve();
      if (!wb) return null;
      if (!wb.activeSheet) throw new StandinError('ItemNotFound', 'no active worksheet', { errorLocation: 'WorksheetCollection.getActiveWorksheet' });
      return wb.activeSheet;
    });
  }

  /** ExcelApi 1.5. */
  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return this._end('getFirst', visibleOnly, (list) => list[0]);
  }

  /** ExcelApi 1.5. */
  getLast(visibleOnly?: boolean): WorksheetProxy {
    return this._end('getLast', visibleOnly, (list) => list[list.length - 1]);
  }

  private _end(member: string, visibleOnly: boolean | undefined, pick: (list: SheetModel[]) => SheetModel | undefined): WorksheetProxy {
    this._assertOpen();
    return new WorksheetProxy(this._core, `workbook.worksheets.${member}(${visibleOnly ?? false})`, () => {
      const wb = this._resolve();
      if (!wb) return null;
      const sheet = pick(wb.liveSheets().filter((s) => !visibleOnly || s.visibility === 'Visible'));
      if (!sheet) throw new StandinError('ItemNotFound', 'no worksheet', { errorLocation: `WorksheetCollection.${member}` });
      return sheet;
    }, this._setFor(member));
  }

  /** ExcelApi 1.4. */
  getCount(visibleOnly?: boolean): ClientResult<number> {
    return resultOperation(this, this._core, 'WorksheetCollection.getCount', this._setFor('getCount'), [visibleOnly ?? false], (wb) =>
      wb.liveSheets().filter((s) => !visibleOnly || s.visibility === 'Visible').length,
    );
  }
}

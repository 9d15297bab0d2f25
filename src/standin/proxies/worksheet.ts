/**
 * Excel.Worksheet and the objects hanging off it: freeze panes (1.7), autofilter (1.9), protection (1.2), page
 * layout with headers/footers (1.9). See "Work with worksheets using the Excel JavaScript API"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets) and the Worksheet reference
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet).
 */
import { MAX_COLUMNS, MAX_ROWS, areaCellCount, isEntireColumns, isEntireRows } from '../address';
import { invalid, requireBoolean, requireColor, requireEnum, requireInteger, requireNumber, requireString } from '../checks';
import { ClientObject, type ContextCore, type ScalarDefinition } from '../client-object';
import { StandinError } from '../errors';
import type { HeaderFooterModel, PageLayoutModel, SheetModel, SheetVisibility } from '../model';
import { RangeProxy, resolveRangeArgument } from './range';

const VISIBILITY: readonly SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class WorksheetProxy extends ClientObject<SheetModel> {
  protected readonly _className = 'Worksheet';
  private _freezePanes?: FreezePanesProxy;
  private _autoFilter?: AutoFilterProxy;
  private _protection?: WorksheetProtectionProxy;
  private _pageLayout?: PageLayoutProxy;

  constructor(core: ContextCore, path: string, resolver: () => SheetModel | null, minSet = '1.1') {
    super(core, path, resolver, minSet);
  }

  protected override _checkStillValid(value: SheetModel | null): void {
    if (value?.deleted) throw new StandinError('ItemNotFound', `the worksheet "${value.name}" was deleted`);
  }

  protected _scalars(): Record<string, ScalarDefinition<SheetModel>> {
    return {
      name: { get: (s) => s.name, set: (s, v) => s.workbook.renameSheet(s, v) },
      id: { get: (s) => s.id },
      position: { get: (s) => s.workbook.liveSheets().indexOf(s), set: (s, v) => s.workbook.moveSheet(s, v) },
      visibility: {
        get: (s) => s.visibility,
        set: (s, v) => {
          const visibility = requireEnum(v, VISIBILITY, 'visibility');
          if (visibility !== 'Visible' && s.visibility === 'Visible') {
            const visible = s.workbook.liveSheets().filter((x) => x.visibility === 'Visible');
            if (visible.length === 1) throw new StandinError('InvalidOperation', 'a workbook must keep at least one visible worksheet');
          }
          s.visibility = visibility;
        },
      },
      tabColor: { get: (s) => s.tabColor, set: (s, v) => void (s.tabColor = v === '' ? '' : requireColor(v, 'tabColor')) },
      showGridlines: { get: (s) => s.showGridlines, set: (s, v) => void (s.showGridlines = requireBoolean(v, 'showGridlines')) },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { freezePanes: () => this.freezePanes, autoFilter: () => this.autoFilter, protection: () => this.protection, pageLayout: () => this.pageLayout };
  }

  get name(): string {
    return this._read('name');
  }

  set name(value: string) {
    this._queueSet('name', value);
  }

  get id(): string {
    return this._read('id');
  }

  get position(): number {
    return this._read('position');
  }

  set position(value: number) {
    this._queueSet('position', value);
  }

  get visibility(): SheetVisibility {
    return this._read('visibility');
  }

  set visibility(value: SheetVisibility) {
    this._queueSet('visibility', value);
  }

  /** "#RRGGBB", or "" for none (ExcelApi 1.7). */
  get tabColor(): string {
    return this._read('tabColor');
  }

  set tabColor(value: string) {
    this._queueSet('tabColor', value);
  }

  /** ExcelApi 1.8. */
  get showGridlines(): boolean {
    return this._read('showGridlines');
  }

  set showGridlines(value: boolean) {
    this._queueSet('showGridlines', value);
  }

  get freezePanes(): FreezePanesProxy {
    this._freezePanes ??= new FreezePanesProxy(this._core, `${this._path}.freezePanes`, () => this._resolve(), this._setFor('freezePanes'));
    return this._freezePanes;
  }

  get autoFilter(): AutoFilterProxy {
    this._autoFilter ??= new AutoFilterProxy(this._core, `${this._path}.autoFilter`, () => this._resolve(), this._setFor('autoFilter'));
    return this._autoFilter;
  }

  get protection(): WorksheetProtectionProxy {
    this._protection ??= new WorksheetProtectionProxy(this._core, `${this._path}.protection`, () => this._resolve(), this._setFor('protection'));
    return this._protection;
  }

  get pageLayout(): PageLayoutProxy {
    this._pageLayout ??= new PageLayoutProxy(this._core, `${this._path}.pageLayout`, () => this._resolve(), this._setFor('pageLayout'));
    return this._pageLayout;
  }

  private _range(member: string, args: unknown[], compute: (s: SheetModel) => { top: number; left: number; bottom: number; right: number }, apiKey?: string): RangeProxy {
    this._assertOpen();
    return new RangeProxy(this._core, `${this._path}.${member}(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      try {
        return { sheet, area: compute(sheet) };
      } catch (error) {
        if (error instanceof StandinError) throw new StandinError(error.code, error.message, { errorLocation: `Worksheet.${member}` });
        throw error;
      }
    }, this._setFor(member, apiKey));
  }

  /** A range by A1 address or defined name; the whole sheet when omitted. */
  getRange(address?: string): RangeProxy {
    return this._range('getRange', address === undefined ? [] : [address], (sheet) => {
      if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
      if (typeof address !== 'string' || address.length > 8192) invalid('address must be a string of at most 8192 characters');
      const name = sheet.workbook.nameByName(address.trim());
      if (name) {
        const target = sheet.workbook.nameTarget(name);
        if (!target || target.sheet !== sheet) invalid(`the name "${address}" does not refer to a range on "${sheet.name}"`);
        return target.area;
      }
      return resolveRangeArgument(address, sheet, 'getRange');
    });
  }

  /** ExcelApi 1.7: a range by 0-based start and size. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this._range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const top = requireInteger(startRow, 'startRow', 0, MAX_ROWS - 1);
      const left = requireInteger(startColumn, 'startColumn', 0, MAX_COLUMNS - 1);
      const rows = requireInteger(rowCount, 'rowCount', 1, MAX_ROWS - top);
      const cols = requireInteger(columnCount, 'columnCount', 1, MAX_COLUMNS - left);
      return { top, left, bottom: top + rows - 1, right: left + cols - 1 };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range('getCell', [row, column], () => {
      const r = requireInteger(row, 'row', 0, MAX_ROWS - 1);
      const c = requireInteger(column, 'column', 0, MAX_COLUMNS - 1);
      return { top: r, left: c, bottom: r, right: c };
    });
  }

  /** The smallest range holding every cell with a value or format; A1 on a blank sheet. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this._range('getUsedRange', valuesOnly === undefined ? [] : [valuesOnly], (sheet) => sheet.usedArea(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 }, valuesOnly !== undefined ? 'Worksheet.getUsedRange.valuesOnly' : undefined);
  }

  /** ExcelApi 1.4: like getUsedRange, but a null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this._assertOpen();
    const range = new RangeProxy(this._core, `${this._path}.getUsedRangeOrNullObject(${valuesOnly ?? false})`, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      const used = sheet.usedArea(valuesOnly === true);
      return used ? { sheet, area: used } : null;
    }, this._setFor('getUsedRangeOrNullObject'));
    return this._nullable(range, 'getUsedRangeOrNullObject', [valuesOnly ?? false]);
  }

  /** Makes this the active sheet; the selection moves to this sheet's own selection. */
  activate(): void {
    this._enqueue('call', 'activate', [], (s) => {
      if (s.visibility !== 'Visible') throw new StandinError('InvalidOperation', `"${s.name}" is hidden and cannot be activated`);
      s.workbook.activeSheet = s;
    });
  }

  delete(): void {
    this._enqueue('call', 'delete', [], (s) => s.workbook.deleteSheet(s));
  }

  /** Calculates the sheet (ExcelApi 1.6); the stand-in computes on read. */
  calculate(_markAllDirty: boolean): void {
    this._enqueue('call', 'calculate', [_markAllDirty], () => undefined);
  }

  private _neighbour(member: string, step: 1 | -1, orNull: boolean, visibleOnly?: boolean): WorksheetProxy {
    this._assertOpen();
    const proxy = new WorksheetProxy(this._core, `${this._path}.${member}(${visibleOnly ?? false})`, () => {
      const s = this._resolve();
      if (!s) return null;
      const live = s.workbook.liveSheets().filter((x) => x === s || !visibleOnly || x.visibility === 'Visible');
      const next = live[live.indexOf(s) + step];
      if (!next) {
        if (orNull) return null;
        throw new StandinError('ItemNotFound', `no worksheet ${step > 0 ? 'after' : 'before'} "${s.name}"`, { errorLocation: `Worksheet.${member}` });
      }
      return next;
    }, this._setFor(member));
    return orNull ? this._nullable(proxy, member) : proxy;
  }

  getNext(visibleOnly?: boolean): WorksheetProxy {
    return this._neighbour('getNext', 1, false, visibleOnly);
  }

  getNextOrNullObject(visibleOnly?: boolean): WorksheetProxy {
    return this._neighbour('getNextOrNullObject', 1, true, visibleOnly);
  }

  getPrevious(visibleOnly?: boolean): WorksheetProxy {
    return this._neighbour('getPrevious', -1, false, visibleOnly);
  }

  getPreviousOrNullObject(visibleOnly?: boolean): WorksheetProxy {
    return this._neighbour('getPreviousOrNullObject', -1, true, visibleOnly);
  }
}

/** Excel.WorksheetFreezePanes (ExcelApi 1.7). */
export class FreezePanesProxy extends ClientObject<SheetModel> {
  protected readonly _className = 'WorksheetFreezePanes';

  protected _scalars(): Record<string, ScalarDefinition<SheetModel>> {
    return {};
  }

  /** Freezes the top `count` rows (1 when omitted; 0 unfreezes). */
  freezeRows(count?: number): void {
    this._enqueue('call', 'freezeRows', [count ?? 1], (s) => {
      const n = requireInteger(count ?? 1, 'count', 0, MAX_ROWS - 1);
      s.freeze = n === 0 ? null : { rows: n, columns: 0 };
    });
  }

  freezeColumns(count?: number): void {
    this._enqueue('call', 'freezeColumns', [count ?? 1], (s) => {
      const n = requireInteger(count ?? 1, 'count', 0, MAX_COLUMNS - 1);
      s.freeze = n === 0 ? null : { rows: 0, columns: n };
    });
  }

  /** Freezes the rows and columns above and left of the end of `frozenRange` ("A1:B2" freezes 2 rows, 2 columns). */
  freezeAt(frozenRange: RangeProxy | string): void {
    this._sameContext(frozenRange, 'freezeAt');
    const arg = frozenRange instanceof RangeProxy ? frozenRange._path : frozenRange;
    this._enqueue('call', 'freezeAt', [arg], (s) => {
      const area = resolveRangeArgument(frozenRange, s, 'freezeAt');
      const rows = isEntireColumns(area) ? 0 : area.bottom + 1;
      const columns = isEntireRows(area) ? 0 : area.right + 1;
      s.freeze = rows === 0 && columns === 0 ? null : { rows, columns };
    });
  }

  unfreeze(): void {
    this._enqueue('call', 'unfreeze', [], (s) => {
      s.freeze = null;
    });
  }

  private _location(orNull: boolean): RangeProxy {
    this._assertOpen();
    const member = orNull ? 'getLocationOrNullObject' : 'getLocation';
    const range = new RangeProxy(this._core, `${this._path}.${member}()`, () => {
      const s = this._resolve();
      if (!s) return null;
      if (!s.freeze) {
        if (orNull) return null;
        throw new StandinError('ItemNotFound', `"${s.name}" has no frozen panes`, { errorLocation: `WorksheetFreezePanes.${member}` });
      }
      const { rows, columns } = s.freeze;
      const area =
        columns === 0
          ? { top: 0, left: 0, bottom: rows - 1, right: MAX_COLUMNS - 1 }
          : rows === 0
            ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: columns - 1 }
            : { top: 0, left: 0, bottom: rows - 1, right: columns - 1 };
      return { sheet: s, area };
    }, this._minSet);
    return orNull ? this._nullable(range, member) : range;
  }

  /** The frozen cells: whole rows "1:4", whole columns "A:B", or "A1:B4". */
  getLocation(): RangeProxy {
    return this._location(false);
  }

  getLocationOrNullObject(): RangeProxy {
    return this._location(true);
  }
}

/** Excel.AutoFilter (ExcelApi 1.9); filter criteria are accepted but not evaluated. */
export class AutoFilterProxy extends ClientObject<SheetModel> {
  protected readonly _className = 'AutoFilter';

  protected _scalars(): Record<string, ScalarDefinition<SheetModel>> {
    return { enabled: { get: (s) => s.autoFilter !== null }, isDataFiltered: { get: () => false } };
  }

  get enabled(): boolean {
    return this._read('enabled');
  }

  get isDataFiltered(): boolean {
    return this._read('isDataFiltered');
  }

  apply(range: RangeProxy | string, columnIndex?: number, criteria?: unknown): void {
    this._sameContext(range, 'apply');
    const arg = range instanceof RangeProxy ? range._path : range;
    this._enqueue('call', 'apply', [arg, columnIndex ?? null, criteria ?? null], (s) => {
      const area = resolveRangeArgument(range, s, 'AutoFilter.apply');
      if (columnIndex !== undefined) requireInteger(columnIndex, 'columnIndex', 0, area.right - area.left);
      if (areaCellCount(area) < 1) invalid('empty range');
      s.autoFilter = area;
    });
  }

  remove(): void {
    this._enqueue('call', 'remove', [], (s) => {
      s.autoFilter = null;
    });
  }

  getRange(): RangeProxy {
    this._assertOpen();
    return new RangeProxy(this._core, `${this._path}.getRange()`, () => {
      const s = this._resolve();
      if (!s) return null;
      if (!s.autoFilter) throw new StandinError('ItemNotFound', 'no autofilter', { errorLocation: 'AutoFilter.getRange' });
      return { sheet: s, area: s.autoFilter };
    }, this._minSet);
  }

  getRangeOrNullObject(): RangeProxy {
    this._assertOpen();
    const range = new RangeProxy(this._core, `${this._path}.getRangeOrNullObject()`, () => {
      const s = this._resolve();
      return s?.autoFilter ? { sheet: s, area: s.autoFilter } : null;
    }, this._minSet);
    return this._nullable(range, 'getRangeOrNullObject');
  }
}

/** Excel.WorksheetProtection (ExcelApi 1.2; unprotect 1.7). While protected, cell writes fail with AccessDenied. */
export class WorksheetProtectionProxy extends ClientObject<SheetModel> {
  protected readonly _className = 'WorksheetProtection';

  protected _scalars(): Record<string, ScalarDefinition<SheetModel>> {
    return { protected: { get: (s) => s.protected } };
  }

  get protected(): boolean {
    return this._read('protected');
  }

  protect(options?: unknown, password?: string): void {
    this._enqueue('call', 'protect', [options ?? null, password === undefined ? null : '***'], (s) => {
      if (password !== undefined) requireString(password, 'password');
      s.protected = true;
    });
  }

  unprotect(password?: string): void {
    this._enqueue('call', 'unprotect', [password === undefined ? null : '***'], (s) => {
      s.protected = false;
    });
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'] as const;
const PAPER_SIZES = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman'] as const;

function zoomOptions(value: unknown): PageLayoutModel['zoom'] {
  if (!value || typeof value !== 'object') invalid('zoom must be set as a whole object: { scale } or { horizontalFitToPages, verticalFitToPages }');
  const v = value as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
  const zoom: PageLayoutModel['zoom'] = {};
  if (v.scale !== undefined && v.scale !== null) zoom.scale = requireNumber(v.scale, 'zoom.scale', 10, 400);
  if (v.horizontalFitToPages !== undefined && v.horizontalFitToPages !== null) zoom.horizontalFitToPages = requireInteger(v.horizontalFitToPages, 'zoom.horizontalFitToPages', 0, 32767);
  if (v.verticalFitToPages !== undefined && v.verticalFitToPages !== null) zoom.verticalFitToPages = requireInteger(v.verticalFitToPages, 'zoom.verticalFitToPages', 0, 32767);
  if (zoom.scale !== undefined && (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined)) invalid('zoom takes a scale or fit-to-pages, not both');
  return zoom;
}

/** Excel.PageLayout (ExcelApi 1.9). `zoom` is set as a whole object; reading `zoom.scale` needs zoom loaded. */
export class PageLayoutProxy extends ClientObject<SheetModel> {
  protected readonly _className = 'PageLayout';
  private _headersFooters?: HeaderFooterGroupProxy;

  protected _scalars(): Record<string, ScalarDefinition<SheetModel>> {
    return {
      orientation: { get: (s) => s.pageLayout.orientation, set: (s, v) => void (s.pageLayout.orientation = requireEnum(v, ORIENTATIONS, 'orientation')) },
      paperSize: { get: (s) => s.pageLayout.paperSize, set: (s, v) => void (s.pageLayout.paperSize = requireEnum(v, PAPER_SIZES, 'paperSize')) },
      zoom: { get: (s) => ({ ...s.pageLayout.zoom }), set: (s, v) => void (s.pageLayout.zoom = zoomOptions(v)) },
      centerHorizontally: { get: (s) => s.pageLayout.centerHorizontally, set: (s, v) => void (s.pageLayout.centerHorizontally = requireBoolean(v, 'centerHorizontally')) },
      centerVertically: { get: (s) => s.pageLayout.centerVertically, set: (s, v) => void (s.pageLayout.centerVertically = requireBoolean(v, 'centerVertically')) },
      // number | "": "" (null in the docs' words) is automatic page numbering.
      firstPageNumber: {
        get: (s) => s.pageLayout.firstPageNumber,
        set: (s, v) => void (s.pageLayout.firstPageNumber = v === '' || v === null ? '' : requireInteger(v, 'firstPageNumber', 0, 32767)),
      },
    };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { headersFooters: () => this.headersFooters };
  }

  get orientation(): string {
    return this._read('orientation');
  }

  set orientation(value: string) {
    this._queueSet('orientation', value);
  }

  get paperSize(): string {
    return this._read('paperSize');
  }

  set paperSize(value: string) {
    this._queueSet('paperSize', value);
  }

  get zoom(): PageLayoutModel['zoom'] {
    return this._read('zoom');
  }

  set zoom(value: PageLayoutModel['zoom']) {
    this._queueSet('zoom', value);
  }

  get centerHorizontally(): boolean {
    return this._read('centerHorizontally');
  }

  set centerHorizontally(value: boolean) {
    this._queueSet('centerHorizontally', value);
  }

  get centerVertically(): boolean {
    return this._read('centerVertically');
  }

  set centerVertically(value: boolean) {
    this._queueSet('centerVertically', value);
  }

  get firstPageNumber(): number | '' {
    return this._read('firstPageNumber');
  }

  set firstPageNumber(value: number | '') {
    this._queueSet('firstPageNumber', value);
  }

  get headersFooters(): HeaderFooterGroupProxy {
    this._headersFooters ??= new HeaderFooterGroupProxy(this._core, `${this._path}.headersFooters`, () => this._resolve(), this._minSet);
    return this._headersFooters;
  }

  /** Rows repeated at the top of every printed page: a Range or an address of whole rows ("$1:$3", "1:3", "A1:C3"). */
  setPrintTitleRows(printTitleRows: RangeProxy | string): void {
    this._sameContext(printTitleRows, 'setPrintTitleRows');
    const arg = printTitleRows instanceof RangeProxy ? printTitleRows._path : printTitleRows;
    this._enqueue('call', 'setPrintTitleRows', [arg], (s) => {
      const area = resolveRangeArgument(printTitleRows, s, 'setPrintTitleRows');
      s.pageLayout.printTitleRows = { top: area.top, bottom: area.bottom };
    });
  }

  private _titles(orNull: boolean): RangeProxy {
    this._assertOpen();
    const member = orNull ? 'getPrintTitleRowsOrNullObject' : 'getPrintTitleRows';
    const range = new RangeProxy(this._core, `${this._path}.${member}()`, () => {
      const s = this._resolve();
      if (!s) return null;
      const rows = s.pageLayout.printTitleRows;
      if (!rows) {
        if (orNull) return null;
        throw new StandinError('ItemNotFound', 'no print title rows', { errorLocation: `PageLayout.${member}` });
      }
      return { sheet: s, area: { top: rows.top, bottom: rows.bottom, left: 0, right: MAX_COLUMNS - 1 } };
    }, this._minSet);
    return orNull ? this._nullable(range, member) : range;
  }

  getPrintTitleRows(): RangeProxy {
    return this._titles(false);
  }

  getPrintTitleRowsOrNullObject(): RangeProxy {
    return this._titles(true);
  }
}

/** Excel.HeaderFooterGroup: the stand-in keeps one header/footer set (defaultForAllPages). */
export class HeaderFooterGroupProxy extends ClientObject<SheetModel> {
  protected readonly _className = 'HeaderFooterGroup';
  private _default?: HeaderFooterProxy;

  protected _scalars(): Record<string, ScalarDefinition<SheetModel>> {
    return { state: { get: () => 'Default' } };
  }

  protected override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }

  get state(): string {
    return this._read('state');
  }

  get defaultForAllPages(): HeaderFooterProxy {
    this._default ??= new HeaderFooterProxy(this._core, `${this._path}.defaultForAllPages`, () => this._resolve(), this._minSet);
    return this._default;
  }
}

const HEADER_FOOTER_KEYS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

/** Excel.HeaderFooter: texts in Excel's header/footer codes ("&P / &N", "&A"). */
export class HeaderFooterProxy extends ClientObject<SheetModel> {
  protected readonly _className = 'HeaderFooter';

  protected _scalars(): Record<string, ScalarDefinition<SheetModel>> {
    const entries = HEADER_FOOTER_KEYS.map((key) => [
      key,
      {
        get: (s: SheetModel) => s.pageLayout.headerFooter[key],
        set: (s: SheetModel, v: unknown) => {
          const text = requireString(v, key);
          if (text.length > 255) invalid(`${key} is longer than 255 characters`);
          (s.pageLayout.headerFooter as HeaderFooterModel)[key] = text;
        },
      },
    ]);
    return Object.fromEntries(entries) as Record<string, ScalarDefinition<SheetModel>>;
  }

  get leftHeader(): string {
    return this._read('leftHeader');
  }

  set leftHeader(value: string) {
    this._queueSet('leftHeader', value);
  }

  get centerHeader(): string {
    return this._read('centerHeader');
  }

  set centerHeader(value: string) {
    this._queueSet('centerHeader', value);
  }

  get rightHeader(): string {
    return this._read('rightHeader');
  }

  set rightHeader(value: string) {
    this._queueSet('rightHeader', value);
  }

  get leftFooter(): string {
    return this._read('leftFooter');
  }

  set leftFooter(value: string) {
    this._queueSet('leftFooter', value);
  }

  get centerFooter(): string {
    return this._read('centerFooter');
  }

  set centerFooter(value: string) {
    this._queueSet('centerFooter', value);
  }

  get rightFooter(): string {
    return this._read('rightFooter');
  }

  set rightFooter(value: string) {
    this._queueSet('rightFooter', value);
  }
}


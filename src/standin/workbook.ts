/**
 * The workbook a stand-in works on, loadable from and savable to .xlsx bytes, and open to inspection by tests
 * (sheets, names, settings) without going through the proxy API.
 */
import { type Area, formatArea } from './address';
import { type NameModel, type SheetModel, WorkbookModel } from './model';
import { readXlsx, writeXlsx } from './xlsx';

export interface LoadOptions {
  /** Sheets to treat as protected, in addition to those protected in the file. */
  readonly protectedSheets?: readonly string[];
  /** The file name Workbook.name answers ("plan.xlsx"). Default "Book1". */
  readonly name?: string;
}

export class StandinWorkbook {
  constructor(
    /** The in-memory model; proxies change it at sync time. */
    readonly model: WorkbookModel = WorkbookModel.blank(),
  ) {}

  /** Reads an .xlsx file's bytes (Uint8Array or ArrayBuffer; no Node Buffer needed). */
  static async fromXlsx(bytes: Uint8Array | ArrayBuffer, options: LoadOptions = {}): Promise<StandinWorkbook> {
    const model = await readXlsx(bytes);
    const workbook = new StandinWorkbook(model);
    if (options.name !== undefined) model.name = options.name;
    for (const name of options.protectedSheets ?? []) workbook.protectSheet(name);
    return workbook;
  }

  /** The workbook as .xlsx bytes. */
  toXlsx(): Promise<Uint8Array> {
    return writeXlsx(this.model);
  }

  /** What Workbook.name answers. */
  get name(): string {
    return this.model.name;
  }

  set name(value: string) {
    this.model.name = value;
  }

  get sheetNames(): string[] {
    return this.model.liveSheets().map((s) => s.name);
  }

  sheet(name: string): SheetModel | undefined {
    return this.model.sheetByName(name);
  }

  get names(): readonly NameModel[] {
    return this.model.names;
  }

  get settings(): ReadonlyMap<string, unknown> {
    return this.model.settings;
  }

  /** Marks a sheet protected (as if protected in Excel): cell writes then fail with AccessDenied. */
  protectSheet(name: string, on = true): void {
    const sheet = this.model.sheetByName(name);
    if (!sheet) throw new Error(`no sheet "${name}"`);
    sheet.protected = on;
  }

  /** The active sheet and its selection ("A1", "B2:C4"), as Range.select() / Worksheet.activate() left them. */
  get selection(): { sheet: string; address: string } | null {
    const sheet = this.model.activeSheet;
    return sheet ? { sheet: sheet.name, address: formatArea(sheet.selection as Area) } : null;
  }
}

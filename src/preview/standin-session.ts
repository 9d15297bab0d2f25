/**
 * The one place the preview touches the Excel stand-in (src/standin): open an .xlsx as a stand-in workbook,
 * give its host to the adapter, and save it back. Loaded only in the preview chunk, never in the add-in's
 * initial bundle (the stand-in reads and writes .xlsx with ExcelJS).
 */
import type { ExcelHost } from '../office/host';
import { createStandin, StandinWorkbook } from '../standin';

export interface StandinSession {
  readonly host: ExcelHost;
  /** The workbook as .xlsx bytes, with whatever the add-in wrote. */
  save(): Promise<Uint8Array<ArrayBuffer>>;
  /** Writes a cell as another user in Excel would, behind the pane's back (to try the conflict check). */
  editCell(sheet: string, address: string, value: string | number): Promise<void>;
}

export interface OpenOptions {
  /** Office's display language as the stand-in reports it ("ja-JP"). */
  readonly displayLanguage: string;
  /** The ExcelApi set to stand in for ("1.7" = Office 2019); the stand-in's newest when absent. */
  readonly apiVersion?: string;
  /** The opened file's name, which Workbook.name answers (and the summary sheet names) as Excel would. */
  readonly name?: string;
}

/** Opens .xlsx bytes as a stand-in workbook; rejects when they are not a workbook the stand-in can read. */
export async function openStandin(bytes: Uint8Array, { displayLanguage, apiVersion, name }: OpenOptions): Promise<StandinSession> {
  const workbook = await StandinWorkbook.fromXlsx(bytes, name === undefined ? {} : { name });
  const standin = createStandin({ workbook, displayLanguage, ...(apiVersion ? { apiVersion } : {}) });
  return {
    host: standin.host,
    save: async () => new Uint8Array(await standin.workbook.toXlsx()),
    editCell: (sheet, address, value) =>
      standin.host.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
        await context.sync();
      }),
  };
}

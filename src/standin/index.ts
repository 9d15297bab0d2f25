/**
 * A strict stand-in for the Excel JavaScript API, for tests and the browser preview of the task pane: an
 * in-memory workbook behind proxies with Office.js's queue-and-sync semantics, Excel's errors, requirement sets
 * and payload limits. The adapter in src/office runs against `standin.host` exactly as against Excel.
 *
 *   const standin = createStandin({ apiVersion: '1.7', workbook: await StandinWorkbook.fromXlsx(bytes) });
 *   await standin.host.run(async (context) => { … });
 *   const saved = await standin.workbook.toXlsx();
 */
import type { ExcelHost } from '../office/host';
import { DEFAULT_API_VERSION, compareApiVersions, parseApiVersion } from './api-sets';
import { type StandinRun, createRun } from './context';
import { Engine, PAYLOAD_LIMIT_BYTES, type StandinStats } from './engine';
import { StandinWorkbook } from './workbook';

export interface StandinOptions {
  /** The highest ExcelApi set the host supports ("1.7" for Office 2019). Default "1.17". */
  readonly apiVersion?: string;
  /** What `host.userName()` answers; null when Office does not know the user. Default null. */
  readonly userName?: string | null;
  /** What `host.displayLanguage()` answers. Default "en-US". */
  readonly displayLanguage?: string;
  /** The workbook to work on. Default: a blank workbook with "Sheet1". */
  readonly workbook?: StandinWorkbook;
  /** Request/response limit per sync; null for none. Default 5 MB (Excel on the web's limit). */
  readonly payloadLimitBytes?: number | null;
}

/** The host the adapter takes: `run` is typed as Excel.run (the stand-in's context is Excel.RequestContext-shaped). */
export interface StandinHost extends ExcelHost {
  readonly run: typeof Excel.run;
  isSetSupported(version: string): boolean;
  readonly userName: () => string | null;
  readonly displayLanguage: () => string;
}

export interface Standin {
  /** Pass this to the adapter. */
  readonly host: StandinHost;
  /** The same function as host.run, typed with the stand-in's own classes (for tests). */
  readonly run: StandinRun;
  readonly workbook: StandinWorkbook;
  readonly stats: StandinStats;
  /** Puts the user in (or out of) cell-edit mode; leaving it releases syncs waiting under delayForCellEdit. */
  setCellEditMode(on: boolean): void;
  /** Syncs currently waiting for cell-edit mode to end. */
  readonly waitingForCellEdit: number;
  /** The active sheet and its selection. */
  readonly selection: { sheet: string; address: string } | null;
}

export function createStandin(options: StandinOptions = {}): Standin {
  const versionText = options.apiVersion ?? DEFAULT_API_VERSION;
  const apiVersion = parseApiVersion(versionText);
  if (!apiVersion) throw new TypeError(`apiVersion must look like "1.9", not ${JSON.stringify(versionText)}`);
  const workbook = options.workbook ?? new StandinWorkbook();
  const engine = new Engine(
    workbook.model,
    apiVersion,
    options.payloadLimitBytes === undefined ? PAYLOAD_LIMIT_BYTES : options.payloadLimitBytes,
    options.userName ?? null,
    options.displayLanguage ?? 'en-US',
  );
  const run = createRun(engine);
  const isSetSupported = (nameOrVersion: string, maybeVersion?: string): boolean => {
    const version = maybeVersion === undefined ? nameOrVersion : nameOrVersion === 'ExcelApi' ? maybeVersion : null;
    const wanted = version === null ? null : parseApiVersion(version);
    return wanted !== null && compareApiVersions(wanted, apiVersion) <= 0;
  };
  const host: StandinHost = {
    // The stand-in's RequestContext has the shape of Excel.RequestContext for the members it implements.
    run: run as unknown as typeof Excel.run,
    isSetSupported,
    userName: () => engine.userName,
    displayLanguage: () => engine.displayLanguage,
  };
  return {
    host,
    run,
    workbook,
    stats: engine.stats,
    setCellEditMode: (on: boolean) => engine.setCellEditMode(on),
    get waitingForCellEdit() {
      return engine.waitingForCellEdit;
    },
    get selection() {
      return workbook.selection;
    },
  };
}

export { StandinWorkbook } from './workbook';
export type { LoadOptions } from './workbook';
export { StandinError, isStandinError } from './errors';
export type { StandinErrorCode, StandinDebugInfo } from './errors';
export type { StandinStats, SyncRecord } from './engine';
export { PAYLOAD_LIMIT_BYTES } from './engine';
export { StandinRequestContext } from './context';
export type { RunOptions, StandinRun, Batch } from './context';
export { MEMBER_API_SETS, DEFAULT_API_VERSION } from './api-sets';
export { STANDIN_ADDIN_REFERENCE } from './package-parts';
export type { RangeProxy, RangeAreasProxy } from './proxies/range';
export type { WorksheetProxy } from './proxies/worksheet';
export type { WorkbookProxy, WorksheetCollectionProxy } from './proxies/workbook';

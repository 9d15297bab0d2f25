/**
 * The state one stand-in shares across `run` calls: the workbook model, the API version it claims, cell-edit
 * mode, the payload limit, and the instrumentation tests read.
 */
import type { ApiVersion } from './api-sets';
import type { WorkbookModel } from './model';

/** Office on the web's request and response limit: "Excel on the web limits requests and responses to 5 MB". */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** One sync round trip as the stand-in measured it. */
export interface SyncRecord {
  /** UTF-8 bytes of the JSON the batch would have sent (queued operations with their arguments). */
  readonly bytes: number;
  /** UTF-8 bytes of the JSON of what the batch loaded. */
  readonly responseBytes: number;
  /** Queued operations in the batch. */
  readonly operations: number;
}

export interface StandinStats {
  /** Sync round trips, including the final one `run` makes (even when it has nothing to send). */
  readonly syncs: number;
  /** Syncs that carried at least one queued operation (an empty final sync of `run` not counted). */
  readonly nonEmptySyncs: number;
  readonly requests: readonly SyncRecord[];
  readonly largestRequestBytes: number;
  /** Calls of `suspendScreenUpdatingUntilNextSync` / `suspendApiCalculationUntilNextSync` seen. */
  readonly screenUpdatingSuspensions: number;
  readonly calculationSuspensions: number;
  /** `Excel.run` calls made. */
  readonly runs: number;
  reset(): void;
}

export class MutableStats implements StandinStats {
  syncs = 0;
  nonEmptySyncs = 0;
  requests: SyncRecord[] = [];
  largestRequestBytes = 0;
  screenUpdatingSuspensions = 0;
  calculationSuspensions = 0;
  runs = 0;

  record(entry: SyncRecord): void {
    this.syncs += 1;
    if (entry.operations > 0) this.nonEmptySyncs += 1;
    this.requests.push(entry);
    this.largestRequestBytes = Math.max(this.largestRequestBytes, entry.bytes);
  }

  reset(): void {
    this.syncs = 0;
    this.nonEmptySyncs = 0;
    this.requests = [];
    this.largestRequestBytes = 0;
    this.screenUpdatingSuspensions = 0;
    this.calculationSuspensions = 0;
    this.runs = 0;
  }
}

export class Engine {
  readonly stats = new MutableStats();
  private cellEditMode = false;
  private editWaiters: (() => void)[] = [];

  constructor(
    public model: WorkbookModel,
    readonly apiVersion: ApiVersion,
    readonly payloadLimit: number | null,
    readonly userName: string | null,
    readonly displayLanguage: string,
  ) {}

  get inCellEditMode(): boolean {
    return this.cellEditMode;
  }

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
    if (!on) {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** Resolves when the user leaves cell-edit mode (immediately when not in it). */
  cellEditEnded(): Promise<void> {
    if (!this.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  /** Syncs waiting for cell-edit mode to end. */
  get waitingForCellEdit(): number {
    return this.editWaiters.length;
  }
}

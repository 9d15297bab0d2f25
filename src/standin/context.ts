/**
 * `Excel.run` and the RequestContext: a batch function gets a context whose `workbook` hands out proxies; each
 * `context.sync()` sends the queued commands as one request, and `run` makes a final sync after the batch.
 *
 * Per sync the stand-in, in order: waits for or refuses cell-edit mode ("Delay execution while cell is being
 * edited", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit); measures the
 * request and refuses one over 5 MB with RequestPayloadSizeLimitExceeded; runs the commands in order, stopping at
 * the first error (earlier commands stay applied); measures what was loaded and refuses a response over 5 MB with
 * ResponsePayloadSizeLimitExceeded ("Excel on the web limits requests and responses to 5 MB",
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices); then
 * delivers the loaded values and fills in isNullObject.
 */
import { type ClientObject, type ContextCore, type Operation, executeOperation, jsonBytes } from './client-object';
import type { Engine } from './engine';
import { StandinError } from './errors';
import { ApplicationProxy, WorkbookProxy } from './proxies/workbook';

export interface RunOptions {
  /** Wait for the user to leave cell-edit mode instead of failing. */
  readonly delayForCellEdit?: boolean;
}

class Core implements ContextCore {
  readonly queue: Operation[] = [];
  readonly proxies: ClientObject<unknown>[] = [];
  readonly staged: (() => void)[] = [];
  responseSize = 0;
  closed = false;

  constructor(
    readonly context: StandinRequestContext,
    readonly engine: Engine,
  ) {}
}

function statementOf(op: Operation): string {
  return `${op.target._path}${op.kind === 'load' ? `.load(${JSON.stringify((op.args as { select?: string }).select ?? '')})` : `.${op.member.split('.').pop() ?? ''}`}`;
}

export class StandinRequestContext {
  /** @internal */
  readonly _core: Core;
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  /** Office.js's tracked-object list; the stand-in needs no tracking, so add/remove do nothing. */
  readonly trackedObjects = { add: (_object: unknown): void => undefined, remove: (_object: unknown): void => undefined };
  /** Office.js's debug info switch; accepted and ignored. */
  debugInfo: Record<string, unknown> = {};

  constructor(
    engine: Engine,
    private readonly delayForCellEdit: boolean,
  ) {
    this._core = new Core(this, engine);
    this.workbook = new WorkbookProxy(this._core);
    this.application = this.workbook.application;
  }

  /** Sends the queued commands and fills loaded proxies; rejects with the first error, as Excel does. */
  async sync<T = void>(passThroughValue?: T): Promise<T> {
    const core = this._core;
    const engine = core.engine;
    if (core.closed) throw new StandinError('InvalidRequestContext', 'context.sync() after its Excel.run batch finished');
    // A sync is a round trip to Excel: the page gets to paint and handle input meanwhile (a second click finds
    // the run busy). Resolving without yielding would hide that from the tests and the preview.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (engine.inCellEditMode) {
      if (!this.delayForCellEdit) {
        core.queue.length = 0;
        throw new StandinError('InvalidOperationInCellEditMode', 'the user is editing a cell; call Excel.run({ delayForCellEdit: true }, …) to wait instead', {
          errorLocation: 'RequestContext.sync',
        });
      }
      await engine.cellEditEnded();
    }
    const ops = core.queue.splice(0, core.queue.length);
    const requestBytes = jsonBytes(ops.map((op) => ({ o: op.target._path, m: op.member, a: op.args })));
    core.responseSize = 0;
    core.staged.length = 0;
    const record = (responseBytes: number): void => engine.stats.record({ bytes: requestBytes, responseBytes, operations: ops.length });
    if (engine.payloadLimit !== null && requestBytes > engine.payloadLimit) {
      record(0);
      throw new StandinError('RequestPayloadSizeLimitExceeded', `this sync's request is ${requestBytes} bytes; the limit is ${engine.payloadLimit}. Split the writes over several syncs.`, {
        errorLocation: 'RequestContext.sync',
      });
    }
    for (const op of ops) {
      try {
        executeOperation(engine, op);
      } catch (error) {
        core.staged.length = 0;
        record(0);
        if (error instanceof StandinError) throw error.at(op.member, statementOf(op));
        throw error;
      }
    }
    const responseBytes = core.responseSize;
    record(responseBytes);
    if (engine.payloadLimit !== null && responseBytes > engine.payloadLimit) {
      core.staged.length = 0;
      throw new StandinError('ResponsePayloadSizeLimitExceeded', `this sync loads ${responseBytes} bytes; the limit is ${engine.payloadLimit}. Read large ranges in pieces.`, {
        errorLocation: 'RequestContext.sync',
      });
    }
    for (const deliver of core.staged.splice(0, core.staged.length)) deliver();
    for (const proxy of core.proxies) proxy._settleNullState();
    return passThroughValue as T;
  }

  /** @internal Ends the context when its run finishes: later use of its objects fails. */
  _close(): void {
    this._core.closed = true;
    this._core.queue.length = 0;
  }
}

/** The batch function `run` takes. */
export type Batch<T> = (context: StandinRequestContext) => Promise<T>;

/** Excel.run's two overloads this stand-in supports. */
export interface StandinRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: RunOptions, batch: Batch<T>): Promise<T>;
}

export function createRun(engine: Engine): StandinRun {
  const run = async <T>(first: Batch<T> | RunOptions, second?: Batch<T>): Promise<T> => {
    const batch = typeof first === 'function' ? first : second;
    const options: RunOptions = typeof first === 'function' ? {} : (first ?? {});
    if (typeof batch !== 'function') throw new TypeError('Excel.run needs a batch function');
    engine.stats.runs += 1;
    const context = new StandinRequestContext(engine, options.delayForCellEdit === true);
    try {
      const returned: unknown = batch(context);
      if (!returned || typeof (returned as { then?: unknown }).then !== 'function') throw new StandinError('RunMustReturnPromise');
      const value = await (returned as Promise<T>);
      await context.sync();
      return value;
    } finally {
      context._close();
    }
  };
  return run as StandinRun;
}

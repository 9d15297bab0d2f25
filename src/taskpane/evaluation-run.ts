/**
 * The one evaluation of this JavaScript runtime, shared by the pane's Evaluate button and the ribbon's Evaluate
 * command (the add-in uses a shared runtime, and webpack's single runtime chunk gives both entries the same
 * module instance). While one runs, a second start returns the running promise without calling
 * `services.evaluate` again, and every subscriber (the pane) sees the phase, then the outcome or the error.
 */
import type { AddinServices, EvaluationOutcome, Phase, PlanSettings } from '../office/use-cases';

export type RunSource = 'pane' | 'ribbon';

/**
 * What changed in the workbook after an evaluation started: its result no longer shows the workbook as it is.
 * `revisions`: targets were revised, which the result does not show yet; `undone`: a revision was undone, which the
 * result (and its summary sheets) may still show.
 */
export type OutdatedBy = 'settings' | 'revisions' | 'undone';

/** A change the Revise view made to the workbook's targets: a round of revisions written, or taken back by Undo. */
export interface TargetsChange {
  readonly kind: 'applied' | 'undone';
  readonly batch: number;
}

export type RunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly phase: Phase; readonly source: RunSource }
  | {
      readonly kind: 'done';
      readonly outcome: EvaluationOutcome;
      readonly source: RunSource;
      /** Changes made after this evaluation started (absent or empty: none), in the order they came. */
      readonly outdatedBy?: readonly OutdatedBy[];
    }
  | { readonly kind: 'failed'; readonly error: unknown; readonly source: RunSource };

export interface EvaluationRun {
  getState(): RunState;
  subscribe(listener: () => void): () => void;
  isRunning(): boolean;
  /**
   * Starts an evaluation with the settings `settings()` gives (the pane's current ones, or the saved ones for the
   * ribbon). While one runs, returns that one's promise and starts nothing.
   */
  start(services: AddinServices, settings: () => Promise<PlanSettings>, source: RunSource): Promise<EvaluationOutcome>;
  /** Back to idle (after the person dismissed an error); ignored while running. */
  clear(): void;
  /**
   * The settings were saved changed: the result shown (or the one still running, which read the workbook before) is
   * marked as made before that. The next evaluation starts afresh.
   */
  markOutdated(reason: 'settings'): void;
  /**
   * Targets were revised or a revision undone: the result is marked as made before that. Undoing a round written
   * after the result was made puts the targets back as the result read them: that round's mark goes.
   */
  targetsChanged(change: TargetsChange): void;
}

export function createEvaluationRun(): EvaluationRun {
  let state: RunState = { kind: 'idle' };
  let inFlight: Promise<EvaluationOutcome> | null = null;
  /** Changes made while the evaluation in flight runs. */
  let changedWhileRunning: OutdatedBy[] = [];
  /** Rounds of revisions written after the result shown was made: certainly not in it. */
  let revisedAfter = new Set<number>();
  /** Rounds written while the evaluation ran: it may have read them or not. */
  let revisedDuring = new Set<number>();
  const listeners = new Set<() => void>();
  const set = (next: RunState): void => {
    state = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isRunning: () => inFlight !== null,
    start(services, settings, source) {
      if (inFlight) return inFlight;
      changedWhileRunning = [];
      revisedAfter = new Set();
      revisedDuring = new Set();
      set({ kind: 'running', phase: 'reading', source });
      const run = (async () => {
        const chosen = await settings();
        return services.evaluate(chosen, (phase) => set({ kind: 'running', phase, source }));
      })();
      inFlight = run.then(
        (outcome) => {
          inFlight = null;
          const outdatedBy = changedWhileRunning;
          changedWhileRunning = [];
          set(outdatedBy.length > 0 ? { kind: 'done', outcome, source, outdatedBy } : { kind: 'done', outcome, source });
          return outcome;
        },
        (error: unknown) => {
          inFlight = null;
          set({ kind: 'failed', error, source });
          throw error;
        },
      );
      return inFlight;
    },
    clear() {
      if (!inFlight) set({ kind: 'idle' });
    },
    markOutdated(reason) {
      mark([reason], []);
    },
    targetsChanged({ kind, batch }) {
      if (kind === 'applied') {
        (inFlight ? revisedDuring : revisedAfter).add(batch);
        mark(['revisions'], []);
        return;
      }
      // Undo takes back the last round. One written after the result was made: the targets are again as the result
      // read them (and the summary sheets list only the revisions in force). One the result may have read: its
      // summary sheets may still show it.
      const afterResult = !inFlight && revisedAfter.has(batch);
      revisedAfter.delete(batch);
      revisedDuring.delete(batch);
      const unrevised: OutdatedBy[] = revisedAfter.size === 0 && revisedDuring.size === 0 ? ['revisions'] : [];
      mark(afterResult ? [] : ['undone'], unrevised);
    },
  };

  /** Adds the reasons not yet given and takes back those no longer true, for the result shown or the one running. */
  function mark(add: readonly OutdatedBy[], remove: readonly OutdatedBy[]): void {
    const update = (reasons: readonly OutdatedBy[]): OutdatedBy[] =>
      [...reasons.filter((r) => !remove.includes(r)), ...add.filter((r) => !reasons.includes(r))];
    if (inFlight) {
      changedWhileRunning = update(changedWhileRunning);
      return;
    }
    const shown = state;
    if (shown.kind !== 'done') return;
    const before = shown.outdatedBy ?? [];
    const outdatedBy = update(before);
    if (outdatedBy.length === before.length && outdatedBy.every((r, i) => r === before[i])) return;
    set({ ...shown, outdatedBy });
  }
}

/** The runtime's one evaluation (pane and ribbon). Tests create their own with createEvaluationRun(). */
export const sharedRun: EvaluationRun = createEvaluationRun();

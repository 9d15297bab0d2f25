/**
 * The one evaluation of this JavaScript runtime, shared by the pane's Evaluate button and the ribbon's Evaluate
 * command (the add-in uses a shared runtime, and webpack's single runtime chunk gives both entries the same
 * module instance). While one runs, a second start returns the running promise without calling
 * `services.evaluate` again, and every subscriber (the pane) sees the phase, then the outcome or the error.
 */
import type { AddinServices, EvaluationOutcome, Phase, PlanSettings } from '../office/use-cases';

export type RunSource = 'pane' | 'ribbon';

/** What changed in the workbook after an evaluation started: its result no longer shows the workbook as it is. */
export type OutdatedBy = 'settings' | 'revisions';

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
   * The settings were saved changed, or targets were revised: the result shown (or the one still running, which
   * read the workbook before) is marked as made before that. The next evaluation starts afresh.
   */
  markOutdated(reason: OutdatedBy): void;
}

export function createEvaluationRun(): EvaluationRun {
  let state: RunState = { kind: 'idle' };
  let inFlight: Promise<EvaluationOutcome> | null = null;
  /** Changes made while the evaluation in flight runs. */
  let changedWhileRunning: OutdatedBy[] = [];
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
      if (inFlight) {
        if (!changedWhileRunning.includes(reason)) changedWhileRunning.push(reason);
        return;
      }
      if (state.kind !== 'done' || state.outdatedBy?.includes(reason)) return;
      set({ ...state, outdatedBy: [...(state.outdatedBy ?? []), reason] });
    },
  };
}

/** The runtime's one evaluation (pane and ribbon). Tests create their own with createEvaluationRun(). */
export const sharedRun: EvaluationRun = createEvaluationRun();

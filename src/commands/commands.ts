/**
 * The ribbon's Evaluate button (ExecuteFunction → `evaluatePlan`). The add-in uses a shared runtime, so this
 * runs in the pane's page (taskpane.html loads this bundle too) and shares its services and its one evaluation:
 * a click while an evaluation runs (from the ribbon or the pane) is ignored, and the pane's button shows busy.
 *
 * How the outcome reaches the person. Excel has no notification API for add-in commands (Outlook's
 * notificationMessages has no Excel counterpart), and a dialog (displayDialogAsync) is a separate window
 * that takes focus, needs its own page and may be blocked as a pop-up in Excel on the web: too heavy for
 * "done". So:
 * - success: the summary sheets appear in the workbook (that is the visible result), and the pane's shared
 *   state holds the outcome, so opening the pane shows the headline, the delays and the cells to check;
 * - failure: `Office.addin.showAsTaskpane()` opens the pane, which already shows the error in plain words
 *   with the next step (e.g. a button that opens Settings). Opening the pane only on error keeps the button
 *   quick for the usual case.
 * `event.completed()` is always called (in finally), also for an ignored click, or Office shows the button as
 * still working.
 */
import type { AddinServices } from '../office/use-cases';
import { sharedRun, type EvaluationRun } from '../taskpane/evaluation-run';
import { officeServices } from '../taskpane/office-host';

export interface CommandDeps {
  readonly run: EvaluationRun;
  readonly services: () => AddinServices;
  readonly showPane: () => Promise<void>;
}

export function createEvaluateCommand(deps: CommandDeps): (event: { completed(): void }) => Promise<void> {
  return async (event) => {
    try {
      if (deps.run.isRunning()) return;
      const services = deps.services();
      await deps.run.start(services, () => services.loadSettings(), 'ribbon');
    } catch {
      // The error is in the shared state; the pane shows it in the catalogue's words.
      await deps.showPane().catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}

export const evaluatePlan = createEvaluateCommand({
  run: sharedRun,
  services: officeServices,
  showPane: () => Office.addin.showAsTaskpane(),
});

// Registered as the page loads, as Office requires for ExecuteFunction; outside Office (the preview) there is
// nothing to register with.
if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  try {
    Office.actions.associate('evaluatePlan', evaluatePlan);
  } catch {
    // A plain browser with office.js loaded has no add-in host to register with.
  }
}

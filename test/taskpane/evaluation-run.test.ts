/** @jest-environment jsdom */
import { DEFAULT_SETTINGS, type EvaluationOutcome } from '../../src/office/use-cases';
import { createEvaluationRun, type EvaluationRun, type OutdatedBy } from '../../src/taskpane/evaluation-run';
import { deferred, fakeServices, sampleOutcome } from './fixtures';

const settings = async () => DEFAULT_SETTINGS;

function outdatedBy(run: EvaluationRun): readonly OutdatedBy[] {
  const state = run.getState();
  return state.kind === 'done' ? (state.outdatedBy ?? []) : [];
}

async function evaluated(): Promise<EvaluationRun> {
  const run = createEvaluationRun();
  await run.start(fakeServices(), settings, 'pane');
  return run;
}

describe('what a result says is out of date after targets are revised or undone', () => {
  it('an Undo of a round the result was made with: the summary sheets still show it, which is not "not yet revised"', async () => {
    const run = await evaluated();
    run.targetsChanged({ kind: 'undone', batch: 3 });
    expect(outdatedBy(run)).toEqual(['undone']);
  });

  it('a round written after the result: not yet in it; undone again, the targets are as the result read them', async () => {
    const run = await evaluated();
    run.targetsChanged({ kind: 'applied', batch: 4 });
    run.targetsChanged({ kind: 'applied', batch: 5 });
    expect(outdatedBy(run)).toEqual(['revisions']);
    run.targetsChanged({ kind: 'undone', batch: 5 });
    expect(outdatedBy(run)).toEqual(['revisions']);
    run.targetsChanged({ kind: 'undone', batch: 4 });
    expect(outdatedBy(run)).toEqual([]);
    // Then an older round, which the result was made with.
    run.targetsChanged({ kind: 'undone', batch: 3 });
    expect(outdatedBy(run)).toEqual(['undone']);
  });

  it('keeps the settings mark whatever Undo does, and both marks where both are true', async () => {
    const run = await evaluated();
    run.markOutdated('settings');
    run.targetsChanged({ kind: 'undone', batch: 3 });
    run.targetsChanged({ kind: 'applied', batch: 4 });
    expect(outdatedBy(run)).toEqual(['settings', 'undone', 'revisions']);
  });

  it('a round written and undone while the evaluation ran, which it may have read: said as undone', async () => {
    const run = createEvaluationRun();
    const outcome = deferred<EvaluationOutcome>();
    const running = run.start(fakeServices({ evaluate: () => outcome.promise }), settings, 'pane');
    run.targetsChanged({ kind: 'applied', batch: 4 });
    run.targetsChanged({ kind: 'undone', batch: 4 });
    outcome.resolve(sampleOutcome());
    await running;
    expect(outdatedBy(run)).toEqual(['undone']);
  });

  it('a new evaluation starts afresh', async () => {
    const run = await evaluated();
    run.targetsChanged({ kind: 'applied', batch: 4 });
    await run.start(fakeServices(), settings, 'pane');
    expect(outdatedBy(run)).toEqual([]);
    // Round 4 is in this result: undoing it leaves the summary sheets showing it.
    run.targetsChanged({ kind: 'undone', batch: 4 });
    expect(outdatedBy(run)).toEqual(['undone']);
  });
});

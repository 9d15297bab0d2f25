import { createEvaluateCommand } from '../../src/commands/commands';
import { AddinError } from '../../src/office/use-cases';
import { createEvaluationRun } from '../../src/taskpane/evaluation-run';
import { fakeServices, sampleOutcome, steppedEvaluate } from './fixtures';

function event() {
  return { completed: jest.fn() };
}

describe('the ribbon’s Evaluate command', () => {
  it('evaluates with the saved settings without opening the pane, then completes', async () => {
    const services = fakeServices();
    const run = createEvaluationRun();
    const showPane = jest.fn(async () => undefined);
    const e = event();
    await createEvaluateCommand({ run, services: () => services, showPane })(e);
    expect(services.loadSettings).toHaveBeenCalledTimes(1);
    expect(services.evaluate).toHaveBeenCalledWith(await services.loadSettings.mock.results[0]!.value, expect.any(Function));
    expect(run.getState()).toMatchObject({ kind: 'done', source: 'ribbon' });
    expect(showPane).not.toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('ignores a second click while one runs, completing it at once', async () => {
    const stepped = steppedEvaluate(sampleOutcome());
    const services = fakeServices({ evaluate: stepped.fn });
    const run = createEvaluationRun();
    const command = createEvaluateCommand({ run, services: () => services, showPane: async () => undefined });
    const first = event();
    const firstDone = command(first);
    await new Promise((resolve) => setImmediate(resolve));
    expect(run.isRunning()).toBe(true);

    const second = event();
    await command(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(first.completed).not.toHaveBeenCalled();

    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      stepped.advance();
    }
    await firstDone;
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(services.evaluate).toHaveBeenCalledTimes(1);
  });

  it('opens the pane on an error (the pane shows it) and still completes', async () => {
    const services = fakeServices({ evaluate: async () => Promise.reject(new AddinError('protectedSheet', { sheet: '評価サマリー' })) });
    const run = createEvaluationRun();
    const showPane = jest.fn(async () => undefined);
    const e = event();
    await createEvaluateCommand({ run, services: () => services, showPane })(e);
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(run.getState()).toMatchObject({ kind: 'failed', source: 'ribbon' });
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes even when the pane cannot be shown', async () => {
    const services = fakeServices({ loadSettings: async () => Promise.reject(new AddinError('excelError', { detail: 'GeneralException' })) });
    const e = event();
    await createEvaluateCommand({ run: createEvaluationRun(), services: () => services, showPane: async () => Promise.reject(new Error('no shared runtime')) })(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

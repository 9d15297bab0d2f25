/**
 * Evaluate: the button, the phases while it runs, then the headline, the initiatives and the cells to check.
 * The state lives in the shared EvaluationRun, so a run started from the ribbon shows here too. A result made before
 * the settings were saved changed, or before targets were revised, says so and offers to evaluate again.
 * @jsxRuntime automatic
 */
import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens, useAnnounce,
} from '@fluentui/react-components';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { headline } from '../../core/messages';
import type { AddinServices, PlanSettings } from '../../office/use-cases';
import type { EvaluationRun } from '../evaluation-run';
import { useText } from '../text-context';
import { EmptyState } from './EmptyState';
import { ErrorBar } from './ErrorBar';
import { Progress } from './Progress';
import { Results } from './Results';

export interface EvaluateViewProps {
  readonly services: AddinServices;
  readonly run: EvaluationRun;
  readonly settings: () => Promise<PlanSettings>;
  readonly onOpenSettings: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  button: { alignSelf: 'flex-start', minWidth: '120px' },
});

export function EvaluateView({ services, run, settings, onOpenSettings }: EvaluateViewProps): JSX.Element {
  const styles = useStyles();
  const { lang, t } = useText();
  const { announce } = useAnnounce();
  const state = useSyncExternalStore(run.subscribe, run.getState, run.getState);
  const running = state.kind === 'running';

  // The progress region goes when the run ends: say once, politely, that it has finished and what it found
  // (an error is said by its ErrorBar, assertively). Only an outcome that arrives while the view is open is
  // announced, from the pane or the ribbon; not one already there when the view opens.
  const lastState = useRef(state);
  useEffect(() => {
    const last = lastState.current;
    if (state === last) return;
    lastState.current = state;
    // A result marked out of date afterwards is the same result: not said again.
    if (state.kind === 'done' && !(last.kind === 'done' && last.outcome === state.outcome)) {
      announce(t('ui.evaluate.done', { headline: headline(lang, state.outcome.evaluation.counts) }), { polite: true });
    }
  }, [state, announce, lang, t]);

  // Dismissing an error removes the button that had the keyboard: it goes back to Evaluate, not to the page's top.
  const evaluateButton = useRef<HTMLButtonElement>(null);
  const dismissError = (): void => {
    run.clear();
    evaluateButton.current?.focus();
  };

  const evaluate = (): void => {
    if (run.isRunning()) return;
    // The outcome and any error arrive through the run's state; nothing to do with the promise here.
    run.start(services, settings, 'pane').catch(() => undefined);
  };

  return (
    <div className={styles.root}>
      <Button
        ref={evaluateButton}
        appearance="primary"
        size="large"
        className={styles.button}
        disabledFocusable={running}
        aria-describedby={running ? 'ape-progress-text' : undefined}
        onClick={evaluate}
      >
        {running ? t('ui.evaluate.busy') : t('ui.evaluate.button')}
      </Button>
      {state.kind === 'idle' && <EmptyState />}
      {state.kind === 'running' && <Progress phase={state.phase} />}
      {state.kind === 'failed' && <ErrorBar error={state.error} onOpenSettings={onOpenSettings} onDismiss={dismissError} />}
      {state.kind === 'done' && (state.outdatedBy ?? []).length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="result-outdated">
          <MessageBarBody>
            <MessageBarTitle>{t('ui.result.outdatedTitle')}</MessageBarTitle>
            {(state.outdatedBy ?? []).map((reason) => (
              <span key={reason}> {t(`ui.result.outdated.${reason}`)}</span>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={evaluate}>{t('ui.evaluate.again')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kind === 'done' && <Results outcome={state.outcome} services={services} fromRibbon={state.source === 'ribbon'} />}
    </div>
  );
}

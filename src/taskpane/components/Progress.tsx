/**
 * While an evaluation runs: reading → judging → writing, as a bar and as words a screen reader announces.
 * @jsxRuntime automatic
 */
import { Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Phase } from '../../office/use-cases';
import type { UiKey } from '../../core/messages-ui';
import { useText } from '../text-context';

const STEPS: readonly Exclude<Phase, 'done'>[] = ['reading', 'judging', 'writing'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function Progress({ phase }: { readonly phase: Phase }): JSX.Element {
  const styles = useStyles();
  const { t } = useText();
  const step = phase === 'done' ? STEPS.length : STEPS.indexOf(phase) + 1;
  const label = t(`ui.phase.${phase}` as UiKey);
  const text = t('ui.phase.step', { label, step, of: STEPS.length });
  return (
    <div className={styles.root}>
      <Field label={t('ui.progress.label')}>
        <ProgressBar value={phase === 'done' ? 1 : (step - 0.5) / STEPS.length} max={1} thickness="large" aria-describedby="ape-progress-text" />
      </Field>
      <Text id="ape-progress-text" role="status">{text}</Text>
    </div>
  );
}

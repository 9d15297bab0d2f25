/**
 * Before the first run: what the Evaluate button does.
 * @jsxRuntime automatic
 */
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useText } from '../text-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function EmptyState(): JSX.Element {
  const styles = useStyles();
  const { t } = useText();
  return (
    <div className={styles.root}>
      <Body1 as="p" block>{t('ui.evaluate.empty')}</Body1>
      <Caption1 as="p" block className={styles.hint}>{t('ui.evaluate.emptyHint')}</Caption1>
    </div>
  );
}

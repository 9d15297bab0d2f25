/**
 * The cells to check: each is a button (Enter/Space/click) that selects its cell in the plan sheet. A page at a time,
 * as the initiatives: a large plan can have thousands.
 * @jsxRuntime automatic
 */
import { Badge, Button, Caption1, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { formatNumber } from '../../core/format-quantity';
import { message, problemMessage, severityLabel } from '../../core/messages';
import type { Problem, Severity } from '../../core/model';
import { useText } from '../text-context';
import { ShowMore, usePage } from './ShowMore';

const BADGE: Readonly<Record<Severity, BadgeProps['color']>> = { error: 'danger', warning: 'warning', info: 'informative' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  button: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: '3.5em' },
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly onSelectCell: (cell: string) => void;
}

export function ProblemList({ problems, onSelectCell }: ProblemListProps): JSX.Element {
  const styles = useStyles();
  const { lang, t } = useText();
  const { shown, total, showMore } = usePage(problems);
  return (
    <section className={styles.root} aria-labelledby="ape-problems-title">
      <Text as="h2" block id="ape-problems-title" size={400} weight="semibold">{message(lang, 'check.title', { count: formatNumber(problems.length) })}</Text>
      {problems.length === 0 ? (
        <Text>{message(lang, 'check.none')}</Text>
      ) : (
        <>
          <Caption1 className={styles.hint}>{t('ui.problems.hint')}</Caption1>
          <ul className={styles.list} aria-labelledby="ape-problems-title">
            {shown.map((p, index) => {
              const text = problemMessage(lang, p);
              return (
                <li key={`${p.cell}-${p.code}-${index}`}>
                  <Button
                    appearance="subtle"
                    className={styles.button}
                    onClick={() => onSelectCell(p.cell)}
                    data-cell={p.cell}
                  >
                    <span className={styles.cell}>{p.cell}</span>
                    <span className={styles.text}>
                      <Badge appearance="tint" color={BADGE[p.severity]} shape="rounded" size="small">{severityLabel(lang, p.severity)}</Badge>
                      <span>{text}</span>
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
          <ShowMore shown={shown.length} total={total} onShowMore={showMore} testId="problems" listTitleId="ape-problems-title" />
        </>
      )}
    </section>
  );
}

/**
 * The report's sentence (headline.full) and the four counts as big numbers.
 * @jsxRuntime automatic
 */
import { Body1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../core/format-quantity';
import { headline } from '../../core/messages';
import type { Counts } from '../../core/model';
import type { UiKey } from '../../core/messages-ui';
import { useText } from '../text-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sentence: { margin: 0 },
  counts: {
    display: 'grid',
    // Two by two in a narrow pane, four in a row in a wide one: "10,000" fits its card either way.
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  count: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
  },
  onTrack: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  delayed: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  unknown: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  longNumber: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

type CountName = 'total' | 'onTrack' | 'delayed' | 'unknown';
const NAMES: readonly CountName[] = ['total', 'onTrack', 'delayed', 'unknown'];

export function Headline({ counts }: { readonly counts: Counts }): JSX.Element {
  const styles = useStyles();
  const { lang, t } = useText();
  return (
    <div className={styles.root}>
      <Body1 as="p" block className={styles.sentence} data-testid="headline">{headline(lang, counts)}</Body1>
      <ul className={styles.counts} aria-label={t('ui.result.title')}>
        {NAMES.map((name) => (
          <li key={name} className={`${styles.count} ${name === 'total' ? '' : styles[name]}`} data-count={name}>
            <span className={mergeClasses(styles.number, counts[name] >= 100_000 && styles.longNumber)}>{formatNumber(counts[name])}</span>
            <span className={styles.label}>
              {t(`ui.count.${name}` as UiKey)}
              {name === 'onTrack' && counts.achieved > 0 && ` · ${t('ui.count.achieved', { count: formatNumber(counts.achieved) })}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

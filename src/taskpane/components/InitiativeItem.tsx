/**
 * One initiative: name, status, rate; a delayed one shows its recorded cause (or a visible "cause missing"
 * mark) and its next steps. Its button selects the cell behind it (the cause, else the first actual).
 * @jsxRuntime automatic
 */
import { Badge, Button, Caption1, Text, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import { causeLabel, statusLabel } from '../../core/messages';
import type { InitiativeResult, Status } from '../../core/model';
import { hasSuspectValue } from '../../core/suspect-values';
import { useText } from '../text-context';

const BADGE: Readonly<Record<Status, BadgeProps['color']>> = {
  achieved: 'success',
  'on-track': 'success',
  delayed: 'danger',
  unknown: 'warning',
};

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  delayed: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorderActive}` },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  block: { display: 'flex', flexDirection: 'column', margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  detail: { margin: 0, whiteSpace: 'pre-wrap' },
  missing: { alignSelf: 'flex-start' },
  // The status must read whole at the pane's narrowest: the name wraps instead.
  status: { flexShrink: 0, whiteSpace: 'nowrap' },
  cellButton: { alignSelf: 'flex-start', minWidth: 0 },
});

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** The cell worth looking at for this initiative: its cause, else its first actual. */
function cellOf(i: InitiativeResult): string | null {
  return i.causeCell ?? i.indicators[0]?.actualCell ?? null;
}

export interface InitiativeItemProps {
  readonly initiative: InitiativeResult;
  readonly onSelectCell: (cell: string) => void;
}

export function InitiativeItem({ initiative: i, onSelectCell }: InitiativeItemProps): JSX.Element {
  const styles = useStyles();
  const { lang, t } = useText();
  const cell = cellOf(i);
  const spokenName = i.name.replace(/\s+/gu, ' ').trim();
  // A rate from a value that looks mistyped is not shown as a result, as the sheets do not show it.
  const rate = i.rate === null ? null : hasSuspectValue(i) ? t('ui.item.rateToCheck') : t('ui.item.rate', { rate: percent(i.rate) });
  const meta = [i.pillar, t('ui.item.row', { row: i.row }), rate, i.qualitative ? t('ui.item.qualitative') : null]
    .filter((part): part is string => Boolean(part))
    .join(' · ');

  return (
    <li className={mergeClasses(styles.item, i.status === 'delayed' && styles.delayed)} data-status={i.status}>
      <div className={styles.top}>
        <Text className={styles.name}>{i.name}</Text>
        <Badge appearance="tint" color={BADGE[i.status]} shape="rounded" className={styles.status}>
          {i.grade && i.grade !== statusLabel(lang, i.status) ? t('ui.item.statusGrade', { status: statusLabel(lang, i.status), grade: i.grade }) : statusLabel(lang, i.status)}
        </Badge>
      </div>
      <Caption1 className={styles.meta}>{meta}</Caption1>
      {i.status === 'delayed' && (
        <dl className={styles.block}>
          <dt className={styles.term}>
            {i.causeCategory ? t('ui.item.causeWithCategory', { category: causeLabel(lang, i.causeCategory) }) : t('ui.item.cause')}
          </dt>
          <dd className={styles.detail}>
            {i.cause ?? (
              <Badge appearance="filled" color="danger" className={styles.missing} data-testid="cause-missing">
                {t('ui.item.causeMissing')}
              </Badge>
            )}
          </dd>
          {i.nextSteps && (
            <>
              <dt className={styles.term}>{t('ui.item.nextSteps')}</dt>
              <dd className={styles.detail}>{i.nextSteps}</dd>
            </>
          )}
        </dl>
      )}
      {cell && (
        // Many initiatives each have a "G8 を選択": the name, heard out of the card's context (a screen reader's
        // list of buttons), says which one; it starts with the visible words, so speaking them still finds it.
        <Button
          size="small"
          appearance="subtle"
          className={styles.cellButton}
          aria-label={spokenName ? t('ui.item.showCellFor', { cell, name: spokenName }) : undefined}
          onClick={() => onSelectCell(cell)}
        >
          {t('ui.item.showCell', { cell })}
        </Button>
      )}
    </li>
  );
}

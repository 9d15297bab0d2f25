/**
 * The initiatives, delayed first, filterable by status (All, Delayed, On track, Unknown), a page at a time: a plan of
 * ten thousand initiatives drawn whole would hold the pane still for seconds.
 * @jsxRuntime automatic
 */
import { Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { formatNumber } from '../../core/format-quantity';
import type { InitiativeResult, Status } from '../../core/model';
import type { UiKey } from '../../core/messages-ui';
import { useText } from '../text-context';
import { InitiativeItem } from './InitiativeItem';
import { ShowMore, usePage } from './ShowMore';

export type StatusFilter = 'all' | 'delayed' | 'onTrack' | 'unknown';
export const FILTERS: readonly StatusFilter[] = ['all', 'delayed', 'onTrack', 'unknown'];

const ORDER: Readonly<Record<Status, number>> = { delayed: 0, unknown: 1, 'on-track': 2, achieved: 3 };

export function matches(filter: StatusFilter, status: Status): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'delayed':
      return status === 'delayed';
    case 'onTrack':
      return status === 'on-track' || status === 'achieved';
    case 'unknown':
      return status === 'unknown';
  }
}

/** Delayed first, then unknown, then on track and achieved; by sheet row within each. */
export function delayedFirst(initiatives: readonly InitiativeResult[]): InitiativeResult[] {
  return [...initiatives].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.row - b.row);
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface InitiativeListProps {
  readonly initiatives: readonly InitiativeResult[];
  readonly onSelectCell: (cell: string) => void;
}

export function InitiativeList({ initiatives, onSelectCell }: InitiativeListProps): JSX.Element {
  const styles = useStyles();
  const { t } = useText();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const sorted = useMemo(() => delayedFirst(initiatives), [initiatives]);
  const counts = useMemo(() => new Map(FILTERS.map((f) => [f, sorted.filter((i) => matches(f, i.status)).length])), [sorted]);
  const matching = useMemo(() => sorted.filter((i) => matches(filter, i.status)), [sorted, filter]);
  // A new result or another filter makes a new `matching`, which starts again at the first page.
  const { shown, total, showMore } = usePage(matching);

  return (
    <section className={styles.root} aria-labelledby="ape-initiatives-title">
      <Text as="h2" block id="ape-initiatives-title" size={400} weight="semibold">{t('ui.list.title')}</Text>
      <div role="group" aria-label={t('ui.filter.label')} className={styles.filters}>
        {FILTERS.map((f) => (
          <ToggleButton key={f} size="small" checked={filter === f} onClick={() => setFilter(f)} data-filter={f}>
            {t('ui.filter.option', { label: t(`ui.filter.${f}` as UiKey), count: formatNumber(counts.get(f) ?? 0) })}
          </ToggleButton>
        ))}
      </div>
      {shown.length === 0 ? (
        <Text>{t('ui.list.empty')}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby="ape-initiatives-title">
          {shown.map((i) => (
            <InitiativeItem key={i.row} initiative={i} onSelectCell={onSelectCell} />
          ))}
        </ul>
      )}
      <ShowMore shown={shown.length} total={total} onShowMore={showMore} testId="list" listTitleId="ape-initiatives-title" />
    </section>
  );
}

/**
 * A long list drawn a page at a time: the first page, then one more at each "show more", with a status line saying
 * how many are drawn. A plan of ten thousand initiatives, or its thousands of problems, drawn whole would hold the
 * pane still for seconds.
 * @jsxRuntime automatic
 */
import { Button, Text, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../core/format-quantity';
import { useText } from '../text-context';

/** Items drawn at first, and added by each "show more". */
export const PAGE_SIZE = 100;

export interface Page<T> {
  readonly shown: readonly T[];
  readonly total: number;
  readonly showMore: () => void;
}

/**
 * The first pages of `items`. Other items (a new result, another filter) start again at the first page, already
 * in the render that brings them, so a long page of the old items is never drawn for the new ones. `items` must keep
 * its identity between renders (a prop or a memo), or every render would start again.
 */
export function usePage<T>(items: readonly T[]): Page<T> {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [pagedItems, setPagedItems] = useState(items);
  if (pagedItems !== items) {
    setPagedItems(items);
    setLimit(PAGE_SIZE);
  }
  return {
    shown: items.slice(0, limit),
    total: items.length,
    showMore: () => setLimit((n) => n + PAGE_SIZE),
  };
}

const useStyles = makeStyles({
  more: { alignSelf: 'flex-start' },
});

export interface ShowMoreProps {
  readonly shown: number;
  readonly total: number;
  readonly onShowMore: () => void;
  /** Names the status line `${testId}-shown` and the button `${testId}-more`. */
  readonly testId: string;
  /** The id of the list's heading: with two lists paged, their buttons read alike, and the heading tells them apart. */
  readonly listTitleId: string;
}

/** The status line and the "show more" button, to go just after the list they page. */
export function ShowMore({ shown, total, onShowMore, testId, listTitleId }: ShowMoreProps): JSX.Element | null {
  const styles = useStyles();
  const { t } = useText();
  const statusRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusStatusWhenAllShown = useRef(false);
  const rest = total - shown;

  // The last page takes the button away: the keyboard that pressed it goes to the status line in its place, not to
  // the top of the page.
  useEffect(() => {
    if (rest === 0 && focusStatusWhenAllShown.current) statusRef.current?.focus();
    focusStatusWhenAllShown.current = false;
  }, [rest]);

  const showMore = (): void => {
    focusStatusWhenAllShown.current = rest <= PAGE_SIZE && document.activeElement === buttonRef.current;
    onShowMore();
  };

  if (total <= PAGE_SIZE) return null;
  return (
    <>
      {/* How many are drawn, said as more are: the items go in above the button, out of a screen reader's way. */}
      <Text ref={statusRef} tabIndex={-1} role="status" aria-live="polite" data-testid={`${testId}-shown`}>
        {t('ui.list.shown', { shown: formatNumber(shown), total: formatNumber(total) })}
      </Text>
      {rest > 0 && (
        <Button ref={buttonRef} className={styles.more} onClick={showMore} aria-describedby={listTitleId} data-testid={`${testId}-more`}>
          {t('ui.list.more', { count: formatNumber(Math.min(rest, PAGE_SIZE)), rest: formatNumber(rest) })}
        </Button>
      )}
    </>
  );
}

/**
 * The pane's two live regions, always in the page so that what is put in them is spoken: a polite status (an
 * evaluation has finished) and an assertive alert (an error). They stand behind Fluent's announce context, so a
 * MessageBar's own announcement (`politeness`: ErrorBar's "assertive") reaches a screen reader; without a
 * provider, Fluent's `announce` does nothing. Fluent's AriaLiveAnnouncer is not used: its live-region fallback
 * speaks every message assertively.
 * @jsxRuntime automatic
 */
import { AnnounceProvider, makeStyles, type AnnounceContextValue } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

type AnnounceOptions = Parameters<AnnounceContextValue['announce']>[1];

interface Spoken {
  readonly id: number;
  readonly text: string;
}

/** How long a message stays in its region (long enough for any screen reader to read it out, then gone). */
export const SPOKEN_FOR_MS = 7_000;

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Fluent's announce options → the region: an alert (or a priority above the default) is assertive, the rest polite. */
export function politenessOf(options: AnnounceOptions = {}): 'polite' | 'assertive' {
  return options.alert || (!options.polite && (options.priority ?? 1) > 1) ? 'assertive' : 'polite';
}

export function LiveRegions({ children }: { readonly children: ReactNode }): JSX.Element {
  const styles = useStyles();
  const [polite, setPolite] = useState<readonly Spoken[]>([]);
  const [assertive, setAssertive] = useState<readonly Spoken[]>([]);
  const next = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  // Stable: a MessageBar announces again whenever this function changes.
  const announce = useCallback((message: string, options?: AnnounceOptions): void => {
    const text = message.trim();
    if (text === '') return;
    const spoken: Spoken = { id: ++next.current, text };
    const set = politenessOf(options) === 'assertive' ? setAssertive : setPolite;
    // A new element for every message: the same words said twice are still a change the screen reader hears.
    set((list) => [...list, spoken]);
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      set((list) => list.filter((s) => s.id !== spoken.id));
    }, SPOKEN_FOR_MS);
    timers.current.add(timer);
  }, []);
  const value = useMemo<AnnounceContextValue>(() => ({ announce }), [announce]);

  return (
    <AnnounceProvider value={value}>
      {children}
      <div className={styles.hidden} role="status" aria-live="polite" data-live="polite">
        {polite.map((s) => <div key={s.id}>{s.text}</div>)}
      </div>
      <div className={styles.hidden} role="alert" aria-live="assertive" data-live="assertive">
        {assertive.map((s) => <div key={s.id}>{s.text}</div>)}
      </div>
    </AnnounceProvider>
  );
}

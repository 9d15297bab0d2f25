/**
 * Revise targets: next years' targets of the plan (services.revisionSlots), each with this year's result and a
 * suggestion; planners type new values (validated live with parseTypedValue) and reasons, Apply writes the changed
 * rows (services.applyRevisions), Undo takes back the last batch (services.undoLastRevision).
 * The view stays mounted while another tab is shown, so what was typed is kept; coming back, it reads the targets
 * again, and what was typed for a target no longer there is listed in a warning rather than silently dropped.
 * @jsxRuntime automatic
 */
import {
  Badge, Body1, Button, Caption1, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { formatNumber } from '../../core/format-quantity';
import type { Revision } from '../../core/revise/history';
import type { Direction } from '../../core/quantity-types';
import type { PlannedChange, TargetSlot } from '../../core/revise/slots';
import { isFormula, rewriteSlot, targetShown, withUnit } from '../../core/revise/cell-shown';
import { inCellUnit, parseTypedValue, sameSide, typedBound, yearLabel, type RewriteRefusal, type TypedValue } from '../../core/revise/typed-value';
import { isFormulaCellsError, refusalCode, type AddinServices, type FormulaCell, type PlanSettings, type RevisionSheet } from '../../office/use-cases';
import { errorText } from '../error-text';
import type { TargetsChange } from '../evaluation-run';
import type { Translate } from '../t';
import { useText } from '../text-context';
import { ErrorBar } from './ErrorBar';

/** A reason is a sentence or two for the history: a limit well inside what one Excel cell holds. */
const REASON_MAX_LENGTH = 1_000;

export interface ReviseViewProps {
  readonly services: AddinServices;
  /** The settings the pane holds (the stored ones), read when the view opens and on Reload. */
  readonly settings: () => Promise<PlanSettings>;
  readonly onOpenSettings: () => void;
  /** Whether the view is the one shown (default true); shown again, it reads the targets again. */
  readonly active?: boolean;
  /** Told after revisions were written or undone: the workbook's targets changed. */
  readonly onChanged?: (change: TargetsChange) => void;
}

/** What a person typed for one slot. */
export interface Entry {
  readonly value: string;
  readonly reason: string;
}

const NO_ENTRY: Entry = { value: '', reason: '' };

/** One row's typed value, judged: nothing typed, unreadable, the same as now, or a change to write. */
export type EntryCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly key: `typed.${Extract<TypedValue, { ok: false }>['reason']}` }
  | { readonly kind: 'otherUnit'; readonly typed: string; readonly unit: string }
  /** Typed in the indicator's own unit, a part of the cell's ("8,500枚" for a cell in 千枚): `converted` in the cell's. */
  | { readonly kind: 'notWhole'; readonly typed: string; readonly converted: number }
  /** A bound typed that is not the target's own ("以下" for a target of 以上): only the number is ever written. */
  | { readonly kind: 'otherDirection'; readonly typed: string; readonly direction: Direction }
  | { readonly kind: 'notWritable'; readonly reason: RewriteRefusal }
  | { readonly kind: 'same'; readonly value: number }
  /** `boundNotWritten`: a bound typed with the value, the target's own, that the new cell does not write ("以上" typed for "2万枚"). */
  | { readonly kind: 'change'; readonly value: number; readonly written: string; readonly caution: Caution | null; readonly boundNotWritten: string | null };

/**
 * A change that eases the target: below the current one, or already met by this year's actual (above them where
 * lower is better). Written all the same, but said, so that it is meant.
 */
export type Caution = 'easierThanCurrent' | 'metByActual';

function cautionFor(slot: TargetSlot, value: number): Caution | null {
  const higherIsBetter = slot.direction === 'atLeast' || slot.direction === 'moreThan';
  const eases = (than: number): boolean => (higherIsBetter ? value < than : value > than);
  // Equal to the actual keeps this year's level (the suggestion after a target passed): not said.
  if (slot.actual !== null && !eases(slot.current) && eases(slot.actual)) return 'metByActual';
  return eases(slot.current) ? 'easierThanCurrent' : null;
}

/**
 * A reason without a value asks for the value; a value is read as planners type it ("6.7万", "６７，０００") in the
 * unit the cell counts (a number in 千枚 where the unit column says so, or converted from 枚); a change is checked
 * against the cell, so a target the cell does not say where to write is flagged here.
 */
export function checkEntry(slot: TargetSlot, entry: Entry): EntryCheck {
  if (entry.value.trim() === '' && entry.reason.trim() === '') return { kind: 'none' };
  const parsed: TypedValue = parseTypedValue(entry.value);
  if (!parsed.ok) return { kind: 'invalid', key: `typed.${parsed.reason}` };
  const typed = inCellUnit(parsed, slot);
  // "70業務" for a target counted in 枚: never written as 70枚.
  if (!typed.ok && typed.reason === 'otherUnit') return { kind: 'otherUnit', typed: parsed.unit, unit: slot.unit ?? '' };
  if (!typed.ok) return { kind: 'notWhole', typed: entry.value.trim(), converted: typed.value };
  // Only the number is written, the cell keeps its own words: a bound typed against the target's is not let go unsaid.
  const bound = typedBound(parsed.unit);
  if (bound !== null && !sameSide(bound.direction, slot.direction)) return { kind: 'otherDirection', typed: bound.word, direction: slot.direction };
  if (typed.value === slot.current) return { kind: 'same', value: typed.value };
  const rewritten = rewriteSlot(slot, slot.read, typed.value);
  if (!rewritten.ok) return { kind: 'notWritable', reason: rewritten.reason };
  const written = targetShown(slot, rewritten.value) || formatNumber(typed.value);
  const boundNotWritten = bound !== null && !written.includes(bound.word) ? bound.word : null;
  return { kind: 'change', value: typed.value, written, caution: cautionFor(slot, typed.value), boundNotWritten };
}

/** A value for a slot as its cell would show it ("6.2万枚" in a cell that writes "2万枚", "8,500千枚"), or null when it cannot. */
function writtenAs(slot: TargetSlot, value: number): string | null {
  const rewritten = rewriteSlot(slot, slot.read, value);
  const written = rewritten.ok ? targetShown(slot, rewritten.value) : '';
  return written === '' ? null : written;
}

/** "62,000枚", "490 meetings", "75%", as the targets are shown; a missing value says so. */
function amount(value: number | null, unit: string | null, t: Translate): string {
  return value === null ? t('ui.revise.notMeasured') : withUnit(formatNumber(value), unit);
}

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

type Notice =
  | { readonly kind: 'applied'; readonly sheet: string; readonly cells: readonly string[]; readonly batch: number; readonly historySheet: string }
  | { readonly kind: 'undone'; readonly cells: readonly string[]; readonly batch: number }
  | { readonly kind: 'nothingToUndo' };

type Busy = null | 'applying' | 'undoing';

/** What was typed for a target that a reload no longer found: shown so it can be entered again. */
interface DroppedEntry {
  readonly key: number;
  readonly indicator: string;
  readonly year: TargetSlot['year'];
  readonly entry: Entry;
}

const typedSomething = (entry: Entry): boolean => entry.value.trim() !== '' || entry.reason.trim() !== '';

/**
 * The typed entries a new reading of the targets can keep: those whose target is still there, on the same sheet,
 * for the same indicator and year. The others are returned as dropped (entries left empty are simply let go).
 */
function carryEntries(
  entries: Readonly<Record<string, Entry>>,
  before: RevisionSheet | null,
  after: RevisionSheet,
): { readonly kept: Record<string, Entry>; readonly dropped: readonly Omit<DroppedEntry, 'key'>[] } {
  const kept: Record<string, Entry> = {};
  const dropped: Omit<DroppedEntry, 'key'>[] = [];
  const now = new Map(after.slots.map((slot) => [slot.id, slot]));
  for (const [id, entry] of Object.entries(entries)) {
    if (!typedSomething(entry)) continue;
    const was = before?.slots.find((slot) => slot.id === id);
    const is = now.get(id);
    const same = is !== undefined && (was === undefined || (before?.sheet === after.sheet && was.indicator === is.indicator && was.initiative === is.initiative && was.year === is.year));
    if (same) kept[id] = entry;
    else if (was) dropped.push({ indicator: was.indicator, year: was.year, entry });
  }
  return { kept, dropped };
}

/**
 * Below this pane width the rows become cards. The table needs about 635 px of pane in English and 600 px in
 * Japanese (measured in Chromium with the example plan: seven columns, two text boxes of 8em, the amounts kept
 * on one line, the pane's padding); the breakpoint leaves room for longer units and values than the example's.
 */
export const REVISE_TABLE_MIN_PANE_WIDTH = 720;
const NARROW = `@media (max-width: ${REVISE_TABLE_MIN_PANE_WIDTH - 1}px)`;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  pending: { flexBasis: '100%' },
  droppedList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    [NARROW]: { display: 'block' },
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
    [NARROW]: { display: 'block' },
  },
  // On a narrow pane the rows become cards: the column headers stay for screen readers, each cell shows its own label.
  head: {
    [NARROW]: {
      position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap',
    },
  },
  body: { [NARROW]: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      // The year and the current target share a line although the full-width results come between them.
      gridAutoFlow: 'row dense',
      gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      padding: tokens.spacingHorizontalS,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  delayedRow: { [NARROW]: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorderActive}` } },
  delayedCell: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorderActive}`, [NARROW]: { borderLeft: 'none' } },
  headerCell: {
    textAlign: 'start',
    verticalAlign: 'bottom',
    padding: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  /** The text boxes' columns grow with a wider pane (up to the boxes' 16em), never below the boxes' 8em. */
  entryColumn: { width: '18%' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
    [NARROW]: { display: 'block', padding: 0 },
  },
  /** On a narrow pane, a cell that takes the card's whole width (the others sit two to a line). */
  wide: { [NARROW]: { gridColumn: '1 / -1' } },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  cellLabel: {
    display: 'none',
    [NARROW]: { display: 'block', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  },
  indicator: { fontWeight: tokens.fontWeightSemibold },
  /** This year's target, actual and rate: one under the other in a table cell, on one wrapping line in a card. */
  results: {
    display: 'flex',
    flexDirection: 'column',
    [NARROW]: { flexDirection: 'row', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  },
  value: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
  input: { minWidth: '8em', width: '100%', maxWidth: '16em', [NARROW]: { maxWidth: 'none' } },
  // The text box inside takes the width its frame gives it: left to itself, an <input> asks for about 20
  // characters, which made the Reason column the table's widest and pushed the table past the pane.
  inputText: { width: 0 },
});

export function ReviseView({ services, settings, onOpenSettings, active = true, onChanged }: ReviseViewProps): JSX.Element {
  const styles = useStyles();
  const { lang, t } = useText();
  const [data, setData] = useState<RevisionSheet | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [entries, setEntries] = useState<Readonly<Record<string, Entry>>>({});
  // The entries and the targets as last set, read after an await (a render may not have happened since).
  const entriesRef = useRef<Readonly<Record<string, Entry>>>({});
  const dataRef = useRef<RevisionSheet | null>(null);
  const writeEntries = useCallback((next: Readonly<Record<string, Entry>>): void => {
    entriesRef.current = next;
    setEntries(next);
  }, []);
  const [dropped, setDropped] = useState<readonly DroppedEntry[]>([]);
  const droppedKey = useRef(0);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [actionError, setActionError] = useState<{ readonly error: unknown; readonly during: 'apply' | 'undo' } | null>(null);
  // Undo restores cells someone may have revised for good reason: what it takes back is shown and confirmed first.
  const [confirmingUndo, setConfirmingUndo] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  // Target cells holding formulas, as Apply found them: replaced by values only once the planner agrees.
  const [formulaCells, setFormulaCells] = useState<readonly FormulaCell[] | null>(null);
  const applyButton = useRef<HTMLButtonElement>(null);

  // The settings callback changes identity when the stored settings arrive; the slots are read on open and on
  // Reload only, with whatever the pane holds then.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const generation = useRef(0);
  const mounted = useRef(true);
  // Set before the first await: a second press in the same task (before the busy state renders) starts nothing.
  const acting = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const load = useCallback(async (): Promise<void> => {
    const mine = ++generation.current;
    const current = (): boolean => mounted.current && mine === generation.current;
    setLoading(true);
    try {
      const sheet = await services.revisionSlots(await settingsRef.current());
      if (!current()) return;
      // What was typed stays for the targets still there (after a conflict, the person need not type it again);
      // what was typed for a target that is gone is listed, not silently dropped.
      const { kept, dropped: lost } = carryEntries(entriesRef.current, dataRef.current, sheet);
      dataRef.current = sheet;
      // A confirmation names the round or the formulas read before: the targets read again may hold others.
      setConfirmingUndo(false);
      setFormulaCells(null);
      setData(sheet);
      setLoadError(null);
      writeEntries(kept);
      if (lost.length > 0) setDropped((previous) => [...previous, ...lost.map((d) => ({ ...d, key: ++droppedKey.current }))]);
    } catch (error) {
      if (!current()) return;
      // With something typed, the targets read before stay on screen with what was typed (Apply checks the cells
      // again before writing); with nothing typed there is nothing to keep.
      if (!Object.values(entriesRef.current).some(typedSomething)) {
        dataRef.current = null;
        setData(null);
      }
      setLoadError(error);
    } finally {
      if (current()) setLoading(false);
    }
  }, [services, writeEntries]);

  useEffect(() => {
    void load();
  }, [load]);

  // Shown again after another tab: the workbook may have changed meanwhile (or the settings, the sheet).
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current && !acting.current) void load();
    wasActive.current = active;
  }, [active, load]);

  const slots = data?.slots ?? [];
  const checks = new Map(slots.map((slot) => [slot.id, checkEntry(slot, entries[slot.id] ?? NO_ENTRY)]));
  const changes: PlannedChange[] = [];
  for (const slot of slots) {
    const check = checks.get(slot.id);
    if (check?.kind === 'change') changes.push({ slot, value: check.value, reason: (entries[slot.id]?.reason ?? '').trim() });
  }
  const invalid = [...checks.values()].some((c) => c.kind === 'invalid' || c.kind === 'otherUnit' || c.kind === 'notWhole' || c.kind === 'otherDirection' || c.kind === 'notWritable');
  const idle = busy === null && !loading;
  const canApply = idle && data !== null && changes.length > 0 && !invalid;

  const edit = (id: string, patch: Partial<Entry>): void => {
    const previous = entriesRef.current;
    writeEntries({ ...previous, [id]: { ...(previous[id] ?? NO_ENTRY), ...patch } });
  };

  const reload = (): void => {
    if (busy !== null) return;
    setActionError(null);
    setNotice(null);
    void load();
  };

  /** `replacing`: the formulas the planner agreed to see replaced by the new targets' values. */
  const apply = async (replacing?: readonly FormulaCell[]): Promise<void> => {
    setFormulaCells(null);
    if (!canApply || data === null || acting.current) return;
    acting.current = true;
    setBusy('applying');
    setActionError(null);
    setNotice(null);
    try {
      const result = await services.applyRevisions(data.sheet, changes, data.lang, replacing);
      if (!mounted.current) return;
      writeEntries({});
      setNotice({ kind: 'applied', sheet: data.sheet, cells: result.cells, batch: result.batch, historySheet: result.historySheet });
      onChanged?.({ kind: 'applied', batch: result.batch });
      await load();
    } catch (error) {
      if (!mounted.current) return;
      // Nothing was written: a question to put to the planner, not a failure.
      if (isFormulaCellsError(error)) setFormulaCells(error.formulas);
      else setActionError({ error, during: 'apply' });
    } finally {
      acting.current = false;
      if (mounted.current) setBusy(null);
    }
  };

  // Each change to a cell holding a formula, with the value that takes the formula's place.
  const replaced = (formulaCells ?? []).flatMap((f) => changes.filter((c) => c.slot.cell === f.cell).map((change) => ({ change, formula: f.formula })));

  const undoable = data?.undoable ?? [];
  const undo = async (): Promise<void> => {
    setConfirmingUndo(false);
    if (!idle || acting.current) return;
    acting.current = true;
    setBusy('undoing');
    setActionError(null);
    setNotice(null);
    try {
      const result = await services.undoLastRevision(data?.lang ?? lang, undoable[0]?.batch);
      if (!mounted.current) return;
      setNotice({ kind: 'undone', cells: result.cells, batch: result.batch });
      onChanged?.({ kind: 'undone', batch: result.batch });
      await load();
    } catch (error) {
      if (!mounted.current) return;
      if (errorText(lang, error).key === 'office.nothingToUndo') setNotice({ kind: 'nothingToUndo' });
      else setActionError({ error, during: 'undo' });
    } finally {
      acting.current = false;
      if (mounted.current) setBusy(null);
    }
  };

  // Something changed behind the pane's back: reading the targets again is the way on.
  const conflict = actionError !== null && ['office.revisionConflict', 'office.undoChanged', 'office.undoConflict'].includes(errorText(lang, actionError.error).key);

  return (
    <section className={styles.root} aria-labelledby="ape-revise-title">
      <h2 id="ape-revise-title" className={styles.heading}>{t('ui.revise.title')}</h2>
      <Body1 as="p" block className={styles.hint} style={{ margin: 0 }}>{t('ui.revise.intro')}</Body1>

      <div className={styles.toolbar}>
        <Button disabledFocusable={!idle} onClick={reload}>{t('ui.revise.reload')}</Button>
        {loading && <Spinner size="tiny" label={t('ui.revise.loading')} />}
        {data && data.year !== null && <Caption1 className={styles.hint}>{t('ui.revise.meta', { sheet: data.sheet, year: yearLabel(data.year, lang) })}</Caption1>}
      </div>

      {loadError !== null && <ErrorBar error={loadError} title="ui.revise.loadErrorTitle" onOpenSettings={onOpenSettings} retry={t('ui.revise.reload')} />}

      {dropped.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="revise-dropped">
          <MessageBarBody>
            <MessageBarTitle>{t('ui.revise.droppedTitle')}</MessageBarTitle>
            <span>{t('ui.revise.dropped')}</span>
            <ul className={styles.droppedList}>
              {dropped.map((d) => (
                <li key={d.key}>{t('ui.revise.droppedItem', { indicator: d.indicator, year: yearLabel(d.year, lang), value: d.entry.value.trim(), reason: d.entry.reason.trim() })}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setDropped([])}>{t('ui.revise.dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {data && data.slots.length === 0 && (
        <div className={styles.stack} data-testid="revise-empty">
          <Body1 as="p" block style={{ margin: 0 }}>{data.year === null ? t('ui.revise.noYear') : t('ui.revise.empty')}</Body1>
          {data.year === null ? (
            <Button onClick={onOpenSettings}>{t('ui.error.openSettings')}</Button>
          ) : (
            <Caption1 as="p" block className={styles.hint} style={{ margin: 0 }}>{t('ui.revise.emptyHint')}</Caption1>
          )}
        </div>
      )}

      {data && data.slots.length > 0 && (
        <table className={styles.table} role="table" aria-busy={loading || busy !== null} data-testid="revise-table">
          <caption className={styles.caption}>{t('ui.revise.caption', { count: data.slots.length })}</caption>
          <thead className={styles.head} role="rowgroup">
            <tr role="row">
              {(['indicator', 'year', 'thisYear', 'current', 'suggestion', 'newValue', 'reason'] as const).map((col) => (
                <th
                  key={col}
                  scope="col"
                  role="columnheader"
                  className={mergeClasses(styles.headerCell, (col === 'newValue' || col === 'reason') && styles.entryColumn)}
                >
                  {t(`ui.revise.col.${col}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={styles.body} role="rowgroup">
            {data.slots.map((slot) => (
              <SlotRow
                key={slot.id}
                slot={slot}
                entry={entries[slot.id] ?? NO_ENTRY}
                check={checks.get(slot.id) ?? { kind: 'none' }}
                readOnly={busy !== null}
                onEdit={(patch) => edit(slot.id, patch)}
              />
            ))}
          </tbody>
        </table>
      )}

      {notice && (
        <MessageBar intent={notice.kind === 'nothingToUndo' ? 'info' : 'success'} layout="multiline" politeness="polite" data-notice={notice.kind}>
          <MessageBarBody>
            {notice.kind === 'applied' && t('ui.revise.applied', { sheet: notice.sheet, cells: notice.cells.join(', '), batch: notice.batch, history: notice.historySheet })}
            {notice.kind === 'undone' && t('ui.revise.undone', { cells: notice.cells.join(', '), batch: notice.batch })}
            {notice.kind === 'nothingToUndo' && t('office.nothingToUndo')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setNotice(null)}>{t('ui.revise.dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {actionError && (
        <ErrorBar
          error={actionError.error}
          title={actionError.during === 'apply' ? 'ui.revise.applyErrorTitle' : 'ui.revise.undoErrorTitle'}
          onDismiss={() => setActionError(null)}
          retry={actionError.during === 'apply' ? t('ui.revise.apply') : t('ui.revise.undo')}
          {...(conflict ? { action: { label: t('ui.revise.reload'), onClick: reload } } : {})}
        />
      )}

      <div className={styles.actions}>
        {data && data.slots.length > 0 && (
          <Text className={styles.pending} role="status" data-testid="revise-pending">
            {invalid ? t('ui.revise.fixFirst') : changes.length > 0 ? t('ui.revise.pending', { count: changes.length }) : t('ui.revise.noChanges')}
          </Text>
        )}
        {data && data.slots.length > 0 && (
          <Button ref={applyButton} appearance="primary" disabledFocusable={!canApply || replaced.length > 0} onClick={() => void apply()}>
            {busy === 'applying' ? t('ui.revise.applying') : t('ui.revise.apply')}
          </Button>
        )}
        <Button ref={undoButton} disabledFocusable={!idle || undoable.length === 0 || confirmingUndo} onClick={() => setConfirmingUndo(true)}>
          {busy === 'undoing' ? t('ui.revise.undoing') : t('ui.revise.undo')}
        </Button>
        {busy !== null && <Spinner size="tiny" aria-label={busy === 'applying' ? t('ui.revise.applying') : t('ui.revise.undoing')} />}
      </div>
      {formulaCells !== null && replaced.length > 0 && (
        <FormulaConfirmation
          items={replaced.map(({ change, formula }) => {
            const check = checks.get(change.slot.id);
            return {
              key: change.slot.id, indicator: change.slot.indicator, year: yearLabel(change.slot.year, lang), cell: change.slot.cell, formula,
              to: check?.kind === 'change' ? check.written : formatNumber(change.value),
            };
          })}
          onConfirm={() => void apply(formulaCells)}
          onCancel={() => {
            setFormulaCells(null);
            applyButton.current?.focus();
          }}
        />
      )}
      {confirmingUndo && undoable.length > 0 && (
        <UndoConfirmation
          revisions={undoable}
          onConfirm={() => void undo()}
          onCancel={() => {
            setConfirmingUndo(false);
            undoButton.current?.focus();
          }}
        />
      )}
    </section>
  );
}

interface ConfirmBarProps {
  readonly testId: string;
  readonly title: string;
  readonly yes: string;
  readonly no: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/**
 * A question asked before something is written or taken back, with its two answers. Below a long table it would open
 * out of sight: brought into view, with the keyboard on its first choice; Escape answers no.
 */
function ConfirmBar({ testId, title, yes, no, onConfirm, onCancel, children }: ConfirmBarProps): JSX.Element {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirm.current?.scrollIntoView?.({ block: 'nearest' });
    confirm.current?.focus();
  }, []);
  return (
    <MessageBar
      intent="warning" layout="multiline" politeness="polite" data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={confirm} appearance="primary" onClick={onConfirm}>{yes}</Button>
        <Button onClick={onCancel}>{no}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What Undo would take back, named before it is done: the round, when and by whom, and each target it restores. */
function UndoConfirmation({ revisions, onConfirm, onCancel }: { readonly revisions: readonly Revision[]; readonly onConfirm: () => void; readonly onCancel: () => void }): JSX.Element {
  const { lang, t } = useText();
  const first = revisions[0] as Revision;
  return (
    <ConfirmBar
      testId="undo-confirm" title={t('ui.revise.undoConfirm', { batch: first.batch, at: first.at, user: first.user })}
      yes={t('ui.revise.undoConfirmYes')} no={t('ui.revise.undoConfirmNo')} onConfirm={onConfirm} onCancel={onCancel}
    >
      <ul>
        {revisions.map((r) => {
          const item = { indicator: r.indicator, year: yearLabel(r.year, lang), from: r.newValue, to: r.oldValue, cell: r.cell };
          return (
            <li key={`${r.sheet}!${r.cell}|${r.year ?? ''}|${r.indicator}`}>
              {isFormula(r.oldCell) ? t('ui.revise.undoItemFormula', { ...item, formula: r.oldCell }) : t('ui.revise.undoItem', item)}
            </li>
          );
        })}
      </ul>
    </ConfirmBar>
  );
}

interface FormulaItem {
  readonly key: string;
  readonly indicator: string;
  readonly year: string;
  readonly cell: string;
  readonly formula: string;
  /** The new target as the cell will show it. */
  readonly to: string;
}

/**
 * Target cells holding formulas, named before anything is written: the formula and the value that would take its
 * place. Agreed, Apply goes ahead with those very formulas; Undo puts them back.
 */
function FormulaConfirmation({ items, onConfirm, onCancel }: { readonly items: readonly FormulaItem[]; readonly onConfirm: () => void; readonly onCancel: () => void }): JSX.Element {
  const { t } = useText();
  return (
    <ConfirmBar
      testId="formula-confirm" title={t('ui.revise.formulaConfirm')}
      yes={t('ui.revise.formulaConfirmYes')} no={t('ui.revise.formulaConfirmNo')} onConfirm={onConfirm} onCancel={onCancel}
    >
      <ul>
        {items.map(({ key, ...item }) => <li key={key}>{t('ui.revise.formulaItem', item)}</li>)}
      </ul>
      <span>{t('ui.revise.formulaHint')}</span>
    </ConfirmBar>
  );
}

interface SlotRowProps {
  readonly slot: TargetSlot;
  readonly entry: Entry;
  readonly check: EntryCheck;
  readonly readOnly: boolean;
  readonly onEdit: (patch: Partial<Entry>) => void;
}

function SlotRow({ slot, entry, check, readOnly, onEdit }: SlotRowProps): JSX.Element {
  const styles = useStyles();
  const { lang, t } = useText();
  const year = yearLabel(slot.year, lang);
  const delayed = slot.status === 'delayed';
  const suggestion = writtenAs(slot, slot.suggestion.value) ?? amount(slot.suggestion.value, slot.unit, t);
  const actual = amount(slot.actual, slot.unit, t);
  const named = { indicator: slot.indicator, year };

  const validation: { state: 'error' | 'warning' | 'success' | 'none'; message: string | undefined } =
    check.kind === 'invalid' ? { state: 'error', message: t(check.key) }
      : check.kind === 'otherUnit' ? { state: 'error', message: check.unit === '' ? t('ui.revise.noUnit', { typed: check.typed }) : t('ui.revise.otherUnit', { typed: check.typed, unit: check.unit }) }
      : check.kind === 'notWhole' ? { state: 'error', message: t('ui.revise.notWhole', { typed: check.typed, converted: formatNumber(check.converted), unit: slot.unit ?? '', example: formatNumber(slot.suggestion.value) }) }
      : check.kind === 'otherDirection' ? { state: 'error', message: t('ui.revise.otherDirection', { typed: check.typed, direction: t(`ui.revise.direction.${check.direction}`) }) }
      : check.kind === 'notWritable' ? { state: 'error', message: t(`office.${refusalCode(check.reason)}`, { cell: slot.cell }) }
        : check.kind === 'change' ? {
          // Said as a warning where the change eases the target or leaves out a bound that was typed.
          state: check.caution !== null || check.boundNotWritten !== null ? 'warning' : 'success',
          message: [
            t('ui.revise.change', { from: slot.written, to: check.written }),
            check.caution === null ? '' : t(`ui.revise.caution.${check.caution}`, { current: slot.written, actual }),
            check.boundNotWritten === null ? '' : t('ui.revise.boundNotWritten', { typed: check.boundNotWritten, direction: t(`ui.revise.direction.${slot.direction}`) }),
          ].join(''),
        }
          : check.kind === 'same' ? { state: 'none', message: t('ui.revise.same') }
            : { state: 'none', message: undefined };

  return (
    <tr role="row" className={mergeClasses(styles.row, delayed && styles.delayedRow)} data-slot={slot.id} data-status={slot.status}>
      <th scope="row" role="rowheader" className={mergeClasses(styles.cell, styles.wide, delayed && styles.delayedCell)}>
        <div className={styles.stack}>
          <span className={styles.indicator}>{slot.indicator}</span>
          {slot.initiative !== slot.indicator && <Caption1 className={styles.hint}>{slot.initiative}</Caption1>}
          {delayed && <Badge color="danger" appearance="filled" data-testid="revise-delayed">{t('ui.revise.delayed')}</Badge>}
        </div>
      </th>
      <td role="cell" className={styles.cell}>
        <span className={styles.cellLabel} aria-hidden="true">{t('ui.revise.col.year')}</span>
        <span className={styles.value}>{year}</span>
      </td>
      <td role="cell" className={mergeClasses(styles.cell, styles.wide)}>
        <span className={styles.cellLabel} aria-hidden="true">{t('ui.revise.col.thisYear')}</span>
        <div className={styles.results}>
          <span className={styles.nowrap}>{t('ui.revise.thisYearTarget', { value: amount(slot.thisYearTarget, slot.unit, t) })}</span>
          <span className={styles.nowrap}>{t('ui.revise.actual', { value: actual })}</span>
          {slot.rate !== null && <span className={styles.nowrap}>{t('ui.revise.rate', { rate: percent(slot.rate) })}</span>}
        </div>
      </td>
      <td role="cell" className={styles.cell}>
        <span className={styles.cellLabel} aria-hidden="true">{t('ui.revise.col.current')}</span>
        <span className={styles.value} data-testid="revise-current">{slot.written || amount(slot.current, slot.unit, t)}</span>
      </td>
      <td role="cell" className={mergeClasses(styles.cell, styles.wide)}>
        <span className={styles.cellLabel} aria-hidden="true">{t('ui.revise.col.suggestion')}</span>
        <div className={styles.stack}>
          <span className={styles.value} data-testid="revise-suggestion">{suggestion}</span>
          <Caption1>{t(`suggest.${slot.suggestion.reason}`, { actual })}</Caption1>
          <Caption1 className={styles.hint}>{t('ui.revise.rule', { rule: t(`suggest.rule.${slot.suggestion.rule}`) })}</Caption1>
          <Button
            size="small"
            disabledFocusable={readOnly}
            aria-label={t('ui.revise.useSuggestionFor', { value: suggestion, ...named })}
            onClick={() => onEdit({ value: formatNumber(slot.suggestion.value) })}
          >
            {t('ui.revise.useSuggestion')}
          </Button>
        </div>
      </td>
      <td role="cell" className={styles.cell}>
        <span className={styles.cellLabel} aria-hidden="true">{t('ui.revise.col.newValue')}</span>
        <Field validationState={validation.state} validationMessage={validation.message}>
          <Input
            className={styles.input}
            input={{ className: styles.inputText }}
            value={entry.value}
            readOnly={readOnly}
            inputMode="decimal"
            autoComplete="off"
            // An example in the indicator's own terms: the suggestion, as its cell would write it.
            placeholder={t('ui.revise.newValuePlaceholder', { example: suggestion })}
            aria-label={t('ui.revise.newValueLabel', named)}
            onChange={(_, d) => onEdit({ value: d.value })}
          />
        </Field>
      </td>
      <td role="cell" className={styles.cell}>
        <span className={styles.cellLabel} aria-hidden="true">{t('ui.revise.col.reason')}</span>
        <Input
          className={styles.input}
          input={{ className: styles.inputText }}
          value={entry.reason}
          readOnly={readOnly}
          placeholder={t('ui.revise.reasonPlaceholder')}
          aria-label={t('ui.revise.reasonLabel', named)}
          maxLength={REASON_MAX_LENGTH}
          onChange={(_, d) => onEdit({ reason: d.value })}
        />
      </td>
    </tr>
  );
}

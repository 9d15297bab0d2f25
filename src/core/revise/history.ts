/**
 * The history of target revisions: a sheet the tool owns and only ever appends to, so reviewers can see what
 * changed, when, by whom and why. The layout is written once here; the Office writer appends rows built by
 * `revisionRow`, and the file writer copies the sheet as it is.
 */
import { parseA1, type CellValue } from '../grid';
import { cellText } from '../cell-text';
import { message, type Lang, type MessageKey } from '../messages';
import { parseYearLabel } from '../quantity';
import type { FiscalYear } from '../quantity-types';
import { text, type CellSpec, type SheetSpec } from '../sheets/description';
import { SheetBuilder } from '../sheets/sheet-builder';
import { STYLE } from '../sheets/styles';
import { yearLabel } from './typed-value';

export type RevisionKind = 'revise' | 'undo';

export interface Revision {
  /** Local date and time, "2021-06-01 10:15". */
  readonly at: string;
  readonly user: string;
  readonly sheet: string;
  readonly cell: string;
  readonly initiative: string;
  readonly indicator: string;
  readonly year: FiscalYear | null;
  /** The target as written before and after ("2万枚", "6.7万枚"). */
  readonly oldValue: string;
  readonly newValue: string;
  readonly reason: string;
  /** The whole cell before and after, so Undo can put it back exactly: a formula as such ("=F4*1.2"), not its value. */
  readonly oldCell: string;
  readonly newCell: string;
  readonly kind: RevisionKind;
  /** Revisions applied together share a batch number; Undo takes back the last batch. */
  readonly batch: number;
}

export const HISTORY_COLUMNS: readonly MessageKey[] = [
  'history.at', 'history.user', 'history.sheet', 'history.cell', 'history.initiative', 'history.indicator',
  'history.year', 'history.old', 'history.new', 'history.reason', 'history.kind', 'history.batch', 'history.oldCell', 'history.newCell',
];
const WIDTHS = [17, 12, 12, 8, 26, 24, 9, 16, 16, 30, 8, 6, 30, 30];
/** The title row, then the header: history rows start on the third sheet row. */
export const HISTORY_FIRST_ROW = 2;

export function revisionRow(r: Revision, lang: Lang): CellSpec[] {
  return [
    text(r.at, STYLE.bodyCenter), text(r.user, STYLE.body), text(r.sheet, STYLE.body), text(r.cell, STYLE.bodyCenter),
    text(r.initiative, STYLE.body), text(r.indicator, STYLE.body), text(yearLabel(r.year, lang), STYLE.bodyCenter),
    text(r.oldValue, STYLE.body), text(r.newValue, STYLE.body), text(r.reason, STYLE.body),
    text(message(lang, r.kind === 'undo' ? 'history.kindUndo' : 'history.kindRevise'), STYLE.bodyCenter),
    text(String(r.batch), STYLE.bodyCenter), text(r.oldCell, STYLE.body), text(r.newCell, STYLE.body),
  ];
}

/** The history sheet as first written: title, header, and the revisions so far. */
export function historySheet(revisions: readonly Revision[], lang: Lang): SheetSpec {
  const sheet = new SheetBuilder('revisions', message(lang, 'sheet.revisions'), WIDTHS);
  sheet.banner(message(lang, 'history.title'), STYLE.title, 28);
  sheet.table(HISTORY_COLUMNS.map((k) => message(lang, k)), revisions.map((r) => revisionRow(r, lang)), { main: true });
  return sheet.build();
}

/**
 * Revisions read back from the history sheet's rows (either language), oldest first. A row that is no revision (a
 * note someone typed under them: no sheet, cell or round) is passed over, never taken for one to undo.
 */
export function readHistory(rows: readonly (readonly CellValue[])[]): Revision[] {
  const revisions: Revision[] = [];
  for (const row of rows.slice(HISTORY_FIRST_ROW)) {
    const cells = row.map((v) => cellText(v ?? null).trim());
    if (cells.every((c) => c === '')) continue;
    const [at = '', user = '', sheet = '', cell = '', initiative = '', indicator = '', year = '', oldValue = '', newValue = '', reason = '', kind = '', batch = '', oldCell = '', newCell = ''] = cells;
    if (sheet === '' || parseA1(cell) === null || !/^[1-9]\d*$/u.test(batch)) continue;
    revisions.push({
      at, user, sheet, cell, initiative, indicator, year: parseYearLabel(year), oldValue, newValue, reason, oldCell, newCell,
      kind: kind === message('ja', 'history.kindUndo') || kind === message('en', 'history.kindUndo') ? 'undo' : 'revise',
      batch: Number(batch) || 0,
    });
  }
  return revisions;
}

/** The last batch of revisions that no later undo has taken back, or [] when there is none. */
export function lastUndoableBatch(revisions: readonly Revision[]): Revision[] {
  const undone = new Set(revisions.filter((r) => r.kind === 'undo').map((r) => r.batch));
  for (let i = revisions.length - 1; i >= 0; i--) {
    const r = revisions[i];
    if (r && r.kind === 'revise' && !undone.has(r.batch)) return revisions.filter((x) => x.kind === 'revise' && x.batch === r.batch);
  }
  return [];
}

/** The report's notation: "AI-OCR利用枚数 R3年度:2万→6.7万枚" (a unit both share is written once). */
export function revisionNotation(r: Pick<Revision, 'indicator' | 'year' | 'oldValue' | 'newValue'>, lang: Lang): string {
  const unit = /[^\d.,万億０-９，．]+$/u.exec(r.newValue)?.[0] ?? '';
  const old = unit !== '' && r.oldValue.endsWith(unit) ? r.oldValue.slice(0, -unit.length) : r.oldValue;
  const year = yearLabel(r.year, lang);
  return `${r.indicator} ${year ? `${year}:` : ''}${old}→${r.newValue}`.trim();
}

/** The revisions still in force, for the summary: a batch later taken back by Undo is left out. */
export function revisionsInForce(revisions: readonly Revision[]): Revision[] {
  const undone = new Set(revisions.filter((r) => r.kind === 'undo').map((r) => r.batch));
  return revisions.filter((r) => r.kind === 'revise' && !undone.has(r.batch));
}

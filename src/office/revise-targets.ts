/**
 * Revising next years' targets in Excel: the changed target cells are written in one batch, only after checking
 * that each still holds what the pane read, and every change is appended to the history sheet (目標見直し, found by
 * its mark whatever it is called now).
 */
import { formatDateTime } from '../core/date-time';
import type { CellValue, Grid } from '../core/grid';
import { parseA1 } from '../core/grid';
import { message, type Lang } from '../core/messages';
import { HISTORY_FIRST_ROW, historySheet, lastUndoableBatch, readHistory, revisionRow, type Revision } from '../core/revise/history';
import { recordedContent, restoredContent, targetShown } from '../core/revise/cell-shown';
import { changedCells, planWrites, type PlannedChange } from '../core/revise/slots';
import { MARKER_PREFIX } from '../core/sheets/marker';
import { freeSheetName } from '../core/sheets/sheet-names';
import { plainValue } from './read-workbook';
import { AddinError, FormulaCellsError, refusalCode, type FormulaCell, type RevisionResult } from './use-cases';
import { appendRows, RequestBudget, writeSheet, type Capabilities } from './write-sheets';

export const HISTORY_MARKER = `${MARKER_PREFIX}revisions`;

/** The cell value of a grid at a sheet address, or null outside it. */
export function gridCell(grid: Grid, address: string): CellValue {
  const at = parseA1(address);
  if (!at) return null;
  return grid.cells[at.row - grid.top]?.[at.col - grid.left] ?? null;
}

interface HistoryState {
  /** The history sheet, its name loaded (a user may have renamed it); null before there is one. */
  readonly sheet: Excel.Worksheet | null;
  readonly revisions: Revision[];
  /** 0-based sheet row below the last used one. */
  readonly nextRow: number;
}

/** Queues the history sheet's read: found by its mark, whatever a user renamed it to. */
export function queueHistory(context: Excel.RequestContext): () => HistoryState {
  const anchor = context.workbook.names.getItemOrNullObject(HISTORY_MARKER).getRangeOrNullObject();
  const sheet = anchor.worksheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,rowCount');
  return () => {
    if (anchor.isNullObject) return { sheet: null, revisions: [], nextRow: 0 };
    if (used.isNullObject) return { sheet, revisions: [], nextRow: HISTORY_FIRST_ROW };
    const rows = Array.from({ length: used.rowIndex }, () => [] as CellValue[]).concat(used.values.map((r) => r.map(plainValue)));
    return { sheet, revisions: readHistory(rows), nextRow: used.rowIndex + used.rowCount };
  };
}

export interface HistoryWriteOptions {
  readonly lang: Lang;
  readonly fontName: string;
  readonly can: Capabilities;
}

/** Appends revisions to the history sheet, making it when there is none; returns the sheet's name. */
async function appendHistory(context: Excel.RequestContext, history: HistoryState, sheetNames: readonly string[], revisions: readonly Revision[], options: HistoryWriteOptions): Promise<string> {
  const spec = historySheet(revisions, options.lang);
  if (history.sheet === null) {
    const name = freeSheetName(sheetNames, spec.name);
    await writeSheet(context, new RequestBudget(context, options.can.requestBudgetBytes), spec, name, options.fontName, options.can);
    return name;
  }
  const rows = revisions.map((r) => ({ cells: revisionRow(r, options.lang) }));
  await appendRows(context, history.sheet, rows, spec.columnWidths, history.nextRow, options.fontName, options.can.requestBudgetBytes);
  return history.sheet.name;
}

/**
 * The formula a one-cell range holds (loaded with its values), or null for a constant: Excel gives a constant's
 * value as its formula, and a text such as "=abc" kept as text is its own value.
 */
function formulaIn(range: Excel.Range): string | null {
  const formula = range.formulas[0]?.[0];
  return typeof formula === 'string' && formula.startsWith('=') && formula !== range.values[0]?.[0] ? formula : null;
}

/** A one-cell range's content as the history records it: its formula where it holds one, else its value. */
function contentOf(range: Excel.Range | undefined): string {
  if (range === undefined) return '';
  return recordedContent(plainValue(range.values[0]?.[0]), formulaIn(range));
}

/**
 * A text as it must be typed into a one-cell range (loaded with its number format) to stay that text: Excel reads a
 * value written as it reads one typed, so "=50件以上" would become a formula and "90%" a number. After an apostrophe it
 * stays text; in a cell formatted as text, the apostrophe would be kept as part of it.
 */
function typedText(text: string, range: Excel.Range): string {
  return text === '' || range.numberFormat[0]?.[0] === '@' ? text : `'${text}`;
}

/**
 * Writes the planned changes to the plan sheet and appends them to the history, or writes nothing and names the
 * cells that changed since they were read, or those holding a formula not among `replacing` (the formulas the
 * planner agreed to see replaced by values).
 */
export async function applyRevisions(
  context: Excel.RequestContext, sheetName: string, changes: readonly PlannedChange[], replacing: readonly FormulaCell[], user: string | null, now: Date,
  options: HistoryWriteOptions,
): Promise<RevisionResult> {
  const planned = planWrites(changes);
  if (!planned.ok) throw new AddinError(refusalCode(planned.reason), { cell: planned.cell });
  const plan = context.workbook.worksheets.getItem(sheetName);
  // The formulas ride on the conflict check's read: a formula costs no round trip of its own.
  const ranges = new Map(planned.writes.map((w) => [w.cell, plan.getRange(w.cell).load('values,formulas,numberFormat')]));
  const history = queueHistory(context);
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();

  const now1 = (cell: string): CellValue => plainValue(ranges.get(cell)?.values[0]?.[0]);
  const changed = changedCells(planned.writes, now1);
  if (changed.length > 0) throw new AddinError('revisionConflict', { cells: changed.join(', ') });
  const formulas = planned.writes.flatMap((w): FormulaCell[] => {
    const range = ranges.get(w.cell);
    const formula = range === undefined ? null : formulaIn(range);
    return formula === null ? [] : [{ cell: w.cell, formula }];
  });
  // The very formula agreed to: one rewritten since is asked about again.
  if (formulas.some((f) => !replacing.some((r) => r.cell === f.cell && r.formula === f.formula))) throw new FormulaCellsError(formulas);

  const state = history();
  const batch = Math.max(0, ...state.revisions.map((r) => r.batch)) + 1;
  const at = formatDateTime(now);
  const revisions: Revision[] = [];
  for (const write of planned.writes) {
    // Only the value changes: the cell keeps its format, and a text cell its way of writing. What it held (a formula
    // as such) is read before the write, which a loaded range reflects at once.
    const range = ranges.get(write.cell);
    const before = contentOf(range);
    if (range) range.values = [[typeof write.value === 'string' ? typedText(write.value, range) : (write.value as number)]];
    for (const change of write.changes) {
      revisions.push({
        at, user: user ?? '', sheet: sheetName, cell: write.cell, initiative: change.slot.initiative, indicator: change.slot.indicator,
        year: change.slot.year, oldValue: change.slot.written, newValue: targetShown(change.slot, write.value), reason: change.reason,
        oldCell: before, newCell: recordedContent(write.value, null), kind: 'revise', batch,
      });
    }
  }
  const historySheetName = await appendHistory(context, state, sheets.items.map((s) => s.name), revisions, options);
  await context.sync();
  return { cells: planned.writes.map((w) => w.cell), batch, historySheet: historySheetName };
}

/** Puts back the cells of the last revision batch, when they still hold what that batch wrote. */
export async function undoLastRevision(context: Excel.RequestContext, user: string | null, now: Date, options: HistoryWriteOptions, expected?: number): Promise<RevisionResult> {
  const history = queueHistory(context);
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const state = history();
  const batch = lastUndoableBatch(state.revisions);
  if (batch.length === 0) throw new AddinError('nothingToUndo');
  // The round the person confirmed, not one written since by someone else.
  if (expected !== undefined && batch[0]?.batch !== expected) throw new AddinError('undoChanged', { batch: expected, latest: batch[0]?.batch ?? 0 });

  const byCell = new Map<string, Revision>();
  for (const r of batch) if (!byCell.has(`${r.sheet}!${r.cell}`)) byCell.set(`${r.sheet}!${r.cell}`, r);
  const ranges = new Map([...byCell].map(([key, r]) => [key, context.workbook.worksheets.getItem(r.sheet).getRange(r.cell).load('values,formulas,numberFormat')]));
  await context.sync();

  // A formula written since, though it gives the value the round wrote, is someone's change.
  const changed = [...byCell].filter(([key, r]) => contentOf(ranges.get(key)) !== r.newCell).map(([, r]) => r.cell);
  if (changed.length > 0) throw new AddinError('undoConflict', { cells: changed.join(', ') });

  for (const [key, r] of byCell) {
    const range = ranges.get(key);
    if (range === undefined) continue;
    // A formula the round replaced is put back as the formula, not as the value it gave then.
    const content = restoredContent(r.oldCell, plainValue(range.values[0]?.[0]));
    if (content.kind === 'formula') range.formulas = [[content.formula]];
    else range.values = [[typeof content.value === 'string' ? typedText(content.value, range) : content.value]];
  }
  const at = formatDateTime(now);
  // The reason is the undo's own: the revision's reason is on the revision's row.
  const undone = batch.map((r) => ({
    ...r, at, user: user ?? '', oldValue: r.newValue, newValue: r.oldValue, oldCell: r.newCell, newCell: r.oldCell, kind: 'undo' as const,
    reason: message(options.lang, 'history.undoReason', { batch: r.batch }),
  }));
  const historySheetName = await appendHistory(context, state, sheets.items.map((s) => s.name), undone, options);
  await context.sync();
  return { cells: [...byCell.values()].map((r) => r.cell), batch: batch[0]?.batch ?? 0, historySheet: historySheetName };
}

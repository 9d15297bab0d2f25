/**
 * The targets planners may revise: each indicator's targets for the years after the evaluated one, with the
 * cell each stands in, what that cell held when read (for the conflict check), and a suggestion.
 */
import type { CellValue } from '../grid';
import type { Evaluation, Status } from '../model';
import type { Direction, FiscalYear } from '../quantity-types';
import { DEFAULT_SUGGESTION_RULE, suggestNextTarget, type Suggestion, type SuggestionRule } from './suggest';
import { rewriteTarget, targetWritten, type RewriteRefusal } from './typed-value';

export interface TargetSlot {
  /** Stable within one reading: "D5|2021|1" (cell, year, indicator). */
  readonly id: string;
  readonly sheet: string;
  readonly row: number;
  readonly initiative: string;
  readonly indicator: string;
  /** The indicator's own name as written in the cell ('' when the cell names none), to find its part of the cell. */
  readonly indicatorName: string;
  readonly status: Status;
  readonly direction: Direction;
  /** This year's target and actual, for the planner's judgement. */
  readonly thisYearTarget: number | null;
  readonly actual: number | null;
  readonly rate: number | null;
  readonly unit: string | null;
  readonly year: FiscalYear | null;
  readonly cell: string;
  /** The whole cell as read: the conflict check compares the cell with this before writing. */
  readonly read: CellValue;
  readonly current: number;
  /** The target as written in the cell ("2万枚"). */
  readonly written: string;
  readonly suggestion: Suggestion;
}

/** Every later-year target of every measured indicator, in sheet order. */
export function targetSlots(evaluation: Evaluation, cellValue: (cell: string) => CellValue, rule: SuggestionRule = DEFAULT_SUGGESTION_RULE): TargetSlot[] {
  const year = evaluation.year;
  if (year === null) return [];
  const slots: TargetSlot[] = [];
  for (const initiative of evaluation.initiatives) {
    initiative.indicators.forEach((indicator, index) => {
      for (const point of indicator.series) {
        if (point.year === null || point.year <= year) continue;
        const read = cellValue(point.cell);
        slots.push({
          id: `${point.cell}|${point.year}|${index}`,
          sheet: evaluation.plan.sheet,
          row: initiative.row,
          initiative: initiative.name,
          indicator: (indicator.nameWritten ?? indicator.name) || initiative.name,
          indicatorName: indicator.name,
          status: indicator.status === 'unknown' ? initiative.status : indicator.status,
          direction: indicator.direction,
          thisYearTarget: indicator.target?.value ?? null,
          actual: indicator.actual?.value ?? null,
          rate: indicator.rate,
          unit: indicator.target?.unit ?? null,
          year: point.year,
          cell: point.cell,
          read,
          current: point.value,
          written: targetWritten(read, point.year, indicator.name),
          suggestion: suggestNextTarget({ status: indicator.status, direction: indicator.direction, actual: indicator.actual?.value ?? null, current: point.value }, rule),
        });
      }
    });
  }
  return slots;
}

export interface PlannedChange {
  readonly slot: TargetSlot;
  readonly value: number;
  readonly reason: string;
}

export interface CellWrite {
  readonly cell: string;
  /** What the cell must still hold for the write to go ahead. */
  readonly expected: CellValue;
  readonly value: CellValue;
  readonly changes: readonly PlannedChange[];
}

export type PlannedWrites = { readonly ok: true; readonly writes: CellWrite[] } | { readonly ok: false; readonly cell: string; readonly reason: RewriteRefusal };

/** Changes grouped by cell, each cell rewritten once with all its years' new values, in its own style. */
export function planWrites(changes: readonly PlannedChange[]): PlannedWrites {
  const byCell = new Map<string, PlannedChange[]>();
  for (const change of changes) byCell.set(change.slot.cell, [...(byCell.get(change.slot.cell) ?? []), change]);
  const writes: CellWrite[] = [];
  for (const [cell, cellChanges] of byCell) {
    const expected = cellChanges[0]?.slot.read ?? null;
    let value: CellValue = expected;
    for (const change of cellChanges) {
      const rewritten = rewriteTarget(value, change.slot.year, change.value, change.slot.indicatorName);
      if (!rewritten.ok) return { ok: false, cell, reason: rewritten.reason };
      value = rewritten.value;
    }
    writes.push({ cell, expected, value, changes: cellChanges });
  }
  return { ok: true, writes };
}

/** Cells whose content differs from what was read: someone changed them meanwhile. */
export function changedCells(writes: readonly Pick<CellWrite, 'cell' | 'expected'>[], now: (cell: string) => CellValue): string[] {
  return writes.filter((w) => !sameCell(w.expected, now(w.cell))).map((w) => w.cell);
}

function sameCell(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue): CellValue => (v === '' ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null) return JSON.stringify(x) === JSON.stringify(y);
  return x === y;
}

/**
 * The targets planners may revise: each indicator's targets for the years after the evaluated one, with the
 * cell each stands in, what that cell held when read (for the conflict check), and a suggestion.
 */
import type { CellValue } from '../grid';
import type { Evaluation, IndicatorResult, Status, TargetPoint } from '../model';
import type { Direction, FiscalYear } from '../quantity-types';
import { DEFAULT_SUGGESTION_RULE, suggestNextTarget, type Suggestion, type SuggestionRule } from './suggest';
import { numberWritten, type CellUnit, type RewriteRefusal } from './typed-value';
import { rewriteSlot, targetShown } from './cell-shown';

/**
 * A later year's target as the planner sees and types it. Its values (this year's target and actual, the current
 * target, the suggestion) are in the unit the cell's numbers count, as the sheet shows them: 7,500千枚 where a unit
 * column of 千枚 scales the cell's 7500, 95% where the cell holds 0.95 shown as a percentage.
 */
export interface TargetSlot extends CellUnit {
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
  /** The cell holds a fraction shown as a percentage (0.95 as 95%): a new target is written as its fraction. */
  readonly shownAsPercent: boolean;
  readonly year: FiscalYear | null;
  readonly cell: string;
  /** The whole cell as read: the conflict check compares the cell with this before writing. */
  readonly read: CellValue;
  readonly current: number;
  /** The target as the sheet shows it ("2万枚"; a number with its unit: "7,500千枚", "1,200件"). */
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
        const counted = cellCounting(indicator, point, cellValue);
        // In the cell's unit: 7,500,000枚 read from a cell in 千枚 is its 7,500.
        const shown = (value: number): number => Number((value / counted.scale).toPrecision(12));
        const actual = indicator.actual === null ? null : shown(indicator.actual.value);
        const current = shown(point.value);
        const slot = {
          id: `${point.cell}|${point.year}|${index}`,
          sheet: evaluation.plan.sheet,
          row: initiative.row,
          initiative: initiative.name,
          indicator: (indicator.nameWritten ?? indicator.name) || initiative.name,
          indicatorName: indicator.name,
          status: indicator.status === 'unknown' ? initiative.status : indicator.status,
          direction: indicator.direction,
          thisYearTarget: indicator.target === null ? null : shown(indicator.target.value),
          actual,
          rate: indicator.rate,
          ...counted,
          year: point.year,
          cell: point.cell,
          read,
          current,
          suggestion: suggestNextTarget({ status: indicator.status, direction: indicator.direction, actual, current }, rule),
        };
        slots.push({ ...slot, written: targetShown(slot, read) });
      }
    });
  }
  return slots;
}

type CellCounting = CellUnit & { readonly shownAsPercent: boolean };

/** The scales a unit with a scale writes before the unit ("千枚", "万人"), by how many of the unit they count. */
const SCALE_WORDS: ReadonlyMap<number, string> = new Map([[1e3, '千'], [1e4, '万'], [1e8, '億'], [1e12, '兆']]);

/**
 * How a target cell's numbers count: the engine's value over the number the cell writes. 1,000 is a unit column
 * of 千枚 (the cell's 7500 read as 7,500,000枚), 100 a fraction shown as a percentage. A cell that tells nothing
 * (a zero) counts as the indicator's other cells of its kind do.
 */
function cellCounting(indicator: IndicatorResult, point: TargetPoint, cellValue: (cell: string) => CellValue): CellCounting {
  const baseUnit = indicator.target?.unit ?? point.quantity.unit;
  const read = cellValue(point.cell);
  const ratios = [point, ...indicator.series.filter((p) => p !== point && typeof cellValue(p.cell) === typeof read)].map((p) => {
    const written = numberWritten(cellValue(p.cell), p.year, indicator.name);
    return written === null || written === 0 ? null : p.value / written;
  });
  const ratio = ratios.find((r) => r !== null) ?? 1;
  const near = (n: number): boolean => Math.abs(ratio / n - 1) < 1e-9;
  if (typeof read === 'number' && baseUnit === '%' && near(100)) return { unit: baseUnit, scale: 1, baseUnit, shownAsPercent: true };
  for (const [scale, word] of SCALE_WORDS) {
    if (near(scale)) return { unit: `${word}${baseUnit ?? ''}`, scale, baseUnit, shownAsPercent: false };
  }
  return { unit: baseUnit, scale: 1, baseUnit, shownAsPercent: false };
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
      const rewritten = rewriteSlot(change.slot, value, change.value);
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

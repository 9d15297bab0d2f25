/** The use-case every entry point calls: pick the plan sheet, read it, judge it. */
import { isBlank } from './cell-text';
import { EvaluationError } from './errors';
import type { Grid, WorkbookGrids } from './grid';
import { findHeader } from './headers';
import { gradingRules, type GradingOptions, type GradingRules } from './grading';
import { judgePlan } from './judge';
import type { Evaluation } from './model';
import { readPlan, type ReadOptions } from './read-plan';

export interface EvaluateOptions extends ReadOptions, GradingOptions {
  /** The plan sheet's name; otherwise the sheet that best looks like a plan. */
  readonly sheet?: string | null;
  /** Sheets the tool wrote itself, never taken for the plan. */
  readonly excludeSheets?: readonly string[];
}

/** The sheet whose header reads most like a plan's; ties go to the first. */
export function choosePlanSheet(workbook: WorkbookGrids, options: Pick<EvaluateOptions, 'sheet' | 'excludeSheets'> = {}): Grid {
  const names = workbook.sheets.map((s) => s.sheetName);
  if (options.sheet) {
    const named = workbook.sheets.find((s) => s.sheetName === options.sheet);
    if (!named) throw new EvaluationError('sheetNotFound', { sheet: options.sheet, sheets: names.join(', ') });
    return named;
  }
  const excluded = new Set(options.excludeSheets ?? []);
  let best: { grid: Grid; score: number } | null = null;
  for (const grid of workbook.sheets) {
    if (excluded.has(grid.sheetName)) continue;
    const score = findHeader(grid)?.score ?? 0;
    if (score > 0 && (best === null || score > best.score)) best = { grid, score };
  }
  if (!best) {
    const blank = workbook.sheets.every((s) => s.cells.every((row) => row.every(isBlank)));
    if (blank) throw new EvaluationError('emptySheet', { sheet: names.join(', ') });
    throw new EvaluationError('noPlanSheet', { sheets: names.join(', ') });
  }
  return best.grid;
}

export function evaluateGrid(grid: Grid, options: EvaluateOptions = {}, rules: GradingRules = gradingRules(options)): Evaluation {
  const { plan, problems } = readPlan(grid, options);
  return judgePlan(plan, rules, problems);
}

export function evaluateWorkbook(workbook: WorkbookGrids, options: EvaluateOptions = {}): Evaluation {
  return evaluateGrid(choosePlanSheet(workbook, options), options);
}

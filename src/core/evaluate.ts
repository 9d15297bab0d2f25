/** The use-case every entry point calls: pick the plan sheet, read it, judge it. */
import { isBlank } from './cell-text';
import { EvaluationError } from './errors';
import { columnLetters, type Grid, type WorkbookGrids } from './grid';
import { findHeader } from './headers';
import { gradingRules, type GradingOptions, type GradingRules } from './grading';
import { judgePlan } from './judge';
import type { Evaluation, Problem } from './model';
import { SHEET_LIST_SEPARATOR } from './messages';
import { readPlan, type ReadOptions } from './read-plan';

export interface EvaluateOptions extends ReadOptions, GradingOptions {
  /** The plan sheet's name; otherwise the sheet that best looks like a plan. */
  readonly sheet?: string | null;
  /** Sheets the tool wrote itself, never taken for the plan. */
  readonly excludeSheets?: readonly string[];
}

interface PlanSheetChoice {
  readonly grid: Grid;
  /** Other sheets whose header also reads like a plan's, when none was named. */
  readonly others: readonly Grid[];
}

/** The sheet named, else the one whose header reads most like a plan's (ties go to the first), and the others. */
function choosePlanSheetAmong(workbook: WorkbookGrids, options: Pick<EvaluateOptions, 'sheet' | 'excludeSheets'>): PlanSheetChoice {
  const names = workbook.sheets.map((s) => s.sheetName);
  if (options.sheet) {
    const named = workbook.sheets.find((s) => s.sheetName === options.sheet);
    if (!named) throw new EvaluationError('sheetNotFound', { sheet: options.sheet, sheets: names.join(', ') });
    return { grid: named, others: [] };
  }
  const excluded = new Set(options.excludeSheets ?? []);
  const candidates: Grid[] = [];
  let best: { grid: Grid; score: number } | null = null;
  for (const grid of workbook.sheets) {
    if (excluded.has(grid.sheetName)) continue;
    const score = findHeader(grid)?.score ?? 0;
    if (score <= 0) continue;
    candidates.push(grid);
    if (best === null || score > best.score) best = { grid, score };
  }
  if (!best) {
    const blank = workbook.sheets.every((s) => s.cells.every((row) => row.every(isBlank)));
    if (blank) throw new EvaluationError('emptySheet', { sheet: names.join(', ') });
    throw new EvaluationError('noPlanSheet', { sheets: names.join(', ') });
  }
  const chosen = best.grid;
  return { grid: chosen, others: candidates.filter((g) => g !== chosen) };
}

/** The sheet named, else the one whose header reads most like a plan's; ties go to the first. */
export function choosePlanSheet(workbook: WorkbookGrids, options: Pick<EvaluateOptions, 'sheet' | 'excludeSheets'> = {}): Grid {
  return choosePlanSheetAmong(workbook, options).grid;
}

export function evaluateGrid(grid: Grid, options: EvaluateOptions = {}, rules: GradingRules = gradingRules(options)): Evaluation {
  const { plan, problems } = readPlan(grid, options);
  return judgePlan(plan, rules, problems);
}

export function evaluateWorkbook(workbook: WorkbookGrids, options: EvaluateOptions = {}): Evaluation {
  const { grid, others } = choosePlanSheetAmong(workbook, options);
  const evaluation = evaluateGrid(grid, options);
  if (others.length === 0) return evaluation;
  // A copy of last year's plan, or a second table, would be judged instead without a word: the choice is said, at
  // the header of the sheet that was read.
  const notice: Problem = {
    cell: `${columnLetters(grid.left)}${evaluation.plan.headerRow}`, severity: 'info', code: 'otherPlanSheets',
    params: { sheet: grid.sheetName, others: others.map((g) => g.sheetName).join(SHEET_LIST_SEPARATOR) },
  };
  return { ...evaluation, problems: [notice, ...evaluation.problems] };
}

/** The use-case every entry point calls: pick the plan sheet, read it, judge it. */
import { isBlank } from './cell-text';
import { EvaluationError } from './errors';
import { columnLetters, type Grid, type WorkbookGrids } from './grid';
import { findHeader } from './headers';
import { formItemsOf } from './form-sheet';
import { parseYearLabel } from './quantity';
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

/** The sheet named, else the one whose header reads most like a plan's (see laterPlanSheet for ties), and the others. */
function choosePlanSheetAmong(workbook: WorkbookGrids, options: Pick<EvaluateOptions, 'sheet' | 'excludeSheets' | 'year'>): PlanSheetChoice {
  const names = workbook.sheets.map((s) => s.sheetName);
  if (options.sheet) {
    const named = workbook.sheets.find((s) => s.sheetName === options.sheet);
    if (!named) throw new EvaluationError('sheetNotFound', { sheet: options.sheet, sheets: names.join(', ') });
    return { grid: named, others: [] };
  }
  const excluded = new Set(options.excludeSheets ?? []);
  const candidates: Grid[] = [];
  let best: { grid: Grid; score: number; yearAsked: boolean } | null = null;
  // A form for one initiative (調書) is no plan beside a list of them; with only forms, reading the first says why.
  let firstForm: Grid | null = null;
  for (const grid of workbook.sheets) {
    if (excluded.has(grid.sheetName)) continue;
    const header = findHeader(grid);
    if (header === null || header.score <= 0) continue;
    const score = header.score;
    if (formItemsOf(grid, header.row, header.lastRow) !== null) {
      firstForm ??= grid;
      continue;
    }
    candidates.push(grid);
    // With a year asked for, a sheet named for that year ("R3実績" for --year R3) comes before any other.
    const yearAsked = options.year != null && parseYearLabel(grid.sheetName) === options.year;
    const better = best === null || (yearAsked !== best.yearAsked ? yearAsked
      : score > best.score || (score === best.score && laterPlanSheet(grid.sheetName, best.grid.sheetName)));
    if (better) best = { grid, score, yearAsked };
  }
  if (!best && firstForm !== null) return { grid: firstForm, others: [] };
  if (!best) {
    const blank = workbook.sheets.every((s) => s.cells.every((row) => row.every(isBlank)));
    if (blank) throw new EvaluationError('emptySheet', { sheet: names.join(', ') });
    throw new EvaluationError('noPlanSheet', { sheets: names.join(', ') });
  }
  const chosen = best.grid;
  return { grid: chosen, others: candidates.filter((g) => g !== chosen) };
}

/** A sheet named as a past, draft or spare copy: "R3行動計画（前年度）", "旧計画", "R5行動計画（案）", "記入例", "行動計画 (2)". */
const PAST_OR_COPY =
  /前年度|前年|昨年度|(?<!復)旧|参考|過去|控え|コピー|バックアップ|[(（]案[)）]|記入例|見本|様式|(?<![a-z])(?:old|previous|prev|copy|backup|archive|draft|sample|example|template)(?![a-z])|\(\d+\)\s*$/iu;

/**
 * Between two sheets whose headers read alike, whether `name` is the one to evaluate rather than `than`: this year's
 * plan rather than a past or spare copy, then the later year named ("R4行動計画" over "R3行動計画"); else the first.
 */
function laterPlanSheet(name: string, than: string): boolean {
  const pastOrCopy = PAST_OR_COPY.test(name);
  if (pastOrCopy !== PAST_OR_COPY.test(than)) return !pastOrCopy;
  const year = parseYearLabel(name);
  const thanYear = parseYearLabel(than);
  return year !== null && thanYear !== null && year > thanYear;
}

/** The sheet named, else the one whose header reads most like a plan's; see laterPlanSheet for ties. */
export function choosePlanSheet(workbook: WorkbookGrids, options: Pick<EvaluateOptions, 'sheet' | 'excludeSheets' | 'year'> = {}): Grid {
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

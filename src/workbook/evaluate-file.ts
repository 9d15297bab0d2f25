/** The file use-case: evaluate the plan in an .xlsx file without ever writing that file. */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { evaluateWorkbook, type EvaluateOptions } from '../core/evaluate';
import type { Evaluation } from '../core/model';
import { readHistory, type Revision } from '../core/revise/history';
import { gridOfSheet, gridsOfWorkbook } from './exceljs-grid';
import { loadXlsx } from './xlsx-file';
import { ownedSheets } from './owned-sheets';

export interface FileEvaluation {
  readonly workbook: ExcelJS.Workbook;
  readonly bytes: Buffer;
  readonly evaluation: Evaluation;
  readonly fileName: string;
  /** Target revisions recorded in the workbook's history sheet, oldest first. */
  readonly revisions: Revision[];
}

export async function evaluateFile(file: string, options: EvaluateOptions = {}): Promise<FileEvaluation> {
  const { workbook, bytes } = await loadXlsx(file);
  const fileName = path.basename(file);
  // The tool's own sheets are never taken for the plan, even when they score like one.
  const owned = ownedSheets(workbook);
  const evaluation = evaluateWorkbook(gridsOfWorkbook(workbook, fileName, (s) => owned.has(s.name)), options);
  const historyName = [...owned].find(([, key]) => key === 'revisions')?.[0];
  const history = historyName ? workbook.getWorksheet(historyName) : undefined;
  const revisions = history ? readHistory(gridOfSheet(history).cells) : [];
  return { workbook, bytes, evaluation, fileName, revisions };
}

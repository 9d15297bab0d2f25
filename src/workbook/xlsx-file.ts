/** Opening an .xlsx file for reading, with every failure turned into an input error a person can act on. */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { EvaluationError } from '../core/errors';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface LoadedXlsx {
  readonly workbook: ExcelJS.Workbook;
  readonly bytes: Buffer;
}

/** Reads the file once into memory; the input file is never opened for writing. */
export async function loadXlsx(path: string): Promise<LoadedXlsx> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new EvaluationError('notAFile', { path });
    if (!stat.isFile()) throw new EvaluationError('fileNotFound', { path });
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof EvaluationError) throw error;
    throw new EvaluationError('fileNotFound', { path });
  }
  if (!/\.xlsx$/iu.test(path) && !/\.xlsm$/iu.test(path)) throw new EvaluationError('notXlsx', { path });
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw new EvaluationError('notXlsx', { path });
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its Buffer against an older @types/node; the value is the Buffer it expects.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new EvaluationError('unreadableWorkbook', { path, detail: error instanceof Error ? error.message : String(error) });
  }
  // A zip without the workbook part (xl/workbook.xml) or its worksheets — another kind of zip renamed, or an
  // .xlsx with parts missing — loads without error as a workbook of no sheets; without this it would be reported
  // as an empty sheet with no name.
  if (workbook.worksheets.length === 0) throw new EvaluationError('unreadableWorkbook', { path });
  return { workbook, bytes };
}

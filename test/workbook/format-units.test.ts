/**
 * A plan may keep a value's unit in its number format alone ("#,##0\"㎡\"" shows 38500 as "38,500㎡"): both adapters
 * (the .xlsx file and Excel, on the stand-in) read the unit as people see it.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unitOfNumberFormat } from '../../src/core/cell-text';
import type { Evaluation } from '../../src/core/model';
import { createServices } from '../../src/office/services';
import { DEFAULT_SETTINGS } from '../../src/office/use-cases';
import { createStandin, StandinWorkbook } from '../../src/standin';
import { evaluateFile } from '../../src/workbook/evaluate-file';

async function planWithUnitFormats(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('施設総量');
  sheet.addRows([
    ['No.', '取組項目', '基準値', 'R5目標', 'R5実績', '評価'],
    [1, '公民館・集会所の複合化', 38500, 35000, 37100, '遅れ'],
    [2, '市営住宅の用途廃止', 1200, 1100, 1080, '順調'],
  ]);
  for (const cell of ['C2', 'D2', 'E2']) sheet.getCell(cell).numFmt = '#,##0"㎡"';
  for (const cell of ['C3', 'D3', 'E3']) sheet.getCell(cell).numFmt = '#,##0"戸";▲#,##0"戸"';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function judged(evaluation: Evaluation): unknown[] {
  return evaluation.initiatives.map((i) => {
    const x = i.indicators[0];
    return [x?.target?.value, x?.target?.unit, x?.actual?.unit, x?.direction, i.status];
  });
}

// Fewer facilities than where things stood, as the plan sets them: better when lower.
const EXPECTED = [
  [35000, '㎡', '㎡', 'atMost', 'delayed'],
  [1100, '戸', '戸', 'atMost', 'achieved'],
];

describe('units written only in number formats', () => {
  it('are the literal a format writes after the number', () => {
    expect(['#,##0"㎡"', '0"施設"', '#,##0"戸";▲#,##0"戸"', '#,##0\\人', '"約"#,##0"件"'].map(unitOfNumberFormat)).toEqual(['㎡', '施設', '戸', '人', '件']);
    expect(['#,##0\\ "kg"', '#,##0_ "人"'].map(unitOfNumberFormat)).toEqual(['kg', '人']);
    expect(['General', '0.0%', '#,##0', 'yyyy"年"m"月"', '@', undefined].map(unitOfNumberFormat)).toEqual([null, null, null, null, null, null]);
    // Shown in thousands ("#,##0,"): the cell's value counts yen, not 千円; a year's label and a separator are no units.
    expect(['#,##0,"千円"', '0"年度"', '00"-"0000'].map(unitOfNumberFormat)).toEqual([null, null, null]);
  });

  it('are read from an .xlsx file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'format-units-'));
    const file = path.join(dir, 'plan.xlsx');
    await fs.writeFile(file, await planWithUnitFormats());
    const { evaluation } = await evaluateFile(file);
    expect(judged(evaluation)).toEqual(EXPECTED);
    await fs.rm(dir, { recursive: true });
  });

  it('are read in Excel', async () => {
    const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(await planWithUnitFormats()));
    const standin = createStandin({ workbook, displayLanguage: 'ja-JP' });
    const { evaluation } = await createServices(standin.host).evaluate(DEFAULT_SETTINGS, () => undefined);
    expect(judged(evaluation)).toEqual(EXPECTED);
  });
});

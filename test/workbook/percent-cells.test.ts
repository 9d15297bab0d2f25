/**
 * A number typed as "95%" is kept by Excel as 0.95 with a percentage format: both adapters (the .xlsx file and
 * Excel, on the stand-in) must read it as 95 %, as people see it, and a fraction without that format as written.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { isPercentFormat } from '../../src/core/cell-text';
import type { Evaluation } from '../../src/core/model';
import { createServices } from '../../src/office/services';
import { DEFAULT_SETTINGS } from '../../src/office/use-cases';
import { createStandin, StandinWorkbook } from '../../src/standin';
import { evaluateFile } from '../../src/workbook/evaluate-file';

async function planWithPercentCells(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('行動計画');
  sheet.addRows([
    ['No.', '取組項目', '目標', 'R2年度末実績', '進捗状況'],
    [1, '電子申請の利用促進', '電子申請率 R2年度:90%以上', 0.95, '順調'],
    [2, '満足度の向上', '利用者満足度 R2年度:80%以上', 0.752, '遅れ'],
    [3, '研修の充実', '研修受講率', 0.9, null],
  ]);
  sheet.getCell('D2').numFmt = '0%';
  sheet.getCell('D3').numFmt = '0.0%';
  sheet.getCell('D4').numFmt = '0.0%';
  sheet.getCell('C4').value = 0.85;
  sheet.getCell('C4').numFmt = '0%';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function judged(evaluation: Evaluation): unknown[] {
  return evaluation.initiatives.map((i) => [i.indicators[0]?.actual?.value, i.indicators[0]?.actual?.unit, i.status]);
}

const EXPECTED = [
  [95, '%', 'achieved'],
  [75.2, '%', 'delayed'],
  [90, '%', 'achieved'],
];

describe('numbers shown as percentages', () => {
  it('are told by their number format', () => {
    expect(['0%', '0.0%', '[Red]0.00%', '#,##0.0%;-#,##0.0%'].map(isPercentFormat)).toEqual([true, true, true, true]);
    expect(['General', '0"%"', '0\\%', '0.0', '@', undefined].map(isPercentFormat)).toEqual([false, false, false, false, false, false]);
  });

  it('are read as the percentage shown from an .xlsx file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'percent-'));
    const file = path.join(dir, 'plan.xlsx');
    await fs.writeFile(file, await planWithPercentCells());
    const { evaluation } = await evaluateFile(file);
    expect(judged(evaluation)).toEqual(EXPECTED);
    expect(evaluation.problems.filter((p) => p.code === 'statusContradiction')).toEqual([]);
    await fs.rm(dir, { recursive: true });
  });

  it('are read as the percentage shown in Excel', async () => {
    const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(await planWithPercentCells()));
    const standin = createStandin({ workbook, displayLanguage: 'ja-JP' });
    const { evaluation } = await createServices(standin.host).evaluate(DEFAULT_SETTINGS, () => undefined);
    expect(judged(evaluation)).toEqual(EXPECTED);
  });
});

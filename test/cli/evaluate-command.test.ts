import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main';
import { run } from '../support/cli';
import {
  coverSheetFirstPlan, emptySheetWorkbook, englishHeadersPlan, hostileCellsPlan, noPlanWorkbook, numericCellsPlan,
  uncomputedFormulasPlan,
} from '../fixtures/build-fixtures';

const SAMPLE = path.join(__dirname, '../../examples/action-plan-r2.xlsx');


async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ape-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('evaluate on the sample plan', () => {
  it('prints the headline, every delay with its cause, and the cells to check', async () => {
    const { code, stdout, stderr } = await run(SAMPLE);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('全14取組のうち、8の取組は順調、6の取組に遅れ');
    expect(stdout).toContain('要因［関係者との調整］: 市町村において、新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。');
    expect(stdout.match(/要因［新型コロナウイルス感染症］/g)).toHaveLength(5);
    expect(stdout).toMatch(/D14\t警告\t「2\.000件以上\/年」は 2 と読んだ/);
  });

  it('writes the report as JSON on stdout with nothing else there', async () => {
    const { code, stdout, stderr } = await run(SAMPLE, '--json', '-');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ schemaVersion: 1, workbook: 'action-plan-r2.xlsx', sheet: '行動計画', headerRow: 4, year: 'R2' });
    expect(report.counts).toEqual({ total: 14, onTrack: 8, achieved: 6, delayed: 6, unknown: 0 });
    const delayed = report.initiatives.filter((i: { status: string }) => i.status === 'delayed');
    expect(delayed.every((i: { cause: string | null }) => typeof i.cause === 'string' && i.cause.length > 0)).toBe(true);
    const rpa = report.initiatives[0];
    expect(rpa.indicators[0]).toMatchObject({ name: 'RPA導入業務数', target: { value: 50, unit: '業務', direction: 'atLeast' }, actual: { value: 51, unit: '業務' }, rate: 1.02, status: 'achieved' });
    expect(stderr).toContain('全14取組');
  });

  it('on a terminal, says what it is reading and writing while it works, apart from the result', async () => {
    const out = path.join(dir, 'progress.xlsx');
    const events: string[] = [];
    const code = await runCli([SAMPLE, '--out', out], {
      stdout: (t) => events.push(`stdout:${t.split('\n')[0]}`),
      stderr: (t) => events.push(`stderr:${t}`),
      progress: (t) => events.push(`progress:${t}`),
    });
    expect(code).toBe(0);
    expect(events.filter((e) => e.startsWith('stderr:'))).toEqual([]);
    const progress = events.filter((e) => e.startsWith('progress:'));
    expect(progress).toEqual(['progress:action-plan-r2.xlsx を読み込んでいます…\n', 'progress:progress.xlsx に書き出しています…\n']);
    // Reading is announced before the result, writing after it.
    expect(events.indexOf(progress[0] ?? '')).toBe(0);
    expect(events.indexOf(progress[1] ?? '')).toBeGreaterThan(events.findIndex((e) => e.startsWith('stdout:')));
  });

  it('writes JSON to a file and speaks English when asked', async () => {
    const out = path.join(dir, 'report.json');
    const { code, stdout } = await run(SAMPLE, '--json', out, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('14 initiatives: 8 on track, 6 delayed');
    const report = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(report.problems[0].message).toMatch(/mistyped thousands separator/);
  });

  it('grades by an office’s own band thresholds, and refuses ones that do not fit the preset', async () => {
    const grades = async (...extra: string[]) => JSON.parse((await run(SAMPLE, '--json', '-', '--preset', 'abcd', ...extra)).stdout).initiatives.find((i: { row: number }) => i.row === 8).grade;
    expect(await grades()).toBe('C');
    expect(await grades('--thresholds', '100,70,40')).toBe('B');
    const bad = await run(SAMPLE, '--preset', 'abcd', '--thresholds', '100,120');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--thresholds');
  });

  it('evaluates another year when told', async () => {
    const { stdout } = await run(SAMPLE, '--year', 'R3', '--json', '-');
    const report = JSON.parse(stdout);
    expect(report.year).toBe('R3');
    expect(report.problems.some((p: { code: string }) => p.code === 'noTargetForYear')).toBe(true);
  });
});

describe('plans laid out differently', () => {
  it('reads English headers', async () => {
    const file = path.join(dir, 'english.xlsx');
    await englishHeadersPlan(file);
    const report = JSON.parse((await run(file, '--json', '-')).stdout);
    expect(report.counts).toMatchObject({ total: 5, delayed: 1 });
    const overtime = report.initiatives.find((i: { name: string }) => i.name === 'Reduce overtime work');
    expect(overtime.indicators[0].target).toMatchObject({ value: 20, direction: 'atMost' });
    expect(overtime.status).toBe('achieved');
  });

  it('reads numeric cells with a unit column, below a title', async () => {
    const file = path.join(dir, 'numeric.xlsx');
    await numericCellsPlan(file);
    const report = JSON.parse((await run(file, '--json', '-')).stdout);
    expect(report.headerRow).toBe(3);
    const byName = (name: string) => report.initiatives.find((i: { name: string }) => i.name === name);
    expect(byName('RPAによる業務自動化の推進').indicators[0].actual).toEqual({ value: 51, unit: '業務' });
    expect(byName('時間外勤務の縮減').status).toBe('achieved');
    expect(byName('長時間労働の是正').status).toBe('delayed');
  });

  it('finds the plan behind a cover sheet and a notes sheet', async () => {
    const file = path.join(dir, 'cover.xlsx');
    await coverSheetFirstPlan(file);
    const report = JSON.parse((await run(file, '--json', '-')).stdout);
    expect(report.sheet).toBe('R2実績');
    expect(report.headerRow).toBe(5);
  });

  it('names every unreadable cell, and never lets a cause become a formula in the report', async () => {
    const file = path.join(dir, 'hostile.xlsx');
    await hostileCellsPlan(file);
    const { code, stdout } = await run(file, '--json', '-');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const cells = report.problems.map((p: { cell: string; code: string }) => `${p.cell}:${p.code}`);
    expect(cells).toEqual(expect.arrayContaining(['D2:cellError', 'E3:cellError', 'D4:unexpectedCellType', 'D5:unexpectedCellType']));
    // Where the sheet's other formulas have values, one without is an empty result (Excel's "" from =IF(…,"",…)).
    expect(cells.filter((c: string) => c.endsWith(':formulaNotComputed'))).toEqual([]);
    expect(report.initiatives.map((i: { cause: string | null }) => i.cause).filter(Boolean)).toEqual(
      expect.arrayContaining(['=HYPERLINK("http://example.com")', '@担当者の異動により集計が未了のため。']),
    );
  });
});

describe('formulas saved without their values', () => {
  it('names each one and says what to do, where no formula of the sheet has a value', async () => {
    const file = path.join(dir, 'uncomputed.xlsx');
    await uncomputedFormulasPlan(file);
    const { code, stdout } = await run(file, '--json', '-');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const notComputed = report.problems.filter((p: { code: string }) => p.code === 'formulaNotComputed');
    expect(notComputed.map((p: { cell: string; message: string }) => [p.cell, p.message])).toEqual([
      ['E2', '数式（=SUM(G2:H2)）の計算結果がファイルに保存されていないため、読み取れない。Excelで開いて保存し直してから評価してください。'],
      ['E3', '数式の計算結果がファイルに保存されていないため、読み取れない。Excelで開いて保存し直してから評価してください。'],
    ]);
    expect(report.initiatives.map((i: { status: string }) => i.status)).toEqual(['on-track', 'on-track', 'achieved']);
  });
});

describe('bad input', () => {
  const expectInputError = (result: { code: number; stdout: string; stderr: string }, pattern: RegExp) => {
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it('names a missing file', async () => {
    expectInputError(await run(path.join(dir, 'nothing.xlsx')), /ファイルが見つかりません: .*nothing\.xlsx/);
  });

  it('says a folder is a folder, not a missing file', async () => {
    expectInputError(await run(dir), /フォルダです。評価するブック（\.xlsx）のファイルを指定してください: /);
  });

  it('refuses a file that is not a workbook', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await fs.writeFile(file, 'これはExcelではありません');
    expectInputError(await run(file), /Excelブック（\.xlsx）ではありません/);
    const txt = path.join(dir, 'plan.csv');
    await fs.writeFile(txt, 'a,b');
    expectInputError(await run(txt, '--lang', 'en'), /Not an Excel workbook/);
  });

  it('refuses a damaged workbook', async () => {
    const file = path.join(dir, 'damaged.xlsx');
    const good = await englishHeadersPlan();
    await fs.writeFile(file, good.subarray(0, Math.floor(good.length / 2)));
    expectInputError(await run(file), /ブックを読み込めません/);
  });

  it('says when no sheet looks like a plan, naming the sheets', async () => {
    const file = path.join(dir, 'noplan.xlsx');
    await noPlanWorkbook(file);
    expectInputError(await run(file), /行動計画らしいシートが見つかりません.*職員名簿, 予算執行状況, 会議室予約/);
  });

  it('says when the workbook is empty', async () => {
    const file = path.join(dir, 'empty.xlsx');
    await emptySheetWorkbook(file);
    expectInputError(await run(file, '--lang', 'en'), /Sheet "Sheet1" is empty/);
  });

  it('says when a named sheet does not exist', async () => {
    expectInputError(await run(SAMPLE, '--sheet', '計画'), /シート「計画」がありません。あるシート: 表紙, 行動計画/);
  });

  it('rejects wrong arguments with usage and exit 2', async () => {
    const result = await run(SAMPLE, '--lang', 'fr');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang には ja か en を指定してください');
    expect((await run()).code).toBe(2);
    expect((await run(SAMPLE, '--year', 'someday')).code).toBe(2);
    expect((await run(SAMPLE, '--bogus')).code).toBe(2);
  });

  it('never writes the input, not even when asked to', async () => {
    const copy = path.join(dir, 'plan.xlsx');
    await fs.copyFile(SAMPLE, copy);
    const before = await sha256(copy);
    expect((await run(copy, '--json', copy)).code).toBe(2);
    await run(copy);
    await run(copy, '--json', path.join(dir, 'r.json'));
    expect(await sha256(copy)).toBe(before);
  });
});

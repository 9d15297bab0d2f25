/**
 * `evaluate` when it cannot do what it is asked: an output it cannot write, a zip that is not a workbook, wrong
 * arguments. Each time a user sees exit 2 and one line on stderr that says what is wrong — never a stack, never
 * the whole usage — and nothing is created or changed.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { run, type RunResult } from '../support/cli';

const SAMPLE = path.join(__dirname, '../../examples/action-plan-r2.xlsx');



/** Exit 2 and exactly one line on stderr, matching `pattern`, with no stack and nothing on stdout. */
function expectOneLineError(result: RunResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |予期しないエラー|Unexpected error|ENOENT/u);
  expect(result.stdout).toBe('');
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(() => true, () => false);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

let dir: string;
let plan: string;
let planHash: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ape-cli-errors-'));
  plan = path.join(dir, 'plan.xlsx');
  await fs.copyFile(SAMPLE, plan);
  planHash = await sha256(plan);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('an output it cannot write', () => {
  it('--json into a folder that does not exist: names the path, creates nothing, in Japanese and English', async () => {
    const missing = path.join(dir, 'no-such-folder', 'deeper');
    const json = path.join(missing, 'report.json');
    expectOneLineError(await run(plan, '--json', json), new RegExp(`^書き出せません（フォルダー ${escape(missing)} がありません）: ${escape(json)}\\n$`, 'u'));
    expectOneLineError(await run(plan, '--json', json, '--lang', 'en'), new RegExp(`^Cannot write ${escape(json)}: there is no folder ${escape(missing)}\\n$`, 'u'));
    expect(await exists(path.join(dir, 'no-such-folder'))).toBe(false);
    expect(await sha256(plan)).toBe(planHash);
  });

  it('--out into a folder that does not exist is refused the same way: the folder is not created', async () => {
    const missing = path.join(dir, 'typo-folder');
    const out = path.join(missing, 'evaluated.xlsx');
    expectOneLineError(await run(plan, '--out', out), new RegExp(`^書き出せません（フォルダー ${escape(missing)} がありません）: ${escape(out)}\\n$`, 'u'));
    expectOneLineError(await run(plan, '--out', out, '--lang', 'en'), /^Cannot write .*evaluated\.xlsx: there is no folder /u);
    expect(await exists(missing)).toBe(false);
    expect(await sha256(plan)).toBe(planHash);
  });

  it('writes nothing at all when one of two outputs cannot be written', async () => {
    const json = path.join(dir, 'written-too-early.json');
    const out = path.join(dir, 'missing', 'evaluated.xlsx');
    expectOneLineError(await run(plan, '--json', json, '--out', out), /書き出せません（フォルダー .*missing がありません）/u);
    expect(await exists(json)).toBe(false);
    expect(await exists(path.join(dir, 'missing'))).toBe(false);
  });

  it('refuses an output that is a folder', async () => {
    const folder = path.join(dir, 'a-folder.xlsx');
    await fs.mkdir(folder);
    expectOneLineError(await run(plan, '--json', dir), new RegExp(`書き出せません（フォルダーです。ファイル名を指定してください）: ${escape(dir)}`, 'u'));
    expectOneLineError(await run(plan, '--out', folder, '--lang', 'en'), /Cannot write .*a-folder\.xlsx: it is a folder/u);
    expect((await fs.readdir(folder))).toEqual([]);
  });

  it('still creates the file itself in a folder that exists, and leaves no temporary file beside it', async () => {
    const sub = await fs.mkdtemp(path.join(dir, 'ok-'));
    const json = path.join(sub, 'report.json');
    const out = path.join(sub, 'evaluated.xlsx');
    const result = await run(plan, '--json', json, '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(await fs.readFile(json, 'utf8'))).toMatchObject({ schemaVersion: 1 });
    expect((await fs.readdir(sub)).sort()).toEqual(['evaluated.xlsx', 'report.json']);
    expect(await sha256(plan)).toBe(planHash);
  });
});

describe('a zip that is not an .xlsx workbook', () => {
  const NOT_XLSX = /^ブックを読み込めません（破損しているか、\.xlsx形式ではありません）: .*\n$/u;

  it('is refused as not an .xlsx / damaged, like any other file that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'hi\n');
    const file = path.join(dir, 'zip-of-text.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    expectOneLineError(await run(file), NOT_XLSX);
    expectOneLineError(await run(file, '--lang', 'en'), /^Cannot read the workbook \(damaged or not in \.xlsx format\): .*zip-of-text\.xlsx\n$/u);
  });

  it('is refused when an .xlsx has lost its workbook part', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE));
    zip.remove('xl/workbook.xml');
    const file = path.join(dir, 'no-workbook-part.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const out = path.join(dir, 'no-workbook-part-evaluated.xlsx');
    expectOneLineError(await run(file, '--out', out), NOT_XLSX);
    expect(await exists(out)).toBe(false);
  });
});

describe('wrong arguments', () => {
  it.each([
    [['--lang', 'fr'], /^--lang には ja か en を指定してください（指定: fr）。/u],
    [['--bogus'], /^不明なオプションです: --bogus。/u],
    [['--year', 'someday'], /^--year の年度が読めません（指定: someday。/u],
    [['--json'], /^--json に値を指定してください。/u],
    [['--tolerance', '2'], /^--tolerance には 0 以上 1 未満の割合/u],
  ])('%j: one line saying what is wrong and how to see the usage, exit 2', async (extra, pattern) => {
    const result = await run(plan, ...extra);
    expectOneLineError(result, pattern);
    expect(result.stderr).toMatch(/使い方は npm run evaluate -- --help で表示できます。\n$/u);
    expect(result.stderr).not.toContain('--sheet NAME');
  });

  it('speaks English when asked, even when another argument is wrong', async () => {
    const result = await run(plan, '--bogus', '--lang', 'en');
    expectOneLineError(result, /^Unknown option --bogus\. See npm run evaluate -- --help for the usage\.\n$/u);
    expectOneLineError(await run(plan, '--year', 'someday', '--lang', 'en'), /^--year: not a fiscal year: someday .*--help/u);
  });

  it('says so when no workbook, or more than one, is given', async () => {
    expectOneLineError(await run(), /^評価するブック（\.xlsx）を指定してください。使い方は/u);
    expectOneLineError(await run(plan, plan), /^ブックは一度に一つだけ指定してください/u);
  });

  it('says the workbook is named alone when "evaluate" is typed before it, as if a subcommand', async () => {
    expectOneLineError(await run('evaluate', plan), /^「evaluate」は書かずに、ブックだけを指定してください（例: npm run evaluate -- .*plan.*\.xlsx）。/u);
    expectOneLineError(await run('evaluate', plan, '--lang', 'en'), /^Name the workbook alone, without "evaluate"/u);
  });

  it('--help and -h print the usage on stdout and exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await run(flag);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^Usage: npm run evaluate -- <workbook\.xlsx> \[options\]\n/u);
      expect(result.stdout).toContain('--json FILE|-');
    }
  });
});

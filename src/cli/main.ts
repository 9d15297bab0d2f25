/**
 * `evaluate`: judge the action plan in an .xlsx file and print the result. Exit 0 when evaluated, 2 on a usage
 * or input error or an output that cannot be written (one line on stderr), 1 on an unexpected failure (its
 * message, and the stack only with DEBUG). `--help` prints the usage on stdout.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EvaluationError } from '../core/errors';
import { gradingRules } from '../core/grading';
import { errorMessage } from '../core/messages';
import { cliMessage } from '../core/messages-cli';
import { summaryWorkbook } from '../core/sheets/layouts';
import { reportJson } from '../core/report';
import { summaryText } from '../core/summary-text';
import { evaluateFile } from '../workbook/evaluate-file';
import { checkOutputFile, OutputError, writeOutputFile } from '../workbook/output-file';
import { writeEvaluatedWorkbook } from '../workbook/write-evaluated';
import { langHint, parseCliArgs, USAGE } from './args';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where a step of a long run is announced ("… を読み込んでいます…"); none when nobody is watching. */
  readonly progress?: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // A large workbook takes seconds to read: say so on a terminal, never into a pipe or a log that is read later.
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
};

/** True when both paths reach one file: the same path, a symbolic link or a hard link to it. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // One of them does not exist yet, so they are not one file.
  }
}

export async function runCli(argv: readonly string[], io: Io = processIo): Promise<number> {
  let lang = langHint(argv);
  try {
    const args = parseCliArgs(argv);
    lang = args.lang;
    if (args.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const outputs = [args.json, args.out].filter((output): output is string => output !== null && output !== '-');
    for (const output of outputs) {
      if (await sameFile(output, args.workbook)) throw new EvaluationError('outputIsInput', { path: output });
    }
    // Before the (possibly long) read, and so before anything is written: every output can be written.
    for (const output of outputs) await checkOutputFile(output);
    io.progress?.(`${cliMessage(args.lang, 'cli.reading', { file: path.basename(args.workbook) })}\n`);
    const { evaluation, fileName, workbook, bytes, revisions } = await evaluateFile(args.workbook, {
      sheet: args.sheet, year: args.year, preset: args.preset, onTrackTolerance: args.tolerance, thresholds: args.thresholds, lang: args.lang,
    });
    const jsonToStdout = args.json === '-';
    if (args.json !== null) {
      const json = `${JSON.stringify(reportJson(evaluation, fileName, args.lang), null, 2)}\n`;
      if (jsonToStdout) io.stdout(json);
      else await writeOutputFile(args.json, json);
    }
    const say = jsonToStdout ? io.stderr : io.stdout;
    say(`${summaryText(evaluation, args.lang)}\n`);
    if (args.out !== null) {
      const rules = gradingRules({ preset: args.preset, onTrackTolerance: args.tolerance, thresholds: args.thresholds, lang: args.lang });
      io.progress?.(`${cliMessage(args.lang, 'cli.writing', { file: path.basename(args.out) })}\n`);
      const spec = summaryWorkbook({ evaluation, rules, lang: args.lang, workbookName: fileName, generatedAt: new Date(), revisions });
      const result = await writeEvaluatedWorkbook(workbook, bytes, spec, args.out);
      if (result.separateBecause.length > 0) {
        const parts = result.separateBecause.map((part) => cliMessage(args.lang, `part.${part}`)).join(args.lang === 'ja' ? '・' : ', ');
        say(`${cliMessage(args.lang, 'cli.separate', { parts })}\n`);
      }
      say(`\n${cliMessage(args.lang, 'cli.wrote', { path: path.resolve(args.out), sheets: result.sheets.join(', ') })}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof EvaluationError) {
      io.stderr(`${errorMessage(lang, error.code, error.params)}\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`${cliMessage(lang, `output.${error.problem}`, { path: error.file, folder: error.folder, detail: error.detail })}\n`);
      return 2;
    }
    const text = error instanceof Error ? error.message : String(error);
    io.stderr(`${lang === 'ja' ? '予期しないエラー' : 'Unexpected error'}: ${text}\n`);
    if (process.env.DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 1;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the evaluation.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

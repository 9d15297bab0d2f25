/** Command-line arguments of `evaluate`, checked before any file is touched. */
import { parseArgs } from 'node:util';
import { EvaluationError } from '../core/errors';
import { gradingRules, PRESET_NAMES, validThresholds, type PresetName } from '../core/grading';
import { LANGS, type Lang } from '../core/messages';
import { cliMessage, type CliMessageKey } from '../core/messages-cli';
import { parseYearLabel } from '../core/quantity';
import type { FiscalYear } from '../core/quantity-types';

export interface CliArgs {
  readonly workbook: string;
  readonly sheet: string | null;
  readonly year: FiscalYear | null;
  readonly json: string | null;
  readonly out: string | null;
  readonly lang: Lang;
  readonly preset: PresetName;
  readonly tolerance: number;
  /** Band thresholds as ratios, highest band first; null = the preset's. */
  readonly thresholds: number[] | null;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run evaluate -- <workbook.xlsx> [options]

  --sheet NAME        the plan sheet (default: the sheet that looks like a plan)
  --year R2           the evaluated fiscal year (R2, 令和2年度, FY2020, 2020; default: from the headers)
  --json FILE|-       write the report as JSON (- = standard output, nothing else printed there)
  --out FILE.xlsx     write a copy of the workbook with the summary sheets added
  --lang ja|en        language of messages and sheets (default: ja)
  --preset NAME       grading: report (順調/遅れ), abcd, sabc, marks (default: report)
  --tolerance 0.05    count an initiative within this share of its target as on track (default: 0)
  --thresholds 100,90,60
                      an office's own band thresholds in % for a band preset, highest band first
  --help              this text

Exit codes: 0 evaluated (delays are not errors), 2 usage or input error.`;

/** The language asked for, known even when the rest of the arguments are wrong (anything but en is ja). */
export function langHint(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'ja';
}

/** What is wrong, then where the usage is: one line (Japanese sentences follow each other without a space). */
function withHint(lang: Lang, text: string): EvaluationError {
  return new EvaluationError('usage', { message: `${text}${lang === 'ja' && text.endsWith('。') ? '' : ' '}${cliMessage(lang, 'usage.hint')}` });
}

/** A usage error: one line saying what is wrong and where the usage is, never the usage itself. */
function usage(lang: Lang, key: CliMessageKey, params: Readonly<Record<string, string | number>> = {}): EvaluationError {
  return withHint(lang, cliMessage(lang, key, params));
}

/** node:util parseArgs' own errors (English, some over several lines) as a usage error in the user's language. */
function parseError(lang: Lang, error: unknown): EvaluationError {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  const quoted = /'([^']+)'/u.exec(text)?.[1] ?? '';
  // "'--json <value>'" and "'-h, --help'": the long name alone.
  const option = (quoted.split(', ').pop() ?? '').replace(/ <value>$/u, '');
  if (option) {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usage(lang, 'usage.unknownOption', { option });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/argument missing/u.test(text)) return usage(lang, 'usage.missingValue', { option });
      if (/does not take an argument/u.test(text)) return usage(lang, 'usage.takesNoValue', { option });
      if (/ambiguous/u.test(text)) return usage(lang, 'usage.dashValue', { option });
    }
  }
  return withHint(lang, text.split('\n')[0] ?? text);
}

function parseYear(lang: Lang, text: string | undefined): FiscalYear | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (/^\d{4}$/u.test(trimmed)) return Number(trimmed);
  const year = parseYearLabel(trimmed);
  if (year === null) throw usage(lang, 'usage.year', { value: text });
  return year;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  // Errors are told in the language asked for, even when that is not yet known to be right.
  const hint = langHint(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: 'string' }, year: { type: 'string' }, json: { type: 'string' }, out: { type: 'string' },
        lang: { type: 'string' }, preset: { type: 'string' }, tolerance: { type: 'string' }, thresholds: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw parseError(hint, error);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return { workbook: '', sheet: null, year: null, json: null, out: null, lang: 'ja', preset: 'report', tolerance: 0, thresholds: null, help: true };
  }
  if (positionals.length === 0) throw usage(hint, 'usage.noWorkbook');
  // "npm run evaluate -- evaluate plan.xlsx": the command's name typed again, as if it were a subcommand.
  if (positionals.length === 2 && positionals[0] === 'evaluate') throw usage(hint, 'usage.notSubcommand', { file: positionals[1] ?? '' });
  if (positionals.length > 1) throw usage(hint, 'usage.manyWorkbooks', { files: positionals.join(' ') });
  const lang = (values.lang ?? 'ja') as Lang;
  if (!LANGS.includes(lang)) throw usage(hint, 'usage.lang', { value: String(values.lang) });
  const preset = (values.preset ?? 'report') as PresetName;
  if (!PRESET_NAMES.includes(preset)) throw usage(lang, 'usage.preset', { names: PRESET_NAMES.join(', '), value: String(values.preset) });
  const tolerance = values.tolerance === undefined ? 0 : Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance >= 1) throw usage(lang, 'usage.tolerance', { value: String(values.tolerance) });
  const thresholds = values.thresholds === undefined ? null : values.thresholds.split(',').map((t) => Number(t) / 100);
  if (thresholds !== null && !validThresholds(gradingRules({ preset }), thresholds)) {
    throw usage(lang, 'usage.thresholds', { preset, value: values.thresholds ?? '' });
  }
  const out = values.out ?? null;
  if (out !== null && !/\.xlsx$/iu.test(out)) throw usage(lang, 'usage.outNotXlsx', { value: out });
  return {
    workbook: positionals[0] ?? '',
    sheet: values.sheet ?? null,
    year: parseYear(lang, values.year),
    json: values.json ?? null,
    out,
    lang,
    preset,
    tolerance,
    thresholds,
    help: false,
  };
}

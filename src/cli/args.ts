/** Command-line arguments of `evaluate`, checked before any file is touched. */
import { parseArgs } from 'node:util';
import { EvaluationError } from '../core/errors';
import { gradingRules, PRESET_NAMES, validThresholds, type PresetName } from '../core/grading';
import { LANGS, type Lang } from '../core/messages';
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

function usage(message: string): EvaluationError {
  return new EvaluationError('usage', { message: `${message}\n\n${USAGE}` });
}

function parseYear(text: string | undefined): FiscalYear | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (/^\d{4}$/u.test(trimmed)) return Number(trimmed);
  const year = parseYearLabel(trimmed);
  if (year === null) throw usage(`--year: not a fiscal year: ${text}`);
  return year;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
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
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return { workbook: '', sheet: null, year: null, json: null, out: null, lang: 'ja', preset: 'report', tolerance: 0, thresholds: null, help: true };
  }
  if (positionals.length !== 1) throw usage(positionals.length === 0 ? 'No workbook given.' : `One workbook at a time: ${positionals.join(' ')}`);
  const lang = (values.lang ?? 'ja') as Lang;
  if (!LANGS.includes(lang)) throw usage(`--lang: ja or en, not ${values.lang}`);
  const preset = (values.preset ?? 'report') as PresetName;
  if (!PRESET_NAMES.includes(preset)) throw usage(`--preset: one of ${PRESET_NAMES.join(', ')}, not ${values.preset}`);
  const tolerance = values.tolerance === undefined ? 0 : Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance >= 1) throw usage(`--tolerance: a share between 0 and 1, not ${values.tolerance}`);
  const thresholds = values.thresholds === undefined ? null : values.thresholds.split(',').map((t) => Number(t) / 100);
  if (thresholds !== null && !validThresholds(gradingRules({ preset }), thresholds)) {
    throw usage(`--thresholds: one falling percentage for each band of ${preset} but the last, not ${values.thresholds}`);
  }
  return {
    workbook: positionals[0] ?? '',
    sheet: values.sheet ?? null,
    year: parseYear(values.year),
    json: values.json ?? null,
    out: values.out ?? null,
    lang,
    preset,
    tolerance,
    thresholds,
    help: false,
  };
}

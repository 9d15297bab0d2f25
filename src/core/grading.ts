/**
 * Grading rules: how a rate becomes a status and a grade. Presets follow the practice of Japanese public
 * offices; each is plain data, so an office can adjust thresholds without code.
 */
import type { Status } from './model';

export interface Band {
  /** Lowest rate (ratio, 1 = 100%) that earns this band. */
  readonly minRate: number;
  readonly grade: string;
  readonly status: Status;
}

export type PresetName = 'report' | 'abcd' | 'sabc' | 'marks';

export interface GradingRules {
  readonly preset: PresetName;
  /** From the highest band down; the last band should start at -Infinity. */
  readonly bands: readonly Band[];
  /** Grade shown for each status when an initiative is judged from its recorded status. */
  readonly gradeByStatus: Readonly<Record<Exclude<Status, 'unknown'>, string>>;
}

export const PRESET_NAMES: readonly PresetName[] = ['report', 'abcd', 'sabc', 'marks'];

/**
 * The published report's 順調/遅れ: a measured initiative below its target is delayed, unless an on-track
 * tolerance (e.g. 0.05 = within 5% of the target) is given.
 */
function reportRules(onTrackTolerance: number, lang: 'ja' | 'en'): GradingRules {
  const onTrack = lang === 'ja' ? '順調' : 'On track';
  const delayed = lang === 'ja' ? '遅れ' : 'Delayed';
  const bands: Band[] = [{ minRate: 1, grade: onTrack, status: 'achieved' }];
  if (onTrackTolerance > 0) bands.push({ minRate: 1 - onTrackTolerance, grade: onTrack, status: 'on-track' });
  bands.push({ minRate: -Infinity, grade: delayed, status: 'delayed' });
  return { preset: 'report', bands, gradeByStatus: { achieved: onTrack, 'on-track': onTrack, delayed } };
}

export interface GradingOptions {
  readonly preset?: PresetName;
  readonly onTrackTolerance?: number;
  readonly lang?: 'ja' | 'en';
  /**
   * An office's own lower bounds for the bands of a band preset (ratios, highest band first, the last band
   * open-ended): [1, 0.9, 0.6] makes abcd A ≥100% / B ≥90% / C ≥60% / D.
   */
  readonly thresholds?: readonly number[] | null;
}

/** Thresholds that fit the preset's bands: one per bounded band, positive, falling. Others are ignored. */
export function validThresholds(rules: GradingRules, thresholds: readonly number[] | null | undefined): readonly number[] | null {
  const bounded = rules.bands.filter((b) => Number.isFinite(b.minRate)).length;
  if (!thresholds || rules.preset === 'report' || thresholds.length !== bounded) return null;
  const ok = thresholds.every((t, i) => Number.isFinite(t) && t > 0 && (i === 0 || t < (thresholds[i - 1] ?? Infinity)));
  return ok ? thresholds : null;
}

export function gradingRules(options: GradingOptions = {}): GradingRules {
  const rules = presetRules(options);
  const thresholds = validThresholds(rules, options.thresholds);
  if (!thresholds) return rules;
  return { ...rules, bands: rules.bands.map((b, i) => (Number.isFinite(b.minRate) ? { ...b, minRate: thresholds[i] ?? b.minRate } : b)) };
}

function presetRules(options: GradingOptions): GradingRules {
  const tolerance = Math.min(Math.max(options.onTrackTolerance ?? 0, 0), 1);
  switch (options.preset ?? 'report') {
    case 'report':
      return reportRules(tolerance, options.lang ?? 'ja');
    case 'abcd':
      return {
        preset: 'abcd',
        bands: [
          { minRate: 1, grade: 'A', status: 'achieved' },
          { minRate: 0.8, grade: 'B', status: 'on-track' },
          { minRate: 0.5, grade: 'C', status: 'delayed' },
          { minRate: -Infinity, grade: 'D', status: 'delayed' },
        ],
        gradeByStatus: { achieved: 'A', 'on-track': 'B', delayed: 'C' },
      };
    case 'sabc':
      return {
        preset: 'sabc',
        bands: [
          { minRate: 1.2, grade: 'S', status: 'achieved' },
          { minRate: 1, grade: 'A', status: 'achieved' },
          { minRate: 0.8, grade: 'B', status: 'on-track' },
          { minRate: -Infinity, grade: 'C', status: 'delayed' },
        ],
        gradeByStatus: { achieved: 'A', 'on-track': 'B', delayed: 'C' },
      };
    case 'marks':
      return {
        preset: 'marks',
        bands: [
          { minRate: 1, grade: '◎', status: 'achieved' },
          { minRate: 0.8, grade: '○', status: 'on-track' },
          { minRate: 0.5, grade: '△', status: 'delayed' },
          { minRate: -Infinity, grade: '×', status: 'delayed' },
        ],
        gradeByStatus: { achieved: '◎', 'on-track': '○', delayed: '△' },
      };
  }
}

export function bandFor(rules: GradingRules, rate: number): Band {
  // Indexed rather than for…of: this runs for every measured indicator.
  for (let i = 0; i < rules.bands.length; i++) {
    const band = rules.bands[i] as Band;
    if (rate >= band.minRate) return band;
  }
  return rules.bands[rules.bands.length - 1] ?? { minRate: -Infinity, grade: '', status: 'delayed' };
}

/** The rules in a sentence, for the summary sheet: "A ≥100% / B ≥80% / C ≥50% / D". */
export function describeRules(rules: GradingRules): string {
  const pct = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;
  return rules.bands
    .map((b, i) => (Number.isFinite(b.minRate) ? `${b.grade} ≥${pct(b.minRate)}` : `${b.grade} <${pct(rules.bands[i - 1]?.minRate ?? 0)}`))
    .join(' / ');
}

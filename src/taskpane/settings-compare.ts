/** Whether two settings evaluate alike: what Settings holds unsaved, and whether a save changed anything. */
import { gradingRules } from '../core/grading';
import type { PlanSettings } from '../office/use-cases';

const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/** The band bounds the settings grade by: the stored ones, else the preset's own (none for the report preset). */
function bounds(settings: PlanSettings): readonly number[] {
  if (settings.preset === 'report') return [];
  return settings.thresholds ?? gradingRules({ preset: settings.preset }).bands.filter((b) => Number.isFinite(b.minRate)).map((b) => b.minRate);
}

export function sameSettings(a: PlanSettings, b: PlanSettings): boolean {
  const rolesA = Object.entries(a.columnRoles).filter(([, index]) => index !== undefined);
  const rolesB = Object.entries(b.columnRoles).filter(([, index]) => index !== undefined);
  const boundsA = bounds(a);
  const boundsB = bounds(b);
  return (
    (a.sheet ?? null) === (b.sheet ?? null) &&
    (a.year ?? null) === (b.year ?? null) &&
    a.preset === b.preset &&
    near(a.onTrackTolerance, b.onTrackTolerance) &&
    (a.lang ?? null) === (b.lang ?? null) &&
    rolesA.length === rolesB.length &&
    rolesA.every(([role, index]) => b.columnRoles[role as keyof PlanSettings['columnRoles']] === index) &&
    boundsA.length === boundsB.length &&
    boundsA.every((v, i) => near(v, boundsB[i] ?? NaN))
  );
}

/**
 * The pane's settings and the tool's marks, kept in the workbook so the next person who opens it gets the same
 * plan sheet, column mapping and grading. Settings live in `workbook.settings` (ExcelApi 1.4).
 */
import { LANGS } from '../core/messages';
import { PRESET_NAMES } from '../core/grading';
import type { Role } from '../core/model';
import { DEFAULT_SETTINGS, type PlanSettings } from './use-cases';

export const SETTINGS_KEY = 'ActionPlanEvaluator.settings';
/** Same prefix as the file writer's marks (src/workbook/owned-sheets.ts), so both recognise each other's sheets. */
export { MARKER_PREFIX } from '../core/sheets/marker';

const ROLES: readonly Role[] = ['id', 'pillar', 'name', 'indicator', 'unit', 'target', 'actual', 'status', 'cause', 'nextSteps'];

/** Stored JSON as settings, dropping anything unknown or malformed rather than failing. */
export function parseSettings(raw: unknown): PlanSettings {
  const json = typeof raw === 'string' ? safeJson(raw) : raw;
  if (typeof json !== 'object' || json === null) return DEFAULT_SETTINGS;
  const o = json as Record<string, unknown>;
  const columnRoles: Partial<Record<Role, number>> = {};
  if (typeof o.columnRoles === 'object' && o.columnRoles !== null) {
    for (const [role, index] of Object.entries(o.columnRoles as Record<string, unknown>)) {
      if (ROLES.includes(role as Role) && Number.isInteger(index) && (index as number) >= 0) columnRoles[role as Role] = index as number;
    }
  }
  const tolerance = Number(o.onTrackTolerance);
  return {
    sheet: typeof o.sheet === 'string' && o.sheet !== '' ? o.sheet : null,
    columnRoles,
    year: Number.isInteger(o.year) ? (o.year as number) : null,
    preset: PRESET_NAMES.includes(o.preset as never) ? (o.preset as PlanSettings['preset']) : DEFAULT_SETTINGS.preset,
    onTrackTolerance: Number.isFinite(tolerance) && tolerance >= 0 && tolerance < 1 ? tolerance : 0,
    thresholds: Array.isArray(o.thresholds) && o.thresholds.every((t) => typeof t === 'number' && Number.isFinite(t) && t > 0) ? (o.thresholds as number[]) : null,
    lang: LANGS.includes(o.lang as never) ? (o.lang as PlanSettings['lang']) : null,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // A setting someone edited by hand: fall back to the defaults.
  }
}

/** Queues the read; `value()` is valid after the next sync. */
export function readSettings(context: Excel.RequestContext): { value(): PlanSettings } {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  return { value: () => (item.isNullObject ? DEFAULT_SETTINGS : parseSettings(item.value)) };
}

export function queueWriteSettings(context: Excel.RequestContext, settings: PlanSettings): void {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
}

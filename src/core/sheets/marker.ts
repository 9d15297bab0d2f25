/**
 * The mark of a sheet the tool made: a workbook-level defined name "ActionPlanEvaluator_<key>" pointing at its A1.
 * Shared by the .xlsx writer and the Office.js writer, so each recognises the other's sheets.
 */
export const MARKER_PREFIX = 'ActionPlanEvaluator_';

import type { SheetKey } from './description';

/** Sheets the tool made that a new evaluation never replaces: the revision history is only appended to. */
export const PERMANENT_SHEETS: readonly SheetKey[] = ['revisions'];

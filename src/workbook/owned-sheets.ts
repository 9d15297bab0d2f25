/**
 * Which sheets the tool made. Each is marked by a workbook-level defined name ("ActionPlanEvaluator_summary"
 * → '評価サマリー'!$A$1): Excel keeps the reference right when a sheet is renamed, and a user's own sheet that
 * merely shares a name carries no such mark, so it is never replaced.
 */
import type ExcelJS from 'exceljs';
import type { SheetKey } from '../core/sheets/description';

import { MARKER_PREFIX, PERMANENT_SHEETS } from '../core/sheets/marker';
import { freeSheetName as freeName } from '../core/sheets/sheet-names';

export { MARKER_PREFIX };

interface DefinedName {
  name: string;
  ranges: string[];
}

/** The sheet a range such as "'評価サマリー'!$A$1" points at. */
export function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf('!');
  if (bang < 0) return null;
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/gu, "'") : sheet;
}

function definedNames(workbook: ExcelJS.Workbook): DefinedName[] {
  return (workbook.definedNames as unknown as { model: DefinedName[] }).model;
}

/** Sheet name → the key it was made for, for every sheet the tool made. */
export function ownedSheets(workbook: ExcelJS.Workbook): Map<string, SheetKey> {
  const owned = new Map<string, SheetKey>();
  for (const { name, ranges } of definedNames(workbook)) {
    if (!name.startsWith(MARKER_PREFIX)) continue;
    for (const range of ranges) {
      const sheet = sheetOfRange(range);
      if (sheet !== null && workbook.getWorksheet(sheet)) owned.set(sheet, name.slice(MARKER_PREFIX.length) as SheetKey);
    }
  }
  return owned;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`;
}

const PERMANENT = new Set<SheetKey>(PERMANENT_SHEETS);

/** Removes the tool's sheets and every defined name that pointed into them, so no name is left dangling. */
export function removeOwnedSheets(workbook: ExcelJS.Workbook): string[] {
  // The revision history is the tool's too, but it is only ever appended to: never replaced.
  const owned = [...ownedSheets(workbook)].filter(([, key]) => !PERMANENT.has(key)).map(([name]) => name);
  const removed = new Set(owned);
  for (const name of owned) {
    const sheet = workbook.getWorksheet(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  const kept = definedNames(workbook)
    .map((n) => ({ name: n.name, ranges: n.ranges.filter((r) => !removed.has(sheetOfRange(r) ?? '')) }))
    .filter((n) => n.ranges.length > 0 && !(n.name.startsWith(MARKER_PREFIX) && !PERMANENT.has(n.name.slice(MARKER_PREFIX.length) as SheetKey)));
  (workbook.definedNames as unknown as { model: DefinedName[] }).model = kept;
  return owned;
}

export function markOwned(workbook: ExcelJS.Workbook, sheetName: string, key: SheetKey): void {
  workbook.definedNames.add(`${quoteSheet(sheetName)}!$A$1`, `${MARKER_PREFIX}${key}`);
}

/** A sheet name Excel accepts that no remaining sheet has: "要確認", else "要確認 (2)"… */
export function freeSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  return freeName(workbook.worksheets.map((s) => s.name), wanted);
}

/**
 * ExcelApi requirement sets. Each member the stand-in implements is tagged with the set that introduced it (as
 * the Excel JavaScript API reference marks it: "[Api set: ExcelApi 1.9]"). A stand-in created with a lower
 * `apiVersion` behaves like an older Excel: `isSetSupported` says no, and a batch that uses a newer member fails
 * at `sync()` with `ApiNotFound` — the code Excel gives for "The API you are trying to use could not be found. It
 * may be available in a newer version of the Office application."
 *
 * Office 2019 (volume-licensed perpetual) stops at ExcelApi 1.7; see "Excel JavaScript API requirement sets"
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 */

export type ApiVersion = readonly [major: number, minor: number];

/** "1.9" → [1, 9]; null for anything else. */
export function parseApiVersion(text: string): ApiVersion | null {
  const match = /^\s*(\d+)\.(\d+)\s*$/u.exec(text);
  if (!match) return null;
  return [Number(match[1]), Number(match[2])];
}

export function compareApiVersions(a: ApiVersion, b: ApiVersion): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

export function formatApiVersion(version: ApiVersion): string {
  return `${version[0]}.${version[1]}`;
}

/** The newest ExcelApi set the stand-in claims by default. */
export const DEFAULT_API_VERSION = '1.17';

/**
 * The set each member belongs to, keyed "Class.member". Members not listed are ExcelApi 1.1. This table is the
 * single source the proxies consult, and what the tests check against the reference.
 */
export const MEMBER_API_SETS: Readonly<Record<string, string>> = {
  // Workbook and application
  'Workbook.settings': '1.4',
  'Workbook.getActiveCell': '1.7',
  'Workbook.name': '1.7',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Application.suspendScreenUpdatingUntilNextSync': '1.9',
  // Worksheets
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getCount': '1.4',
  'WorksheetCollection.getFirst': '1.5',
  'WorksheetCollection.getLast': '1.5',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.getUsedRange.valuesOnly': '1.2',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.tabColor': '1.7',
  'Worksheet.autoFilter': '1.9',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.protection': '1.2',
  'Worksheet.calculate': '1.6',
  'Range.calculate': '1.6',
  'Worksheet.getNext': '1.5',
  'Worksheet.getNextOrNullObject': '1.5',
  'Worksheet.getPrevious': '1.5',
  'Worksheet.getPreviousOrNullObject': '1.5',
  'WorksheetProtection.unprotect': '1.7',
  // Ranges
  'Range.getUsedRange.valuesOnly': '1.2',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Range.getResizedRange': '1.2',
  'Range.getAbsoluteResizedRange': '1.7',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.conditionalFormats': '1.6',
  'Range.isEntireColumn': '1.7',
  'Range.isEntireRow': '1.7',
  'Range.hyperlink': '1.7',
  'Range.getIntersectionOrNullObject': '1.4',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'RangeFormat.autofitColumns': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'RangeFont.strikethrough': '1.9',
  'Worksheet.showGridlines': '1.8',
  'RangeAreas': '1.9',
  // Names
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.getCount': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItem.comment': '1.4',
  'NamedItem.scope': '1.4',
  'NamedItem.getRangeOrNullObject': '1.4',
  'NamedItem.formula': '1.7',
  // Settings (the whole collection is 1.4)
  'SettingCollection': '1.4',
  'Setting': '1.4',
  // Conditional formats (1.6)
  'ConditionalFormatCollection': '1.6',
  'ConditionalFormat': '1.6',
  // Page layout, autofilter (1.9)
  'PageLayout': '1.9',
  'HeaderFooter': '1.9',
  'AutoFilter': '1.9',
  'WorksheetFreezePanes': '1.7',
};

export function memberApiSet(key: string): string {
  return MEMBER_API_SETS[key] ?? '1.1';
}

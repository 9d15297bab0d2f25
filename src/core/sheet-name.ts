/**
 * When Excel writes a sheet name in quotes in an address ("'Reform Plan 2023-24'!A8", but "行動計画!A8"). Microsoft does
 * not specify it; the rules are the ones worked out by observation in "Some notes on worksheet name quoting"
 * (XlsxWriter issue 1078, https://github.com/jmcnamara/XlsxWriter/issues/1078).
 */

/** Excel's last row and column, 1-based row and 0-based column counts. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL_LIKE = /^([A-Za-z]{1,3})(\d{1,7})$/u;

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function looksLikeCellReference(name: string): boolean {
  const m = CELL_LIKE.exec(name);
  if (m) {
    const col = columnOf(m[1] ?? '');
    const row = Number(m[2]);
    if (col < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS) return true;
  }
  // R1C1 forms: R, C, R1, C1, R1C1, RC, RC1, R1C.
  return /^(?:[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*)$/u.test(name);
}

/** True when Excel writes this sheet name in quotes in an address or formula. */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (/[^\p{L}\p{N}\p{M}_.\p{Extended_Pictographic}]/u.test(name)) return true;
  if (/^[\d.]/u.test(name)) return true;
  if (/^\p{Extended_Pictographic}/u.test(name)) return true;
  return looksLikeCellReference(name);
}

export function quoteSheetName(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/gu, "''")}'` : name;
}

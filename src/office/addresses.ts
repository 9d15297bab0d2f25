/** Excel's range addresses ("'行動計画'!B5:C7") as 0-based sheet coordinates, and back. */
import { parseA1 } from '../core/grid';
import type { Area } from '../core/sheets/description';

export interface SheetArea extends Area {
  readonly sheet: string | null;
}

/** Splits "'My ''Plan'''!A1:B2" into the sheet name and the area; null when it is not a range address. */
export function parseRangeAddress(address: string): SheetArea | null {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang < 0 ? null : address.slice(0, bang);
  const sheet = rawSheet !== null && rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/gu, "'") : rawSheet;
  const [from, to] = address.slice(bang + 1).split(':');
  const start = parseA1(from ?? '');
  const end = to === undefined ? start : parseA1(to);
  if (!start || !end) return null;
  return { sheet, top: start.row, left: start.col, bottom: end.row, right: end.col };
}

import type { CellValue, Grid, MergedArea } from '../../src/core/grid';

/** A grid as a sheet would give it: rows of values from A1, merged areas in A1:B2 notation. */
export function grid(rows: CellValue[][], merges: string[] = [], sheetName = '行動計画'): Grid {
  return { sheetName, cells: rows, merges: merges.map(mergedArea), top: 0, left: 0, mergesKnown: true };
}

function mergedArea(range: string): MergedArea {
  const [from, to] = range.split(':');
  const at = (a: string): { row: number; col: number } => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) throw new Error(`bad address ${a}`);
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const a = at(from!);
  const b = at(to!);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

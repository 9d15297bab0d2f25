/**
 * A column that says which way each indicator should go ("目指す方向": 増加/減少, "方向": ↑/↓): plans that keep
 * numbers in cells of their own often say it there, not beside the value.
 */
import type { Grid } from './grid';
import type { PlanColumn } from './model';
import type { Direction } from './quantity-types';
import { cellText } from './cell-text';
import { normalizeText } from './quantity';
import { DIRECTION_MARK_WORDS } from './vocabulary';

/** Headers of how a figure moved, not where it should go: "増減", "前年度との比較", "対前年", "推移", "change". */
const COMPARISON_HEADER = /増減|比較|対前|前年|昨年|推移|傾向|change|trend|vs\.?|compar/iu;

const MARKS: ReadonlyMap<string, Direction | null> = new Map([
  ...DIRECTION_MARK_WORDS.up.map((w) => [w, 'atLeast'] as const),
  ...DIRECTION_MARK_WORDS.down.map((w) => [w, 'atMost'] as const),
  ...DIRECTION_MARK_WORDS.level.map((w) => [w, null] as const),
]);

/**
 * The direction a cell of such a column gives: atLeast for ↑/増加, atMost for ↓/減少, null for 維持 or a blank;
 * undefined for a cell that says something else.
 */
export function directionOfMark(text: string): Direction | null | undefined {
  const key = normalizeText(text).trim().toLowerCase();
  if (key === '') return null;
  return MARKS.has(key) ? (MARKS.get(key) ?? null) : undefined;
}

/**
 * The column among `candidates` whose cells below the header are marks of direction, every one but the odd note,
 * and at least two of them; or undefined. The policy-direction column may be one ("方向性" over ↑ and ↓).
 */
export function directionColumnAmong(grid: Grid, candidates: readonly PlanColumn[], firstRow: number): PlanColumn | undefined {
  return candidates.find((column) => {
    // "前年度比", "増減": how the figure moved, which says nothing of the way it should go.
    if (COMPARISON_HEADER.test(column.header)) return false;
    let marks = 0;
    let others = 0;
    for (let row = firstRow; row < grid.cells.length; row++) {
      const value = grid.cells[row]?.[column.index] ?? null;
      if (value === null) continue;
      const mark = directionOfMark(cellText(value));
      if (mark === undefined) others++;
      else if (cellText(value).trim() !== '') marks++;
      // Most columns say other things from their first rows on: given up on at once.
      if (others > 2 && others > marks / 10) return false;
    }
    return marks >= 2;
  });
}

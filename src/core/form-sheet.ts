/**
 * A sheet kept as a form for one initiative (調書, 個票): items named down the first column with their entries beside
 * them ("取組項目 | 時間外勤務の縮減", "評価 | B", "今後の取組 | …"), around a small table of indicators. Read as a plan,
 * its item names would be taken for initiatives, so it is told apart and the user is told what the tool reads.
 */
import { cellText } from './cell-text';
import { a1, type Grid } from './grid';
import { roleOfHeader } from './header-words';
import type { Role } from './model';

/** An item name and where it stands. */
export interface FormItem {
  readonly cell: string;
  readonly text: string;
}

/** Items that name the initiative, written above its table of indicators. */
const NAMING_ROLES: ReadonlySet<Role> = new Set(['id', 'name']);
/** Items that judge it, written below the table. */
const JUDGING_ROLES: ReadonlySet<Role> = new Set(['status', 'cause', 'nextSteps']);
/** An item name is a few words ("評価の理由（遅れの要因）"); a title or a sentence is longer. */
const MAX_ITEM_NAME = 20;
/** A form's table of indicators is short; a list's rows run on. */
const MAX_TABLE_ROWS = 10;

interface ItemRow {
  readonly row: number;
  readonly col: number;
  readonly role: Role;
  readonly item: FormItem;
}

/** The row's first filled cell, when it names an item and the next filled cell beside it is its entry. */
function itemOfRow(grid: Grid, row: number): ItemRow | null {
  const cells = grid.cells[row] ?? [];
  let first = -1;
  for (let col = 0; col < cells.length && first < 0; col++) if (cellText(cells[col] ?? null).trim() !== '') first = col;
  if (first < 0) return null;
  const text = cellText(cells[first] ?? null).trim();
  if (text.length > MAX_ITEM_NAME) return null;
  const role = roleOfHeader(text)?.role;
  if (role === undefined) return null;
  const entry = cells.slice(first + 1).map((value) => cellText(value ?? null).trim()).find((value) => value !== '');
  // An entry that is itself an item name ("指標 | 目標値") makes a header row, not an item; a sentence with such a word
  // in it ("経営評価を継続する。") is an entry.
  if (entry === undefined || roleOfHeader(entry)?.exact === true) return null;
  return { row, col: first, role, item: { cell: a1(grid, row, first), text } };
}

/**
 * The item names that make the sheet a form, the first one above its header and the first below; null for a list.
 * A form names its initiative in two items or more above the header ("取組番号", "取組項目") and judges it below a
 * short table in two items or more of different kinds ("評価", "今後の取組"), all down one column: a list's title
 * ("令和4年度 行革取組一覧 | 令和5年3月31日現在") is one row, and its legends under the table are not all of one column.
 */
export function formItemsOf(grid: Grid, headerRow: number, headerLastRow: number): readonly FormItem[] | null {
  const naming: ItemRow[] = [];
  for (let row = 0; row < headerRow; row++) {
    const found = itemOfRow(grid, row);
    if (found !== null && NAMING_ROLES.has(found.role)) naming.push(found);
  }
  const firstNaming = naming[0];
  if (firstNaming === undefined || naming.length < 2) return null;
  const judging: ItemRow[] = [];
  for (let row = headerLastRow + 1; row < grid.cells.length; row++) {
    const found = itemOfRow(grid, row);
    if (found !== null && JUDGING_ROLES.has(found.role)) judging.push(found);
  }
  const firstJudging = judging[0];
  if (firstJudging === undefined || firstJudging.row - headerLastRow - 1 > MAX_TABLE_ROWS) return null;
  const items = [...naming, ...judging];
  if (items.some((item) => item.col !== firstNaming.col)) return null;
  const kinds = new Set(judging.map((j) => j.role));
  return kinds.size >= 2 ? [firstNaming.item, firstJudging.item] : null;
}

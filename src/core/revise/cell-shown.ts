/**
 * How the pane and the history show a target cell and write a new value into it: small and free of the sheets' code,
 * since the pane loads it with its first screen.
 */
import { formatNumber } from '../format-quantity';
import { cellText } from '../cell-text';
import type { CellValue } from '../grid';
import type { TargetSlot } from './slots';
import { rewriteTarget, targetWritten, type Rewrite } from './typed-value';

/** A bare number, which the unit column's unit completes ("7,000" under 千枚). */
const BARE_NUMBER = /^[\d０-９][\d０-９,，.．]*[万億]?$/u;

/**
 * A target as the sheet shows it, for the pane and the history: a text cell's value as written ("2万枚"), a number
 * with separators and the unit it counts ("7,500千枚", "1,200件", "95%").
 */
export function targetShown(slot: Pick<TargetSlot, 'unit' | 'shownAsPercent' | 'year' | 'indicatorName'>, cell: CellValue): string {
  if (typeof cell === 'number') return withUnit(formatNumber(slot.shownAsPercent ? Number((cell * 100).toPrecision(12)) : cell), slot.unit);
  const written = targetWritten(cell, slot.year, slot.indicatorName);
  return BARE_NUMBER.test(written) ? withUnit(written, slot.unit) : written;
}

/** A number with its unit: a unit in letters set apart ("1,200 hours"), a counter as plans write it ("7,500千枚", "95%"). */
export function withUnit(number: string, unit: string | null): string {
  const u = unit ?? '';
  return `${number}${/^[A-Za-z]/u.test(u) ? ' ' : ''}${u}`;
}

/** The slot's cell with the target set to `value` (in the slot's unit), written as the cell writes it. */
export function rewriteSlot(slot: Pick<TargetSlot, 'shownAsPercent' | 'year' | 'indicatorName'>, cell: CellValue, value: number): Rewrite {
  const inCell = slot.shownAsPercent && typeof cell === 'number' ? Number((value / 100).toPrecision(12)) : value;
  return rewriteTarget(cell, slot.year, inCell, slot.indicatorName);
}

/**
 * Whether a whole cell as recorded is a formula, to be put back as one ("=F4*1.2"). A text that Excel would take for
 * a formula is recorded after an apostrophe ("'=50件以上"), as Excel's formula bar shows it.
 */
export function isFormula(cell: string): boolean {
  return cell.startsWith('=');
}

/** A text that typed into a cell would become something else: a formula, a number, a percentage, an apostrophe's prefix. */
const RETYPED_TEXT = /^(?:[=+\-@']|[-+]?(?=\.?\d)[\d,]*(?:\.\d*)?(?:e[-+]?\d+)?%?\s*$)/iu;

/**
 * A cell as the history records it, typed as one would type it back: a formula as such, a number in digits, a text as
 * written, after an apostrophe where Excel would otherwise read it as a formula or a number ("'=50件以上", "'90%").
 */
export function recordedContent(value: CellValue, formula: string | null): string {
  if (formula !== null) return formula;
  if (typeof value === 'string') return RETYPED_TEXT.test(value) ? `'${value}` : value;
  return cellText(value);
}

/** What a recorded content puts back in its cell: a formula, a number, or a text (the apostrophe read as Excel reads it). */
export type RestoredContent = { readonly kind: 'formula'; readonly formula: string } | { readonly kind: 'value'; readonly value: string | number };

/**
 * A recorded content read back. A text recorded before the apostrophe was written is told from a number by the cell as
 * it is now (`current`): the revision wrote a number where there was one.
 */
export function restoredContent(content: string, current: CellValue): RestoredContent {
  if (isFormula(content)) return { kind: 'formula', formula: content };
  if (content.startsWith("'")) return { kind: 'value', value: content.slice(1) };
  if (typeof current === 'number' && PLAIN_NUMBER.test(content)) return { kind: 'value', value: Number(content) };
  return { kind: 'value', value: content };
}
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/iu;

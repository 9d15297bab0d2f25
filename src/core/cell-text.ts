/** Turning a cell value into the text the engine reads, and telling which values are not text or numbers. */
import { isCellError, type CellValue } from './grid';

/** The text a person sees for a plain value; errors read as empty (they are reported, not parsed). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}

export type OddValueKind = 'error' | 'date' | 'boolean';

/** Why a value cannot stand for a target or actual, or null when it can. */
export function oddValueKind(value: CellValue): OddValueKind | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return null;
  if (typeof value === 'boolean') return 'boolean';
  if (value instanceof Date) return 'date';
  return isCellError(value) ? 'error' : null;
}

export function oddValueText(value: CellValue): string {
  if (isCellError(value)) return value.error;
  return cellText(value);
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** A header cell's words, without the years, notes and decorations it is written with. */
import { normalizeText, parseYearLabel } from './quantity';

const YEAR_LABEL = /(令和|平成|[RH])\s*(元|\d{1,2})\s*年?度?|FY\s*\d{4}|\d{4}\s*年度/giu;
export const DECORATIONS = /[※*＊【】\[\]「」『』:：・\s]/gu;

/** A header cell reduced to its words: no year, no parenthesised note, no decoration, lower-case. */
export function headerWords(text: string): string {
  const normal = normalizeText(text).toLowerCase();
  const withoutNotes = normal.replace(/\([^)]*\)/gu, '');
  const base = withoutNotes.trim() === '' ? normal : withoutNotes;
  return base.replace(YEAR_LABEL, '').replace(/年度末|年度/gu, '').replace(DECORATIONS, '');
}

/** A heading that is a year and nothing else ("R3年度"). */
export function isYearOnly(text: string): boolean {
  return parseYearLabel(text) !== null && headerWords(text) === '';
}

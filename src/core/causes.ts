/** Sorting a recorded delay cause into a category by its keywords (see vocabulary.ts). */
import { toLowerCaseIfNeeded } from './cell-text';
import type { CauseCategory } from './model';
import { normalizeText } from './quantity';
import { CAUSE_KEYWORDS } from './vocabulary';

interface Keyword {
  readonly text: string;
  /** Index into CAUSE_KEYWORDS. */
  readonly category: number;
  /** Index into the flat list of all keywords. */
  readonly id: number;
}

const KEYWORDS: readonly Keyword[] = CAUSE_KEYWORDS.flatMap(([, words], category) => words.map((text) => ({ text, category })))
  .map((k, id) => ({ ...k, id }));

/**
 * Keywords by their first character: one pass over the cause finds every keyword, not one search per keyword.
 * FIRST_CHAR maps a UTF-16 code to 1 + its index in BY_FIRST (0: no keyword starts with it).
 */
const BY_FIRST: Keyword[][] = [];
const FIRST_CHAR = new Uint16Array(0x10000);
for (const k of KEYWORDS) {
  const first = k.text.charCodeAt(0);
  if (FIRST_CHAR[first] === 0) FIRST_CHAR[first] = BY_FIRST.push([]);
  BY_FIRST[(FIRST_CHAR[first] ?? 0) - 1]?.push(k);
}

/** Where each keyword was last found in the cause being read (-1: not found); reused from call to call. */
const lastFound = new Int32Array(KEYWORDS.length);
const categoryHits = new Int32Array(CAUSE_KEYWORDS.length);
const categoryLast = new Int32Array(CAUSE_KEYWORDS.length);

/**
 * The category with the most distinct keywords. On a tie the keyword written last wins: a Japanese cause
 * names its direct reason last, just before ため (「コロナの影響で…、費用面での調整が難航したため」).
 */
export function categorizeCause(cause: string | null): CauseCategory | null {
  if (cause === null || cause.trim() === '') return null;
  const text = toLowerCaseIfNeeded(normalizeText(cause));
  lastFound.fill(-1);
  for (let i = 0; i < text.length; i++) {
    const slot = FIRST_CHAR[text.charCodeAt(i)] ?? 0;
    if (slot === 0) continue;
    const candidates = BY_FIRST[slot - 1] ?? [];
    for (const k of candidates) if (text.startsWith(k.text, i)) lastFound[k.id] = i;
  }
  categoryHits.fill(0);
  categoryLast.fill(-1);
  for (const k of KEYWORDS) {
    const at = lastFound[k.id] ?? -1;
    if (at < 0) continue;
    categoryHits[k.category] = (categoryHits[k.category] ?? 0) + 1;
    if (at > (categoryLast[k.category] ?? -1)) categoryLast[k.category] = at;
  }
  let best: CauseCategory = 'other';
  let bestHits = 0;
  let bestLast = -1;
  CAUSE_KEYWORDS.forEach(([category], index) => {
    const hits = categoryHits[index] ?? 0;
    const last = categoryLast[index] ?? -1;
    if (hits > bestHits || (hits > 0 && hits === bestHits && last > bestLast)) {
      best = category;
      bestHits = hits;
      bestLast = last;
    }
  });
  return best;
}

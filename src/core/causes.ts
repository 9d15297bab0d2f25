/** Sorting a recorded delay cause into a category by its keywords (see vocabulary.ts). */
import { toLowerCaseIfNeeded } from './cell-text';
import type { CauseCategory } from './model';
import { TextMemo } from './text-memo';
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
  return cause === null ? null : CATEGORIES.get(cause);
}

function categorizeText(cause: string): CauseCategory | null {
  if (cause.trim() === '') return null;
  const text = toLowerCaseIfNeeded(normalizeText(cause));
  lastFound.fill(-1);
  // Plain indexed loops, no closure: this runs for every distinct cause of a plan's delayed initiatives.
  for (let i = 0; i < text.length; i++) {
    const slot = FIRST_CHAR[text.charCodeAt(i)] ?? 0;
    if (slot === 0) continue;
    const candidates = BY_FIRST[slot - 1] ?? [];
    for (let c = 0; c < candidates.length; c++) {
      const k = candidates[c] as Keyword;
      if (text.startsWith(k.text, i)) lastFound[k.id] = i;
    }
  }
  categoryHits.fill(0);
  categoryLast.fill(-1);
  for (let id = 0; id < KEYWORDS.length; id++) {
    const at = lastFound[id] ?? -1;
    if (at < 0) continue;
    const category = (KEYWORDS[id] as Keyword).category;
    categoryHits[category] = (categoryHits[category] ?? 0) + 1;
    if (at > (categoryLast[category] ?? -1)) categoryLast[category] = at;
  }
  let best: CauseCategory = 'other';
  let bestHits = 0;
  let bestLast = -1;
  for (let index = 0; index < CAUSE_KEYWORDS.length; index++) {
    const hits = categoryHits[index] ?? 0;
    const last = categoryLast[index] ?? -1;
    if (hits > bestHits || (hits > 0 && hits === bestHits && last > bestLast)) {
      best = (CAUSE_KEYWORDS[index] as (typeof CAUSE_KEYWORDS)[number])[0];
      bestHits = hits;
      bestLast = last;
    }
  }
  return best;
}

/**
 * Categories by the cause as written (null: a blank cause). Offices write the same cause on many rows
 * ("新型コロナウイルス感染症の影響により…"), and sorting one means normalising it and scanning it.
 */
const CATEGORIES = new TextMemo<CauseCategory | null>(categorizeText);

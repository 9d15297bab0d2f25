/** Sorting a recorded delay cause into a category by its keywords (see vocabulary.ts). */
import { toLowerCaseIfNeeded } from './cell-text';
import type { CauseCategory } from './model';
import { normalizeText } from './quantity';
import { CAUSE_KEYWORDS } from './vocabulary';

/**
 * The category with the most distinct keywords. On a tie the keyword written last wins: a Japanese cause
 * names its direct reason last, just before ため (「コロナの影響で…、費用面での調整が難航したため」).
 */
export function categorizeCause(cause: string | null): CauseCategory | null {
  if (cause === null || cause.trim() === '') return null;
  const text = toLowerCaseIfNeeded(normalizeText(cause));
  let best: CauseCategory = 'other';
  let bestHits = 0;
  let bestLast = -1;
  for (const [category, keywords] of CAUSE_KEYWORDS) {
    let hits = 0;
    let last = -1;
    for (const keyword of keywords) {
      const at = text.lastIndexOf(keyword);
      if (at < 0) continue;
      hits++;
      last = Math.max(last, at);
    }
    if (hits > bestHits || (hits > 0 && hits === bestHits && last > bestLast)) {
      best = category;
      bestHits = hits;
      bestLast = last;
    }
  }
  return best;
}

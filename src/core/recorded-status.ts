/** Reading a status as staff record it (順調, 遅れ, ○, △, A–D, On track…) into the engine's status. */
import type { Status } from './model';
import { normalizeText } from './quantity';
import { RECORDED_STATUS_WORDS } from './vocabulary';

/** Marks and letters count only as the whole cell or as its first character: "A (達成)", "○ 予定どおり". */
function isShortMark(word: string): boolean {
  return word.length === 1;
}

export function readRecordedStatus(text: string | null): Exclude<Status, 'unknown'> | null {
  if (text === null) return null;
  const normal = normalizeText(text).toLowerCase().replace(/\s+/gu, ' ').trim();
  if (normal === '') return null;
  for (const [status, words] of RECORDED_STATUS_WORDS) {
    if (words.includes(normal)) return status as Exclude<Status, 'unknown'>;
  }
  for (const [status, words] of RECORDED_STATUS_WORDS) {
    for (const word of words) {
      if (isShortMark(word)) {
        const rest = normal.slice(1).trimStart();
        if (normal.startsWith(word) && (rest === '' || /^[(:\-–[（]/u.test(rest) || !/^\p{Script=Latin}/u.test(word))) {
          return status as Exclude<Status, 'unknown'>;
        }
      } else if (normal.includes(word)) {
        return status as Exclude<Status, 'unknown'>;
      }
    }
  }
  return null;
}

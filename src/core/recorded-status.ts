/** Reading a status as staff record it (順調, 遅れ, ○, △, A–D, On track…) into the engine's status. */
import { hasWhitespace, lowerCaseChanges } from './cell-text';
import type { Status } from './model';
import { needsNormalising, normalizeText } from './quantity';
import { RECORDED_STATUS_WORDS } from './vocabulary';

type RecordedStatus = Exclude<Status, 'unknown'>;

/** Marks and letters count only as the whole cell or as its first character: "A (達成)", "○ 予定どおり". */
function isShortMark(word: string): boolean {
  return word.length === 1;
}

/** Each status word written as the whole cell, with the first status (in RECORDED_STATUS_WORDS' order) that lists it. */
const WHOLE_CELL: ReadonlyMap<string, RecordedStatus> = (() => {
  const map = new Map<string, RecordedStatus>();
  for (const [status, words] of RECORDED_STATUS_WORDS) {
    for (const word of words) if (!map.has(word)) map.set(word, status as RecordedStatus);
  }
  return map;
})();

/** What may follow a leading mark ("A (達成)", "○: 予定どおり"); a non-Latin mark may be followed by anything. */
const AFTER_MARK = /^[(:\-–[（]/u;
const LATIN = /^\p{Script=Latin}/u;
const WORDS_IN_ORDER: ReadonlyArray<{ readonly status: RecordedStatus; readonly word: string; readonly mark: boolean; readonly latin: boolean }> =
  RECORDED_STATUS_WORDS.flatMap(([status, words]) =>
    words.map((word) => ({ status: status as RecordedStatus, word, mark: isShortMark(word), latin: LATIN.test(word) })),
  );
const MULTIPLE_SPACES = /\s+/gu;

/** The cell as the words are matched against it: normalised, lower-case, spaces collapsed, trimmed. */
function normalStatusText(text: string): string {
  // A short word such as "順調" or "遅れ" needs none of that: compare it as it is.
  if (!needsNormalising(text) && !hasWhitespace(text) && !lowerCaseChanges(text)) return text;
  return normalizeText(text).toLowerCase().replace(MULTIPLE_SPACES, ' ').trim();
}

export function readRecordedStatus(text: string | null): RecordedStatus | null {
  if (text === null) return null;
  const normal = normalStatusText(text);
  if (normal === '') return null;
  const whole = WHOLE_CELL.get(normal);
  if (whole !== undefined) return whole;
  for (const { status, word, mark, latin } of WORDS_IN_ORDER) {
    if (mark) {
      const rest = normal.slice(1).trimStart();
      if (normal.startsWith(word) && (rest === '' || AFTER_MARK.test(rest) || !latin)) return status;
    } else if (normal.includes(word)) {
      return status;
    }
  }
  return null;
}

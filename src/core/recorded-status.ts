/** Reading a status as staff record it (順調, 遅れ, ○, △, A–D, On track…) into the engine's status. */
import { hasWhitespace, lowerCaseChanges } from './cell-text';
import type { Status } from './model';
import { needsNormalising, normalizeText } from './quantity';
import { RECORDED_STATUS_WORDS, STATUS_NEGATIONS, WHOLE_CELL_STATUS_WORDS } from './vocabulary';
import { TextMemo } from './text-memo';

type RecordedStatus = Exclude<Status, 'unknown'>;

/** Marks and letters count only as the whole cell or as its first character: "A (達成)", "○ 予定どおり". */
function isShortMark(word: string): boolean {
  return word.length === 1;
}

/**
 * Each status word written as the whole cell, with the first status that lists it (in RECORDED_STATUS_WORDS' order,
 * then WHOLE_CELL_STATUS_WORDS').
 */
const WHOLE_CELL: ReadonlyMap<string, RecordedStatus> = (() => {
  const map = new Map<string, RecordedStatus>();
  for (const [status, words] of [...RECORDED_STATUS_WORDS, ...WHOLE_CELL_STATUS_WORDS]) {
    for (const word of words) if (!map.has(word)) map.set(word, status as RecordedStatus);
  }
  return map;
})();

/** WHOLE_CELL_STATUS_WORDS at the start of the cell, then its end or a closing word ("未策定。", "未策定です", "未策定のため次年度へ"). */
const WHOLE_CELL_ONLY = WHOLE_CELL_STATUS_WORDS.map(([status, words]) =>
  [status as RecordedStatus, new RegExp(`^(?:${words.join('|')})(?:$|。|です|のため|\\s*[(（])`, 'u')] as const);

function wholeCellOnly(normal: string): RecordedStatus | undefined {
  for (const [status, pattern] of WHOLE_CELL_ONLY) if (pattern.test(normal)) return status;
  return undefined;
}

/** Status order: where a cell holds words of different statuses, the earliest listed (the weakest) wins. */
const STATUS_RANK: ReadonlyMap<RecordedStatus, number> = new Map(
  RECORDED_STATUS_WORDS.map(([status], i) => [status as RecordedStatus, i] as const),
);

/** What may follow a leading mark ("A (達成)", "○: 予定どおり"); a non-Latin mark may be followed by anything. */
const AFTER_MARK = /^[(:\-–[（]/u;
const LATIN = /^\p{Script=Latin}/u;
const LATIN_LETTER = /[\p{Script=Latin}\d]/u;

interface Word { readonly status: RecordedStatus; readonly word: string; readonly latin: boolean }

const MARKS: readonly Word[] = RECORDED_STATUS_WORDS.flatMap(([status, words]) =>
  words.filter(isShortMark).map((word) => ({ status: status as RecordedStatus, word, latin: LATIN.test(word) })),
);
/** The longer words, longest first, so that a longer word takes its place in the cell before the shorter ones in it. */
const WORDS_LONGEST_FIRST: readonly Word[] = RECORDED_STATUS_WORDS.flatMap(([status, words]) =>
  words.filter((w) => !isShortMark(w)).map((word) => ({ status: status as RecordedStatus, word, latin: LATIN.test(word) })),
).sort((a, b) => b.word.length - a.word.length);
const MULTIPLE_SPACES = /\s+/gu;

/** The cell as the words are matched against it: normalised, lower-case, spaces collapsed, trimmed. */
function normalStatusText(text: string): string {
  // A short word such as "順調" or "遅れ" needs none of that: compare it as it is.
  if (!needsNormalising(text) && !hasWhitespace(text) && !lowerCaseChanges(text)) return text;
  return normalizeText(text).toLowerCase().replace(MULTIPLE_SPACES, ' ').trim();
}

function weaker(a: RecordedStatus | null, b: RecordedStatus): RecordedStatus {
  return a === null || (STATUS_RANK.get(b) ?? 0) < (STATUS_RANK.get(a) ?? 0) ? b : a;
}

function isLatinLetter(c: string | undefined): boolean {
  return c !== undefined && LATIN_LETTER.test(c);
}

/**
 * Whether `word` at `at` stands as a word of its own: an end of it that is a Latin letter does not run on into
 * another Latin letter ("met" is not in "metrics", "complete" not in "incomplete"). Japanese has no such bounds.
 */
function standsAlone(text: string, at: number, word: string): boolean {
  const end = at + word.length;
  if (isLatinLetter(word[0]) && isLatinLetter(text[at - 1])) return false;
  if (isLatinLetter(word[word.length - 1]) && isLatinLetter(text[end])) return false;
  return true;
}

function occursAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (standsAlone(text, at, word)) return true;
  }
  return false;
}

/**
 * Statuses by the cell as written (null: not understood). A plan's status cells repeat a handful of words ("順調",
 * "遅れ", "概ね順調") on every initiative.
 */
const READ_STATUSES = new TextMemo<RecordedStatus | null>(readStatusText);

/**
 * The recorded status, or null where none is written or what is written is not understood. The rule, all of it
 * driven by the lists in vocabulary.ts: a listed word is read wherever it stands as a word in the cell, longest
 * words first, and a shorter word inside a longer one's place is not read ("未完了" is the delay listed as such,
 * never "完了"); a mark counts only as the whole cell or its first character; a cell with a denying or hedging word
 * (STATUS_NEGATIONS) left over outside the words read is not read, since the denial could turn any of them
 * around; words of different statuses give the weakest. So a status is read only as written, never guessed.
 */
export function readRecordedStatus(text: string | null): RecordedStatus | null {
  return text === null ? null : READ_STATUSES.get(text);
}

/** A recorded status as a legend's mark: "Ｂ", "b", "B（年度内に回復見込み）" are all B. */
export function legendKey(recorded: string | null): string {
  if (recorded === null) return '';
  const normal = normalizeText(recorded).trim().toLowerCase();
  return normal.replace(/\s*[(（][^()（）]*[)）]$/u, '');
}

/** A status with a remark in brackets after it: "順調（一部遅れ）", "遅れ（回復見込み）", "概ね順調(一部未達)". */
const STATUS_AND_REMARK = /^([^(（]+?)\s*[(（]([^()（）]*)[)）]$/u;

/**
 * The status and the remark of a cell written as one with the other in brackets after it, where the status reads by
 * itself; null for any other cell. The status is what the office rated: the remark qualifies it, as the published
 * report counts "順調（一部遅れ）" among the 順調.
 */
function statusAndRemark(normal: string): { status: RecordedStatus; remark: string } | null {
  if (!normal.includes('(') && !normal.includes('（')) return null;
  const parts = STATUS_AND_REMARK.exec(normal);
  const status = parts === null ? null : readStatusText(parts[1] ?? '');
  if (status === null || parts === null) return null;
  // "完了（予定）", "達成（見込み）": not done yet, whatever the word outside says; "遅れ（回復見込み）" is a delay now.
  if (status !== 'delayed' && REMARK_HEDGE.test(parts[2] ?? '')) return null;
  return { status, remark: parts[2] ?? '' };
}

/**
 * A cell of work under way ("整備中", no status of its own) with a remark in brackets that reads as done ("約6割の課で
 * 完了"): a part done, not the whole. "システム導入（完了）" and "検討中（一部完了）" read as their remarks say.
 */
function underWayThoughDone(normal: string): boolean {
  if (!normal.includes('(') && !normal.includes('（')) return false;
  const parts = STATUS_AND_REMARK.exec(normal);
  const outside = parts?.[1]?.trim() ?? '';
  return outside.endsWith('中') && readStatusText(outside) === null && readStatusText(parts?.[2] ?? '') === 'achieved';
}

/**
 * A remark that puts the rating before it off to later: "（予定）", "（見込み）", "(expected)"; not a remark about
 * something else planned ("概ね順調（R5年度答申予定）").
 */
const REMARK_HEDGE = /^\s*(?:予定|見込み?|見通し|expected|planned|forecast|projected)\s*$/iu;

/**
 * The remark set aside in reading a status ("一部遅れ" of "順調（一部遅れ）") where it holds status words of its own
 * that read otherwise (another status, or a denied one), for a note; null for any other cell.
 */
export function remarkSetAside(text: string | null): string | null {
  if (text === null) return null;
  const read = statusAndRemark(normalStatusText(text));
  if (read === null) return null;
  const holdsWords = WORDS_LONGEST_FIRST.some(({ word }) => occursAlone(read.remark, word));
  if (!holdsWords || readStatusText(read.remark) === read.status) return null;
  // Quoted as written, not in the lower case the words are matched in.
  return STATUS_AND_REMARK.exec(normalizeText(text).trim())?.[2] ?? read.remark;
}

function readStatusText(text: string): RecordedStatus | null {
  const normal = normalStatusText(text);
  if (normal === '') return null;
  const whole = WHOLE_CELL.get(normal) ?? wholeCellOnly(normal);
  if (whole !== undefined) return whole;
  const withRemark = statusAndRemark(normal);
  if (withRemark !== null) return withRemark.status;
  // Work under way outside the brackets, done in the remark, is not done: "整備中（約6割の課で完了）".
  if (underWayThoughDone(normal)) return null;

  let found: RecordedStatus | null = null;
  // What is left of the cell once the words read are taken out of it; a space keeps the pieces apart.
  let rest = normal;
  for (const { status, word, latin } of MARKS) {
    const after = normal.slice(1).trimStart();
    if (normal.startsWith(word) && (after === '' || AFTER_MARK.test(after) || !latin)) {
      found = status;
      rest = ' ' + normal.slice(1);
      break;
    }
  }
  for (const { status, word } of WORDS_LONGEST_FIRST) {
    for (let at = rest.indexOf(word); at >= 0; at = rest.indexOf(word, at)) {
      if (!standsAlone(rest, at, word)) {
        at++;
        continue;
      }
      found = weaker(found, status);
      rest = rest.slice(0, at) + ' ' + rest.slice(at + word.length);
    }
  }
  if (found === null) return progressRate(normal);
  for (const negation of STATUS_NEGATIONS) if (occursAlone(rest, negation)) return null;
  return found;
}

/** A status written as a rate of progress or achievement alone: "進捗率 100%", "達成率：80%", "90%". */
const PROGRESS_RATE = /^(?:進捗率|進捗|達成率|達成度|progress|achievement)?\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*%$/u;

/**
 * Whether a cell starts with a rate ("60%", "95%(見込み)", "進捗率 80%"): a status in a status cell, but a value in an
 * actual cell, whatever follows it (not "2月完了", which says when it was done).
 */
export function startsWithRate(text: string): boolean {
  return RATE_FIRST.test(normalStatusText(text));
}
const RATE_FIRST = /^(?:進捗率|進捗|達成率|達成度|progress|achievement)?\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*%/u;

/** At year end, done at 100% and more, delayed below; null for any other cell. */
function progressRate(normal: string): RecordedStatus | null {
  const rate = PROGRESS_RATE.exec(normal);
  return rate === null ? null : Number(rate[1]) >= 100 ? 'achieved' : 'delayed';
}

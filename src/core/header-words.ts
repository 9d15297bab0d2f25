/** A header cell's words, without the years, notes and decorations it is written with, and the role they name. */
import type { Role } from './model';
import { KNOWN_UNITS, normalizeText, parseYearLabel } from './quantity';
import type { FiscalYear } from './quantity-types';
import { EXACT_ROLE_HEADER_WORDS, NEXT_STEPS_WHOLE_HEADER_WORDS, ROLE_HEADER_WORDS } from './vocabulary';

const YEAR_LABEL = /(令和|平成|[RH])\s*(元|\d{1,2})\s*年?度?|FY\s*\d{4}|\d{4}\s*年度/giu;
const DECORATIONS = /[※*＊【】\[\]「」『』:：・\s]/gu;

/**
 * A fiscal year written as the two calendar years it spans, as English-speaking councils write it: "2022/23",
 * "2022-23", "2022/2023". Not a range of years ("2022-25") nor a date ("2022/3").
 */
const FISCAL_YEAR_SPAN = /(?<!\d)((?:19|20)\d{2})\s*[/／\-–]\s*(?:(?:19|20)(?=\d{2}(?!\d)))?(\d{2})(?!\d)/gu;

/** Whether a span's two years follow one another: "2022/23", not "2022-25". */
function spansOneYear(from: string | undefined, to: string | undefined): boolean {
  return (Number(from) + 1) % 100 === Number(to);
}

/** Each fiscal year a text writes as the two calendar years it spans ("2022/23" is 2022), in order. */
export function fiscalYearSpans(text: string): FiscalYear[] {
  return [...text.matchAll(FISCAL_YEAR_SPAN)].filter((m) => spansOneYear(m[1], m[2])).map((m) => Number(m[1]));
}

/** A header cell reduced to its words: no year, no parenthesised note, no decoration, lower-case. */
export function headerWords(text: string): string {
  const normal = normalizeText(text).toLowerCase();
  const withoutNotes = normal.replace(/\([^)]*\)/gu, '');
  const base = withoutNotes.trim() === '' ? normal : withoutNotes;
  return base.replace(FISCAL_YEAR_SPAN, (span: string, from: string, to: string) => (spansOneYear(from, to) ? '' : span))
    .replace(YEAR_LABEL, '').replace(/年度末|年度/gu, '').replace(DECORATIONS, '');
}

/**
 * The fiscal year a header names: a label ("R3年度", "FY2023"), else one year written as the two it spans ("Target
 * 2023/24"; not "2022/23 to 2025/26").
 */
export function headerYearOf(text: string): FiscalYear | null {
  const label = parseYearLabel(text);
  if (label !== null) return label;
  const spans = fiscalYearSpans(normalizeText(text));
  return spans.length === 1 ? (spans[0] ?? null) : null;
}

/** A heading that is a year and nothing else ("R3年度", "2023/24"). */
export function isYearOnly(text: string): boolean {
  return headerYearOf(text) !== null && headerWords(text) === '';
}

export interface RoleMatch {
  readonly role: Role;
  readonly exact: boolean;
  /**
   * Named by a word that names the role only alone ("計画", "決算") or by a note in brackets: it gives way to a column
   * named by the role's own words, and does not make a row a plan's header.
   */
  readonly weak?: true;
}

// Listed words as a header's words read ("次年度の取組" as "次の取組"), to be compared with headerWords of a header.
const COMPACT_WORDS: ReadonlyArray<readonly [Role, readonly string[]]> = ROLE_HEADER_WORDS.map(
  ([role, words]) => [role, words.map(headerWords)] as const,
);
const EXACT_WORDS: ReadonlyArray<readonly [Role, readonly string[]]> = EXACT_ROLE_HEADER_WORDS.map(
  ([role, words]) => [role, words.map(headerWords)] as const,
);
const NEXT_STEPS_WHOLE_WORDS: readonly string[] = NEXT_STEPS_WHOLE_HEADER_WORDS.map(headerWords);
/** A calendar year closing a header ("Actions for 2025"): headerWords drops only the years labelled as such. */
const TRAILING_YEAR = /\s(?:19|20)\d{2}\s*$/u;
/** A note in brackets in a header ("説明（評価の理由）", "改革の内容（目標）"), as normalised text writes it. */
const HEADER_NOTE = /\(([^()]+)\)/u;

/** Header words that end in a number's name after other words: "取組no", "項目番号", "initiativeno.". */
const ID_SUFFIX = /.(?:no\.?|番号|#)$/u;
/**
 * An English header of a number of something: "Action ID", "Project Ref", "OP Code", "Action code"; a code only after
 * capitals ("OP", "KPI") or a word of initiatives, not "Budget code", which numbers something else.
 */
const ENGLISH_ID = /^([A-Za-z][A-Za-z &/-]*?)\s+(id|ref\.?|reference|code)$/iu;

function namesEnglishId(text: string): boolean {
  const m = ENGLISH_ID.exec(normalizeText(text).trim());
  if (m === null) return false;
  const before = m[1] ?? '';
  if (!/^code$/iu.test(m[2] ?? '')) return true;
  return /^[A-Z]{2,4}$/u.test(before) || roleOfHeader(before)?.role === 'name';
}
/** Header words that end in the reasoning behind a value: "目標の考え方", "目標設定の根拠", "設定理由". */
const REASONING_SUFFIX = /(?:考え方|根拠|設定理由)$/u;
/** A header of two words joined by a middle dot ("実績・取組状況", "実績／取組状況"). */
const JOINED_ROLES = /^([^・／]+)[・／]([^・／]+)$/u;
/** Header words that end in a time: "目標時期", "達成期限", "目標期日" say when a target is due, not what it is. */
const TIME_SUFFIX = /(?:時期|期限|期日)$/u;
/** Header words that end in a person in charge: "themelead", "担当者", "責任者", "owner". */
const PERSON_SUFFIX = /(?:lead|owner|担当者?|責任者)$/u;

/**
 * A header of next year's strategies or actions, as the whole header ("Strategies for FY2025", "Actions for 2025",
 * "Planned actions"); `words` are the header's words, where worked out already.
 */
export function namesNextYearsSteps(text: string, words: string = headerWords(text)): boolean {
  return NEXT_STEPS_WHOLE_WORDS.includes(TRAILING_YEAR.test(text) ? headerWords(text.replace(TRAILING_YEAR, '')) : words);
}

/** The role a header text names, preferring an exact word over a word contained in it. */
export function roleOfHeader(text: string): RoleMatch | null {
  const words = headerWords(text);
  if (words === '') return null;
  for (const [role, synonyms] of COMPACT_WORDS) {
    if (synonyms.includes(words)) return { role, exact: true };
  }
  // Next year's strategies or actions ("Strategies for FY2025", "Actions for 2025"), though "action" names initiatives.
  if (namesNextYearsSteps(text, words)) return { role: 'nextSteps', exact: true };
  // A number of something ("取組No", "項目番号", "Initiative No."): the id, though the words before it name a role.
  if (ID_SUFFIX.test(words) || namesEnglishId(text)) return { role: 'id', exact: false };
  // A person in charge ("Theme lead", "担当者"): no role's column, whatever else it names; nor a column of why a role's
  // value was set so ("目標の考え方", "目標設定の根拠"), nor of when it is due ("目標時期").
  if (PERSON_SUFFIX.test(words) || REASONING_SUFFIX.test(words) || TIME_SUFFIX.test(words)) return null;
  // An actual joined with the words of how things stand ("実績・取組状況"): the year's actual, told in words, not a
  // rating. Not "Measure / Target", whose target is what the column holds.
  const joined = JOINED_ROLES.exec(text);
  if (joined !== null && roleOfHeader(joined[1] ?? '')?.role === 'actual' && roleOfHeader(joined[2] ?? '')?.role === 'status') return { role: 'actual', exact: false };
  // Containment only for words long enough not to hit by chance ("no" inside "notes", "a" anywhere).
  for (const [role, synonyms] of COMPACT_WORDS) {
    if (synonyms.some((s) => s.length >= 2 && !/^[a-z.#]{1,3}$/u.test(s) && words.includes(s))) {
      return { role, exact: false };
    }
  }
  for (const [role, synonyms] of EXACT_WORDS) {
    if (synonyms.includes(words)) return { role, exact: true, weak: true };
  }
  // Words of no role with a note that names one exactly ("説明（評価の理由）", "令和4年度の実施内容（成果）").
  const note = HEADER_NOTE.exec(normalizeText(text))?.[1];
  const noted = note === undefined ? null : roleOfHeader(note);
  return noted?.exact === true && noted.weak !== true ? { role: noted.role, exact: false, weak: true } : null;
}

const UNITS: ReadonlySet<string> = new Set(KNOWN_UNITS.map((u) => u.toLowerCase()));
/** A note of the unit in a header's brackets: "（千円）", "(単位：t)", "（万人）", "($000)" is none. */
const UNIT_NOTE = /\((?:単位\s*[:：]?\s*)?([^()\d]{1,6})\)/u;
const SCALE = /^[千万億]/u;

/**
 * The unit a header's note in brackets gives its numbers ("目標効果額（千円）", "実績値（単位：件）", "面積(㎡)"), or ''
 * where it gives none: only a unit the reader knows, after a scale or not ("千円", "百万円", "万人"), so that
 * "目標(抄)" and "実績（見込）" name no unit.
 */
export function unitOfHeader(header: string): string {
  const note = UNIT_NOTE.exec(normalizeText(header))?.[1]?.trim() ?? '';
  const unit = SCALE.test(note) && !UNITS.has(note.toLowerCase()) ? note.slice(1) : note;
  return unit !== '' && UNITS.has(unit.toLowerCase()) ? note : '';
}

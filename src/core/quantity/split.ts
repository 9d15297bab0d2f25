/** splitIndicatorSegments: one text per indicator of a cell that lists several. */
import { isJsWhitespace } from '../cell-text';
import { CHAR_CLASS, CHAR_LAYOUT, CHAR_MARKER, CHAR_NORMALISE, isAsciiDigit, isBulletMark, isIn } from './chars';
import { MAX_INPUT, normalizeText } from './normalize';
import { numberingMarkAfter } from './scanner';
import { parseQuantityText } from './parse';

/*
 * Segment markers: bullets anywhere; "・", "(1)" and "①" only at a line start or after a space ("RPA・AI-OCR" is one
 * name). As a pattern, SEGMENT_MARKER = /[○〇◯●■◆]|(?<!\S)(?:・|\(\d{1,2}\)|[①-⑳])/g, which segmentMarkerAt reads by
 * hand (the property test keeps the pattern as its reference).
 */
/** A line that continues the indicator above: another year, a value, or a remark ("R3年度:60業務", "(うち…)"). */
const CONTINUATION_START = /^(?:(?:令和|平成|[RH]) ?(?:元|\d)|[Ff][Yy] ?\d|\d|[(~約▲△▼+\-※])/;

/** Length of "1 " / "1." / "1)" numbering at the start of a text (not "50 件" or "2 per year", which are values). */
function leadingNumberingLength(text: string): number {
  // One or two digits not followed by a third (/^\d{1,2}(?!\d)/).
  if (!isAsciiDigit(text.charCodeAt(0))) return 0;
  const digits = isAsciiDigit(text.charCodeAt(1)) ? 2 : 1;
  if (isAsciiDigit(text.charCodeAt(digits))) return 0;
  const mark = numberingMarkAfter(text, digits);
  return mark > 0 ? digits + mark : 0;
}

/**
 * The length of the SEGMENT_MARKER match at i, or 0: ○〇◯●■◆ anywhere; ・, ①–⑳ and (1)–(99) only at the start or
 * after whitespace (a line break counts, so this reads s whole the way the pattern reads each line).
 */
function segmentMarkerAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (!isIn(CHAR_MARKER, c)) return 0;
  if (isBulletMark(c)) return 1;
  if (i > 0 && !isJsWhitespace(s.charCodeAt(i - 1))) return 0;
  if (c === 0x30fb /* ・ */ || (c >= 0x2460 && c <= 0x2473) /* ①-⑳ */) return 1;
  if (c !== 0x28 || !isAsciiDigit(s.charCodeAt(i + 1))) return 0;
  const close = isAsciiDigit(s.charCodeAt(i + 2)) ? i + 3 : i + 2;
  return s.charCodeAt(close) === 0x29 ? close + 1 - i : 0;
}

/**
 * The pieces of the cell being split, as offsets into its normalised text: [start, end) of each piece's text
 * (trimmed, numbering removed), whether a bullet or numbering started it, and whether it begins its line. The
 * arrays are reused from call to call (nothing while collecting calls back into splitIndicatorSegments), so
 * splitting a cell allocates little beyond its segments.
 */
const pieces = {
  count: 0, starts: [] as number[], ends: [] as number[], marked: [] as boolean[], lineStart: [] as boolean[],
  /** Started by numbering ("1 ", "2."). */
  numbered: [] as boolean[],
  /** Started by a ・ at the start of its line: under a numbered item, a sub-item of it. */
  subItem: [] as boolean[],
};

/** The marker just passed was a ・ at the start of its line (read by the next addPiece). */
let afterLineStartDot = false;

/** Whether only whitespace stands between the line start and i. */
function onlySpaceBefore(s: string, lineStart: number, i: number): boolean {
  for (let j = lineStart; j < i; j++) if (!isJsWhitespace(s.charCodeAt(j))) return false;
  return true;
}

/** Collects the pieces of s: each line split at SEGMENT_MARKER (as line.split(SEGMENT_MARKER) does), trimmed. */
function collectPieces(s: string): void {
  pieces.count = 0;
  for (let lineStart = 0; lineStart <= s.length; ) {
    let lineEnd = s.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = s.length;
    let partStart = lineStart;
    for (let i = lineStart; i < lineEnd; ) {
      const marker = isIn(CHAR_MARKER, s.charCodeAt(i)) ? segmentMarkerAt(s, i) : 0;
      if (marker === 0) {
        i++;
        continue;
      }
      addPiece(s, partStart, i, partStart === lineStart);
      afterLineStartDot = s.charCodeAt(i) === 0x30fb && onlySpaceBefore(s, lineStart, i);
      i += marker;
      partStart = i;
    }
    addPiece(s, partStart, lineEnd, partStart === lineStart);
    lineStart = lineEnd + 1;
  }
}

/**
 * normalizeText and collectPieces in one pass, for a text normalizeText leaves as it is (nearly every cell): returns
 * false, with the pieces unfinished, at the first sign that it would change the text.
 */
function collectPiecesOfNormalText(s: string): boolean {
  pieces.count = 0;
  const last = s.length - 1;
  let lineStart = 0;
  let partStart = 0;
  for (let i = 0; i <= last; ) {
    const c = s.charCodeAt(i);
    const charClass = CHAR_CLASS[c] ?? 0;
    if ((charClass & (CHAR_NORMALISE | CHAR_LAYOUT | CHAR_MARKER)) === 0) {
      i++;
      continue;
    }
    if ((charClass & CHAR_NORMALISE) !== 0) return false;
    if ((charClass & CHAR_LAYOUT) !== 0) {
      const next = s.charCodeAt(i + 1);
      if (i === 0 || i === last || next === 0x20 || next === 0x0a) return false; // normalizeText would collapse or trim it
      if (c === 0x0a) {
        addPiece(s, partStart, i, partStart === lineStart);
        lineStart = i + 1;
        partStart = lineStart;
      }
      i++;
      continue;
    }
    const marker = segmentMarkerAt(s, i);
    if (marker === 0) {
      i++;
      continue;
    }
    addPiece(s, partStart, i, partStart === lineStart);
    afterLineStartDot = c === 0x30fb && onlySpaceBefore(s, lineStart, i);
    i += marker;
    partStart = i;
  }
  addPiece(s, partStart, last + 1, partStart === lineStart);
  return true;
}

/**
 * Adds the part [from, to) of a line, as part.trim() with its numbering and the spaces after it removed, unless
 * nothing is left of it. (trim() removes exactly the characters isJsWhitespace tells.)
 */
function addPiece(s: string, from: number, to: number, lineStart: boolean): void {
  let start = from;
  let end = to;
  while (start < end && isJsWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isJsWhitespace(s.charCodeAt(end - 1))) end--;
  const numbering = isAsciiDigit(s.charCodeAt(start)) && start < end ? leadingNumberingLength(s.slice(start, end)) : 0;
  if (numbering > 0) {
    start += numbering;
    while (start < end && isJsWhitespace(s.charCodeAt(start))) start++;
  }
  const subItem = afterLineStartDot;
  afterLineStartDot = false;
  if (start >= end) return;
  const k = pieces.count++;
  pieces.starts[k] = start;
  pieces.ends[k] = end;
  pieces.marked[k] = !lineStart || numbering > 0;
  pieces.lineStart[k] = lineStart;
  pieces.numbered[k] = numbering > 0;
  pieces.subItem[k] = subItem;
}

const NUMBERED_LINE = /^[ \t\u3000]*(\d{1,2})[ \u3000]+(\S.*?)\s*$/u;

/** A line under a numbered item that remarks on it ("・オンライン相談を開始", "（うち30件）", "※…"). */
const REMARK_LINE = /^[・(（※]/u;

/**
 * The items of a cell whose every line is numbered 1, 2, 3… with a space after the number ("1 120件\n2 70%"), or
 * remarks on the item above, without their numbers; null for any other cell. Alone, "1 120件" would be the values 1
 * and 120: the run of numbers, one per line from 1, is what tells they are numbering.
 */
function sequentiallyNumberedLines(text: string): string[] | null {
  const first = text.charCodeAt(0);
  if (text.length === 0 || (!isAsciiDigit(first) && !(first >= 0xff10 && first <= 0xff19) && !isJsWhitespace(first))) return null;
  const items: string[] = [];
  for (const line of text.split('\n')) {
    const normal = normalizeText(line);
    if (normal === '') continue;
    if (items.length > 0 && REMARK_LINE.test(normal)) {
      items[items.length - 1] = `${items[items.length - 1] ?? ''}\n${normal}`;
      continue;
    }
    const m = NUMBERED_LINE.exec(normal);
    if (m === null || Number(m[1]) !== items.length + 1) return null;
    items.push(m[2] as string);
  }
  return items.length >= 2 ? items : null;
}

/**
 * Splits a cell listing several indicators into one text per indicator, bullets and numbering removed.
 * Splits at bullets (○〇◯●■◆ anywhere; ・ at a line start or after a space), numbered items and line breaks;
 * several years of one indicator stay together ("R3年度:250会議 R4年度:300会議", also across lines).
 * In a bulleted cell an unbulleted line continues the item above it.
 */
export function splitIndicatorSegments(text: string): string[] {
  if (typeof text !== 'string') return [];
  const cut = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const numberedLines = sequentiallyNumberedLines(cut);
  if (numberedLines !== null) return numberedLines;
  let s = cut;
  if (!collectPiecesOfNormalText(cut)) {
    s = normalizeText(cut);
    if (s.length === 0) return [];
    collectPieces(s);
  }
  const { count, starts, ends, marked, lineStart, numbered, subItem } = pieces;
  let markedCell = false;
  // The last segment began as a numbered item ("1 ペーパーレス会議…"): ・ lines under it are its sub-items.
  let underNumber = false;
  for (let k = 0; k < count && !markedCell; k++) markedCell = marked[k] === true;
  // Made on the first segment: most cells have one, and an empty array's first push reserves room for seventeen.
  let segments: string[] | null = null;
  // The last segment's [start, end) in s while it is still one stretch of s (-1 once it was joined across a gap).
  let lastStart = -1;
  let lastEnd = -1;
  for (let k = 0; k < count; k++) {
    const start = starts[k] ?? 0;
    const end = ends[k] ?? 0;
    const previous = segments === null ? -1 : segments.length - 1;
    // A sub-item that is a value of its own ("・開催 50回") stays an indicator; only remarks join their item.
    const isSubItem = segments !== null && underNumber && subItem[k] === true && parseQuantityText(s.slice(start, end)).quantities.length === 0;
    const continues =
      isSubItem ||
      (segments !== null &&
        lineStart[k] === true &&
        marked[k] !== true &&
        (markedCell || CONTINUATION_START.test(s.slice(start, end)) || parseQuantityText(segments[previous] ?? '').quantities.length === 0));
    if (segments === null || !continues) {
      if (segments === null) segments = [s.slice(start, end)];
      else segments.push(s.slice(start, end));
      lastStart = start;
      lastEnd = end;
      underNumber = numbered[k] === true;
    } else if (isSubItem) {
      segments[previous] = `${segments[previous] ?? ''}\n・${s.slice(start, end)}`;
      lastEnd = -1;
    } else if (lastEnd >= 0 && start === lastEnd + 1 && s.charCodeAt(lastEnd) === 0x0a) {
      // "○RPA導入業務数\nR2年度:50業務": the joined text is a stretch of s; take it whole rather than as a join.
      segments[previous] = s.slice(lastStart, end);
      lastEnd = end;
    } else {
      segments[previous] = `${segments[previous] ?? ''}\n${s.slice(start, end)}`;
      lastEnd = -1;
    }
  }
  return segments ?? [];
}

/** splitIndicatorSegments: one text per indicator of a cell that lists several. */
import { joinBrokenValues, mayBreakValueAt } from './broken-lines';
import { isJsWhitespace } from '../cell-text';
import { CHAR_CLASS, CHAR_LAYOUT, CHAR_MARKER, CHAR_NORMALISE, isAsciiDigit, isBulletMark, isIn, isLineTerminator } from './chars';
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
 * The length of the SEGMENT_MARKER match at i, where s has the character c, or 0: ○〇◯●■◆ anywhere; ・, ①–⑳ and
 * (1)–(99) only at the start or after whitespace (a line break counts, so this reads s whole the way the pattern reads
 * each line).
 */
function segmentMarkerAt(s: string, i: number, c: number): number {
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
 * (trimmed, numbering removed) and what PIECE_* tells of it. The arrays are reused from call to call (nothing while
 * collecting calls back into splitIndicatorSegments), so splitting a cell allocates little beyond its segments.
 */
const pieces = { count: 0, starts: new Int32Array(64), ends: new Int32Array(64), flags: new Uint8Array(64), mayBreakValue: false };

/** Started by a bullet or by numbering. */
const PIECE_MARKED = 1;
/** Begins its line. */
const PIECE_LINE_START = 2;
/** Started by numbering ("1 ", "2."). */
const PIECE_NUMBERED = 4;
/** Started by a ・ at the start of its line: under a numbered item, a sub-item of it. */
const PIECE_SUB_ITEM = 8;

/** Makes room for twice as many pieces. */
function growPieces(): void {
  const capacity = pieces.starts.length * 2;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const flags = new Uint8Array(capacity);
  starts.set(pieces.starts);
  ends.set(pieces.ends);
  flags.set(pieces.flags);
  pieces.starts = starts;
  pieces.ends = ends;
  pieces.flags = flags;
}

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
      const marker = segmentMarkerAt(s, i, s.charCodeAt(i));
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
  pieces.mayBreakValue = false;
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
        // A line break that may cut a value in two ("9,800\n万円"): joined by the caller, which then splits again.
        if (!pieces.mayBreakValue) pieces.mayBreakValue = mayBreakValueAt(s.charCodeAt(i - 1), next);
        addPiece(s, partStart, i, partStart === lineStart);
        lineStart = i + 1;
        partStart = lineStart;
      }
      i++;
      continue;
    }
    const marker = segmentMarkerAt(s, i, c);
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
 * Whether s[start, end), which starts with a digit, may start with numbering, as leadingNumberingLength would read its
 * slice: one or two digits then ".", ")" or a space, which numberingMarkAfter needs. Most parts that start with a
 * digit are values ("1,882人"): they are told without the slice.
 */
function mayStartWithNumbering(s: string, start: number, end: number): boolean {
  const numEnd = start + 1 < end && isAsciiDigit(s.charCodeAt(start + 1)) ? start + 2 : start + 1;
  if (numEnd >= end) return false;
  const mark = s.charCodeAt(numEnd);
  return mark === 0x2e || mark === 0x29 || mark === 0x20;
}

/**
 * Adds the part [from, to) of a line, as part.trim() with its numbering and the spaces after it removed, unless
 * nothing is left of it. (trim() removes exactly the characters isJsWhitespace tells.)
 */
function addPiece(s: string, from: number, to: number, lineStart: boolean): void {
  let start = from;
  let end = to;
  let first = s.charCodeAt(start);
  while (start < end && isJsWhitespace(first)) first = s.charCodeAt(++start);
  while (end > start && isJsWhitespace(s.charCodeAt(end - 1))) end--;
  const numbering =
    start < end && isAsciiDigit(first) && mayStartWithNumbering(s, start, end) ? leadingNumberingLength(s.slice(start, end)) : 0;
  if (numbering > 0) {
    start += numbering;
    while (start < end && isJsWhitespace(s.charCodeAt(start))) start++;
  }
  const subItem = afterLineStartDot;
  afterLineStartDot = false;
  if (start >= end) return;
  if (pieces.count === pieces.starts.length) growPieces();
  const k = pieces.count++;
  pieces.starts[k] = start;
  pieces.ends[k] = end;
  pieces.flags[k] =
    (!lineStart || numbering > 0 ? PIECE_MARKED : 0) | (lineStart ? PIECE_LINE_START : 0) | (numbering > 0 ? PIECE_NUMBERED : 0) |
    (subItem ? PIECE_SUB_ITEM : 0);
}

/**
 * The text of a numbered item on a normalised line, and its number: m[2] of
 * /^[ \t\u3000]*(\d{1,2})[ \u3000]+(\S.*?)\s*$/u.exec(line) where Number(m[1]) is `number`; null where the pattern
 * does not match or the line numbers another item. By hand: the pattern cost more than the rest of splitting the cell.
 * (Exported for the tests, which hold it to the pattern.)
 */
export function numberedItem(line: string, number: number): string | null {
  const n = line.length;
  let i = 0;
  while (i < n && isLeadingBlank(line.charCodeAt(i))) i++;
  const first = line.charCodeAt(i);
  if (!isAsciiDigit(first)) return null;
  const second = line.charCodeAt(i + 1);
  // \d{1,2} then a space: a third digit, or anything else, leaves nothing for [ \u3000]+ to match.
  const twoDigits = isAsciiDigit(second);
  if ((twoDigits ? (first - 0x30) * 10 + (second - 0x30) : first - 0x30) !== number) return null;
  let start = twoDigits ? i + 2 : i + 1;
  if (!isItemSpace(line.charCodeAt(start))) return null;
  while (isItemSpace(line.charCodeAt(start))) start++;
  // (\S.*?)\s*$: a character other than whitespace, then up to the trailing whitespace no line terminator (. stops there).
  if (start >= n || isJsWhitespace(line.charCodeAt(start))) return null;
  let end = n;
  while (isJsWhitespace(line.charCodeAt(end - 1))) end--;
  for (let j = start + 1; j < end; j++) if (isLineTerminator(line.charCodeAt(j))) return null;
  return line.slice(start, end);
}

/** [ \t\u3000] */
function isLeadingBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** [ \u3000] */
function isItemSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/** A line under a numbered item that remarks on it ("・オンライン相談を開始", "（うち30件）", "※…"): /^[・(（※]/u. */
function isRemarkLine(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 0x30fb || c === 0x28 || c === 0xff08 || c === 0x203b;
}

/**
 * For a text that starts with an ASCII digit: whether its first line cannot be item 1 as numberedItem reads it after
 * normalizeText ("1 120件"). That line starts with the digit, and normalizeText keeps the digits after it and any
 * character it does not rewrite (not CHAR_NORMALISE): where such a character, other than a space, follows one or two
 * digits ("1,633人/年", "12件", "5\n"), or a space follows a number other than 1, the pattern cannot match.
 */
function cannotStartWithItemOne(text: string): boolean {
  const digits = isAsciiDigit(text.charCodeAt(1)) ? 2 : 1;
  const after = text.charCodeAt(digits);
  if (isIn(CHAR_NORMALISE, after)) return false; // "1\u3000…", "1２…": left to the full test
  if (after !== 0x20) return true;
  return digits === 1 ? text.charCodeAt(0) !== 0x31 : text.charCodeAt(0) !== 0x30 || text.charCodeAt(1) !== 0x31;
}

/**
 * The items of a cell whose every line is numbered 1, 2, 3… with a space after the number ("1 120件\n2 70%"), or
 * remarks on the item above, without their numbers; null for any other cell. Alone, "1 120件" would be the values 1
 * and 120: the run of numbers, one per line from 1, is what tells they are numbering.
 */
function sequentiallyNumberedLines(text: string): string[] | null {
  const first = text.charCodeAt(0);
  if (text.length === 0 || (!isAsciiDigit(first) && !(first >= 0xff10 && first <= 0xff19) && !isJsWhitespace(first))) return null;
  // One line holds at most one item, and two are needed: spare the split and the regexes of a one-line cell
  // ("1,882人/年", the commonest actual), which starts with a digit; and of one whose first line is no item 1.
  if (text.indexOf('\n') < 0 || (isAsciiDigit(first) && cannotStartWithItemOne(text))) return null;
  const items: string[] = [];
  // Each line of text.split('\n'), without the array.
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const normal = normalizeText(text.slice(lineStart, lineEnd));
    lineStart = lineEnd + 1;
    if (normal === '') continue;
    if (items.length > 0 && isRemarkLine(normal)) {
      items[items.length - 1] = `${items[items.length - 1] ?? ''}\n${normal}`;
      continue;
    }
    const item = numberedItem(normal, items.length + 1);
    if (item === null) return null;
    items.push(item);
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
  const written = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  let cut = written;
  let normal = collectPiecesOfNormalText(written);
  // Values broken over two lines ("9,800\n万円") are joined first; the one pass above tells the normal texts that may
  // hold one, and nearly none does.
  if (!normal || pieces.mayBreakValue) {
    cut = joinBrokenValues(written);
    if (cut !== written) normal = collectPiecesOfNormalText(cut);
  }
  const numberedLines = sequentiallyNumberedLines(cut);
  if (numberedLines !== null) return numberedLines;
  let s = cut;
  if (!normal) {
    s = normalizeText(cut);
    if (s.length === 0) return [];
    collectPieces(s);
  }
  const { count, starts, ends, flags } = pieces;
  let markedCell = false;
  // The last segment began as a numbered item ("1 ペーパーレス会議…"): ・ lines under it are its sub-items.
  let underNumber = false;
  for (let k = 0; k < count && !markedCell; k++) markedCell = ((flags[k] ?? 0) & PIECE_MARKED) !== 0;
  // Made on the first segment: most cells have one, and an empty array's first push reserves room for seventeen.
  let segments: string[] | null = null;
  // The last segment's [start, end) in s while it is still one stretch of s (-1 once it was joined across a gap).
  let lastStart = -1;
  let lastEnd = -1;
  for (let k = 0; k < count; k++) {
    const start = starts[k] ?? 0;
    const end = ends[k] ?? 0;
    const pieceFlags = flags[k] ?? 0;
    const previous = segments === null ? -1 : segments.length - 1;
    // A sub-item that is a value of its own ("・開催 50回") stays an indicator; only remarks join their item.
    const isSubItem =
      segments !== null && underNumber && (pieceFlags & PIECE_SUB_ITEM) !== 0 && parseQuantityText(s.slice(start, end)).quantities.length === 0;
    const continues =
      isSubItem ||
      (segments !== null &&
        (pieceFlags & (PIECE_LINE_START | PIECE_MARKED)) === PIECE_LINE_START &&
        (markedCell || CONTINUATION_START.test(s.slice(start, end)) || parseQuantityText(segments[previous] ?? '').quantities.length === 0));
    if (segments === null || !continues) {
      if (segments === null) segments = [s.slice(start, end)];
      else segments.push(s.slice(start, end));
      lastStart = start;
      lastEnd = end;
      underNumber = (pieceFlags & PIECE_NUMBERED) !== 0;
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

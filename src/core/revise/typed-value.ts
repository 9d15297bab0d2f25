/**
 * Values planners type for a new target ("6.7万", "６７０００", "67,000") and the way a target cell is written back:
 * a numeric cell stays a number; a text cell keeps its words and its way of writing numbers ("R3年度:2万枚" →
 * "R3年度:6.7万枚", "20,000枚" → "67,000枚").
 */
import type { CellValue } from '../grid';
import { formatYearLabel, normalizeText, parseQuantityText, parseYearLabel, splitIndicatorSegments } from '../quantity';
import { higherIsBetter, type Direction, type FiscalYear } from '../quantity-types';
import { compareUnits } from '../unit-scale';

export type TypedValue =
  /** `unit`: what was typed after the number ("業務" of "70業務"), '' for none; `scaleWord`: 万 or 億 was typed with it. */
  | { readonly ok: true; readonly value: number; readonly unit: string; readonly scaleWord: boolean }
  | { readonly ok: false; readonly reason: 'empty' | 'notNumber' | 'negative' | 'tooLarge' };

/** Beyond this a number's digits are no longer exact in a cell (Excel keeps 15 significant digits). */
const LARGEST_TARGET = 999_999_999_999_999;

/** A number as a planner may type it: full-width digits, thousands separators, 万/億, a unit after it. */
export function parseTypedValue(input: string): TypedValue {
  const text = normalizeText(input).replace(/\s+/gu, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (/^[-−▲△]/u.test(text)) return { ok: false, reason: 'negative' };
  // 千 only as the start of a unit of its own ("6,000千円"), never a second scale ("6.7万千").
  const m = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万|億)?((?:千(?=[^\d万億千])|[^\d万億千])*)$/u.exec(text);
  if (!m) return { ok: false, reason: 'notNumber' };
  const base = Number((m[1] ?? '').replace(/,/gu, ''));
  const value = base * (m[2] === '万' ? 10_000 : m[2] === '億' ? 100_000_000 : 1);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' };
  if (value > LARGEST_TARGET) return { ok: false, reason: 'tooLarge' };
  return { ok: true, value: Math.round(value * 1e6) / 1e6, unit: m[3] ?? '', scaleWord: m[2] !== undefined };
}

/**
 * Whether a unit typed after a new target ("70業務") differs from the indicator's ("枚"): a per-year or cumulative
 * mark and a direction after it do not count ("枚/年", "枚以上"). False where either is not known.
 */
/**
 * A typed value in the indicator's unit: "3千件" for a target in 件 is 3,000件 (千 a scale), while "6,000千円" for one in
 * 千円 stays 6,000 (千 part of the unit).
 */
export function inUnitOf(typed: { readonly value: number; readonly unit: string }, unit: string | null): { readonly value: number; readonly unit: string } {
  if (!typed.unit.startsWith('千') || (unit ?? '').startsWith('千')) return typed;
  return { value: Math.round(typed.value * 1000 * 1e6) / 1e6, unit: typed.unit.slice(1) };
}

/** The unit a target cell's numbers count, and how it stands to the indicator's own unit. */
export interface CellUnit {
  /** As the sheet shows it: "千枚" where a unit column of 千枚 scales the cell's numbers, else the indicator's unit. */
  readonly unit: string | null;
  /** How many of the indicator's own unit one of `unit` is: 1,000 for 千枚 over 枚; 1 where they are one. */
  readonly scale: number;
  /** The indicator's own unit ("枚"). */
  readonly baseUnit: string | null;
}

export type InCellUnit =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'otherUnit' }
  /** Typed in the indicator's own unit, it comes to a part of the cell's unit ("8,500枚" is 8.5千枚). */
  | { readonly ok: false; readonly reason: 'notWhole'; readonly value: number };

/**
 * A typed value as a number of the cell's unit: as typed where it names no unit or that one ("8,500", "8,500千枚");
 * converted where it names the indicator's own ("8,500,000枚" is 8,500千枚, "1.25万人" 1.25万人). A conversion that
 * does not come to a whole number of the cell's unit, without 万 or 億 typed to say so, is refused: "8,500枚" for a
 * cell in 千枚 more likely forgot 千 than meant 8.5千枚.
 */
export function inCellUnit(typed: { readonly value: number; readonly unit: string; readonly scaleWord?: boolean }, cell: CellUnit): InCellUnit {
  const asShown = inUnitOf(typed, cell.unit);
  if (!isOtherUnit(asShown.unit, cell.unit)) return { ok: true, value: asShown.value };
  if (cell.scale === 1) return { ok: false, reason: 'otherUnit' };
  const asBase = inUnitOf(typed, cell.baseUnit);
  if (isOtherUnit(asBase.unit, cell.baseUnit)) return { ok: false, reason: 'otherUnit' };
  const value = Number((asBase.value / cell.scale).toPrecision(12));
  return Number.isInteger(value) || typed.scaleWord === true ? { ok: true, value } : { ok: false, reason: 'notWhole', value };
}

/** A bound written after a value, the words the engine reads as one ("以上", "以内"). */
const BOUND_WORD = /以上|以下|未満|超|以内/u;

/**
 * The bound typed after a new target's number ("以下" of "7万枚以下") and the direction the engine reads in it; null
 * where none was typed.
 */
export function typedBound(after: string): { readonly word: string; readonly direction: Direction } | null {
  const word = BOUND_WORD.exec(after)?.[0];
  const direction = word === undefined ? null : (parseQuantityText(`1${after}`).quantities[0]?.direction ?? null);
  return word === undefined || direction === null ? null : { word, direction };
}

/** Whether two bounds keep the value on the same side: 以内 and 未満 both below, 以上 and 超 both above. */
export function sameSide(a: Direction, b: Direction): boolean {
  return higherIsBetter(a) === higherIsBetter(b);
}

/** What may follow a number besides its unit: a period ("/年") or a bound ("以上"). */
const NOT_A_UNIT = new RegExp(`[/／]\\s*(?:年|累計)|${BOUND_WORD.source}`, 'gu');

/** Points of a percentage, however written. */
const POINTS: ReadonlySet<string> = new Set(['ポイント', 'pt', 'pts', 'point', 'points']);

export function isOtherUnit(typed: string, unit: string | null): boolean {
  const own = typed.replace(NOT_A_UNIT, '');
  if (own === '') return false;
  // A unit for a target written without one ("700万円" for "5,350,000/年"): not its unit either.
  if (unit === null || unit === '') return true;
  const read = parseQuantityText(`1${typed}`).quantities[0];
  if (read === undefined || read.unit === null) return true;
  // A unit with a scale ("千枚") reads as so many of its unit: the same where both come to as many of one unit.
  const scaled = parseQuantityText(`1${unit}`).quantities[0];
  if (scaled !== undefined && scaled.value !== 1 && scaled.unit === read.unit && scaled.value === read.value) return false;
  if (POINTS.has(read.unit) && POINTS.has(normalizeText(unit))) return false;
  // One unit however written ("名" for 人, "ヶ月" for か月, "pt" for ポイント): the same value in both.
  const compared = compareUnits({ ...read, value: 1, unit: normalizeText(unit) }, { ...read, value: 1 });
  return !(compared.units === 'same' || (compared.units === 'converted' && compared.actualValue === compared.targetValue));
}

/** How a number was written in a cell, so a new number can be written the same way. */
interface NumberStyle {
  readonly multiplier: 1 | 10_000 | 100_000_000;
  readonly grouped: boolean;
  readonly fullWidth: boolean;
}

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

function toFullWidth(text: string): string {
  return text.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET)).replace(/,/gu, '，').replace(/\./gu, '．');
}

const FORMATS = new Map<string, Intl.NumberFormat>();

function formatter(fractionDigits: number, grouped: boolean): Intl.NumberFormat {
  const key = `${fractionDigits}|${grouped}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits, useGrouping: grouped })));
  return format;
}

/**
 * `value` written the way the cell writes its numbers, and always exactly: "2.525万" for 25,250 where the cell
 * writes "2万"; below one 万 (or 億) plainly, "1,200" rather than "0.12万", which no one would write. Written
 * plainly, a number of four digits or more takes separators: a cell that writes "2万" does not say it goes without.
 */
export function formatInStyle(value: number, style: NumberStyle): string {
  const scaled = value / style.multiplier;
  const inScale = style.multiplier !== 1 && Math.abs(Math.round(scaled * 1e4) / 1e4 * style.multiplier - value) < 1e-6 && scaled >= 1;
  const written = inScale
    ? `${formatter(4, style.grouped).format(scaled)}${style.multiplier === 10_000 ? '万' : '億'}`
    : formatter(6, style.grouped || style.multiplier !== 1).format(value);
  return style.fullWidth ? toFullWidth(written) : written;
}

/** A number token in the original text: digits with separators and decimals, and 万/億 after it. */
const NUMBER_TOKEN = /([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?\s*(万|億)?/gu;
const YEAR_LABEL = /(?:令和|平成|[RrHｒＲＨ])\s*(?:元|[0-9０-９]{1,2})\s*年度?|FY\s*[0-9]{4}|[0-9]{4}\s*年度/gu;

export type RewriteRefusal = 'noYearInCell' | 'noNumberAfterYear' | 'indicatorNotFound';

export type Rewrite = { readonly ok: true; readonly value: CellValue } | { readonly ok: false; readonly reason: RewriteRefusal };

/**
 * One character as names are compared, without changing the text's length (so a position found in the folded
 * text is the same position in the cell): full-width ASCII as ASCII, the ideographic space as a space, minus-like
 * dashes as "-", Latin capitals in lower case. The engine reads names normalised; staff may have typed them in
 * full width ("ＡＩ－ＯＣＲ利用枚数").
 */
function foldForName(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) return 0x20;
  else if (c === 0x2010 || c === 0x2011 || c === 0x2212 || c === 0xfe63) return 0x2d;
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function foldedForName(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldForName(text.charCodeAt(i)));
  return out;
}

/** A letter, digit, kana or kanji: a name found right after one is the end of a longer name ("年間利用件数"). */
function isWordCharacter(c: number): boolean {
  const f = foldForName(c);
  return (
    (f >= 0x30 && f <= 0x39) || (f >= 0x61 && f <= 0x7a) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) ||
    c === 0x30fc || c === 0x3005 || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff66 && c <= 0xff9f)
  );
}

/** Where the indicator's name starts a part of the cell (not inside a longer name), or -1. */
function nameAt(cell: string, name: string): number {
  if (name === '') return -1;
  const folded = foldedForName(cell);
  for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
    if (at === 0 || !isWordCharacter(cell.charCodeAt(at - 1))) return at;
  }
  return -1;
}

/**
 * The part of a cell that belongs to one indicator: from its name to the next bullet or line, so that in
 * "○AI-OCR利用枚数 R3年度:2万枚\n○利用会議数 R3年度:250会議" each indicator's R3 target is found in its own part.
 * Where the name is not written there, the whole cell is the part only when it leaves no doubt which value is
 * meant: the year's label stands once in it, or it has no year labels and holds one indicator. Otherwise null:
 * guessing could rewrite another indicator's target.
 */
export function indicatorRegion(cell: string, indicator: string | undefined, year: FiscalYear | null): [number, number] | null {
  const name = foldedForName(indicator?.trim() ?? '');
  const at = nameAt(cell, name);
  if (at < 0) {
    const labels = year === null ? 0 : yearLabelEnds(cell, year).length;
    const single = labels === 1 || (labels === 0 && splitIndicatorSegments(cell).length <= 1);
    return single ? [0, cell.length] : null;
  }
  // To the next bullet, or the next line that does not go on with this indicator: its years may stand on the line
  // under its name ("〇共同クラウドの参加団体の拡大\nR2年度:20団体 R3年度:30団体").
  const start = at + name.length;
  let end = start;
  for (;;) {
    const next = cell.slice(end).search(/[\n○〇◯●■◆]/u);
    if (next < 0) return [start, cell.length];
    end += next;
    if (cell.charAt(end) !== '\n' || !CONTINUATION_LINE.test(cell.slice(end + 1))) return [start, end];
    end += 1;
  }
}

/** A line that goes on with the indicator above it: a year's label or a value ("R3年度:30団体", "12,000枚"). */
const CONTINUATION_LINE = /^\s*(?:令和|平成|[RrHｒＲＨ]\s*(?:元|[0-9０-９])|FY\s*[0-9]|[0-9０-９])/u;

/** The number written for a target in a text cell: where it stands, how long it is, its value and its way of writing. */
interface TargetNumber {
  readonly at: number;
  readonly length: number;
  /** With 万/億 applied: 20,000 for "2万". */
  readonly value: number;
  readonly style: NumberStyle;
}

type FoundNumber = { readonly ok: true; readonly number: TargetNumber } | { readonly ok: false; readonly reason: RewriteRefusal };

/** The number a text cell writes for `year` in the indicator's part of it, or why it cannot be told. */
function targetNumber(cell: string, year: FiscalYear | null, indicator?: string): FoundNumber {
  const found = indicatorRegion(cell, indicator, year);
  if (found === null) return { ok: false, reason: 'indicatorNotFound' };
  const [start, end] = found;
  const region = cell.slice(start, end);
  let from = 0;
  if (year !== null) {
    const label = yearLabelEnds(region, year)[0] ?? -1;
    if (label < 0) {
      // A part without any year label holds one value: the target of whichever year its column stands for.
      if (parseYearLabel(region) !== null) return { ok: false, reason: 'noYearInCell' };
    } else {
      from = label;
    }
  }
  const number = firstNumber(region, from);
  return number === null ? { ok: false, reason: 'noNumberAfterYear' } : { ok: true, number: { ...number, at: start + number.at } };
}

/**
 * The cell's new content with the target for `year` set to `value`. A text cell listing several years keeps
 * every other year as written; a cell with one undated value changes that value.
 */
export function rewriteTarget(cell: CellValue, year: FiscalYear | null, value: number, indicator?: string): Rewrite {
  if (typeof cell !== 'string') return { ok: true, value };
  const found = targetNumber(cell, year, indicator);
  if (!found.ok) return found;
  const { at, length, style } = found.number;
  return { ok: true, value: `${cell.slice(0, at)}${formatInStyle(value, style)}${cell.slice(at + length)}` };
}

/** The number a cell holds or writes for a target ("2万枚" → 20,000), or null where none can be told. */
export function numberWritten(cell: CellValue, year: FiscalYear | null, indicator?: string): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return null;
  const found = targetNumber(cell, year, indicator);
  return found.ok ? found.number.value : null;
}

function firstNumber(text: string, from: number): TargetNumber | null {
  NUMBER_TOKEN.lastIndex = from;
  for (let m = NUMBER_TOKEN.exec(text); m !== null; m = NUMBER_TOKEN.exec(text)) {
    // Skip the year label's own digits ("R3年度") and numbering such as "○1".
    if (isInsideYearLabel(text, m.index)) continue;
    const token = m[0];
    const style: NumberStyle = {
      multiplier: m[2] === '万' ? 10_000 : m[2] === '億' ? 100_000_000 : 1,
      grouped: /[,，]/u.test(token),
      fullWidth: /[０-９]/u.test(token),
    };
    const digits = normalizeText(token.replace(/\s*[万億]$/u, '')).replace(/,/gu, '');
    // Rounded as a typed value is: 6.7 × 10,000 is 67,000.00000000001 in binary.
    return { at: m.index, length: token.trimEnd().length, value: Math.round(Number(digits) * style.multiplier * 1e6) / 1e6, style };
  }
  return null;
}

/** Where each label of `year` in a text ends, as the year a value is for (not a comparison base, "R元年度比"). */
function yearLabelEnds(text: string, year: FiscalYear): number[] {
  const ends: number[] = [];
  YEAR_LABEL.lastIndex = 0;
  for (let m = YEAR_LABEL.exec(text); m !== null; m = YEAR_LABEL.exec(text)) {
    if (parseYearLabel(m[0]) === year && !/^\s*比/u.test(text.slice(m.index + m[0].length))) ends.push(m.index + m[0].length);
  }
  return ends;
}

function isInsideYearLabel(text: string, at: number): boolean {
  YEAR_LABEL.lastIndex = 0;
  for (let m = YEAR_LABEL.exec(text); m !== null; m = YEAR_LABEL.exec(text)) {
    if (at >= m.index && at < m.index + m[0].length) return true;
    if (m.index > at) break;
  }
  return false;
}

/** The target for a year as written in a cell ("2万枚"), for the history and the report's "2万→6.7万枚". */
export function targetWritten(cell: CellValue, year: FiscalYear | null, indicator?: string): string {
  if (typeof cell === 'number') return String(cell);
  if (typeof cell !== 'string') return '';
  const found = indicatorRegion(cell, indicator, year);
  if (found === null) return '';
  const quantities = parseQuantityText(cell.slice(found[0], found[1])).quantities;
  const q = quantities.find((x) => x.year === year) ?? (year === null || quantities.every((x) => x.year === null) ? quantities[0] : undefined);
  return q ? q.source.trim() : '';
}

export function yearLabel(year: FiscalYear | null, lang: 'ja' | 'en'): string {
  return year === null ? '' : lang === 'ja' ? `${formatYearLabel(year, 'ja')}年度` : formatYearLabel(year, 'en');
}

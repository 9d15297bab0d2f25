/**
 * Excel's value semantics for `Range.values` / `Range.formulas`, as far as the stand-in models them.
 *
 * Writing: a string is read the way Excel reads typed input, not stored verbatim —
 *  - "=…" is a formula; "+…" / "-…" become the formula "=+…" / "=-…" when the rest parses as one. The Range.values
 *    reference: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 *    this value as a formula." (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)
 *  - number-looking text ("29.96", "1,234", "50%"), TRUE/FALSE and ISO dates become numbers, booleans and date
 *    serials ("Blank and null values in Excel add-ins" sets values [['Eurasia', '29.96', '0.25', '15-Feb']] and the
 *    Range.values reference warns that locale-shaped date strings stay text while ISO (YYYY-MM-DD) ones are dates).
 *  - a leading apostrophe keeps the rest as text (Excel's quote prefix; the apostrophe is not part of the value).
 *  - in a cell whose number format is Text ("@"), a string is stored as text as typed: no formula, no number.
 *  - `null` in a 2-D array leaves that cell as it is; "" clears it ("Blank and null values in Excel add-ins",
 *    https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 * Reading: numbers as numbers, text as strings, booleans, errors as their strings ("#N/A"), dates as serial numbers,
 * empty cells as "".
 */
import { StandinError } from './errors';
import { ERROR_VALUES, typedFormula, isValidFormula } from './formula';

export type ScalarValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string };

/** What a written cell becomes. `clear` empties the cell's content; `keep` leaves the cell untouched (null input). */
export type CellWrite =
  | { readonly kind: 'keep' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'value'; readonly value: ScalarValue; readonly quotePrefix: boolean; readonly impliedFormat: string | null }
  | { readonly kind: 'formula'; readonly formula: string };

const NUMBER = /^\(?[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?\)?%?$/u;

/** Typed-input number parsing: "1,234.5", "-12", "(12)", "50%", "1e3". Returns the number and the format Excel implies. */
export function parseTypedNumber(text: string): { value: number; format: string | null } | null {
  const t = text.trim();
  if (t === '' || !/\d/u.test(t) || !NUMBER.test(t)) return null;
  let body = t;
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1);
  // "(12)" is Excel's accounting negative; an unbalanced parenthesis is text.
  const paren = body.startsWith('(');
  if (paren !== body.endsWith(')')) return null;
  if (paren) body = body.slice(1, -1);
  if (/[()]/u.test(body) || (paren && /^[+-]/u.test(body))) return null;
  const grouped = body.includes(',');
  const n = Number(body.replace(/,/gu, ''));
  if (!Number.isFinite(n)) return null;
  const value = (paren ? -n : n) / (percent ? 100 : 1);
  const decimals = /\.(\d+)/u.exec(body)?.[1]?.length ?? 0;
  let format: string | null = null;
  if (percent) format = decimals > 0 ? '0.00%' : '0%';
  else if (grouped) format = decimals > 0 ? '#,##0.00' : '#,##0';
  return { value, format };
}

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u;

/** Excel's serial for a calendar day (1900 date system; serial 1 = 1900-01-01, with Excel's phantom 1900-02-29). */
export function dateToSerial(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30);
  return ms / 86_400_000;
}

/** A JavaScript Date (its UTC fields, as ExcelJS produces them) → Excel serial, time of day included. */
export function jsDateToSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function serialToUtcDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

/** Interprets one element of a `values` array. `textFormat`: the cell's number format is "@". */
export function interpretValue(input: unknown, textFormat: boolean, where: string): CellWrite {
  if (input === null) return { kind: 'keep' };
  if (input === undefined) throw new StandinError('InvalidArgument', `${where}: undefined is not a cell value`);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new StandinError('InvalidArgument', `${where}: ${input} is not a number Excel can store`);
    return { kind: 'value', value: { kind: 'number', value: input }, quotePrefix: false, impliedFormat: null };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: { kind: 'boolean', value: input }, quotePrefix: false, impliedFormat: null };
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Date) text = input.toJSON(); // Office.js serialises the request as JSON.
  else throw new StandinError('InvalidArgument', `${where}: ${Object.prototype.toString.call(input)} is not a cell value`);
  if (text === '') return { kind: 'clear' };
  if (textFormat) return { kind: 'value', value: { kind: 'string', value: text }, quotePrefix: false, impliedFormat: null };
  if (text.startsWith("'")) return { kind: 'value', value: { kind: 'string', value: text.slice(1) }, quotePrefix: true, impliedFormat: null };
  const num = parseTypedNumber(text);
  if (num) return { kind: 'value', value: { kind: 'number', value: num.value }, quotePrefix: false, impliedFormat: num.format };
  const formula = typedFormula(text);
  if (formula !== null) {
    if (!isValidFormula(formula)) throw new StandinError('InvalidArgument', `${where}: ${JSON.stringify(text)} is not a valid formula`);
    return { kind: 'formula', formula };
  }
  if (/^(true|false)$/iu.test(text.trim())) {
    return { kind: 'value', value: { kind: 'boolean', value: text.trim().toUpperCase() === 'TRUE' }, quotePrefix: false, impliedFormat: null };
  }
  const upper = text.trim().toUpperCase();
  if (ERROR_VALUES.includes(upper)) return { kind: 'value', value: { kind: 'error', value: upper }, quotePrefix: false, impliedFormat: null };
  const iso = ISO_DATE.exec(text.trim());
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900) {
      return { kind: 'value', value: { kind: 'number', value: dateToSerial(y, m, d) }, quotePrefix: false, impliedFormat: 'yyyy-mm-dd' };
    }
  }
  return { kind: 'value', value: { kind: 'string', value: text }, quotePrefix: false, impliedFormat: null };
}

/** Interprets one element of a `formulas` array: "=…" is a formula (InvalidArgument when malformed), else as values. */
export function interpretFormula(input: unknown, textFormat: boolean, where: string): CellWrite {
  if (typeof input === 'string' && input.startsWith('=') && !textFormat) {
    if (!isValidFormula(input)) throw new StandinError('InvalidArgument', `${where}: ${JSON.stringify(input)} is not a valid formula`);
    return { kind: 'formula', formula: input };
  }
  return interpretValue(input, textFormat, where);
}

/** The `values` representation of a stored value. */
export function valueToJs(value: ScalarValue | undefined): string | number | boolean {
  return value === undefined ? '' : value.value;
}

export type RangeValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export function valueType(value: ScalarValue | undefined): RangeValueType {
  if (value === undefined) return 'Empty';
  switch (value.kind) {
    case 'number':
      return 'Double';
    case 'string':
      return value.value === '' ? 'Empty' : 'String';
    case 'boolean':
      return 'Boolean';
    case 'error':
      return 'Error';
  }
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(serial: number, format: string): string {
  const date = serialToUtcDate(serial);
  const tokens = format.replace(/\[[^\]]*\]/gu, '').replace(/;@$/u, '').replace(/\\(.)/gu, '$1').replace(/"([^"]*)"/gu, '$1');
  let out = '';
  let lastWasHour = false;
  for (let i = 0; i < tokens.length; ) {
    const rest = tokens.slice(i);
    const m = /^(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM)/iu.exec(rest);
    if (!m) {
      out += tokens[i];
      i += 1;
      continue;
    }
    const tok = m[0].toLowerCase();
    switch (tok) {
      case 'yyyy':
        out += String(date.getUTCFullYear());
        break;
      case 'yy':
        out += pad(date.getUTCFullYear() % 100, 2);
        break;
      case 'mm':
        out += lastWasHour ? pad(date.getUTCMinutes(), 2) : pad(date.getUTCMonth() + 1, 2);
        break;
      case 'm':
        out += lastWasHour ? String(date.getUTCMinutes()) : String(date.getUTCMonth() + 1);
        break;
      case 'mmm':
      case 'mmmm':
        out += date.toLocaleString('en-US', { month: tok === 'mmm' ? 'short' : 'long', timeZone: 'UTC' });
        break;
      case 'dd':
        out += pad(date.getUTCDate(), 2);
        break;
      case 'd':
        out += String(date.getUTCDate());
        break;
      case 'ddd':
      case 'dddd':
        out += date.toLocaleString('en-US', { weekday: tok === 'ddd' ? 'short' : 'long', timeZone: 'UTC' });
        break;
      case 'hh':
        out += pad(date.getUTCHours(), 2);
        break;
      case 'h':
        out += String(date.getUTCHours());
        break;
      case 'ss':
        out += pad(date.getUTCSeconds(), 2);
        break;
      case 's':
        out += String(date.getUTCSeconds());
        break;
      default:
        out += date.getUTCHours() < 12 ? 'AM' : 'PM';
    }
    lastWasHour = tok === 'h' || tok === 'hh';
    i += m[0].length;
  }
  return out;
}

function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (Math.abs(n) < 1e-9 && n !== 0)) return n.toExponential(5).replace(/\.?0+e/u, 'E').replace('E+', 'E+').replace(/e/u, 'E');
  return String(Number(n.toPrecision(10)));
}

/**
 * The displayed text of a value under a number format, for `Range.text`. Covers General, Text, fixed decimals,
 * thousands separators, percentages and date/time formats; other formats fall back to General.
 */
export function displayText(value: ScalarValue | undefined, numberFormat: string): string {
  if (value === undefined) return '';
  if (value.kind === 'string') return value.value;
  if (value.kind === 'boolean') return value.value ? 'TRUE' : 'FALSE';
  if (value.kind === 'error') return value.value;
  const n = value.value;
  const format = numberFormat.split(';')[n < 0 && numberFormat.includes(';') ? 1 : 0] ?? numberFormat;
  const bare = format.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, '').trim();
  if (bare === '' || /^general$/iu.test(bare) || bare === '@') return formatGeneral(n);
  if (/[ymdhs]/iu.test(bare) && !/[#0]/u.test(bare)) return formatDate(n, format);
  const m = /^(#,##)?(0+)(?:\.(0+))?(%?)$/u.exec(bare) ?? /^(#,##)?0?(?:\.(0+))?(%?)$/u.exec(bare);
  if (m) {
    const percent = bare.endsWith('%');
    const decimals = /\.(0+)/u.exec(bare)?.[1]?.length ?? 0;
    const scaled = Math.abs(percent ? n * 100 : n);
    const fixed = scaled.toFixed(decimals);
    const [intPart, frac] = fixed.split('.') as [string, string | undefined];
    const sign = n < 0 && !numberFormat.includes(';') ? '-' : '';
    return `${sign}${bare.startsWith('#,##') ? group(intPart) : intPart}${frac ? `.${frac}` : ''}${percent ? '%' : ''}`;
  }
  return formatGeneral(n);
}

/**
 * Just enough of Excel's formula language to decide what Excel would do with a string: whether "=…", "+…" or
 * "-…" parses as a formula (then Excel stores a formula), and a small evaluator so a formula written through the
 * API reads back a plausible value.
 *
 * Evaluated: numbers, strings, booleans, error literals, unary and binary arithmetic (+ - * / ^ %), "&",
 * comparisons, parentheses, single-cell references on the same sheet, and HYPERLINK(url, [name]). Anything else
 * (other functions, defined names, ranges, other sheets) evaluates to "#NAME?" — the stand-in does not pretend to
 * calculate; tests that care about a formula check the formula itself.
 */

export type FormulaValue = number | string | boolean | { readonly error: string };

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'ref'; sheet: string | null; text: string }
  | { kind: 'name'; text: string }
  | { kind: 'func'; name: string }
  | { kind: 'op'; value: string }
  | { kind: 'punct'; value: '(' | ')' | ',' | ';' | '{' | '}' };

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

export const ERROR_VALUES: readonly string[] = ERRORS;

const WORD = /^[\p{L}\p{N}_.\\$]+/u;
const CELL_REF = /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/u;
const COL_REF = /^\$?[A-Za-z]{1,3}$/u;
const ROW_REF = /^\$?\d{1,7}$/u;

class FormulaSyntaxError extends Error {}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const peekOp = (): string | null => {
    const two = src.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '<>') return two;
    const one = src[i] ?? '';
    return '+-*/^&=<>%:'.includes(one) ? one : null;
  };
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      i += 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError('unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j];
        j += 1;
      }
      tokens.push({ kind: 'string', value: text });
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const err = ERRORS.find((e) => src.slice(i, i + e.length).toUpperCase() === e);
      if (!err) throw new FormulaSyntaxError('unknown error literal');
      tokens.push({ kind: 'error', value: err });
      i += err.length;
      continue;
    }
    if ('(),;{}'.includes(ch)) {
      tokens.push({ kind: 'punct', value: ch as '(' | ')' | ',' | ';' | '{' | '}' });
      i += 1;
      continue;
    }
    const num = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/u.exec(src.slice(i));
    if (num && !/^\d+[A-Za-z_]/u.test(src.slice(i)) && src[i + num[0].length] !== '!') {
      // "1:3" (a row range) stays a row reference; other numbers are numbers.
      const rest = src.slice(i + num[0].length);
      if (/^:\$?\d/u.test(rest) && /^\d+$/u.test(num[0])) {
        const m = /^(\d+):\$?(\d+)/u.exec(src.slice(i));
        if (m) {
          tokens.push({ kind: 'ref', sheet: null, text: m[0] });
          i += m[0].length;
          continue;
        }
      }
      tokens.push({ kind: 'number', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    let sheet: string | null = null;
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError('unterminated sheet name');
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += src[j];
        j += 1;
      }
      if (src[j + 1] !== '!') throw new FormulaSyntaxError('quoted name without !');
      sheet = name;
      i = j + 2;
    }
    const word = WORD.exec(src.slice(i));
    if (word) {
      let text = word[0];
      i += text.length;
      if (sheet === null && src[i] === '!') {
        sheet = text;
        i += 1;
        const next = WORD.exec(src.slice(i));
        if (!next) throw new FormulaSyntaxError('reference expected after !');
        text = next[0];
        i += text.length;
      }
      // A range "A1:B2" / "A:B" is read as one reference.
      const range = /^:(\$?[A-Za-z]{1,3}\$?\d{1,7}|\$?[A-Za-z]{1,3}|\$?\d{1,7})(?![\p{L}\p{N}_(])/u.exec(src.slice(i));
      if (range && (CELL_REF.test(text) || COL_REF.test(text) || ROW_REF.test(text))) {
        text += range[0];
        i += range[0].length;
      }
      const isRef = CELL_REF.test(text) || /^[^:]+:[^:]+$/u.test(text);
      if (sheet !== null || isRef) {
        tokens.push({ kind: 'ref', sheet, text });
      } else if (src[i] === '(') {
        tokens.push({ kind: 'func', name: text.toUpperCase() });
      } else if (/^(TRUE|FALSE)$/iu.test(text)) {
        tokens.push({ kind: 'bool', value: text.toUpperCase() === 'TRUE' });
      } else {
        tokens.push({ kind: 'name', text });
      }
      continue;
    }
    if (sheet !== null) throw new FormulaSyntaxError('reference expected');
    const op = peekOp();
    if (op) {
      tokens.push({ kind: 'op', value: op });
      i += op.length;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected character ${ch}`);
  }
  return tokens;
}

type Node =
  | { t: 'lit'; v: FormulaValue }
  | { t: 'ref'; sheet: string | null; text: string }
  | { t: 'name'; text: string }
  | { t: 'func'; name: string; args: Node[] }
  | { t: 'unary'; op: string; arg: Node }
  | { t: 'percent'; arg: Node }
  | { t: 'binary'; op: string; left: Node; right: Node }
  | { t: 'array'; rows: Node[][] };

const PRECEDENCE: Record<string, number> = { '=': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '<>': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    if (this.tokens.length === 0) throw new FormulaSyntaxError('empty formula');
    const node = this.expression(0);
    if (this.i !== this.tokens.length) throw new FormulaSyntaxError('unexpected token');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i];
    if (!t) throw new FormulaSyntaxError('unexpected end');
    this.i += 1;
    return t;
  }

  private expression(minPrec: number): Node {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (!t || t.kind !== 'op' || t.value === '%' || t.value === ':') break;
      const prec = PRECEDENCE[t.value];
      if (prec === undefined || prec < minPrec) break;
      this.i += 1;
      const right = this.expression(t.value === '^' ? prec : prec + 1);
      left = { t: 'binary', op: t.value, left, right };
    }
    return left;
  }

  private unary(): Node {
    const t = this.peek();
    if (t && t.kind === 'op' && (t.value === '+' || t.value === '-')) {
      this.i += 1;
      return { t: 'unary', op: t.value, arg: this.unary() };
    }
    return this.postfix();
  }

  private postfix(): Node {
    let node = this.primary();
    for (;;) {
      const t = this.peek();
      if (t && t.kind === 'op' && t.value === '%') {
        this.i += 1;
        node = { t: 'percent', arg: node };
        continue;
      }
      break;
    }
    return node;
  }

  private primary(): Node {
    const t = this.next();
    switch (t.kind) {
      case 'number':
      case 'string':
      case 'bool':
        return { t: 'lit', v: t.value };
      case 'error':
        return { t: 'lit', v: { error: t.value } };
      case 'ref':
        return { t: 'ref', sheet: t.sheet, text: t.text };
      case 'name':
        return { t: 'name', text: t.text };
      case 'func': {
        this.expectPunct('(');
        const args: Node[] = [];
        if (this.isPunct(')')) {
          this.i += 1;
          return { t: 'func', name: t.name, args };
        }
        for (;;) {
          if (this.isPunct(',') || this.isPunct(')')) args.push({ t: 'lit', v: '' });
          else args.push(this.expression(0));
          if (this.isPunct(',')) {
            this.i += 1;
            continue;
          }
          this.expectPunct(')');
          return { t: 'func', name: t.name, args };
        }
      }
      case 'punct':
        if (t.value === '(') {
          const inner = this.expression(0);
          this.expectPunct(')');
          return inner;
        }
        if (t.value === '{') return this.array();
        throw new FormulaSyntaxError(`unexpected ${t.value}`);
      case 'op':
        throw new FormulaSyntaxError(`unexpected operator ${t.value}`);
    }
  }

  private array(): Node {
    const rows: Node[][] = [[]];
    for (;;) {
      const row = rows[rows.length - 1] as Node[];
      row.push(this.unary());
      const t = this.next();
      if (t.kind === 'punct' && t.value === ',') continue;
      if (t.kind === 'punct' && t.value === ';') {
        rows.push([]);
        continue;
      }
      if (t.kind === 'punct' && t.value === '}') return { t: 'array', rows };
      throw new FormulaSyntaxError('bad array constant');
    }
  }

  private isPunct(value: string): boolean {
    const t = this.peek();
    return !!t && t.kind === 'punct' && t.value === value;
  }

  private expectPunct(value: string): void {
    if (!this.isPunct(value)) throw new FormulaSyntaxError(`expected ${value}`);
    this.i += 1;
  }
}

/** Parses a formula body (without the leading "="); null when Excel would reject it as a formula. */
function parseBody(body: string): Node | null {
  try {
    return new Parser(tokenize(body)).parse();
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return null;
    throw error;
  }
}

/** True when `formula` (with its leading "=") is a well-formed Excel formula. */
export function isValidFormula(formula: string): boolean {
  return formula.startsWith('=') && formula.length > 1 && parseBody(formula.slice(1)) !== null;
}

/**
 * How Excel reads a string typed into a General cell: "=…" is a formula; "+…" or "-…" becomes the formula "=+…" /
 * "=-…" when the rest parses. Returns the formula to store (with "="), or null when the text stays text.
 */
export function typedFormula(text: string): string | null {
  if (text.startsWith('=')) return text;
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) {
    const body = text;
    return parseBody(body) !== null ? `=${body}` : null;
  }
  return null;
}

export type CellLookup = (sheet: string | null, reference: string) => FormulaValue | undefined;

function toNumber(v: FormulaValue): number | { error: string } {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    if (v === '') return 0;
    const n = Number(v.replace(/,/gu, ''));
    return Number.isFinite(n) && v.trim() !== '' ? n : { error: '#VALUE!' };
  }
  return v;
}

function toText(v: FormulaValue): string | { error: string } {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

function isError(v: unknown): v is { error: string } {
  return typeof v === 'object' && v !== null && 'error' in v;
}

function evaluate(node: Node, lookup: CellLookup): FormulaValue {
  switch (node.t) {
    case 'lit':
      return node.v;
    case 'ref': {
      if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/u.test(node.text)) return { error: '#VALUE!' };
      const v = lookup(node.sheet, node.text.replace(/\$/gu, ''));
      return v === undefined ? { error: '#NAME?' } : v;
    }
    case 'name':
      return { error: '#NAME?' };
    case 'array':
      return node.rows[0]?.[0] ? evaluate(node.rows[0][0], lookup) : { error: '#VALUE!' };
    case 'func': {
      if (node.name === 'HYPERLINK' && node.args.length >= 1 && node.args.length <= 2) {
        const link = evaluate(node.args[node.args.length - 1] as Node, lookup);
        return isError(link) ? link : toText(link);
      }
      return { error: '#NAME?' };
    }
    case 'unary': {
      const v = toNumber(evaluate(node.arg, lookup));
      if (isError(v)) return v;
      return node.op === '-' ? -v : v;
    }
    case 'percent': {
      const v = toNumber(evaluate(node.arg, lookup));
      return isError(v) ? v : v / 100;
    }
    case 'binary': {
      const l = evaluate(node.left, lookup);
      const r = evaluate(node.right, lookup);
      if (isError(l)) return l;
      if (isError(r)) return r;
      if (node.op === '&') {
        const a = toText(l);
        const b = toText(r);
        if (isError(a)) return a;
        if (isError(b)) return b;
        return a + b;
      }
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) {
        const cmp = typeof l === typeof r ? (l < r ? -1 : l > r ? 1 : 0) : typeof l === 'number' ? -1 : 1;
        switch (node.op) {
          case '=':
            return cmp === 0;
          case '<>':
            return cmp !== 0;
          case '<':
            return cmp < 0;
          case '>':
            return cmp > 0;
          case '<=':
            return cmp <= 0;
          default:
            return cmp >= 0;
        }
      }
      const a = toNumber(l);
      const b = toNumber(r);
      if (isError(a)) return a;
      if (isError(b)) return b;
      switch (node.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? { error: '#DIV/0!' } : a / b;
        default: {
          const p = a ** b;
          return Number.isFinite(p) ? p : { error: '#NUM!' };
        }
      }
    }
  }
}

/** The value a formula (with "=") shows; see the module comment for what is computed. */
export function evaluateFormula(formula: string, lookup: CellLookup): FormulaValue {
  const node = parseBody(formula.startsWith('=') ? formula.slice(1) : formula);
  if (!node) return { error: '#NAME?' };
  return evaluate(node, lookup);
}

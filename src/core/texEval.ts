/**
 * Re-evaluates the numeric TeX the app generates from its own printed numbers (SPEC §10 "False
 * arithmetic"), for tests. Each printed number stands for the box of values that round to it;
 * the evaluator carries that box (an interval of exact decimals) through +, −, \cdot, \frac,
 * \log, e^{…} and ^{k}, and also the point value (the numbers taken as exact), so a check can
 * say whether the printed result is one the printed operands allow.
 */
import * as D from './decimal';

export interface Value {
  /** The printed numbers taken as exact (approximate once \log, e^ or a division is involved). */
  point: D.Dec;
  lo: D.Dec;
  hi: D.Dec;
  /** False once an approximate operation was involved: then `point` is not exact. */
  exact: boolean;
}

/** Relative slack added after an approximate operation (double-precision log and exp of |x| ≤ 10⁷). */
const SLACK = D.parseDec('1e-9');
/** Division keeps this many digits at most: beyond it the check only gets looser, never false. */
const DIV_DIGITS = 5000;

const widen = (v: Value): Value => ({
  point: v.point,
  lo: D.sub(v.lo, D.mul(D.roundSig(v.lo.m < 0n ? D.neg(v.lo) : v.lo, 20), SLACK)),
  hi: D.add(v.hi, D.mul(D.roundSig(v.hi.m < 0n ? D.neg(v.hi) : v.hi, 20), SLACK)),
  exact: false,
});

const min = (xs: D.Dec[]) => xs.reduce((a, b) => (D.cmp(a, b) <= 0 ? a : b));
const max = (xs: D.Dec[]) => xs.reduce((a, b) => (D.cmp(a, b) >= 0 ? a : b));

/**
 * The box of a printed number: ± half a unit of its last printed digit, but never wider than its
 * third significant digit allows (the app trims trailing zeros of a 3- or 4-digit rounding).
 * As an operand, the integers 0, 1, 2 are exact: they are the formulas' constants (1 − a, 2m,
 * y, x₀, m), and the app never prints an operand that merely rounds to one of them that way;
 * as a result, a bare 1 may be the rounding of 1 + 10⁻¹⁸ like any other number.
 */
export function literal(text: string, asResult = false): Value {
  const m = /^(\d+)(?:\.(\d+))?(?:\\times 10\^\{(-?\d+)\})?$/.exec(text);
  if (!m) throw new Error(`not a number: ${text}`);
  const [, int, frac = '', exp] = m;
  const point = D.parseDec(`${int}${frac ? `.${frac}` : ''}e${exp ?? 0}`);
  const constant = !frac && exp === undefined && ['0', '1', '2'].includes(int);
  if (D.isZero(point) || (constant && !asResult)) return { point, lo: point, hi: point, exact: true };
  const lastDigit = Number(exp ?? 0) - frac.length;
  const third = D.magnitude(point) - 2;
  const half = { m: 5n, e: Math.min(lastDigit, third) - 1 };
  return { point, lo: D.sub(point, half), hi: D.add(point, half), exact: true };
}


function add(a: Value, b: Value): Value {
  return { point: D.add(a.point, b.point), lo: D.add(a.lo, b.lo), hi: D.add(a.hi, b.hi), exact: a.exact && b.exact };
}
function neg(a: Value): Value {
  return { point: D.neg(a.point), lo: D.neg(a.hi), hi: D.neg(a.lo), exact: a.exact };
}
function mul(a: Value, b: Value): Value {
  const ends = [D.mul(a.lo, b.lo), D.mul(a.lo, b.hi), D.mul(a.hi, b.lo), D.mul(a.hi, b.hi)];
  return { point: D.mul(a.point, b.point), lo: min(ends), hi: max(ends), exact: a.exact && b.exact };
}
function div(a: Value, b: Value): Value {
  if (D.sign(b.lo) <= 0 && D.sign(b.hi) >= 0) throw new RangeError('division by a box that reaches 0');
  const digits = (x: D.Dec, y: D.Dec) => Math.min(DIV_DIGITS, Math.max(40, D.digitCount(x.m), D.digitCount(y.m)) + 20);
  const q = (x: D.Dec, y: D.Dec) => D.div(x, y, digits(x, y));
  const ends = [q(a.lo, b.lo), q(a.lo, b.hi), q(a.hi, b.lo), q(a.hi, b.hi)];
  const point = q(a.point, b.point);
  // \frac{1}{1}, \frac{0}{2\cdot 1}: a quotient that is exact keeps the point exact.
  const exact = a.exact && b.exact && D.cmp(D.mul(point, b.point), a.point) === 0;
  return { ...widen({ point, lo: min(ends), hi: max(ends), exact: false }), exact };
}

/** log x to double precision for any exponent, and x − 1 itself where x is within 10⁻³⁰⁰ of 1. */
function logDec(x: D.Dec): D.Dec {
  if (D.sign(x) <= 0) throw new RangeError('log of a number ≤ 0');
  const d = D.sub(x, D.ONE);
  if (D.isZero(d)) return D.ZERO;
  if (D.magnitude(d) < -300) return d;
  if (D.magnitude(d) < -1) return D.parseDec(Math.log1p(D.toNumber(d)).toExponential(16));
  return D.parseDec(D.lnAbs(x).toExponential(16));
}
function log(a: Value): Value {
  if (D.sign(a.lo) <= 0) throw new RangeError('log of a box that reaches 0');
  return widen({ point: logDec(a.point), lo: logDec(a.lo), hi: logDec(a.hi), exact: false });
}

const LN10_HI = 2.3025850930716842;
const LN10_LO = -7.763855727686939e-11;
/** e^x as a decimal, however large or small: mantissa and power of ten from the exponent. */
function expDec(x: D.Dec): D.Dec {
  const t = D.toNumber(x);
  let k = Math.floor(t / Math.LN10);
  let mant = Math.exp(t - k * LN10_HI - k * LN10_LO);
  if (mant >= 10) [mant, k] = [mant / 10, k + 1];
  if (mant < 1) [mant, k] = [mant * 10, k - 1];
  return D.parseDec(`${mant.toPrecision(17)}e${k}`);
}
function exp(a: Value): Value {
  return widen({ point: expDec(a.point), lo: expDec(a.lo), hi: expDec(a.hi), exact: false });
}
function power(a: Value, k: D.Dec): Value {
  const n = D.toNumber(k);
  if (!Number.isInteger(n) || n < 1 || n > 4) throw new Error('only small integer powers');
  let r = a;
  for (let i = 1; i < n; i += 1) r = mul(r, a);
  return r;
}

const TOKEN = /\s*(\d+(?:\.\d+)?(?:\\times 10\^\{-?\d+\})?|\\left\(|\\right\)|\\left\[|\\right\]|\\bigl\(|\\bigr\)|\\cdot|\\times|\\frac|\\log|\\,|\\;|e\^\{|\^\{|[-+()[\]{}])/y;

function tokenize(tex: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let rest = tex.trim();
  while (rest.length) {
    TOKEN.lastIndex = 0;
    const m = TOKEN.exec(rest);
    if (!m) throw new SyntaxError(`cannot read ${rest.slice(0, 20)}`);
    if (m[1] !== '\\,' && m[1] !== '\\;') out.push(m[1]);
    rest = rest.slice(m[0].length).trimStart();
  }
  return out;
}

const OPEN: Record<string, string> = { '(': ')', '\\left(': '\\right)', '\\left[': '\\right]', '[': ']', '\\bigl(': '\\bigr)' };

/** Evaluates one side of an equation; throws SyntaxError where it names anything but numbers. */
export function evaluate(tex: string, asResult = false): Value {
  const t = tokenize(tex);
  let i = 0;
  const peek = () => t[i];
  const take = (want?: string) => {
    const tok = t[i++];
    if (want !== undefined && tok !== want) throw new SyntaxError(`expected ${want}, got ${tok}`);
    return tok;
  };
  const startsPrimary = (tok: string | undefined) =>
    tok !== undefined && (/^\d/.test(tok) || tok in OPEN || tok === '\\frac' || tok === '\\log' || tok === 'e^{');

  function expr(): Value {
    let v = unary();
    while (peek() === '+' || peek() === '-') v = take() === '+' ? add(v, unary()) : add(v, neg(unary()));
    return v;
  }
  function unary(): Value {
    if (peek() === '-') {
      take();
      return neg(unary());
    }
    let v = powered();
    for (;;) {
      if (peek() === '\\cdot' || peek() === '\\times') {
        take();
        v = mul(v, powered());
      } else if (startsPrimary(peek())) v = mul(v, powered());
      else return v;
    }
  }
  function powered(): Value {
    const v = primary();
    if (peek() !== '^{') return v;
    take();
    const k = expr();
    take('}');
    return power(v, k.point);
  }
  function primary(): Value {
    const tok = take();
    if (tok === undefined) throw new SyntaxError('unexpected end');
    if (/^\d/.test(tok)) return literal(tok, asResult);
    if (tok in OPEN) {
      const v = expr();
      take(OPEN[tok]);
      return v;
    }
    if (tok === '\\frac') {
      take('{');
      const a = expr();
      take('}');
      take('{');
      const b = expr();
      take('}');
      return div(a, b);
    }
    if (tok === '\\log') {
      if (peek() === '-' || peek() === undefined) throw new SyntaxError('log needs an argument');
      return log(primary());
    }
    if (tok === 'e^{') {
      const v = expr();
      take('}');
      return exp(v);
    }
    throw new SyntaxError(`unexpected ${tok}`);
  }
  const v = expr();
  if (i !== t.length) throw new SyntaxError(`left over: ${t.slice(i).join(' ')}`);
  return v;
}

/** The sides of a formula's chain of equalities (aligned lines joined), in order. */
export function sides(tex: string): string[] {
  const flat = tex.replace(/\\(begin|end)\{aligned\}/g, ' ').replace(/&/g, ' ').replace(/\\\\/g, ' ');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < flat.length; i += 1) {
    if (flat[i] === '{') depth += 1;
    else if (flat[i] === '}') depth -= 1;
    else if (flat[i] === '=' && depth === 0) {
      out.push(flat.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(flat.slice(start).trim());
  return out;
}

const overlaps = (a: Value, b: Value) => D.cmp(a.lo, b.hi) <= 0 && D.cmp(b.lo, a.hi) <= 0;

/**
 * What is false in a numeric formula, by SPEC §10: each side that is made of numbers must be
 * one the previous such side allows (their boxes meet), a side whose numbers give exactly 0 is
 * followed by 0, and no log or division reaches 0. Sides that name symbols are skipped.
 */
export function falseArithmetic(tex: string): string[] {
  const problems: string[] = [];
  const values: { side: string; v: Value; r: Value }[] = [];
  for (const side of sides(tex)) {
    try {
      const v = evaluate(side);
      // Only a side that is one number is a rounded result; in a compound side 1 is a constant.
      values.push({ side, v, r: /^-?[\d.]+(\\times 10\^\{-?\d+\})?$/.test(side) ? evaluate(side, true) : v });
    } catch (e) {
      if (e instanceof RangeError) problems.push(`${side}: ${e.message}`);
      else if (!(e instanceof SyntaxError)) throw e;
    }
  }
  for (let k = 1; k < values.length; k += 1) {
    const [a, b] = [values[k - 1], values[k]];
    if (!overlaps(a.v, b.r)) problems.push(`${a.side} cannot equal ${b.side}`);
    if (a.v.exact && D.isZero(a.v.point) && !D.isZero(b.r.point)) problems.push(`${a.side} is exactly 0, not ${b.side}`);
  }
  return problems;
}

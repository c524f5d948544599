/**
 * Honest numbers for the numeric formulas (SPEC §10 "False arithmetic"): a formula's printed
 * operands, taken as exact, must give its printed result to within their rounding. So a value
 * is printed knowing how the formula uses it: a probability within 10⁻⁴ of 1 as 1 − ε (never a
 * bare 1 to subtract from 1 or to take the log of 1 − 1), a value past a double's range from
 * its logarithm, and the operands of a sum with as many digits as it takes not to cancel to a
 * false 0. Each printed number carries its exact decimal value, so a formula can check itself.
 */
import { sigmoid, softplus } from './math';
import { logToScientific } from './format';
import * as D from './decimal';

/** A number as a formula prints it: its TeX and the exact value of that TeX. */
export interface Printed {
  tex: string;
  value: D.Dec;
  /** False for forms like 1 − ε that need parentheses as a factor or after a minus. */
  atom: boolean;
}

const SIG = 4;
/** Below this a double has lost digits (subnormal) or vanished: print from the logarithm. */
const MIN_NORMAL = 2.2250738585072014e-308;
/** Within this of 1, a probability is printed as 1 − ε. */
const NEAR_ONE = 1e-4;

/** TeX of an exact decimal: plain from 10⁻⁴ up to 10⁶, else m\times 10^{k}. */
export function texDec(d: D.Dec): string {
  if (D.isZero(d)) return '0';
  const k = D.magnitude(d);
  if (k >= -4 && k < 6) return D.plain(d);
  const { mantissa, exponent } = D.scientific(d);
  return `${mantissa}\\times 10^{${exponent}}`;
}

const printed = (value: D.Dec, atom = true): Printed => ({ tex: texDec(value), value, atom });

/** x rounded to `digits` significant digits (5- and 6-digit numbers whole, as the tables do). */
export function num(x: number, digits = SIG): Printed {
  if (x === 0 || !Number.isFinite(x)) return printed(D.ZERO);
  const k = Math.floor(Math.log10(Math.abs(x)));
  let d = k >= 4 && k < 6 ? Math.max(digits, k + 1) : digits;
  // A bare 0, ±1 or ±2 reads as the exact constant it is in 1 − a or 2m: a value that merely
  // rounds to one (a = 0.99996) gets the digits that show it is not.
  while (d < 17 && Math.abs(x) < 2.5 && x !== Math.round(x) && isSmallInteger(D.roundDec(x, d))) d += 1;
  return printed(D.roundDec(x, d));
}

const isSmallInteger = (v: D.Dec) => v.e >= 0 && v.m >= -2n && v.m <= 2n;

/** e^ln, by its logarithm: 3 significant digits, any exponent (e^{−1000} is 5.08×10⁻⁴³⁵). */
export function fromLn(ln: number): Printed {
  const { mantissa, exponent } = logToScientific(ln);
  return printed(D.parseDec(`${mantissa.toPrecision(3)}e${exponent}`));
}

/** A positive value whose log is known: from the log where the double overflowed or underflowed. */
export function positive(x: number, ln: number): Printed {
  if (!Number.isFinite(x) || x < MIN_NORMAL || Math.abs(ln) > 700) return fromLn(ln);
  return num(x);
}

/** 1 − ε or 1 + ε with ε printed: the form of a value that rounds to 1. */
function nearOne(eps: Printed, plus: boolean): Printed {
  let value: D.Dec | undefined;
  return {
    tex: `1 ${plus ? '+' : '-'} ${eps.tex}`,
    // Worked out only when asked: 1 − 10⁻¹³⁰⁰⁰⁰⁰ has a million digits.
    get value() {
      return (value ??= plus ? D.add(D.ONE, eps.value) : D.sub(D.ONE, eps.value));
    },
    atom: false,
  };
}

/** s(z) for a logit z: 1 − s(−z) when it lies within 10⁻⁴ of 1, from its log when it underflows. */
export function probability(z: number): Printed {
  const rest = sigmoid(-z);
  if (rest < NEAR_ONE) return nearOne(positive(rest, -softplus(z)), false);
  return positive(sigmoid(z), -softplus(-z));
}

/** 1 + e with e > 0 given by its log: 1 + ε when the sum would round to 1. */
export function onePlus(e: number, lnE: number): Printed {
  if (e < NEAR_ONE) return nearOne(positive(e, lnE), true);
  return positive(1 + e, softplus(lnE));
}

export function negate(p: Printed): Printed {
  if (p.tex === '0') return p;
  const tex = p.tex.startsWith('-') ? p.tex.slice(1) : p.atom ? `-${p.tex}` : `-(${p.tex})`;
  return {
    tex,
    get value() {
      return D.neg(p.value);
    },
    atom: p.atom,
  };
}

/** As a factor or a subtrahend: negatives and 1 − ε in parentheses. */
export function factor(p: Printed): string {
  return !p.atom || p.tex.startsWith('-') ? `(${p.tex})` : p.tex;
}

/** As a whole side of an equation or an argument already in parentheses. */
export const whole = (p: Printed): string => p.tex;

/** A factor of a term: a number printed with the sum's digits, or a fixed form (1/m). */
export type Factor = number | Printed | ((digits: number) => Printed);

const atDigits = (f: Factor, digits: number): Printed =>
  typeof f === 'number' ? num(f, digits) : typeof f === 'function' ? f(digits) : f;

/** \frac{x}{m} as one factor, x printed with the sum's digits (the 1/m and λ/m of the source). */
export const over = (x: number, m: number): Factor => (digits) => {
  const p = num(x, digits);
  return { tex: `\\frac{${p.tex}}{${m}}`, value: D.div(p.value, D.parseDec(String(m))), atom: true };
};

export interface SumOfProducts {
  /** "a\cdot b + c\cdot d" with the chosen digits. */
  tex: string;
  /** The printed result: the value's rounding, or the printed operands' own sum when the double underflowed. */
  result: Printed;
  /** Significant digits the operands needed. */
  digits: number;
}

/**
 * Σ Π factors = result, printed so the arithmetic holds: more digits while the printed operands
 * cancel to exactly 0 but the result does not (or the reverse); the result from the printed
 * operands themselves when the double underflowed to 0 or below the normal range.
 */
export function sumOfProducts(terms: readonly (readonly Factor[])[], result: number): SumOfProducts {
  let digits = SIG;
  let exact = D.ZERO;
  let shown: Printed[][] = [];
  for (; digits <= 17; digits += 1) {
    shown = terms.map((t) => t.map((f) => atDigits(f, digits)));
    exact = shown.reduce((acc, t) => D.add(acc, t.reduce((p, f) => D.mul(p, f.value), D.ONE)), D.ZERO);
    const underflowed = Math.abs(result) < MIN_NORMAL && !D.isZero(exact) && D.magnitude(exact) < -300;
    if (D.isZero(exact) === (result === 0) || underflowed) break;
  }
  digits = Math.min(digits, 17);
  const tex = shown.map((t) => t.map(factor).join('\\cdot ')).join(' + ');
  const fromOperands = D.isZero(exact) || Math.abs(result) < MIN_NORMAL || result === 0;
  const rounded = num(result);
  // A result near 0, ±1, ±2 printed with many digits: those digits come from the printed
  // operands, or the double's own last-bit rounding could fall outside what they allow.
  const long = D.digitCount(rounded.value.m) > SIG;
  return { tex, result: fromOperands || long ? printed(sigNotConstant(exact, long ? D.digitCount(rounded.value.m) : SIG)) : rounded, digits };
}

/** exact rounded to `digits` or more significant digits, never to a bare 0, ±1, ±2 it is not. */
function sigNotConstant(exact: D.Dec, digits: number): D.Dec {
  let d = digits;
  while (d < 40 && isSmallInteger(D.roundSig(exact, d)) && D.cmp(D.roundSig(exact, d), exact) !== 0) d += 1;
  return D.roundSig(exact, d);
}

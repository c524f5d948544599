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
  return printed(D.roundDec(x, k >= 4 && k < 6 ? Math.max(digits, k + 1) : digits));
}

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
  return {
    tex: `1 ${plus ? '+' : '-'} ${eps.tex}`,
    value: plus ? D.add(D.ONE, eps.value) : D.sub(D.ONE, eps.value),
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
  if (D.isZero(p.value)) return p;
  const tex = p.tex.startsWith('-') ? p.tex.slice(1) : p.atom ? `-${p.tex}` : `-(${p.tex})`;
  return { tex, value: D.neg(p.value), atom: p.atom };
}

/** As a factor or a subtrahend: negatives and 1 − ε in parentheses. */
export function factor(p: Printed): string {
  return !p.atom || D.sign(p.value) < 0 ? `(${p.tex})` : p.tex;
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
  return { tex, result: fromOperands ? printed(D.roundSig(exact, SIG)) : num(result), digits };
}

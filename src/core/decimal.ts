/**
 * Exact decimals m·10^e (m a BigInt): the numbers a formula prints are decimals, so sums and
 * products of them can be worked out exactly, however far apart their exponents lie
 * (1 − 1.714×10⁻¹⁵ − 1 is exactly −1.714×10⁻¹⁵, never 0). Used to choose honest printed forms
 * and, in tests, to re-evaluate printed formulas.
 */
export interface Dec {
  m: bigint;
  e: number;
}

export const ZERO: Dec = { m: 0n, e: 0 };
export const ONE: Dec = { m: 1n, e: 0 };

const POW10 = new Map<number, bigint>();
/** 10^k as a BigInt, remembered: aligning 1 with 10^-400000 needs it more than once. */
export function pow10(k: number): bigint {
  let p = POW10.get(k);
  if (p === undefined) {
    p = 10n ** BigInt(k);
    if (POW10.size > 64) POW10.clear();
    POW10.set(k, p);
  }
  return p;
}

/** Drops trailing zeros of the mantissa so that equal values have one form. */
export function norm(d: Dec): Dec {
  if (d.m === 0n) return ZERO;
  let { m, e } = d;
  while (m % 10n === 0n) {
    m /= 10n;
    e += 1;
  }
  return { m, e };
}

export const dec = (m: bigint, e: number): Dec => norm({ m, e });

/** "1.234e-5", "-0.5", "12" (a JavaScript number's text or toExponential's) as an exact decimal. */
export function parseDec(text: string): Dec {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, int, frac = '', exp = '0'] = match;
  const m = BigInt(`${sign}${int}${frac}` || '0');
  return dec(m, Number(exp) - frac.length);
}

/** x rounded to `digits` significant digits, exactly as toExponential writes it. */
export const roundDec = (x: number, digits: number): Dec => parseDec(x.toExponential(Math.min(digits, 100) - 1));

export function add(a: Dec, b: Dec): Dec {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  return dec(a.m * pow10(a.e - e) + b.m * pow10(b.e - e), e);
}

export const neg = (a: Dec): Dec => ({ m: -a.m, e: a.e });
export const sub = (a: Dec, b: Dec): Dec => add(a, neg(b));
export const mul = (a: Dec, b: Dec): Dec => dec(a.m * b.m, a.e + b.e);
export const sign = (a: Dec): number => (a.m > 0n ? 1 : a.m < 0n ? -1 : 0);
export const cmp = (a: Dec, b: Dec): number => sign(sub(a, b));
export const isZero = (a: Dec): boolean => a.m === 0n;

/** Number of decimal digits of |m|; from its bit length for long ones (decimal text is slow there). */
export function digitCount(m: bigint): number {
  const a = m < 0n ? -m : m;
  if (a < 1_000_000_000_000_000n) return a.toString().length;
  let d = Math.floor((a.toString(16).length - 1) * 4 * Math.log10(2));
  while (a >= pow10(d)) d += 1;
  return d;
}

/** base-10 exponent of the leading digit: 1.2×10^k gives k. */
export const magnitude = (a: Dec): number => a.e + digitCount(a.m) - 1;

/** Rounds to `digits` significant digits (half away from zero). */
export function roundSig(a: Dec, digits: number): Dec {
  const drop = digitCount(a.m) - digits;
  if (drop <= 0) return a;
  const p = pow10(drop);
  const abs = a.m < 0n ? -a.m : a.m;
  const q = (abs + p / 2n) / p;
  return dec(a.m < 0n ? -q : q, a.e + drop);
}

/** a / b to `digits` significant digits (not exact: the evaluator widens its interval for it). */
export function div(a: Dec, b: Dec, digits = Math.max(40, digitCount(a.m), digitCount(b.m)) + 20): Dec {
  if (b.m === 0n) throw new Error('division by zero');
  const shift = Math.max(0, digits + digitCount(b.m) - digitCount(a.m) + 2);
  return dec((a.m * pow10(shift)) / b.m, a.e - b.e - shift);
}

/** The nearest double (or ±Infinity / 0 past its range): the leading 20 digits carry it. */
export function toNumber(a: Dec): number {
  const r = roundSig(a, 20);
  return Number(`${r.m}e${r.e}`);
}

/** Natural log of |a| as a double, for any exponent (no overflow to −Infinity). */
export function lnAbs(a: Dec): number {
  const r = roundSig(a, 20);
  const m = r.m < 0n ? -r.m : r.m;
  const digits = digitCount(m);
  return Math.log(Number(`${m}e${-digits + 1}`)) + (r.e + digits - 1) * Math.LN10;
}

/** Decimal text for people or TeX: "-1.234", "0.0005", "1.234e-5" (mantissa and exponent). */
export function scientific(a: Dec): { mantissa: string; exponent: number } {
  if (a.m === 0n) return { mantissa: '0', exponent: 0 };
  const digits = (a.m < 0n ? -a.m : a.m).toString();
  const sgn = a.m < 0n ? '-' : '';
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return { mantissa: `${sgn}${mantissa}`, exponent: magnitude(a) };
}

/** Plain decimal text (no exponent): only for moderate exponents. */
export function plain(a: Dec): string {
  if (a.m === 0n) return '0';
  const neg = a.m < 0n;
  const digits = (neg ? -a.m : a.m).toString();
  let s: string;
  if (a.e >= 0) s = digits + '0'.repeat(a.e);
  else {
    const point = digits.length + a.e;
    s = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
  }
  return neg ? `-${s}` : s;
}

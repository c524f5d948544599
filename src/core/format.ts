/** How numbers are shown: rounded for people, full precision in data-value (SPEC §4.2). */

const SIG_DIGITS = 4;

/** Rounded text for a finite number: 4 significant digits, no trailing zeros, never "-0". */
export function formatNumber(x: number, digits = SIG_DIGITS): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  const ax = Math.abs(x);
  if (ax >= 1e6 || ax < 1e-4) {
    const [m, e] = x.toExponential(digits - 1).split('e');
    return `${trimZeros(m)}e${e.replace('+', '')}`;
  }
  const p = x.toPrecision(digits);
  // 5- or 6-digit numbers: toPrecision switches to 1.235e+4 there; show them whole instead.
  if (p.includes('e')) return String(Math.round(x));
  const s = trimZeros(p);
  return /^-0(\.0*)?$/.test(s) ? '0' : s;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** data-value text: the full-precision JavaScript number (String(x)); -0 is written 0. */
export function valueAttr(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}

/** A positive number given by its natural log, possibly beyond a double (e^1000). */
export interface LogNumber {
  ln: number;
}

/** ln 10 split so that exponent·LN10_HI is exact (Cody–Waite): the mantissa keeps all 15 digits. */
const LN10_HI = 2.3025850930716842;
const LN10_LO = -7.763855727686939e-11;

/** Mantissa and power of ten of e^ln, worked out from the logarithm so nothing overflows. */
export function logToScientific(ln: number): { mantissa: number; exponent: number } {
  let exponent = Math.floor(ln / Math.LN10);
  let mantissa = Math.exp(ln - exponent * LN10_HI - exponent * LN10_LO);
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  } else if (mantissa < 1) {
    mantissa *= 10;
    exponent -= 1;
  }
  return { mantissa, exponent };
}

/** "1.97007111401705e434": the data-value of a number past a double's range (15-digit mantissa). */
export function logValueAttr(ln: number): string {
  const { mantissa, exponent } = logToScientific(ln);
  return `${trimZeros(mantissa.toPrecision(15))}e${exponent}`;
}

/** "1.97×10^434" for people (plain text, no TeX). */
export function formatLog(ln: number): string {
  const { mantissa, exponent } = logToScientific(ln);
  return `${formatNumber(mantissa, 3)}×10^${exponent}`;
}

/** A number inside generated TeX: rounded, with negatives in parentheses when it is a factor or term. */
export function texNumber(x: number, wrapNegative = true): string {
  const s = formatNumber(x).replace(/e(-?\d+)$/, '\\times 10^{$1}');
  return x < 0 && wrapNegative && s !== '0' ? `(${s})` : s;
}

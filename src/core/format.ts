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

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const superscript = (k: number | string) => [...String(k)].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** "1.97×10⁴³⁴" for people (plain text, no TeX): the page's one notation for powers of ten. */
export function formatLog(ln: number, digits = 3): string {
  const { mantissa, exponent } = logToScientific(ln);
  return `${formatNumber(mantissa, digits)}×10${superscript(exponent)}`;
}

/**
 * A number for people, as tables, readouts and the figure show it: formatNumber's rounding with
 * powers of ten written ×10⁻¹⁵ (the formulas' 10^{-15}), in both languages. `compact` (the
 * figure's boxes) keeps 3 significant digits where a power of ten is written.
 */
export function formatShown(x: number, digits = SIG_DIGITS, compact = false): string {
  const s = formatNumber(x, digits);
  if (!s.includes('e')) return s;
  const [m, e] = (compact ? formatNumber(x, Math.min(3, digits)) : s).split('e');
  return `${m}×10${superscript(e)}`;
}

/** Below the smallest normal double a value has lost digits or vanished (4.941e-324 is not e^{−745}). */
const MIN_NORMAL = 2.2250738585072014e-308;

/** True where a value must be shown from its logarithm: past a double's range, either way. */
export const showsFromLog = (value: number, ln: number | undefined): ln is number =>
  ln !== undefined && (!Number.isFinite(value) || Math.abs(value) < MIN_NORMAL) && Number.isFinite(ln);

/** A value given by the log of its magnitude keeps its sign (−0 from an underflowed −s(−z) too). */
const signOf = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '');

/** The visible text of a quantity: from its log past a double's range, else rounded (SPEC §4.2, §10). */
export function quantityText(value: number, ln?: number, compact = false): string {
  return showsFromLog(value, ln) ? signOf(value) + formatLog(ln) : formatShown(value, SIG_DIGITS, compact);
}

/** The data-value of a quantity: String(x), or a 15-digit string worked out from its log. */
export function quantityAttr(value: number, ln?: number): string {
  return showsFromLog(value, ln) ? signOf(value) + logValueAttr(ln) : valueAttr(value);
}

/** A number inside generated TeX: rounded, with negatives in parentheses when it is a factor or term. */
export function texNumber(x: number, wrapNegative = true): string {
  const s = formatNumber(x).replace(/e(-?\d+)$/, '\\times 10^{$1}');
  return x < 0 && wrapNegative && s !== '0' ? `(${s})` : s;
}

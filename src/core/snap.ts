/**
 * Values a person sets are snapped to the precision of their control before they enter the
 * state (SPEC §10): a slider's step, or the digits a field shows. Computed values never pass here.
 */

/** Digits after the decimal point of a step such as 0.01 or 1e-7. */
function decimalsOf(step: number): number {
  const [mantissa, exponent = '0'] = String(step).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/** x on the grid of `step`, written as the decimal the step allows: 0.6, never 0.6000000000000001. */
export function snapToStep(x: number, step: number): number {
  if (!Number.isFinite(x) || !(step > 0)) return x;
  // Multiply the whole count by the step, then read it back at the step's decimals: n·step alone
  // carries the binary error of the step (6 × 0.1 = 0.6000000000000001).
  const decimals = Math.min(100, decimalsOf(step));
  return Number((Math.round(x / step) * step).toFixed(decimals)) || 0;
}

/** x rounded to `digits` significant digits (what a field that shows that many digits holds). */
export function snapToDigits(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const snapped = Number(x.toPrecision(digits)) || 0;
  // Next to the largest double, rounding up would overflow: keep the value as it is.
  return Number.isFinite(snapped) ? snapped : x;
}

/** The digits a double holds for certain: any 15-digit decimal survives the trip through one. */
export const DOUBLE_DIGITS = 15;

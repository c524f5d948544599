import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DOUBLE_DIGITS, snapToDigits, snapToStep } from './snap';

describe('snapToStep', () => {
  it('gives the decimal a person meant where plain arithmetic adds noise', () => {
    expect(0.1 + 0.2 + 0.3).toBe(0.6000000000000001);
    expect(snapToStep(0.1 + 0.2 + 0.3, 0.01)).toBe(0.6);
    expect(snapToStep(6 * 0.1, 0.1)).toBe(0.6);
    expect(snapToStep(0.7 + 0.1, 0.1)).toBe(0.8);
    expect(snapToStep(1.234, 0.01)).toBe(1.23);
    expect(snapToStep(-0.004, 0.01)).toBe(0);
    expect(Object.is(snapToStep(-0.004, 0.01), -0)).toBe(false);
    expect(snapToStep(2.6, 0.5)).toBe(2.5);
    expect(snapToStep(7, 2)).toBe(8);
    expect(snapToStep(3.3e-7, 1e-7)).toBe(3e-7);
  });

  test.prop([fc.integer({ min: -100_000, max: 100_000 }), fc.double({ min: -0.49, max: 0.49, noNaN: true })])(
    'lands on the grid and prints with at most the step’s decimals',
    (n, off) => {
      const x = snapToStep((n + off) * 0.01, 0.01);
      expect(x).toBe(Number((n / 100).toFixed(2)) || 0);
      expect(String(x)).toMatch(/^-?\d+(\.\d{1,2})?$/);
    },
  );
});

describe('snapToDigits', () => {
  it('keeps the digits a field shows and drops the noise below them', () => {
    expect(snapToDigits(0.1 + 0.2, 6)).toBe(0.3);
    expect(snapToDigits(0.1234567, 6)).toBe(0.123457);
    expect(snapToDigits(1e-6, 6)).toBe(1e-6);
    expect(snapToDigits(123456.7, 6)).toBe(123457);
    expect(snapToDigits(0, 6)).toBe(0);
    expect(snapToDigits(-0, 6)).toBe(0);
    expect(snapToDigits(0.6000000000000001, DOUBLE_DIGITS)).toBe(0.6);
    expect(snapToDigits(Number.MAX_VALUE, DOUBLE_DIGITS)).toBe(Number.MAX_VALUE);
  });

  // Normal doubles only: a subnormal has fewer than 15 digits of its own, so a 15-digit decimal
  // may not survive the trip back (no control sets one; |values| ≥ 1e-7 in every field).
  const normal = fc.double({ min: -1e308, max: 1e308, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 2.2250738585072014e-308);
  test.prop([normal])('never adds digits past the 15 a double holds', (x) => {
    const s = snapToDigits(x, DOUBLE_DIGITS);
    expect(Math.abs(s - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-14);
    // Significant digits as written: leading zeros and an integer's trailing zeros do not count.
    expect(String(s).replace(/^-|e.*$|\./g, '').replace(/^0+|0+$/g, '').length).toBeLessThanOrEqual(DOUBLE_DIGITS);
  });
});

import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { crossEntropyFromLogit, sigmoid, sigmoidMinusLabel, sigmoidPrime, softplus } from './math';

describe('stable sigmoid and loss', () => {
  it('has the textbook values', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoidPrime(0)).toBe(0.25);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(crossEntropyFromLogit(0, 1)).toBeCloseTo(Math.LN2, 15);
  });

  it('neither overflows nor takes log(0) far out', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(crossEntropyFromLogit(-1000, 1)).toBe(1000);
    expect(crossEntropyFromLogit(1000, 0)).toBe(1000);
    expect(crossEntropyFromLogit(1000, 1)).toBe(0);
    // a(1−a) would give 0 here; s(z)s(−z) keeps the digits.
    expect(sigmoidPrime(40)).toBeCloseTo(Math.exp(-40), 30);
    expect(sigmoidMinusLabel(40, 1)).toBeCloseTo(-Math.exp(-40), 30);
  });

  test.prop([fc.double({ min: -30, max: 30, noNaN: true })])('match the direct formulas for |z| ≤ 30', (z) => {
    const direct = 1 / (1 + Math.exp(-z));
    expect(Math.abs(sigmoid(z) - direct)).toBeLessThanOrEqual(1e-15 * Math.max(direct, 1e-300) + 1e-300);
    expect(sigmoidPrime(z)).toBeCloseTo(Math.exp(-z) / (1 + Math.exp(-z)) ** 2, 12);
    expect(softplus(z)).toBeCloseTo(Math.log(1 + Math.exp(z)), 12);
  });
});

import { describe, expect, it } from 'vitest';
import { backpropCount, naiveCount } from './netCounts';

describe('the counts of SPEC §7', () => {
  it.each([
    [[2, 2, 1], 27, 15],
    [[2, 3, 1], 40, 22],
    [[2, 3, 2, 1], 161, 38],
    [[3, 4, 2], 138, 42],
  ])('%j: naive %i, backprop %i', (layers, naive, backprop) => {
    expect(naiveCount(layers)).toBe(naive);
    expect(backpropCount(layers)).toBe(backprop);
  });

  it('grow exponentially and linearly with depth', () => {
    const deep = (d: number) => [2, ...Array.from({ length: d }, () => 6), 1];
    expect(naiveCount(deep(3)) / naiveCount(deep(2))).toBeGreaterThan(5);
    expect(backpropCount(deep(3)) - backpropCount(deep(2))).toBe(backpropCount(deep(4)) - backpropCount(deep(3)));
  });
});

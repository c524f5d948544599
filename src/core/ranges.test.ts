import { describe, expect, it } from 'vitest';
import { clampTo, inRange, lowest, RANGES } from './ranges';
import { decode } from './url';

describe('the one range table', () => {
  it('α: 0 < α ≤ 10 (SPEC §4.1), a control never goes below its step', () => {
    expect(inRange(RANGES.alpha, 0)).toBe(false);
    expect(inRange(RANGES.alpha, 1e-6)).toBe(true);
    expect(inRange(RANGES.alpha, 10)).toBe(true);
    expect(inRange(RANGES.alpha, 10.01)).toBe(false);
    expect(lowest(RANGES.alpha)).toBe(RANGES.alpha.step);
    expect(clampTo(RANGES.alpha, 0)).toBe(0.01);
    expect(clampTo(RANGES.alpha, -3)).toBe(0.01);
    expect(clampTo(RANGES.alpha, 0.001)).toBe(0.001);
    expect(clampTo(RANGES.alpha, 50)).toBe(10);
  });

  it('integers stay whole and NaN takes the lowest value', () => {
    expect(inRange(RANGES.units, 2.5)).toBe(false);
    expect(clampTo(RANGES.chain, 12)).toBe(10);
    expect(clampTo(RANGES.samples, Number.NaN)).toBe(1);
  });

  // The URL accepts a value exactly when the table does (the bounds and just past them; the
  // training keys are checked once `train` is a chapter).
  const cases: [key: string, name: keyof typeof RANGES][] = [
    ['x1', 'x'], ['lambda', 'lambda'], ['alpha', 'alpha'], ['z', 'z'], ['a', 'graphInput'], ['chain', 'chain'],
  ];
  it.each(cases)('the URL key %s follows RANGES.%s', (key, name) => {
    const r = RANGES[name];
    const probes = [r.min, r.max, r.min - 1, r.max + 1, (r.min + r.max) / 2, r.min + 0.5];
    for (const v of probes) {
      const { ignored } = decode(`chapter=${key === 'a' ? 'graph' : 'network'}&${key}=${v}`);
      expect(ignored.includes(key as never), `${key}=${v}`).toBe(!inRange(r, v));
    }
  });
});

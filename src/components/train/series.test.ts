import { describe, expect, it } from 'vitest';
import { bucketPath, logTicks, seriesExtent } from './series';

const id = (v: number) => v;

describe('per-epoch chart helpers', () => {
  it('draws every point of a short run and breaks the line at a value it cannot place', () => {
    expect(bucketPath([1, 2, 3], 3, id, id, 100)).toBe('M0.0,1.0L1.0,2.0L2.0,3.0');
    expect(bucketPath([1, NaN, 3], 3, id, id, 100)).toBe('M0.0,1.0M2.0,3.0');
  });

  it('keeps a long run to a few points per pixel, spikes included', () => {
    const values = Float64Array.from({ length: 100001 }, (_, e) => (e === 54321 ? 50 : 1 / (1 + e)));
    const d = bucketPath(values, values.length, (e) => e / 1000, id, 100);
    expect(d.split(/[ML]/).length - 1).toBeLessThanOrEqual(3 * 101 + 1);
    expect(d).toContain(',50.0');
  });

  it('finds a range that is never empty, positive on a log axis', () => {
    expect(seriesExtent([[2, 3]], 2, false)).toEqual([0, 3]);
    expect(seriesExtent([[2, 2]], 2, false)).toEqual([1, 3]);
    expect(seriesExtent([[0, 1e-3, 10]], 3, true)).toEqual([1e-3, 10]);
    expect(seriesExtent([[NaN]], 1, true)).toEqual([1e-12, 1]);
  });

  it('ticks a log axis at powers of ten only, at most about five', () => {
    expect(logTicks([0.002, 0.5])).toEqual([0.01, 0.1]);
    expect(logTicks([1e-12, 1]).length).toBeLessThanOrEqual(6);
    expect(logTicks([1e-12, 1]).every((v) => Number.isInteger(Math.log10(v)))).toBe(true);
  });
});

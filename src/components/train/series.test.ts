import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from 'd3-scale';
import { bucketPath, logTicks, plainScale, seriesExtent, tenths } from './series';

const id = (v: number) => v;

describe('per-epoch chart helpers', () => {
  it('draws every point of a short run and breaks the line at a value it cannot place', () => {
    expect(bucketPath([1, 2, 3], 3, id, id, 100)).toBe('M0.0,1.0L1.0,2.0L2.0,3.0');
    expect(bucketPath([1, NaN, 3], 3, id, id, 100)).toBe('M0.0,1.0M2.0,3.0');
  });

  it('writes one decimal as toFixed(1) does', () => {
    for (const v of [0, 1, 12.34, 12.36, 99.95, 517.04, -3.21, 1e-7, 123456.78]) expect(tenths(v)).toBe(v.toFixed(1));
  });

  it('keeps a long run to a few points per pixel, spikes included', () => {
    const values = Float64Array.from({ length: 100001 }, (_, e) => (e === 54321 ? 50 : 1 / (1 + e)));
    const d = bucketPath(values, values.length, (e) => e / 1000, id, 100);
    expect(d.split(/[ML]/).length - 1).toBeLessThanOrEqual(3 * 101 + 1);
    expect(d).toContain(',50.0');
  });

  it('computes the points as the d3 scales do, linear and clamped log (0 and below on the floor)', () => {
    const lin = scaleLinear().domain([0, 1234]).range([0, 517]);
    const log = scaleLog().clamp(true).domain([1e-6, 3]).range([140, 0]).nice();
    const fl = plainScale(lin.domain(), lin.range());
    const fg = plainScale(log.domain(), log.range(), true, true);
    for (const v of [0, 1, 17.5, 617, 1234, 2000]) expect(fl(v)).toBeCloseTo(lin(v), 9);
    for (const v of [1e-9, 1e-6, 0.0123, 0.5, 3, 10, 1e6]) expect(fg(v)).toBeCloseTo(log(v), 9);
    expect(fg(0)).toBeCloseTo(log(0), 9);
    expect(fg(-1)).toBeCloseTo(log(-1), 9);
    expect(plainScale([2, 2], [0, 10])(2)).toBe(scaleLinear().domain([2, 2]).range([0, 10])(2));
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

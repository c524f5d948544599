import { describe, expect, it } from 'vitest';
import { contourSegments } from './contour';

const grid = (G: number, f: (x: number, y: number) => number) => Float64Array.from({ length: G * G }, (_, k) => f(k % G, Math.floor(k / G)));

describe('contourSegments', () => {
  it('draws nothing where the output is on one side everywhere', () => {
    expect(contourSegments(grid(5, () => 0.2), 5)).toEqual([]);
    expect(contourSegments(grid(5, () => 0.9), 5)).toEqual([]);
  });

  it('puts a vertical boundary where a ramp in x crosses 0.5, interpolated within the cell', () => {
    // value = x / 4 on x = 0…4: 0.5 at x = 2 exactly; then at 2.4 for a shifted ramp.
    const segs = contourSegments(grid(5, (x) => x / 4), 5);
    expect(segs.length).toBeGreaterThan(0);
    for (let i = 0; i < segs.length; i += 2) expect(segs[i]).toBeCloseTo(2, 12);
    const shifted = contourSegments(grid(5, (x) => (x - 0.4) / 4), 5);
    for (let i = 0; i < shifted.length; i += 2) expect(shifted[i]).toBeCloseTo(2.4, 12);
  });

  it('every end of every segment lies on the level of the bilinear edge', () => {
    const G = 12;
    const f = (x: number, y: number) => 1 / (1 + Math.exp(-((x - 5.5) ** 2 + (y - 6) ** 2 - 9)));
    const values = grid(G, f);
    const segs = contourSegments(values, G);
    expect(segs.length).toBeGreaterThan(8);
    for (let i = 0; i < segs.length; i += 2) {
      const [x, y] = [segs[i], segs[i + 1]];
      // On a cell edge one coordinate is whole: interpolate along the other.
      const onX = Number.isInteger(x);
      const [c0, frac] = onX ? [Math.floor(y), y - Math.floor(y)] : [Math.floor(x), x - Math.floor(x)];
      const at = (k: number) => (onX ? values[k * G + x] : values[y * G + k]);
      const v = frac === 0 ? at(c0) : at(c0) * (1 - frac) + at(Math.min(G - 1, c0 + 1)) * frac;
      expect(v).toBeCloseTo(0.5, 12);
    }
  });

  it('skips cells with a value that is not finite', () => {
    const values = grid(3, (x) => x / 2);
    values[0] = NaN;
    expect(contourSegments(values, 3).every(Number.isFinite)).toBe(true);
  });
});

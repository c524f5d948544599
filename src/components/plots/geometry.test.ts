import { describe, expect, it } from 'vitest';
import { clampPoint, makeFrame, pathOf, sampleCurve, sampleXs, tickCount } from './geometry';

const frame = makeFrame(600, 400, { top: 30, right: 20, bottom: 40, left: 50 }, [-5, 5], [-0.5, 3.5]);

describe('plot geometry', () => {
  it('samples densely and holds steep or infinite values just outside the plot', () => {
    const xs = sampleXs([-5, 5]);
    expect(xs).toHaveLength(501);
    expect(xs[0]).toBe(-5);
    expect(xs.at(-1)).toBe(5);
    const ys = sampleCurve(Math.exp, xs, [-0.5, 3.5]);
    expect(Math.max(...ys)).toBe(5.5);
    expect(sampleCurve((p) => -Math.log(p), [0, 0.5, 1], [-4, 4]).map((v) => v + 0)).toEqual([8, Math.LN2, 0]);
  });

  it('draws paths with finite coordinates only', () => {
    const xs = sampleXs([-5, 5], 50);
    const d = pathOf(
      frame,
      xs,
      sampleCurve((z) => Math.exp(1000 * z), xs, [-0.5, 3.5]),
    );
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/NaN|Infinity/);
  });

  it('holds a far point at the edge and says which way it lies', () => {
    expect(clampPoint(frame, 1000, Infinity)).toEqual({ cx: frame.right, cy: frame.top, outside: 'right' });
    expect(clampPoint(frame, -1000, 0)).toMatchObject({ cx: frame.left, outside: 'left' });
    expect(clampPoint(frame, 0, 1).outside).toBeNull();
  });

  it('spaces ticks by pixels', () => {
    expect(tickCount(800, 80)).toBe(10);
    expect(tickCount(60, 80)).toBe(2);
  });
});

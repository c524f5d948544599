import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { gradientCheck } from './gradcheck';
import { netArb } from './arbitraries';
import { thetaIds } from './netIds';

describe('gradient check on the engine, any shape', () => {
  test.prop([netArb(4, 4)], { numRuns: 30 })('one row per weight, in θ order, and backprop agrees with central differences', (net) => {
    // Saturated weights make J flat or kinked at the scale of h: check the ordinary range only.
    const tame = { ...net, theta: net.theta.map((t) => t.map((w) => Math.max(-4, Math.min(4, w)))), samples: net.samples.map((s) => ({ ...s, x: s.x.map((x) => Math.max(-4, Math.min(4, x))) })), lambda: Math.min(net.lambda, 2) };
    const rows = gradientCheck(tame);
    expect(rows.map((r) => r.theta)).toEqual(thetaIds(net.layers));
    for (const r of rows) expect(r.diff, r.theta).toBeLessThanOrEqual(1e-6 + 1e-5 * Math.abs(r.numeric));
  });
});

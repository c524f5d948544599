import { describe, expect, it } from 'vitest';
import { runBatch, updated } from './engine';

// Worked out by hand: with x = (1, 0) every hidden unit sits at z = 0, so s = ½ and s' = ¼.
const theta = [[0, 0, 0, 0, 0, 0], [0, 2, -2]];
const r = runBatch([2, 2, 1], theta, [{ x: [1, 0], y: [1] }], 1);
const [trace] = r.traces;

describe('the 2-2-1 network, one case by hand', () => {
  it('forward: z² = 0, a² = ½, z³ = 0 + 2·½ − 2·½ = 0, J = ln 2 + (λ/2)(2² + 2²)', () => {
    expect([...trace.z[1]]).toEqual([0, 0]);
    expect([...trace.a[1]]).toEqual([0.5, 0.5]);
    expect(trace.z[2][0]).toBe(0);
    expect(trace.a[2][0]).toBe(0.5);
    expect(r.J).toBeCloseTo(Math.LN2 + 4, 15);
  });

  it('backward: δ³ = −½, θ² gradients carry λθ for i ≥ 1 only, δ² = θ²·δ³·¼', () => {
    expect(trace.delta[2][0]).toBe(-0.5);
    expect([...r.D[1]]).toEqual([-0.5, -0.25 + 2, -0.25 - 2]);
    expect([...trace.sprime[1]]).toEqual([0.25, 0.25]);
    expect([...trace.delta[1]]).toEqual([-0.25, 0.25]);
    // θ¹ is all zero, so its λ term vanishes: ∂J/∂θ¹_ji = δ²_j · x_i.
    expect([...r.D[0]]).toEqual([-0.25, -0.25, 0, 0.25, 0.25, 0]);
  });

  it('update: θ := θ − α∇J', () => {
    const u = updated(theta, r.D, 1);
    expect(u[1]).toEqual([0.5, 0.25, -2 + 2.25]);
    expect(u[0]).toEqual([0.25, 0.25, 0, -0.25, -0.25, 0]);
  });
});

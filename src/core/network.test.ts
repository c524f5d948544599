import { describe, expect, it } from 'vitest';
import { backward, forward, update, type NetParams } from './network';

// Worked out by hand: with x = (1, 0) every hidden unit sits at z = 0, so s = ½ and s' = ¼.
const p: NetParams = { x1: 1, x2: 0, y: 1, t1: [0, 0, 0, 0, 0, 0], t2: [0, 2, -2], lambda: 1, alpha: 1 };

describe('the 2-2-1 network, one case by hand', () => {
  const f = forward(p, p.t1, p.t2);
  const b = backward(p, f);

  it('forward: z² = 0, a² = ½, z³ = 0 + 2·½ − 2·½ = 0, J = ln 2 + (λ/2)(2² + 2²)', () => {
    expect(f.z2).toEqual([0, 0]);
    expect(f.a2).toEqual([1, 0.5, 0.5]);
    expect(f.z3).toBe(0);
    expect(f.a3).toBe(0.5);
    expect(f.J).toBeCloseTo(Math.LN2 + 4, 15);
  });

  it('backward: δ³ = −½, θ² gradients carry λθ for i ≥ 1 only, δ² = θ²·δ³·¼', () => {
    expect(b.delta3).toBe(-0.5);
    expect(b.grad2).toEqual([-0.5, -0.25 + 2, -0.25 - 2]);
    expect(b.sprime2).toEqual([0.25, 0.25]);
    expect(b.delta2).toEqual([-0.25, 0.25]);
    // θ¹ is all zero, so its λ term vanishes: ∂J/∂θ¹_ji = δ²_j · x_i.
    expect(b.grad1).toEqual([-0.25, -0.25, 0, 0.25, 0.25, 0]);
  });

  it('update: θ := θ − α∇J', () => {
    const u = update(p, b);
    expect(u.t2).toEqual([0.5, 0.25, -2 + 2.25]);
    expect(u.t1).toEqual([0.25, 0.25, 0, -0.25, -0.25, 0]);
  });
});

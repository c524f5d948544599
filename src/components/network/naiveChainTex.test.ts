import { describe, expect, it } from 'vitest';
import { naiveChainTex, theta1Gradient } from './naiveChainTex';
import { buildNetworkTimeline } from '../../core/networkTimeline';
import { valueAt } from '../../core/derive';
import { DEFAULTS } from '../../core/url';
import { formatNumber } from '../../core/format';

describe('the naive chain of a θ¹ gradient', () => {
  it('is found from what a step writes', () => {
    expect(theta1Gradient(['grad_theta1_12'])).toEqual({ j: '1', i: '2' });
    expect(theta1Gradient(['grad_theta2_12'])).toBeUndefined();
    expect(theta1Gradient(['delta3'])).toBeUndefined();
  });

  it('multiplies out (1/m)(a³ − y)·θ²₁ⱼ·a²ⱼ(1 − a²ⱼ)·xᵢ with no leading minus, δ²ⱼ braced, and agrees with the cached form', () => {
    const t = buildNetworkTimeline({ ...DEFAULTS, lambda: 1 });
    const k = t.steps.length;
    const v = (id: string) => valueAt(t, k, id) as number;
    const values = {
      z3: v('z3'), y: v('y') as 0 | 1, theta2_1j: v('theta2_11'), z2_j: v('z2_1'), x_i: v('x2'),
      delta2_j: v('delta2_1'), lambda: v('lambda'), theta1_ji: v('theta1_12'), grad: v('grad_theta1_12'),
    };
    const tex = naiveChainTex('1', '2', values);
    expect(tex.naive).toContain('\\underbrace{(a^{3}-y)\\,\\theta^{2}_{11}\\,a^{2}_{1}(1-a^{2}_{1})}_{\\delta^{2}_{1}}\\,x_{2}');
    expect(tex.naive).toContain('\\frac{\\lambda}{m}\\,\\theta^{1}_{12}');
    expect(tex.naive).not.toMatch(/= -/);
    // The product of the braced factors is δ²₁ itself, and the full product is the gradient.
    const product = (v('a3') - v('y')) * v('theta2_11') * v('a2_1') * (1 - v('a2_1'));
    expect(product).toBeCloseTo(v('delta2_1'), 12);
    expect(product * v('x2') + v('lambda') * v('theta1_12')).toBeCloseTo(v('grad_theta1_12'), 12);
    for (const x of [v('a2_1'), v('theta2_11'), v('x2'), v('delta2_1')]) expect(tex.naiveNumbers).toContain(formatNumber(x));
    expect(tex.naiveNumbers).toMatch(new RegExp(`= ${formatNumber(v('grad_theta1_12')).replace('.', '\\.')}\\\\end\\{aligned\\}$`));
    expect(tex.cached).toBe('\\frac{\\partial J}{\\partial \\theta^{1}_{12}} = \\frac{1}{m}\\,\\delta^{2}_{1}\\,x_{2} + \\frac{\\lambda}{m}\\,\\theta^{1}_{12}');
    // Not the step's main formula: nothing here is boxed as a cache read (SPEC §10).
    for (const s of Object.values(tex)) expect(s).not.toContain('\\boxed');
  });

  it('leaves the λ term out for a bias weight', () => {
    const tex = naiveChainTex('2', '0', { z3: 0, y: 1, theta2_1j: 1, z2_j: 0, x_i: 1, delta2_j: -0.125, lambda: 1, theta1_ji: 3, grad: -0.125 });
    expect(tex.naive).not.toContain('\\lambda');
    expect(tex.cachedNumbers).toBe('= \\frac{1}{1}\\cdot (-0.125)\\cdot 1 = -0.125');
  });
});

describe('the naive chain as typeset', () => {
  it('is valid TeX for KaTeX, with and without the λ term', async () => {
    const { renderTex } = await import('../math/katex');
    const v = { z3: 40, y: 1 as const, theta2_1j: -2, z2_j: 37, x_i: -3, delta2_j: 1e-20, lambda: 1, theta1_ji: 3, grad: 3 };
    for (const [j, i] of [['1', '0'], ['2', '2']]) for (const tex of Object.values(naiveChainTex(j, i, v))) expect(renderTex(tex, true), tex).not.toContain('katex-error');
  });
});

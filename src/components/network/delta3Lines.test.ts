import { describe, expect, it } from 'vitest';
import { delta3Lines } from './delta3Lines';
import { sigmoid, sigmoidMinusLabel } from '../../core/math';

const lines = (z3: number, y: 0 | 1) => delta3Lines(z3, y, sigmoidMinusLabel(z3, y));

describe('the δ³ derivation', () => {
  it('has the source’s five lines, from the chain rule to a³ − y, the a³(1 − a³) cancelled', () => {
    const [chain, factors, cancel, left, expand] = lines(0.1847, 1);
    expect(chain.symbolic).toContain('\\frac{\\partial J}{\\partial a^{3}}\\cdot\\frac{\\partial a^{3}}{\\partial z^{3}}');
    expect(factors.symbolic).toContain('\\frac{y}{a^{3}} - \\frac{1-y}{1-a^{3}}');
    expect(factors.symbolic).toContain('a^{3}(1-a^{3})');
    expect(cancel.symbolic.match(/\\cancel/g)).toHaveLength(4);
    expect(left.symbolic).toContain('y(1-a^{3}) - (1-y)\\,a^{3}');
    expect(expand.symbolic).toMatch(/= a\^\{3\} - y$/);
  });

  it('substitutes the example’s numbers and ends every line on δ³', () => {
    const z3 = 0.1847;
    const a = sigmoid(z3).toPrecision(3);
    for (const line of lines(z3, 1)) expect(line.numeric).toMatch(/= \(?-0\.454\)?(\\end\{aligned\})?$/);
    expect(lines(z3, 1)[4].numeric).toBe(`= ${a} - 1 = -0.454`);
    expect(lines(z3, 0)[4].numeric).toBe(`= ${a} - 0 = ${a}`);
  });

  it('never prints 1 − 1 = non-zero when a³ rounds to 1: a³ is written 1 − s(−z³)', () => {
    const last = lines(40, 1)[4].numeric;
    expect(last).toBe('= (1 - 4.248\\times 10^{-18}) - 1 = -4.248\\times 10^{-18}');
    for (const line of lines(40, 1)) expect(line.numeric).not.toMatch(/[^.\d]1 - 1[^.\d]/);
  });
});

describe('the δ³ derivation as typeset', () => {
  it('is valid TeX for KaTeX in ordinary and saturated states', async () => {
    const { renderTex } = await import('../math/katex');
    for (const [z3, y] of [[0.1847, 1], [40, 1], [40, 0], [-40, 1], [-800, 0], [800, 1]] as const)
      for (const line of lines(z3, y))
        for (const tex of [line.symbolic, line.numeric]) expect(renderTex(tex, true), tex).not.toContain('katex-error');
  });
});

describe('the δ³ derivation past a double’s range', () => {
  it('writes a value that underflows to 0 as s(z), never 0/0', () => {
    for (const line of lines(800, 1)) expect(line.numeric).not.toMatch(/\\frac\{0\}\{0\}/);
    expect(lines(800, 1)[4].numeric).toMatch(/^= \(1 - s\(-800\)\) - 1 = /);
    expect(lines(-800, 0)[4].numeric).toMatch(/^= s\(-800\) - 0 = /);
  });
});

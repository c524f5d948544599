/**
 * ∂J/∂θ¹_ji two ways: multiplied out along its path from the loss (the source's ∂J/∂θ¹₁₂ line,
 * corrected: no leading minus, s(z²_j) for the hidden unit j), and with the cached δ²_j. The
 * factors that make up δ²_j are braced in the first, since the naive chain rule recomputes them
 * for every weight into unit j. Pure: the view decides when to show it.
 */
import { texNumber as n } from '../../core/format';
import { texSymbol as s } from '../../core/tex';
import { sigmoidTex } from './sigmoidTex';

/** The gradient a step writes, if it is a θ¹ gradient: its unit j and input i. */
export function theta1Gradient(writes: readonly string[]): { j: string; i: string } | undefined {
  for (const id of writes) {
    const m = /^grad_theta1_(\d)(\d)$/.exec(id);
    if (m) return { j: m[1], i: m[2] };
  }
  return undefined;
}

/** The example's numbers the two forms need (single sample: m = 1). */
export interface NaiveChainValues {
  z3: number;
  y: 0 | 1;
  theta2_1j: number;
  z2_j: number;
  x_i: number;
  delta2_j: number;
  lambda: number;
  theta1_ji: number;
  grad: number;
}

export function naiveChainTex(j: string, i: string, v: NaiveChainValues): Record<'naive' | 'naiveNumbers' | 'cached' | 'cachedNumbers', string> {
  const out = s(`grad_theta1_${j}${i}`);
  const [t2, a2, x, d2, t1] = [`theta2_1${j}`, `a2_${j}`, `x${i}`, `delta2_${j}`, `theta1_${j}${i}`].map(s);
  const regular = i !== '0';
  const reg = regular ? ` + \\frac{\\lambda}{m}\\,${t1}` : '';
  const regN = regular ? ` + \\frac{${n(v.lambda, false)}}{1}\\cdot ${n(v.theta1_ji)}` : '';
  const a3 = sigmoidTex(v.z3);
  const h = sigmoidTex(v.z2_j);
  const result = `= ${n(v.grad, false)}`;
  const chain = `(a^{3}-y)\\,${t2}\\,${a2}(1-${a2})`;
  const chainN = `(${a3.aTex} - ${n(v.y)})\\cdot ${n(v.theta2_1j)}\\cdot ${h.aTex}\\cdot ${h.restTex}`;
  const brace = (body: string, label: string) => `\\underbrace{${body}}_{${label}}`;
  // Rows broken before the λ term and the result, so each fits a phone's width.
  const regRow = regular ? `\\\\ &\\qquad + \\frac{\\lambda}{m}\\,${t1}` : '';
  return {
    naive: `\\begin{aligned}${out} &= \\frac{1}{m}\\,${brace(chain, d2)}\\,${x}${regRow}\\end{aligned}`,
    naiveNumbers:
      `\\begin{aligned}&= \\frac{1}{1}\\cdot ${brace(chainN, `${d2} = ${n(v.delta2_j, false)}`)}` +
      ` \\\\ &\\qquad\\cdot ${n(v.x_i)}${regN} \\\\ &${result}\\end{aligned}`,
    cached: `${out} = \\frac{1}{m}\\,${d2}\\,${x}${reg}`,
    cachedNumbers: `= \\frac{1}{1}\\cdot ${n(v.delta2_j)}\\cdot ${n(v.x_i)}${regN} ${result}`,
  };
}

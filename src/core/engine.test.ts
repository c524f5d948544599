import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { lossOf, runBatch, type Label } from './engine';
import { crossEntropyFromLogit, sigmoid } from './math';
import { centralDifference } from './gradcheck';

const shape = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 5 });
const weight = fc.double({ min: -3, max: 3, noNaN: true });

/** A random network, a batch for it and λ. */
const problem = shape.chain((layers) =>
  fc.record({
    layers: fc.constant(layers),
    theta: fc.tuple(...layers.slice(1).map((s, k) => fc.array(weight, { minLength: s * (layers[k] + 1), maxLength: s * (layers[k] + 1) }))),
    samples: fc.array(
      fc.record({
        x: fc.array(weight, { minLength: layers[0], maxLength: layers[0] }),
        y: fc.array(fc.constantFrom<Label>(0, 1), { minLength: layers.at(-1)!, maxLength: layers.at(-1)! }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    lambda: fc.double({ min: 0, max: 2, noNaN: true }),
  }),
);

describe('dense engine', () => {
  it('equals a 2-2-1 pass written out by hand, bit for bit', () => {
    const [x1, x2, y, lambda] = [0.5, -1, 1 as const, 0.3];
    const t1 = [0.1, 0.4, -0.3, -0.2, 0.7, 0.5];
    const t2 = [0.2, -0.6, 0.9];
    const z2 = [t1[0] + t1[1] * x1 + t1[2] * x2, t1[3] + t1[4] * x1 + t1[5] * x2];
    const a2 = z2.map(sigmoid);
    const z3 = t2[0] + t2[1] * a2[0] + t2[2] * a2[1];
    const J = crossEntropyFromLogit(z3, y) + (lambda / 2) * (t1[1] ** 2 + t1[2] ** 2 + t1[4] ** 2 + t1[5] ** 2 + t2[1] ** 2 + t2[2] ** 2);
    const d3 = -sigmoid(-z3);
    const d2 = [t2[1] * d3 * (sigmoid(z2[0]) * sigmoid(-z2[0])), t2[2] * d3 * (sigmoid(z2[1]) * sigmoid(-z2[1]))];
    const g2 = [d3, d3 * a2[0] + lambda * t2[1], d3 * a2[1] + lambda * t2[2]];
    const g1 = d2.flatMap((d, j) => [d, d * x1 + lambda * t1[3 * j + 1], d * x2 + lambda * t1[3 * j + 2]]);
    const r = runBatch([2, 2, 1], [t1, t2], [{ x: [x1, x2], y: [y] }], lambda);
    expect(r.J).toBe(J);
    expect([...r.traces[0].delta[1]]).toEqual(d2);
    [...r.D[1]].forEach((g, k) => expect(g).toBeCloseTo(g2[k], 15));
    [...r.D[0]].forEach((g, k) => expect(g).toBeCloseTo(g1[k], 15));
  });

  test.prop([problem])('its gradient matches central differences', ({ layers, theta, samples, lambda }) => {
    const r = runBatch(layers, theta, samples, lambda);
    const flat = theta.flat();
    const cut = (w: readonly number[]) => {
      let at = 0;
      return theta.map((t) => w.slice(at, (at += t.length)));
    };
    const numeric = centralDifference((w) => lossOf(layers, cut(w), samples, lambda), flat, 1e-6);
    const analytic = r.D.flatMap((d) => [...d]);
    analytic.forEach((g, k) => expect(Math.abs(g - numeric[k])).toBeLessThan(1e-6 * Math.max(1, Math.abs(g))));
  });
});

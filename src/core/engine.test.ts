import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { lossOf, runBatch, type Label } from './engine';
import { backward, forward, type NetParams } from './network';
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
  it('equals the 2-2-1 reference bit for bit', () => {
    const p: NetParams = { x1: 0.5, x2: -1, y: 1, t1: [0.1, 0.4, -0.3, -0.2, 0.7, 0.5], t2: [0.2, -0.6, 0.9], lambda: 0.3, alpha: 0.5 };
    const f = forward(p, p.t1, p.t2);
    const b = backward(p, f);
    const r = runBatch([2, 2, 1], [p.t1, p.t2], [{ x: [p.x1, p.x2], y: [p.y] }], p.lambda);
    expect(r.J).toBe(f.J);
    expect([...r.D[0]]).toEqual([...b.grad1]);
    expect([...r.D[1]]).toEqual([...b.grad2]);
    expect([...r.traces[0].delta[1]]).toEqual([...b.delta2]);
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

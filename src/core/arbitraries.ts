/** fast-check generators for network parameters within SPEC §4.1's valid ranges, and other helpers of the core's tests (tests only). */
import fc from 'fast-check';
import type { NetParams, Theta1, Theta2 } from './network';
import type { Label } from './engine';
import type { Net } from './network/index';

export function netParams(limit = 1000, maxLambda = 100): fc.Arbitrary<NetParams> {
  const x = fc.double({ min: -limit, max: limit, noNaN: true });
  return fc.record({
    x1: x,
    x2: x,
    y: fc.constantFrom(0 as const, 1 as const),
    t1: fc.tuple(x, x, x, x, x, x) as fc.Arbitrary<Theta1>,
    t2: fc.tuple(x, x, x) as fc.Arbitrary<Theta2>,
    lambda: fc.double({ min: 0, max: maxLambda, noNaN: true }),
    alpha: fc.double({ min: 1e-3, max: 10, noNaN: true }),
  });
}

const weight = fc.oneof(fc.double({ min: -4, max: 4, noNaN: true }), fc.constantFrom(30, -30, 0, 1000, -1000));

/** A network of SPEC §7 (any shape, 1 … maxM samples, K outputs), weights ordinary or saturated. */
export const netArb = (maxUnits = 6, maxM = 8, granularity: Net['granularity'] = 'unit') =>
  fc.array(fc.integer({ min: 1, max: maxUnits }), { minLength: 2, maxLength: 5 }).chain((layers) =>
    fc.record({
      layers: fc.constant(layers),
      theta: fc.tuple(...layers.slice(1).map((s, k) => fc.array(weight, { minLength: s * (layers[k] + 1), maxLength: s * (layers[k] + 1) }))),
      samples: fc.array(
        fc.record({
          x: fc.array(weight, { minLength: layers[0], maxLength: layers[0] }),
          y: fc.array(fc.constantFrom<Label>(0, 1), { minLength: layers.at(-1)!, maxLength: layers.at(-1)! }),
        }),
        { minLength: 1, maxLength: maxM },
      ),
      lambda: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
      alpha: fc.double({ min: 1e-3, max: 10, noNaN: true }),
      granularity: fc.constant(granularity),
    }),
  );

/** The update step's matrices, entry by entry: θ := M − α·G = N gives θᵢ − α·gᵢ = nᵢ. */
export function updateEntries(tex: string): string[] {
  const out: string[] = [];
  const cells = (m: string) => m.split(/\\\\|&/).map((c) => c.trim());
  for (const layer of tex.split(/\\theta\^\{\d\} :=/).slice(1)) {
    const m = /\\begin\{bmatrix\}(.*?)\\end\{bmatrix\} - (.*?)\\begin\{bmatrix\}(.*?)\\end\{bmatrix\} = \\begin\{bmatrix\}(.*?)\\end\{bmatrix\}/.exec(layer);
    if (!m) throw new Error(`unreadable update: ${layer}`);
    const [theta, grad, next] = [cells(m[1]), cells(m[3]), cells(m[4])];
    theta.forEach((t, i) => out.push(`${t} - ${m[2]}\\cdot (${grad[i]}) = ${next[i]}`));
  }
  return out;
}

/** fast-check generators for network parameters within SPEC §4.1's valid ranges (tests only). */
import fc from 'fast-check';
import type { NetParams, Theta1, Theta2 } from './network';

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

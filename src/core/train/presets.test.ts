import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fallbackWeights } from '../netState';
import type { Label, Sample } from '../engine';
import { dataSetOf } from './datasets';
import { presetById, type TrainPreset } from './presets';
import { createTrainer, WEIGHT_LIMIT } from './trainer';

function trainerOf(p: TrainPreset, lambda = p.lambda) {
  const { samples } = dataSetOf({ dataset: p.dataset, n: 100, noise: 0.1, seed: p.seed, points: null, layers: p.layers });
  return createTrainer({ layers: p.layers, theta0: fallbackWeights(p.layers, p.seed), samples, alpha: p.alpha, lambda, batch: null, seed: p.seed });
}
const weightNorm = (w: number[][]) => Math.sqrt(w.flat().reduce((s, x) => s + x * x, 0));

describe('teaching moments', () => {
  it('xor on 2-2-1 converges from one seed', () => {
    const t = trainerOf(presetById('converges'));
    t.goTo(presetById('converges').epoch);
    expect(t.record().accuracy).toBe(1);
    expect(t.record().J).toBeLessThan(0.01);
  });

  it('and gets stuck from another', () => {
    const t = trainerOf(presetById('stuck'));
    t.goTo(presetById('stuck').epoch);
    expect(t.record().accuracy).toBe(0.5);
    expect(t.record().J).toBeGreaterThan(0.34);
    // Stuck, not slow: another 5000 epochs change J by less than 1e-4.
    const J = t.record().J;
    t.run(5000);
    expect(Math.abs(t.record().J - J)).toBeLessThan(1e-4);
  });

  it('a large α sends J up instead of down', () => {
    const p = presetById('diverges');
    const t = trainerOf(p);
    t.goTo(p.epoch);
    const J = t.series().J;
    expect(J[1]).toBeGreaterThan(J[0]);
    expect(J[2]).toBeGreaterThan(J[1]);
    // The same start with a small α falls.
    const calm = createTrainer({ ...t.config, alpha: 0.5 });
    calm.goTo(2);
    expect(calm.series().J[2]).toBeLessThan(calm.series().J[0]);
  });

  it('α·λ/m > 2 explodes, and training stops before any number overflows', () => {
    const p = presetById('explodes');
    const t = trainerOf(p);
    t.goTo(p.epoch);
    expect(t.diverged).toBe(167);
    expect(t.epoch).toBe(166);
    const { J, gradNorm } = t.series();
    expect(J[100]).toBeGreaterThan(1e6 * J[0]);
    for (const x of [...J, ...gradNorm.flatMap((g) => [...g]), ...t.weights().flat()]) expect(Number.isFinite(x)).toBe(true);
    expect(Math.max(...t.weights().flat().map(Math.abs))).toBeLessThanOrEqual(WEIGHT_LIMIT);
    // Asking for more stays at the last good epoch.
    expect(t.advance(1000, Infinity).epoch).toBe(166);
  });

  it('λ > 0 shrinks the weights', () => {
    const p = presetById('shrinks');
    const withL = trainerOf(p);
    const without = trainerOf(p, 0);
    withL.goTo(p.epoch);
    without.goTo(p.epoch);
    expect(weightNorm(withL.weights())).toBeLessThan(0.6 * weightNorm(without.weights()));
    expect(withL.record().accuracy).toBe(1);
  });
});

describe('never NaN', () => {
  const big = fc.double({ min: -1000, max: 1000, noNaN: true });
  test.prop(
    [
      fc.record({
        theta0: fc.tuple(fc.array(big, { minLength: 9, maxLength: 9 }), fc.array(big, { minLength: 4, maxLength: 4 })),
        alpha: fc.double({ min: 1, max: 10, noNaN: true }),
        lambda: fc.constantFrom(0, 0.01, 1, 100),
        batch: fc.constantFrom(null, 1, 3),
        x: fc.array(fc.tuple(big, big, fc.constantFrom<Label>(0, 1)), { minLength: 1, maxLength: 8 }),
      }),
    ],
    { numRuns: 40 },
  )('for α up to 10 and saturated weights (|θ| up to 1000)', ({ theta0, alpha, lambda, batch, x }) => {
    const samples: Sample[] = x.map(([x1, x2, y]) => ({ x: [x1, x2], y: [y] }));
    const t = createTrainer({ layers: [2, 3, 1], theta0, samples, alpha, lambda, batch, seed: 5 });
    t.goTo(300);
    const { J, accuracy, gradNorm } = t.series();
    for (const v of [...J, ...accuracy, ...gradNorm.flatMap((g) => [...g]), ...t.weights().flat()]) expect(Number.isFinite(v)).toBe(true);
    expect(t.epoch === 300 || t.diverged === t.epoch + 1).toBe(true);
  }, 60_000);
});

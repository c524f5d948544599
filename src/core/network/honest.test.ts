/** SPEC §10 "False arithmetic" for any shape: every unit-granularity numeric formula re-evaluated from its printed numbers. */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { falseArithmetic } from '../texEval';
import { buildNetworkTimeline, type Net } from './index';
import { updateEntries } from '../arbitraries';
import { fallbackWeights } from '../netState';
import type { Label } from '../engine';


function expectHonest(net: Net) {
  for (const s of buildNetworkTimeline(net).steps) {
    const formulas = s.tex.numeric.includes('bmatrix') ? updateEntries(s.tex.numeric) : [s.tex.numeric];
    for (const tex of formulas) expect(falseArithmetic(tex), `${s.explain}: ${tex}`).toEqual([]);
  }
}

const sample = (layers: readonly number[], k: number) => ({
  x: Array.from({ length: layers[0] }, (_, i) => ((i + k) % 3) - 1 + 0.25 * k),
  y: Array.from({ length: layers.at(-1)! }, (_, i) => ((i + k) % 2) as Label),
});
const net = (layers: number[], m: number, seed: number, scale = 1, lambda = 0.5): Net => ({
  layers,
  theta: fallbackWeights(layers, seed).map((t) => t.map((w) => w * scale)),
  samples: Array.from({ length: m }, (_, k) => sample(layers, k)),
  lambda,
  alpha: 0.5,
});

describe('no false arithmetic, any shape', () => {
  it.each([
    [[2, 3, 2, 1], 1], [[3, 4, 2], 4], [[2, 6, 6, 6, 1], 1], [[2, 1], 3], [[1, 2, 3], 2],
  ])('%j with m = %i, ordinary and saturated weights', (layers, m) => {
    expectHonest(net(layers, m, 7));
    expectHonest(net(layers, m, 8, 15, 0));
  }, 60_000);

  test.prop([fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer(), fc.constantFrom(1, 10)], { numRuns: 15 })(
    'random small shapes',
    (layers, m, seed, scale) => expectHonest(net(layers, m, seed, scale)),
    60_000,
  );
});

describe('the evaluator reads the new forms', () => {
  it('catches a wrong result in (Σθδ)·s′, J = Σ (1/m)·J@i + …, Δ := Δ + δa', () => {
    const t = buildNetworkTimeline(net([2, 3, 2, 1], 3, 7));
    const forms = ['step.deltaHidden', 'step.Jbatch', 'step.Delta'].map((k) => t.steps.filter((s) => s.explain === k).at(-1)!.tex.numeric);
    expect(forms[0]).toMatch(/\\left\(.*\\right\)\\cdot/);
    expect(forms[2]).toMatch(/:=/);
    for (const tex of forms) {
      expect(falseArithmetic(tex), tex).toEqual([]);
      const wrong = tex.replace(/= ([^=]*)$/, (_, r: string) => `= ${r.startsWith('-') ? r.slice(1) : `-${r}`}5`);
      expect(falseArithmetic(wrong), wrong).not.toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildChain, pathCount, pathsMults } from './graphChain';
import { buildGraphTimeline, derivativePasses, GRAPH_MODES } from './graphTimeline';
import { tally, valueAt } from './derive';
import { graphCounts } from './graphCounts';

const answers = (k: number) => [...Array.from({ length: k }, (_, i) => `de_da${i + 1}`), 'de_db1'];

describe('a chain of k diamonds', () => {
  it('doubles the paths from b₁ with each diamond', () => {
    for (let k = 1; k <= 10; k++) expect(pathCount(buildChain(k), 'b1')).toBe(2 ** k);
  });

  it('makes summing over paths explode while reverse mode grows linearly', () => {
    for (let k = 2; k <= 10; k++) {
      const reverse = tally(buildGraphTimeline(2, 1, 'reverse', k)).mults;
      const paths = tally(buildGraphTimeline(2, 1, 'paths', k)).mults;
      expect(reverse, `k=${k}`).toBe(6 * k - 3);
      const chain = buildChain(k);
      expect(paths, `k=${k}`).toBe(chain.inputs.reduce((acc, x) => acc + pathsMults(chain, x), 0));
    }
    expect(tally(buildGraphTimeline(2, 1, 'paths', 2)).mults).toBe(25);
    expect(tally(buildGraphTimeline(2, 1, 'paths', 10)).mults).toBeGreaterThan(500 * tally(buildGraphTimeline(2, 1, 'reverse', 10)).mults);
  });

  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 10 })], {
    numRuns: 30,
  })('finds the same finite ∂e/∂x three ways', (a, b, k) => {
    const [paths, forward, reverse] = GRAPH_MODES.map((m) => buildGraphTimeline(a, b, m, k));
    for (const id of answers(k)) {
      const want = valueAt(reverse, reverse.steps.length, id)!;
      expect(Number.isFinite(want), id).toBe(true);
      for (const t of [paths, forward]) {
        expect(Math.abs(valueAt(t, t.steps.length, id)! - want), id).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
      }
    }
  });

  it('agrees with a central difference of e in b', () => {
    const e = (b: number) => valueAt(buildGraphTimeline(0.3, b, 'reverse', 3), Infinity, 'e')!;
    const t = buildGraphTimeline(0.3, 0.2, 'reverse', 3);
    const h = 1e-6;
    expect(valueAt(t, t.steps.length, 'de_db1')).toBeCloseTo((e(0.2 + h) - e(0.2 - h)) / (2 * h), 5);
  });

  it('takes one pass per input forward, one pass back from e in reverse', () => {
    expect(derivativePasses('forward', 3).map((p) => p.seed)).toEqual(['b1', 'a1', 'a2', 'a3']);
    expect(derivativePasses('reverse', 3)).toEqual([{ seed: 'e', path: null }]);
    expect(derivativePasses('paths', 2).map((p) => p.input)).toEqual(['a1', 'a2', 'b1']);
  });
});

describe('the graph counter', () => {
  it('counts, for the answers found so far, summing over paths against reverse mode', () => {
    const t = buildGraphTimeline(2, 1, 'reverse');
    expect(graphCounts(t, 0, 2, 1, 1)).toEqual({ naive: 0, backprop: 0, found: 0, total: 2 });
    expect(graphCounts(t, t.steps.length, 2, 1, 1)).toEqual({ naive: 3, backprop: 3, found: 2, total: 2 });
    const paths = buildGraphTimeline(2, 1, 'paths', 10);
    const end = graphCounts(paths, paths.steps.length, 2, 1, 10);
    expect(end.backprop).toBe(57);
    expect(end.naive).toBe(tally(paths).mults);
    for (const mode of GRAPH_MODES) {
      const s = buildGraphTimeline(2, 1, mode, 4);
      for (let i = 0; i <= s.steps.length; i++) {
        const c = graphCounts(s, i, 2, 1, 4);
        expect(c.naive, `${mode} ${i}`).toBeGreaterThanOrEqual(c.backprop);
      }
    }
  });
});

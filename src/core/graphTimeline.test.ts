import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { GRAPH_EDGES, graphValues, pathsFrom } from './graph';
import { buildGraphTimeline, derivativePasses, GRAPH_MODES } from './graphTimeline';
import { reuseCount, stateAt, tally, valueAt } from './derive';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('the graph’s paths', () => {
  it('are a→c→e from a, and b→c→e, b→d→e from b', () => {
    const names = (from: 'a' | 'b') => pathsFrom(from).map((p) => [from, ...p.map((e) => e.to)].join(''));
    expect(names('a')).toEqual(['ace']);
    expect(names('b')).toEqual(['bce', 'bde']);
  });
});

describe('the three timelines', () => {
  test.prop([finite, finite])('replay every value of the direct formula, in every mode', (a, b) => {
    const ref = graphValues(a, b);
    for (const mode of GRAPH_MODES) {
      const t = buildGraphTimeline(a, b, mode);
      for (const [id, want] of Object.entries(ref)) {
        expect(valueAt(t, t.steps.length, id as keyof typeof ref), `${mode} ${id}`).toBe(want);
      }
    }
  });

  it('write every edge partial and both answers, and never read before writing', () => {
    for (const mode of GRAPH_MODES) {
      const t = buildGraphTimeline(2, 1, mode);
      const written = new Set(t.steps.flatMap((s) => s.writes));
      for (const id of [...GRAPH_EDGES.map((e) => e.partial), 'c', 'd', 'e', 'de_da', 'de_db'] as const)
        expect(written, mode).toContain(id);
      t.steps.forEach((s, i) => {
        for (const id of s.reads) {
          const before = t.given[id] !== undefined || t.steps.slice(0, i).some((p) => p.writes.includes(id));
          expect(before, `${mode} step ${i} reads ${id}`).toBe(true);
        }
      });
    }
  });

  it('number their passes as derivativePasses says', () => {
    for (const mode of GRAPH_MODES) {
      const t = buildGraphTimeline(2, 1, mode);
      const passes = [...new Set(t.steps.map((s) => s.pass).filter((p) => p > 0))];
      expect(passes, mode).toEqual(derivativePasses(mode).map((_, i) => i + 1));
    }
  });

  it('seed forward mode at b, then at a: the first pass gives ∂e/∂b, the second ∂e/∂a', () => {
    const t = buildGraphTimeline(2, 1, 'forward');
    expect(derivativePasses('forward').map((p) => p.seed)).toEqual(['b', 'a']);
    const passOf = (id: string) => t.steps.find((s) => s.writes.includes(id as never))?.pass;
    expect([passOf('t_b_c'), passOf('t_b_d'), passOf('de_db')]).toEqual([1, 1, 1]);
    expect([passOf('t_a_c'), passOf('t_a_d'), passOf('de_da')]).toEqual([2, 2, 2]);
    expect(valueAt(t, t.steps.length, 't_a_d')).toBe(0);
  });

  it('in reverse mode compute ∂e/∂c once and read it twice, as a cache hit', () => {
    const t = buildGraphTimeline(2, 1, 'reverse');
    const end = t.steps.length;
    expect(t.steps.filter((s) => s.writes.includes('de_dc'))).toHaveLength(1);
    expect(reuseCount(t, end, 'de_dc')).toBe(2);
    for (const id of ['de_da', 'de_db'] as const) {
      const at = t.steps.findIndex((s) => s.writes.includes(id)) + 1;
      expect(stateAt(t, at, id)).toBe('active');
      expect(stateAt(t, at, 'de_dc')).toBe('reused');
    }
    expect(derivativePasses('reverse')).toEqual([{ seed: 'e', path: null }]);
  });

  it('when summing over paths, walk one path per pass and work out ∂e/∂c again for b → c → e', () => {
    const t = buildGraphTimeline(2, 1, 'paths');
    expect(derivativePasses('paths').map((p) => p.path?.join(''))).toEqual(['ace', 'bce', 'bde']);
    const writers = t.steps.filter((s) => s.writes.includes('de_dc'));
    expect(writers.map((s) => s.pass)).toEqual([1, 2]);
    expect(writers[1].again).toEqual(['de_dc']);
    expect(writers[1].explain).toBe('graph.step.again.de_dc');
    const states = t.steps.map((_, i) => stateAt(t, i + 1, 'de_dc'));
    expect(states.filter((s) => s === 'recomputed')).toHaveLength(1);
  });

  it('mark nothing as recomputed outside paths mode', () => {
    for (const mode of ['forward', 'reverse'] as const) {
      const t = buildGraphTimeline(2, 1, mode);
      expect(
        t.steps.every((s) => s.again.length === 0),
        mode,
      ).toBe(true);
    }
  });

  it('tally the work side by side, by one rule: a product of two partials counts (×0 too), a seed’s ×1 does not', () => {
    const counts = Object.fromEntries(GRAPH_MODES.map((m) => [m, tally(buildGraphTimeline(2, 1, m))]));
    expect(counts).toEqual({
      paths: { mults: 3, adds: 1, passes: 3, recomputed: 1 },
      forward: { mults: 4, adds: 2, passes: 2, recomputed: 0 },
      reverse: { mults: 3, adds: 1, passes: 1, recomputed: 0 },
    });
  });

  it('take forward-mode derivative steps as tangents, not as a backward pass', () => {
    const t = buildGraphTimeline(2, 1, 'forward');
    expect(t.steps.filter((s) => s.pass > 0).every((s) => s.phase === 'tangent')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { symbolCounts, symbolsIn } from './formulaReads';
import { boxSymbols, texSymbol } from './tex';
import { buildNetworkTimeline } from './networkTimeline';
import { buildGraphTimeline, GRAPH_MODES } from './graphTimeline';
import { buildCurveTimeline, type CurveChapter } from './curveTimeline';
import { netParams } from './arbitraries';
import type { Timeline } from './timeline';
import type { NetParams } from './network';

const quantities = (t: Timeline<string>) => [...new Set([...Object.keys(t.given), ...t.steps.flatMap((s) => s.writes)])];
const sorted = (xs: readonly string[]) => [...xs].sort();

/** Every step's shown reads are exactly the quantities its symbolic formula shows, and the boxes are its hits. */
function expectTruthfulReads(t: Timeline<string>, what: string) {
  const ids = quantities(t);
  for (const s of t.steps) {
    const where = `${what}, step ${s.index + 1} (${s.explain})`;
    expect(sorted(s.reads), where).toEqual(sorted(symbolsIn(s.tex.symbolic, ids, s.names)));
    const counts = symbolCounts(s.tex.symbolic, ids, s.names);
    const hitTerms = s.hits.reduce((acc, id) => acc + (counts.get(id) ?? 0), 0);
    const boxed = boxSymbols(s.tex.symbolic, s.hits, s.names);
    expect(boxed.split('\\boxed{').length - 1, `${where}: boxes`).toBe(hitTerms);
  }
}

/** Both hidden units deep in their flat tails (the "Saturated" preset). */
const SATURATED: NetParams = { x1: 3, x2: -3, y: 0, t1: [1, 6, -5, -1, -7, 6], t2: [0.5, 1.5, -1.2], lambda: 0, alpha: 0.5 };
const CURVES: CurveChapter[] = ['sigmoid', 'loss', 'derivative'];

describe('symbolsIn', () => {
  it('takes the longest symbol first and leaves what the step writes or names whole', () => {
    const ids = ['sprime2_1', 'a2_1', 'z2_1'];
    expect(symbolsIn("s'(z^{2}_{1}) = a^{2}_{1}\\,(1-a^{2}_{1})", ids, ['sprime2_1'])).toEqual(['a2_1']);
    expect(symbolsIn('\\delta^{2}_{1} = \\theta^{2}_{11}\\,\\delta^{3}\\,s\'(z^{2}_{1})', [...ids, 'delta3', 'theta2_11'])).toEqual([
      'sprime2_1',
      'delta3',
      'theta2_11',
    ]);
    expect(texSymbol('J')).toBe('J');
    expect(symbolsIn("J_{\\text{new}} = J(\\theta')", ['J', 'J_new'], ['J_new'])).toEqual([]);
  });
});

describe('every step reads exactly what its formula shows', () => {
  test.prop([netParams()], { numRuns: 20 })('network, random parameters', (p) => {
    expectTruthfulReads(buildNetworkTimeline(p), 'network');
  });

  it('network, saturated and default parameters', () => {
    expectTruthfulReads(buildNetworkTimeline(SATURATED), 'saturated network');
    expectTruthfulReads(buildNetworkTimeline({ ...SATURATED, lambda: 1 }), 'regularized network');
  });

  test.prop([fc.double({ min: -1000, max: 1000, noNaN: true })], { numRuns: 50 })('the three curve chapters', (z) => {
    for (const chapter of CURVES) expectTruthfulReads(buildCurveTimeline(chapter, z), chapter);
  });

  it('the graph, in every mode and every chain', () => {
    for (const k of [1, 2, 3, 10]) {
      for (const mode of GRAPH_MODES) expectTruthfulReads(buildGraphTimeline(2, 1, mode, k), `${mode}, chain=${k}`);
    }
  }, 60_000);
});

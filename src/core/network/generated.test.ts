/**
 * The generated timeline for any shape (SPEC §7): its values are the dense engine's, bit for bit
 * (the same sums in the same order), every read is written before, reads are what the formulas
 * show, and the counts follow §7's progress rule.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { lossOf, runBatch, updated } from '../engine';
import { netArb } from '../arbitraries';
import { buildNetworkTimeline, type Net } from './index';
import { netIds, thetaIds } from '../netIds';
import { valueAt, multsDone, naiveMults } from '../derive';
import { backpropCount, naiveCount } from '../netCounts';
import { symbolCounts, symbolsIn } from '../formulaReads';
import { boxSymbols, netSymbol } from '../tex';
import type { Timeline } from '../timeline';

const same = (got: number | undefined, want: number) => got === want || (Number.isNaN(got) && Number.isNaN(want));

/** Every value of the timeline against runBatch, lossOf and updated. */
export function expectEngineValues(net: Net, t: Timeline<string>) {
  const { layers, samples, lambda, alpha } = net;
  const r = runBatch(layers, net.theta, samples, lambda);
  const ids = netIds(layers, samples.length);
  const L = layers.length;
  const end = t.steps.length;
  const at = (id: string) => valueAt(t, end, id);
  const check = (id: string, want: number) => expect(same(at(id), want), `${id}: ${at(id)} vs ${want}`).toBe(true);
  r.traces.forEach((tr, s) => {
    for (let l = 2; l <= L; l++) {
      for (let j = 1; j <= layers[l - 1]; j++) {
        check(ids.z(l, j, s + 1), tr.z[l - 1][j - 1]);
        check(ids.a(l, j, s + 1), tr.a[l - 1][j - 1]);
        check(ids.delta(l, j, s + 1), tr.delta[l - 1][j - 1]);
        if (l < L) check(ids.sprime(l, j, s + 1), tr.sprime[l - 1][j - 1]);
      }
    }
    if (samples.length > 1) check(ids.J(s + 1), tr.loss);
  });
  check('J', r.J);
  const thetas = thetaIds(layers);
  const flatD = r.D.flatMap((d) => [...d]);
  const flatDelta = r.Delta.flatMap((d) => [...d]);
  const next = updated(net.theta, r.D, alpha);
  thetas.forEach((id, w) => {
    check(`grad_${id}`, flatD[w]);
    if (samples.length > 1) check(id.replace('theta', 'Delta'), flatDelta[w]);
    check(`new_${id}`, next.flat()[w]);
  });
  check('J_new', lossOf(layers, next, samples, lambda));
}

/** Reads are the symbols of the symbolic formula; boxes are the hits. */
function expectTruthfulReads(t: Timeline<string>) {
  const ids = [...new Set([...Object.keys(t.given), ...t.steps.flatMap((s) => s.writes)])];
  for (const s of t.steps) {
    const where = `step ${s.index + 1} (${s.explain}: ${s.writes.slice(0, 2).join(',')})`;
    expect([...s.reads].sort(), where).toEqual(symbolsIn(s.tex.symbolic, ids, s.names, netSymbol).sort());
    const counts = symbolCounts(s.tex.symbolic, ids, s.names, netSymbol);
    const hitTerms = s.hits.reduce((acc, id) => acc + (counts.get(id) ?? 0), 0);
    expect(boxSymbols(s.tex.symbolic, s.hits, s.names, netSymbol).split('\\boxed{').length - 1, where).toBe(hitTerms);
  }
}

function expectWellFormed(net: Net, t: Timeline<string>) {
  const known = new Set(Object.keys(t.given));
  const m = net.samples.length;
  for (const s of t.steps) {
    for (const id of s.reads) expect(known.has(id), `${id} read before written`).toBe(true);
    expect(s.again).toEqual([]);
    s.writes.forEach((id) => known.add(id));
    expect(`${s.tex.symbolic} ${s.tex.numeric}`).not.toMatch(/NaN|Infinity|undefined|\\text\{(?!new)/);
  }
  // Each quantity written once, but the Δ sums, once per sample.
  const writes = t.steps.flatMap((s) => s.writes).filter((id) => !id.startsWith('Delta'));
  expect(new Set(writes).size).toBe(writes.length);
  const k = t.steps.length;
  for (let i = 1; i <= k; i++) expect(naiveMults(t, i)).toBeGreaterThanOrEqual(multsDone(t, i));
  expect(naiveMults(t, k)).toBe(naiveCount(net.layers) * m);
  expect(multsDone(t, k)).toBe(backpropCount(net.layers) * m);
}

describe('the generated network timeline, any shape', () => {
  test.prop([netArb(6, 8)], { numRuns: 40 })('its values are the dense engine’s, bit for bit', (net) => {
    expectEngineValues(net, buildNetworkTimeline(net));
  }, 120_000);

  test.prop([netArb(4, 3)], { numRuns: 25 })('reads are what each formula shows; every read written before; counts of §7', (net) => {
    const t = buildNetworkTimeline(net);
    expectTruthfulReads(t);
    expectWellFormed(net, t);
  }, 120_000);

  test.prop([netArb(4, 3, 'layer')], { numRuns: 25 })('granularity=layer: the same ids, values and final state as unit', (net) => {
    const layer = buildNetworkTimeline(net);
    const unit = buildNetworkTimeline({ ...net, granularity: 'unit' });
    const finals = (t: Timeline<string>) => {
      const ids = [...new Set(t.steps.flatMap((x) => x.writes))].sort();
      return Object.fromEntries(ids.map((id) => [id, valueAt(t, t.steps.length, id)]));
    };
    expect(finals(layer)).toEqual(finals(unit));
    expect(layer.steps.length).toBeLessThanOrEqual(unit.steps.length);
    expectTruthfulReads(layer);
    expectWellFormed(net, layer);
    expectEngineValues(net, layer);
  }, 120_000);

  it('follows SPEC §7 order for 2,3,1 with two samples', () => {
    const net: Net = { layers: [2, 3, 1], theta: [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], [0.1, -0.2, 0.3, -0.4]], samples: [{ x: [1, 2], y: [1] }, { x: [-1, 0.5], y: [0] }], lambda: 0.1, alpha: 0.5 };
    const w = buildNetworkTimeline(net).steps.map((s) => s.writes.join('+'));
    expect(w.slice(0, 8)).toEqual(['z2_1@1', 'a2_1@1', 'z2_2@1', 'a2_2@1', 'z2_3@1', 'a2_3@1', 'z3@1', 'a3@1']);
    expect(w.slice(8, 17)).toEqual(['J@1', 'z2_1@2', 'a2_1@2', 'z2_2@2', 'a2_2@2', 'z2_3@2', 'a2_3@2', 'z3@2', 'a3@2']);
    expect(w.slice(17, 24)).toEqual(['J@2', 'J', 'delta3@1', 'Delta2_10', 'Delta2_11', 'Delta2_12', 'Delta2_13']);
    expect(w.slice(24, 29)).toEqual(['sprime2_1@1', 'delta2_1@1', 'Delta1_10', 'Delta1_11', 'Delta1_12']);
    expect(w.at(-2)).toMatch(/^new_theta1_10\+/);
    expect(w.at(-1)).toBe('J_new');
    expect(w.filter((x) => x.startsWith('grad_'))).toHaveLength(13);
  });

  it('K > 1: ids y_k, δ^L_k, one loss term per output', () => {
    const net: Net = { layers: [3, 4, 2], theta: [Array(16).fill(0.1), Array(10).fill(-0.2)], samples: [{ x: [0.5, -1, 1], y: [1, 0] }], lambda: 0, alpha: 0.5 };
    const t = buildNetworkTimeline(net);
    const J = t.steps.find((s) => s.writes.includes('J'))!;
    expect(J.reads).toEqual(['y_1', 'a3_1', 'y_2', 'a3_2', 'lambda']);
    expect(t.steps.filter((s) => s.writes.some((id) => id.startsWith('delta3_'))).map((s) => s.reads)).toEqual([['a3_1', 'y_1'], ['a3_2', 'y_2']]);
    expectEngineValues(net, t);
  });
});

describe('values a double underflows, any shape', () => {
  it('are known from their logits: a, s′ of every unit, δ of the outputs, per sample', () => {
    const layers = [2, 3, 2, 2];
    const net: Net = {
      layers,
      theta: [Array(9).fill(-400), Array(8).fill(3), Array(6).fill(-300)],
      samples: [{ x: [2, 1], y: [1, 0] }, { x: [-0.5, 0.1], y: [0, 1] }],
      lambda: 0,
      alpha: 0.5,
    };
    const t = buildNetworkTimeline(net);
    const end = t.steps.length;
    const ids = netIds(layers, 2);
    let underflowed = 0;
    for (const s of [1, 2]) {
      for (let l = 2; l <= 4; l++) {
        for (let j = 1; j <= layers[l - 1]; j++) {
          const kinds = l < 4 ? [ids.a(l, j, s), ids.sprime(l, j, s)] : [ids.a(l, j, s), ids.delta(l, j, s)];
          for (const id of kinds) {
            const v = valueAt(t, end, id)!;
            const ln = t.lnOf?.(id);
            expect(ln, id).toBeDefined();
            if (Math.abs(v) > 1e-300) expect(ln!, id).toBeCloseTo(Math.log(Math.abs(v)), 6);
            else underflowed += 1;
          }
        }
      }
    }
    expect(underflowed).toBeGreaterThan(4);
    expect(t.lnOf?.('J')).toBeUndefined();
    expect(t.lnOf?.(ids.delta(2, 1, 1))).toBeUndefined();
  });
});

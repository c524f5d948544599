import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { buildNetworkTimeline } from './networkTimeline';
import type { NetParams } from './network';
import { lossOf, runBatch, updated } from './engine';
import { gradientCheck } from './gradcheck';
import { multsDone, naiveMults, reuseCount, stateAt, valueAt } from './derive';
import { NETWORK_BACKWARD_IDS, NETWORK_FORWARD_IDS, NETWORK_UPDATE_IDS, THETA_IDS, type NetworkId } from './ids';
import { netParams } from './arbitraries';
import { DEFAULTS } from './url';
import { quantityText } from './format';

const COMPUTED: NetworkId[] = [...NETWORK_FORWARD_IDS, ...NETWORK_BACKWARD_IDS, ...NETWORK_UPDATE_IDS];
const close = (got: number | undefined, want: number) =>
  Math.abs((got ?? NaN) - want) <= 1e-12 * Math.max(1, Math.abs(want));

describe('network timeline', () => {
  test.prop([netParams(5, 10)], { numRuns: 300 })('analytic gradients match central differences', (p) => {
    for (const row of gradientCheck(p)) {
      expect(row.diff).toBeLessThanOrEqual(1e-6 + 1e-5 * Math.abs(row.numeric));
    }
  });

  test.prop([netParams()], { numRuns: 300 })('δ³ = a³ − y', (p) => {
    const t = buildNetworkTimeline(p);
    const end = t.steps.length;
    expect(valueAt(t, end, 'delta3')).toBeCloseTo((valueAt(t, end, 'a3') ?? NaN) - p.y, 12);
  });

  test.prop([netParams()], { numRuns: 200 })('writes every computed quantity exactly once', (p) => {
    const writes = buildNetworkTimeline(p).steps.flatMap((s) => s.writes);
    expect([...writes].sort()).toEqual([...COMPUTED].sort());
  });

  test.prop([netParams()], { numRuns: 200 })('every read was written earlier or is given', (p) => {
    const t = buildNetworkTimeline(p);
    const known = new Set(Object.keys(t.given));
    for (const s of t.steps) {
      for (const id of s.reads) expect(known.has(id)).toBe(true);
      expect([...s.hits].sort()).toEqual(s.reads.filter((id) => t.given[id] === undefined).sort());
      s.writes.forEach((id) => known.add(id));
    }
  });

  test.prop([netParams(50, 10)], { numRuns: 300 })('replaying the timeline gives forward, backward and update', (p) => {
    const t = buildNetworkTimeline(p);
    const k = t.steps.length;
    const samples = [{ x: [p.x1, p.x2], y: [p.y] }];
    const r = runBatch([2, 2, 1], [p.t1, p.t2], samples, p.lambda);
    const [tr] = r.traces;
    const u = updated([p.t1, p.t2], r.D, p.alpha);
    const want: Partial<Record<NetworkId, number>> = {
      z2_1: tr.z[1][0], z2_2: tr.z[1][1], a2_1: tr.a[1][0], a2_2: tr.a[1][1], z3: tr.z[2][0], a3: tr.a[2][0], J: r.J,
      delta3: tr.delta[2][0], sprime2_1: tr.sprime[1][0], sprime2_2: tr.sprime[1][1], delta2_1: tr.delta[1][0], delta2_2: tr.delta[1][1],
      J_new: lossOf([2, 2, 1], u, samples, p.lambda),
    };
    THETA_IDS.forEach((id, i) => {
      want[`grad_${id}` as NetworkId] = [...r.D[0], ...r.D[1]][i];
      want[`new_${id}` as NetworkId] = u.flat()[i];
    });
    for (const [id, v] of Object.entries(want)) expect(close(valueAt(t, k, id as NetworkId), v), id).toBe(true);
  });

  test.prop([netParams(1000, 100)], { numRuns: 500 })('no NaN or ±Infinity for |x|, |θ| ≤ 1000, λ ≤ 100', (p) => {
    const t = buildNetworkTimeline(p);
    for (const s of t.steps) {
      for (const v of Object.values(s.values)) expect(Number.isFinite(v)).toBe(true);
      expect(`${s.tex.symbolic} ${s.tex.numeric}`).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('follows the SPEC order and counts 27 naive vs 15 backprop multiplications', () => {
    const t = buildNetworkTimeline(DEFAULTS as NetParams);
    expect(t.steps.map((s) => s.writes.join('+')).slice(0, 9)).toEqual([
      'z2_1', 'a2_1', 'z2_2', 'a2_2', 'z3', 'a3', 'J', 'delta3', 'grad_theta2_10',
    ]);
    expect(multsDone(t, t.steps.length)).toBe(15);
    expect(naiveMults(t, t.steps.length)).toBe(27);
  });

  it('counts naive work for the same partials so far: never below backprop (SPEC §7 progress rule)', () => {
    const t = buildNetworkTimeline(DEFAULTS as NetParams);
    const k = (id: NetworkId) => t.steps.findIndex((s) => s.writes.includes(id)) + 1;
    const counts = t.steps.map((_, i) => [naiveMults(t, i + 1), multsDone(t, i + 1)]);
    for (const [naive, backprop] of counts) expect(naive).toBeGreaterThanOrEqual(backprop);
    // s′ adds 1 to both; δ²₁ adds the rest of its from-scratch 3; its first gradient adds 1, the next ones 4.
    expect(counts[k('grad_theta2_12') - 1]).toEqual([3, 3]);
    expect(counts[k('sprime2_1') - 1]).toEqual([4, 4]);
    expect(counts[k('delta2_1') - 1]).toEqual([6, 6]);
    expect(counts[k('grad_theta1_10') - 1]).toEqual([7, 7]);
    expect(counts[k('grad_theta1_11') - 1]).toEqual([11, 8]);
    expect(counts[k('grad_theta1_22') - 1]).toEqual([27, 15]);
  });

  it('reads what the formulas show: δ³ reads a³ and y (not z³), s′ reads a (not z), J_new no cached value', () => {
    const t = buildNetworkTimeline(DEFAULTS as NetParams);
    const step = (id: NetworkId) => t.steps.find((s) => s.writes.includes(id))!;
    expect(step('delta3').reads).toEqual(['a3', 'y']);
    expect(step('sprime2_1').reads).toEqual(['a2_1']);
    expect(step('J').reads).toEqual(['y', 'a3', 'lambda']);
    expect(step('new_theta1_10').hits).toEqual([]);
    expect(step('J_new').hits).toEqual([]);
  });

  it('marks δ³ reused when δ²₁ reads it, and counts its reuses', () => {
    const t = buildNetworkTimeline(DEFAULTS as NetParams);
    const k = t.steps.findIndex((s) => s.writes.includes('delta2_1')) + 1;
    expect(stateAt(t, k, 'delta2_1')).toBe('active');
    expect(stateAt(t, k, 'delta3')).toBe('reused');
    expect(stateAt(t, k, 'theta2_11')).toBe('read');
    expect(stateAt(t, k, 'x1')).toBe('given');
    expect(stateAt(t, k, 'delta2_2')).toBe('pending');
    expect(stateAt(t, k, 'a3')).toBe('done');
    // Three θ² gradients and δ²₁ have read δ³ so far.
    expect(reuseCount(t, k, 'delta3')).toBe(4);
  });
});

describe('values a double underflows', () => {
  it('are known from their logits, so the page can show them instead of 0', () => {
    // z²ⱼ = 7·(−1000) = −7000: a²ⱼ = e^−7000 and s′ are far below the smallest double.
    const t = buildNetworkTimeline({ ...DEFAULTS, x1: -1000, t1: [0, 7, 0, 0, 7, 0] });
    const all = t.steps.length;
    for (const j of [1, 2] as const) {
      const z = valueAt(t, all, `z2_${j}`)!;
      // ln s(z) = −softplus(−z); for z ≪ 0 that is z itself (to within e^z).
      expect(t.lnOf?.(`a2_${j}`)).toBeCloseTo(z < -50 ? z : Math.log(valueAt(t, all, `a2_${j}`)!), 9);
    }
    const underflowed = (['a2_1', 'a2_2', 'sprime2_1', 'sprime2_2'] as const).filter((id) => valueAt(t, all, id) === 0);
    expect(underflowed).toHaveLength(4);
    for (const id of underflowed) expect(quantityText(0, t.lnOf?.(id))).toMatch(/×10/);
    expect(t.lnOf?.('J')).toBeUndefined();
  });
});

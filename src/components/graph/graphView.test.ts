import { describe, expect, it } from 'vitest';
import { buildGraphTimeline } from '../../core/graphTimeline';
import { graphView } from './graphView';

const at = (mode: 'paths' | 'forward' | 'reverse', find: (writes: readonly string[]) => boolean) => {
  const t = buildGraphTimeline(2, 1, mode);
  const k = t.steps.findIndex((s) => find(s.writes)) + 1;
  return graphView(t, k, mode);
};

describe('graph view', () => {
  it('shows nothing computed before the first step, a and b given', () => {
    const t = buildGraphTimeline(2, 1, 'reverse');
    const v = graphView(t, 0, 'reverse');
    expect(v.nodes.map((n) => n.value.state)).toEqual(['given', 'given', 'pending', 'pending', 'pending']);
    expect(v.edges.every((e) => e.partial.value === undefined && !e.flow)).toBe(true);
    expect(v.pass).toBe(0);
  });

  it('lets the value flow along a → c and b → c while c is evaluated', () => {
    const v = at('reverse', (w) => w.includes('c'));
    expect(v.edges.filter((e) => e.flow).map((e) => e.edge.partial)).toEqual(['dc_da', 'dc_db']);
    expect(v.nodes.find((n) => n.node === 'c')?.value.state).toBe('active');
  });

  it('marks ∂e/∂c reused on its edge when reverse mode computes ∂e/∂b, seeded at e', () => {
    const v = at('reverse', (w) => w.includes('de_db'));
    const edge = (p: string) => v.edges.find((e) => e.edge.partial === p)!.partial;
    expect(edge('de_dc')).toMatchObject({ state: 'reused', value: 2, writes: 1 });
    expect(v.gradients.map((g) => [g.id, g.state, g.value])).toEqual([
      ['de_da', 'done', 2],
      ['de_db', 'active', 5],
    ]);
    expect(v.nodes.find((n) => n.node === 'e')?.derivative).toMatchObject({ constant: 1, seed: true });
  });

  it('marks ∂e/∂c recomputed, written twice, on the path b → c → e', () => {
    const t = buildGraphTimeline(2, 1, 'paths');
    const k = t.steps.findIndex((s) => s.again.includes('de_dc')) + 1;
    const v = graphView(t, k, 'paths');
    expect(v.edges.find((e) => e.edge.partial === 'de_dc')!.partial).toMatchObject({ state: 'recomputed', writes: 2 });
    expect(v.edges.filter((e) => e.onPath).map((e) => e.edge.partial)).toEqual(['dc_db', 'de_dc']);
    expect(v.nodes.every((n) => n.derivative === null)).toBe(true);
  });

  it('shows the tangents of the pass under way in forward mode', () => {
    const first = at('forward', (w) => w.includes('t_b_c'));
    const d = (v: typeof first, n: string) => v.nodes.find((x) => x.node === n)!.derivative!;
    expect(d(first, 'b')).toMatchObject({ wrt: 'b', constant: 1, seed: true });
    expect(d(first, 'a')).toMatchObject({ wrt: 'b', constant: 0, seed: false });
    expect(d(first, 'c').shown).toMatchObject({ id: 't_b_c', state: 'active', value: 1 });
    expect(d(first, 'e').shown).toMatchObject({ id: 'de_db', state: 'pending' });
    const second = at('forward', (w) => w.includes('de_da'));
    expect(second.pass).toBe(2);
    expect(d(second, 'a')).toMatchObject({ seed: true, constant: 1 });
    expect(d(second, 'd').shown).toMatchObject({ id: 't_a_d', state: 'reused', value: 0 });
    expect(d(second, 'e').shown).toMatchObject({ id: 'de_da', state: 'active', value: 2 });
  });
});

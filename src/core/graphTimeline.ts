/**
 * e = (a+b)(b+1) three ways (SPEC §1.4), as timelines of the same record type as the network's:
 * summing over paths (∂e/∂c computed twice), forward mode (one pass per input) and reverse mode
 * (one pass, ∂e/∂c computed once and reused).
 */
import type { GraphId } from './ids';
import { buildSteps, type StepSpec, type Timeline } from './timeline';
import { texNumber as n } from './format';
import { texSymbol as s } from './tex';

export type GraphMode = 'paths' | 'forward' | 'reverse';
export const GRAPH_MODES: readonly GraphMode[] = ['paths', 'forward', 'reverse'];

type Spec = StepSpec<GraphId>;

const values: Spec[] = [
  {
    explain: 'graph.step.c',
    phase: 'forward',
    writes: ['c'],
    reads: ['a', 'b'],
    compute: (get) => ({ c: get('a') + get('b') }),
    tex: (get) => ({ symbolic: 'c = a + b', numeric: `c = ${n(get('a'), false)} + ${n(get('b'))} = ${n(get('c'), false)}` }),
  },
  {
    explain: 'graph.step.d',
    phase: 'forward',
    writes: ['d'],
    reads: ['b'],
    compute: (get) => ({ d: get('b') + 1 }),
    tex: (get) => ({ symbolic: 'd = b + 1', numeric: `d = ${n(get('b'), false)} + 1 = ${n(get('d'), false)}` }),
  },
  {
    explain: 'graph.step.e',
    phase: 'forward',
    writes: ['e'],
    reads: ['c', 'd'],
    compute: (get) => ({ e: get('c') * get('d') }),
    tex: (get) => ({ symbolic: 'e = c \\cdot d', numeric: `e = ${n(get('c'))} \\cdot ${n(get('d'))} = ${n(get('e'), false)}` }),
  },
];

/** A local partial of one edge: a constant 1, or (product rule) the other factor of e = c·d. */
function local(id: GraphId, pass: number): Spec {
  const from: Partial<Record<GraphId, GraphId>> = { de_dc: 'd', de_dd: 'c' };
  const src = from[id];
  return {
    explain: src ? `graph.step.${id}` : 'graph.step.one',
    phase: 'forward',
    pass,
    writes: [id],
    reads: src ? [src] : [],
    compute: (get) => ({ [id]: src ? get(src) : 1 }),
    tex: (get) => ({
      symbolic: `${s(id)} = ${src ?? '1'}`,
      numeric: `${s(id)} = ${n(get(id), false)}`,
    }),
  };
}

/** out = Σ f·g over the terms: the chain rule's sum of products. */
function chain(out: GraphId, terms: [GraphId, GraphId][], pass: number, explain: string): Spec {
  return {
    explain,
    phase: 'backward',
    pass,
    writes: [out],
    reads: terms.flat(),
    mults: terms.length,
    adds: terms.length - 1,
    gradient: true,
    compute: (get) => ({ [out]: terms.reduce((acc, [f, g]) => acc + get(f) * get(g), 0) }),
    tex: (get) => ({
      symbolic: `${s(out)} = ${terms.map(([f, g]) => `${s(f)}\\,${s(g)}`).join(' + ')}`,
      numeric: `${s(out)} = ${terms.map(([f, g]) => `${n(get(f))}\\cdot ${n(get(g))}`).join(' + ')} = ${n(get(out), false)}`,
    }),
  };
}

/** A forward-mode tangent: ẋ = ∂x/∂input · (seed 1). */
function tangent(out: GraphId, edge: GraphId | 0, pass: number): Spec {
  return {
    explain: edge ? 'graph.step.tangent' : 'graph.step.tangentZero',
    phase: 'tangent',
    pass,
    writes: [out],
    reads: edge ? [edge] : [],
    mults: edge ? 1 : 0,
    compute: (get) => ({ [out]: edge ? get(edge) * 1 : 0 }),
    tex: (get) => ({
      symbolic: `${s(out)} = ${edge ? `${s(edge)}\\cdot 1` : '0'}`,
      numeric: `${s(out)} = ${edge ? `${n(get(edge))}\\cdot 1 = ` : ''}${n(get(out), false)}`,
    }),
  };
}

const PARTIALS = ['dc_da', 'dc_db', 'dd_db', 'de_dc', 'de_dd'] as const;

function specs(mode: GraphMode): Spec[] {
  switch (mode) {
    case 'reverse':
      return [
        ...values,
        ...PARTIALS.map((id) => local(id, 0)),
        chain('de_da', [['de_dc', 'dc_da']], 1, 'graph.step.reverse'),
        chain('de_db', [['de_dc', 'dc_db'], ['de_dd', 'dd_db']], 1, 'graph.step.reverse'),
      ];
    case 'forward':
      return [
        ...values,
        ...PARTIALS.map((id) => local(id, 0)),
        tangent('t_b_c', 'dc_db', 1),
        tangent('t_b_d', 'dd_db', 1),
        chain('de_db', [['de_dc', 't_b_c'], ['de_dd', 't_b_d']], 1, 'graph.step.forward'),
        tangent('t_a_c', 'dc_da', 2),
        tangent('t_a_d', 0, 2),
        chain('de_da', [['de_dc', 't_a_c'], ['de_dd', 't_a_d']], 2, 'graph.step.forward'),
      ];
    case 'paths':
      // Each path multiplies its own edge partials; ∂e/∂c is worked out again for the path b→c→e.
      return [
        ...values,
        local('dc_da', 1),
        local('de_dc', 1),
        chain('de_da', [['de_dc', 'dc_da']], 1, 'graph.step.paths'),
        local('dc_db', 2),
        local('de_dc', 2),
        local('dd_db', 3),
        local('de_dd', 3),
        chain('de_db', [['de_dc', 'dc_db'], ['de_dd', 'dd_db']], 3, 'graph.step.paths'),
      ];
  }
}

export function buildGraphTimeline(a: number, b: number, mode: GraphMode): Timeline<GraphId> {
  return buildSteps<GraphId>({ a, b }, specs(mode));
}

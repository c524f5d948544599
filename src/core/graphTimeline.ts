/**
 * e = (a+b)(b+1) three ways (SPEC §1.4), as timelines of the same record type as the network's:
 * summing over paths (∂e/∂c computed twice), forward mode (one pass per input) and reverse mode
 * (one pass, ∂e/∂c computed once and reused). All three are generated from the edge list in
 * graph.ts, so the figure, the passes and the steps cannot disagree.
 */
import type { GraphId } from './ids';
import { buildChain } from './graphChain';
import { buildChainTimeline, chainInputOrder } from './graphChainTimeline';
import { buildSteps, type Phase, type StepSpec, type Timeline } from './timeline';
import { num, sumOfProducts, type Factor } from './honestTex';
import { texSymbol as s } from './tex';
import { GRAPH_EDGES, GRAPH_INPUTS, gradientOf, pathsFrom, type EdgePartial, type GraphInput, type GraphNode } from './graph';

import type { GraphMode } from './graphModes';
export { GRAPH_MODES, type GraphMode } from './graphModes';

type Spec = StepSpec<GraphId>;

/** What derivative pass p (numbered from 1) starts from: a seeded node, or the one path it walks. */
export interface DerivativePass {
  seed: string | null;
  path: readonly string[] | null;
  /** The input whose ∂e/∂x the pass finds, when summing a chain's paths. */
  input?: string;
}

/** Forward mode seeds b first, then a (the source's order); reverse mode seeds e once. */
const FORWARD_SEEDS: readonly GraphInput[] = ['b', 'a'];

export function derivativePasses(mode: GraphMode, k = 1): DerivativePass[] {
  // A chain of k > 1 diamonds: one pass per input in forward mode and when summing over paths
  // (all of that input's paths in one step), one pass from e in reverse mode.
  if (k > 1) {
    return mode === 'reverse'
      ? [{ seed: 'e', path: null }]
      : chainInputOrder(buildChain(k), mode).map((x) => ({ seed: mode === 'forward' ? x : null, path: null, input: x }));
  }
  switch (mode) {
    case 'forward':
      return FORWARD_SEEDS.map((seed) => ({ seed, path: null }));
    case 'reverse':
      return [{ seed: 'e', path: null }];
    case 'paths':
      return GRAPH_INPUTS.flatMap((x) => pathsFrom(x).map((p) => ({ seed: null, path: [x, ...p.map((edge) => edge.to)] })));
  }
}

/** "lhs = operands = result" with digits enough that the printed operands give the printed result. */
function worked(lhs: string, terms: Factor[][], result: number): string {
  const sum = sumOfProducts(terms, result);
  return `${lhs} = ${sum.tex} = ${sum.result.tex}`;
}

const VALUES: Record<'c' | 'd' | 'e', Spec> = {
  c: {
    explain: 'graph.step.c',
    phase: 'forward',
    writes: ['c'],
    reads: ['a', 'b'],
    compute: (get) => ({ c: get('a') + get('b') }),
    tex: (get) => ({ symbolic: 'c = a + b', numeric: worked('c', [[get('a')], [get('b')]], get('c')) }),
  },
  d: {
    explain: 'graph.step.d',
    phase: 'forward',
    writes: ['d'],
    reads: ['b'],
    compute: (get) => ({ d: get('b') + 1 }),
    tex: (get) => ({ symbolic: 'd = b + 1', numeric: worked('d', [[get('b')], [num(1)]], get('d')) }),
  },
  e: {
    explain: 'graph.step.e',
    phase: 'forward',
    writes: ['e'],
    reads: ['c', 'd'],
    compute: (get) => ({ e: get('c') * get('d') }),
    tex: (get) => ({ symbolic: 'e = c \\cdot d', numeric: worked('e', [[get('c'), get('d')]], get('e')) }),
  },
};

/** A local partial of one edge: a constant 1 (a sum), or the other factor of e = c·d (product rule). */
function local(id: EdgePartial, pass: number, phase: Phase, explain?: string): Spec {
  const from: Partial<Record<EdgePartial, GraphId>> = { de_dc: 'd', de_dd: 'c' };
  const src = from[id];
  return {
    explain: explain ?? (src ? `graph.step.${id}` : 'graph.step.one'),
    phase,
    pass,
    writes: [id],
    reads: src ? [src] : [],
    compute: (get) => ({ [id]: src ? get(src) : 1 }),
    tex: (get) => ({
      symbolic: `${s(id)} = ${src ?? '1'}`,
      numeric: `${s(id)} = ${num(get(id)).tex}`,
    }),
  };
}

/** out = Σ f·g over the terms: the chain rule's sum of products. */
function chain(out: GraphId, terms: [GraphId, GraphId][], pass: number, phase: Phase, explain: string): Spec {
  return {
    explain,
    phase,
    pass,
    writes: [out],
    reads: terms.flat(),
    mults: terms.length,
    adds: terms.length - 1,
    compute: (get) => ({ [out]: terms.reduce((acc, [f, g]) => acc + get(f) * get(g), 0) }),
    tex: (get) => ({
      symbolic: `${s(out)} = ${terms.map(([f, g]) => `${s(f)}\\,${s(g)}`).join(' + ')}`,
      numeric: worked(s(out), terms.map(([f, g]) => [get(f), get(g)]), get(out)),
    }),
  };
}

/**
 * A forward-mode tangent: ẋ = ∂x/∂seed · 1, or 0 when no edge joins the seed to x. Multiplying by
 * the seed's 1 is not counted, in any mode, as reverse mode does not count ∂e/∂e = 1 (one rule).
 */
function tangent(out: GraphId, edge: GraphId | 0, pass: number): Spec {
  return {
    explain: edge ? 'graph.step.tangent' : 'graph.step.tangentZero',
    phase: 'tangent',
    pass,
    writes: [out],
    reads: edge ? [edge] : [],
    compute: (get) => ({ [out]: edge ? get(edge) : 0 }),
    tex: (get) => ({
      symbolic: `${s(out)} = ${edge ? `${s(edge)}\\cdot 1` : '0'}`,
      numeric: edge ? worked(s(out), [[get(edge), num(1)]], get(out)) : `${s(out)} = ${num(get(out)).tex}`,
    }),
  };
}

/** One evaluation sweep that caches every unit's value and, right after it, its local partials. */
const evaluateAndCache = (): Spec[] =>
  (['c', 'd', 'e'] as const).flatMap((node) => [
    VALUES[node],
    ...GRAPH_EDGES.filter((edge) => edge.to === node).map((edge) => local(edge.partial, 0, 'forward')),
  ]);

/** The chain-rule terms of ∂e/∂x, one per path: [∂e/∂(middle), ∂(middle)/∂x]. */
const pathTerms = (x: GraphInput): [GraphId, GraphId][] => pathsFrom(x).map(([low, high]) => [high.partial, low.partial]);

function forwardPass(seed: GraphInput, pass: number): Spec[] {
  const middles = ['c', 'd'] as const;
  const into = (node: GraphNode) => GRAPH_EDGES.find((edge) => edge.from === seed && edge.to === node)?.partial ?? 0;
  return [
    ...middles.map((m) => tangent(`t_${seed}_${m}`, into(m), pass)),
    chain(
      gradientOf(seed),
      GRAPH_EDGES.filter((edge) => edge.to === 'e').map((edge) => [edge.partial, `t_${seed}_${edge.from as 'c' | 'd'}`]),
      pass,
      'tangent',
      `graph.step.forward.${gradientOf(seed)}`,
    ),
  ];
}

/** Summing over paths: each path works out its own edge partials, with no cache between paths. */
function pathSteps(): Spec[] {
  const seen = new Set<EdgePartial>();
  let pass = 0;
  return GRAPH_INPUTS.flatMap((x) => [
    ...pathsFrom(x).flatMap((path) => {
      pass += 1;
      return path.map((edge) => {
        const again = seen.has(edge.partial);
        seen.add(edge.partial);
        return local(edge.partial, pass, 'path', again ? `graph.step.again.${edge.partial}` : undefined);
      });
    }),
    chain(gradientOf(x), pathTerms(x), pass, 'path', `graph.step.paths.${gradientOf(x)}`),
  ]);
}

function specs(mode: GraphMode): Spec[] {
  switch (mode) {
    case 'reverse':
      return [
        ...evaluateAndCache(),
        ...GRAPH_INPUTS.map((x) => chain(gradientOf(x), pathTerms(x), 1, 'backward', `graph.step.reverse.${gradientOf(x)}`)),
      ];
    case 'forward':
      return [...evaluateAndCache(), ...FORWARD_SEEDS.flatMap((seed, i) => forwardPass(seed, i + 1))];
    case 'paths':
      return [VALUES.c, VALUES.d, VALUES.e, ...pathSteps()];
  }
}

/** e = (a+b)(b+1), or for k > 1 a chain of k such diamonds (graphChain.ts; k = 1 is the seed's figure). */
export function buildGraphTimeline(a: number, b: number, mode: GraphMode, k = 1): Timeline<string> {
  if (k > 1) return buildChainTimeline(a, b, mode, k);
  // Summing over paths keeps nothing between paths: no read there is a cache hit (SPEC §4.2).
  return buildSteps<GraphId>({ a, b }, specs(mode), { cache: mode !== 'paths' });
}

/**
 * The chain of k diamonds (graphChain.ts) three ways, as timelines of the same records as the
 * seed's figure: one evaluation sweep caching values and local partials, then summing over paths
 * (one step per input, every path multiplied out from scratch), forward mode (one pass per input)
 * or reverse mode (one pass from e). Counting rule as everywhere: a product of two partials is one
 * multiplication (×0 and ×1 too); multiplying by a seed's 1 is not counted.
 */
import { buildSteps, type Phase, type StepSpec, type Timeline } from './timeline';
import { sigmoid, sigmoidPrime } from './math';
import { texNumber as n } from './format';
import { texSymbol as s } from './tex';
import { buildChain, chainPaths, totalId, type Chain, type ChainEdge, type ChainNode } from './graphChain';
import type { GraphMode } from './graphTimeline';

type Spec = StepSpec<string>;
const OPS: Record<Exclude<ChainNode['op'], 'input'>, { f: (x: number[]) => number; tex: (x: string[]) => string }> = {
  sum: { f: ([x, y]) => x + y, tex: ([x, y]) => `${x} + ${y}` },
  plusOne: { f: ([x]) => x + 1, tex: ([x]) => `${x} + 1` },
  product: { f: ([x, y]) => x * y, tex: ([x, y]) => `${x} \\cdot ${y}` },
  sigmoid: { f: ([x]) => sigmoid(x), tex: ([x]) => `s(${x})` },
};

function value(node: ChainNode): Spec {
  const op = OPS[node.op as keyof typeof OPS];
  return {
    explain: `graph.chain.step.${node.op}`,
    phase: 'forward',
    writes: [node.id],
    reads: node.from,
    compute: (get) => ({ [node.id]: op.f(node.from.map(get)) }),
    tex: (get) => ({
      symbolic: `${s(node.id)} = ${op.tex(node.from.map(s))}`,
      numeric: `${s(node.id)} = ${op.tex(node.from.map((id) => n(get(id))))} = ${n(get(node.id), false)}`,
    }),
  };
}

/** An edge's local partial: 1 for a sum, the other factor for a product, b(1 − b) for the sigmoid link. */
function local(edge: ChainEdge, head: ChainNode): Spec {
  const other = head.op === 'product' ? head.from.find((f) => f !== edge.from)! : undefined;
  const base = { phase: 'forward' as Phase, writes: [edge.partial] };
  if (head.op === 'sigmoid') {
    return {
      ...base,
      explain: 'graph.chain.step.sigmoidPartial',
      reads: [head.id],
      // s(e)·s(−e) from the logit keeps its digits where b(1 − b) would not (SPEC §5).
      uses: [edge.from],
      compute: (get) => ({ [edge.partial]: sigmoidPrime(get(edge.from)) }),
      tex: (get) => ({
        symbolic: `${s(edge.partial)} = ${s(head.id)}\\,(1-${s(head.id)})`,
        numeric: `${s(edge.partial)} = ${n(get(head.id))}\\cdot(1-${n(get(head.id))}) = ${n(get(edge.partial), false)}`,
      }),
    };
  }
  return {
    ...base,
    explain: other ? 'graph.chain.step.productPartial' : 'graph.step.one',
    reads: other ? [other] : [],
    compute: (get) => ({ [edge.partial]: other ? get(other) : 1 }),
    tex: (get) => ({
      symbolic: `${s(edge.partial)} = ${other ? s(other) : '1'}`,
      numeric: `${s(edge.partial)} = ${n(get(edge.partial), false)}`,
    }),
  };
}

/** out = Σ over terms of their product; a one-factor term is a partial times a seed's 1 (not counted). */
function sumOfProducts(out: string, terms: string[][], pass: number, phase: Phase, explain: string): Spec {
  const tex = (f: (id: string) => string) => terms.map((t) => (t.length > 1 ? t.map(f).join('\\,') : `${f(t[0])}\\cdot 1`)).join(' + ');
  return {
    explain,
    phase,
    pass,
    writes: [out],
    reads: [...new Set(terms.flat())],
    mults: terms.filter((t) => t.length > 1).length,
    adds: terms.length - 1,
    compute: (get) => ({ [out]: terms.reduce((acc, t) => acc + t.reduce((p, id) => p * get(id), 1), 0) }),
    tex: (get) => ({
      symbolic: `${s(out)} = ${tex(s)}`,
      numeric: `${s(out)} = ${tex((id) => n(get(id)))} = ${n(get(out), false)}`,
    }),
  };
}

const evaluate = (chain: Chain): Spec[] =>
  chain.nodes
    .filter((node) => node.op !== 'input')
    .flatMap((node) => [value(node), ...chain.edges.filter((e) => e.to === node.id).map((e) => local(e, node))]);

/** Reverse mode: ∂e/∂v = Σ over v's out-edges of ∂e/∂(head)·∂(head)/∂v, from the output down. */
function reverse(chain: Chain): Spec[] {
  return [...chain.nodes]
    .reverse()
    .filter((v) => v.id !== 'e' && !(chain.edges.filter((e) => e.from === v.id).every((e) => e.to === 'e')))
    .map((v) => {
      const terms = chain.edges.filter((e) => e.from === v.id).map((e) => (e.to === 'e' ? [e.partial] : [totalId(e.to), e.partial]));
      return sumOfProducts(totalId(v.id), terms, 1, 'backward', 'graph.chain.step.reverse');
    });
}

/** Forward mode seeded at x: each node x reaches gets ẋ = Σ over its in-edges of partial·(tail's tangent). */
function forwardPass(chain: Chain, x: string, pass: number): Spec[] {
  const reached = new Set([x]);
  const tangent = (v: string) => (v === 'e' ? totalId(x) : `t_${x}_${v}`);
  return chain.nodes.flatMap((v) => {
    const into = chain.edges.filter((e) => e.to === v.id && reached.has(e.from));
    if (into.length === 0) return [];
    reached.add(v.id);
    const terms = into.map((e) => (e.from === x ? [e.partial] : [e.partial, tangent(e.from)]));
    return [sumOfProducts(tangent(v.id), terms, pass, 'tangent', 'graph.chain.step.tangent')];
  });
}

/** Summing over paths: ∂e/∂x in one step, every path's product worked out on its own. */
function pathsAnswer(chain: Chain, x: string, pass: number): Spec {
  const paths = chainPaths(chain, x);
  const out = totalId(x);
  return {
    explain: 'graph.chain.step.paths',
    phase: 'path',
    pass,
    writes: [out],
    reads: [],
    uses: [...new Set(paths.flat().map((e) => e.partial))],
    mults: paths.reduce((acc, p) => acc + p.length - 1, 0),
    adds: paths.length - 1,
    compute: (get) => ({ [out]: paths.reduce((acc, p) => acc + p.reduce((prod, e) => prod * get(e.partial), 1), 0) }),
    tex: (get) => ({
      symbolic: `${s(out)} = \\sum_{P}\\;\\prod_{(u\\to v)\\in P}\\frac{\\partial v}{\\partial u}`,
      numeric: `${s(out)} = \\sum_{P=1}^{${paths.length}}\\;\\prod_{(u\\to v)\\in P}\\frac{\\partial v}{\\partial u} = ${n(get(out), false)}`,
    }),
  };
}

/** The order the inputs are taken in: b₁ first in forward mode (as the seed's figure), a's first otherwise. */
export function chainInputOrder(chain: Chain, mode: GraphMode): string[] {
  const as = chain.inputs.filter((x) => x.startsWith('a'));
  return mode === 'forward' ? ['b1', ...as] : [...as, 'b1'];
}

export function buildChainTimeline(a: number, b: number, mode: GraphMode, k: number): Timeline<string> {
  const chain = buildChain(k);
  const given = Object.fromEntries(chain.inputs.map((x) => [x, x === 'b1' ? b : a]));
  const order = chainInputOrder(chain, mode);
  const derivative =
    mode === 'reverse'
      ? reverse(chain)
      : mode === 'forward'
        ? order.flatMap((x, i) => forwardPass(chain, x, i + 1))
        : order.map((x, i) => pathsAnswer(chain, x, i + 1));
  return buildSteps<string>(given, [...evaluate(chain), ...derivative], { cache: mode !== 'paths' });
}

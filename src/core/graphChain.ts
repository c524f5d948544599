/**
 * A chain of k of the seed's diamonds (SPEC §10, `chain=k`, 2 ≤ k ≤ 10): diamond i computes
 * cᵢ = aᵢ + bᵢ, dᵢ = bᵢ + 1, eᵢ = cᵢ·dᵢ, and its output feeds the next diamond as its b through a
 * sigmoid, bᵢ₊₁ = s(eᵢ). Each bᵢ reaches e by two paths per diamond, so the paths from b₁ double
 * with every diamond (2ᵏ) while reverse mode's work grows linearly. The sigmoid keeps every value
 * in range: fed straight on, eᵢ would square at each diamond and pass a double's range by k = 10
 * at a = 2, b = 1. Every aᵢ is its own copy of the input a.
 *
 * Ids for k > 1: nodes a1…ak, b1…bk, c1…ck, d1…dk, e1…e(k−1) and the output e; local partials
 * d{to}_d{from} (dc1_da1, de1_dc1, db2_de1, de_dck); reverse mode's ∂e/∂v as de_d{v} (de_db1 is an
 * answer, de_dc1 an intermediate); forward mode's tangents t_{seed}_{node} (t_a1_c1).
 */
import { RANGES } from './ranges';

export type ChainOp = 'input' | 'sum' | 'plusOne' | 'product' | 'sigmoid';

export interface ChainNode {
  id: string;
  op: ChainOp;
  /** Operands, in the formula's order. */
  from: readonly string[];
  /** The diamond it belongs to, from 1. */
  diamond: number;
}

export interface ChainEdge {
  from: string;
  to: string;
  partial: string;
}

export interface Chain {
  k: number;
  /** In evaluation order: inputs first within each diamond. */
  nodes: readonly ChainNode[];
  edges: readonly ChainEdge[];
  inputs: readonly string[];
}

export const CHAIN_MAX = RANGES.chain.max;
export const partialId = (to: string, from: string) => `d${to}_d${from}`;
/** ∂e/∂v for the output e: its local partial when v feeds e directly. */
export const totalId = (v: string) => `de_d${v}`;

export function buildChain(k: number): Chain {
  const nodes: ChainNode[] = [];
  for (let i = 1; i <= k; i++) {
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((n) => `${n}${i}`);
    const top = i === k ? 'e' : e;
    nodes.push({ id: a, op: 'input', from: [], diamond: i });
    nodes.push(i === 1 ? { id: b, op: 'input', from: [], diamond: i } : { id: b, op: 'sigmoid', from: [`e${i - 1}`], diamond: i });
    nodes.push({ id: c, op: 'sum', from: [a, b], diamond: i });
    nodes.push({ id: d, op: 'plusOne', from: [b], diamond: i });
    nodes.push({ id: top, op: 'product', from: [c, d], diamond: i });
  }
  const edges = nodes.flatMap((n) => n.from.map((f) => ({ from: f, to: n.id, partial: partialId(n.id, f) })));
  return { k, nodes, edges, inputs: nodes.filter((n) => n.op === 'input').map((n) => n.id) };
}

/** Every path from `from` up to e, as its edges from the bottom up. */
export function chainPaths(chain: Chain, from: string): ChainEdge[][] {
  if (from === 'e') return [[]];
  return chain.edges.filter((e) => e.from === from).flatMap((e) => chainPaths(chain, e.to).map((rest) => [e, ...rest]));
}

/** Multiplications the sum over paths spends on ∂e/∂x: each path's product of its partials, from scratch. */
export function pathsMults(chain: Chain, x: string): number {
  return chainPaths(chain, x).reduce((acc, p) => acc + p.length - 1, 0);
}

/** How many paths lead from x to e, without listing them (2ᵏ from b₁). */
export function pathCount(chain: Chain, x: string): number {
  const memo = new Map<string, number>([['e', 1]]);
  const count = (v: string): number => {
    if (!memo.has(v)) memo.set(v, chain.edges.filter((e) => e.from === v).reduce((acc, e) => acc + count(e.to), 0));
    return memo.get(v)!;
  };
  return count(x);
}

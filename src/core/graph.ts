/** The source's smallest example (SPEC §1.4): e = (a+b)(b+1) with c = a+b, d = b+1, e = c·d. */
export interface GraphValues {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  dc_da: number;
  dc_db: number;
  dd_db: number;
  de_dc: number;
  de_dd: number;
  de_da: number;
  de_db: number;
}

export function graphValues(a: number, b: number): GraphValues {
  const c = a + b;
  const d = b + 1;
  // ∂e/∂c = d and ∂e/∂d = c: the product rule on e = c·d.
  return { a, b, c, d, e: c * d, dc_da: 1, dc_db: 1, dd_db: 1, de_dc: d, de_dd: c, de_da: d, de_db: d + c };
}

export type GraphNode = 'a' | 'b' | 'c' | 'd' | 'e';
export type GraphInput = 'a' | 'b';
export type EdgePartial = 'dc_da' | 'dc_db' | 'dd_db' | 'de_dc' | 'de_dd';

/** An edge from → to, labelled with its local partial ∂to/∂from. */
export interface GraphEdge {
  from: GraphNode;
  to: GraphNode;
  partial: EdgePartial;
}

export const GRAPH_NODES: readonly GraphNode[] = ['a', 'b', 'c', 'd', 'e'];
export const GRAPH_INPUTS: readonly GraphInput[] = ['a', 'b'];

/** The five edges, bottom row first; paths and timelines are derived from this list. */
export const GRAPH_EDGES: readonly GraphEdge[] = [
  { from: 'a', to: 'c', partial: 'dc_da' },
  { from: 'b', to: 'c', partial: 'dc_db' },
  { from: 'b', to: 'd', partial: 'dd_db' },
  { from: 'c', to: 'e', partial: 'de_dc' },
  { from: 'd', to: 'e', partial: 'de_dd' },
];

/** ∂e/∂x: the answer for input x. */
export const gradientOf = (x: GraphInput): 'de_da' | 'de_db' => (x === 'a' ? 'de_da' : 'de_db');

/** Every path from `from` up to e, each as its edges from the bottom up. */
export function pathsFrom(from: GraphNode): GraphEdge[][] {
  if (from === 'e') return [[]];
  return GRAPH_EDGES.filter((edge) => edge.from === from).flatMap((edge) => pathsFrom(edge.to).map((rest) => [edge, ...rest]));
}

/**
 * What the graph figure shows at cursor k, derived from the timeline's records alone (no step
 * numbers): each node's value, each edge's local partial, the answers ∂e/∂a and ∂e/∂b, and the
 * derivative pass under way (its seed in forward and reverse mode, its path when summing over paths).
 */
import { currentStep, stateAt, valueAt } from '../../core/derive';
import type { QuantityState, Timeline } from '../../core/timeline';
import { GRAPH_EDGES, GRAPH_INPUTS, GRAPH_NODES, gradientOf, type GraphEdge, type GraphNode } from '../../core/graph';
import { derivativePasses, type DerivativePass, type GraphMode } from '../../core/graphTimeline';

export interface Shown {
  id: string;
  value: number | undefined;
  state: QuantityState;
  /** How many of the steps so far wrote it (2 or more: duplicated work). */
  writes: number;
}

/** ∂of/∂wrt for the pass under way: a quantity of the timeline, or the constant a seed fixes. */
export interface NodeDerivative {
  of: GraphNode;
  wrt: GraphNode;
  shown: Shown | null;
  constant: 0 | 1 | null;
  seed: boolean;
}

export interface NodeView {
  node: GraphNode;
  value: Shown;
  derivative: NodeDerivative | null;
}

export interface EdgeView {
  edge: GraphEdge;
  partial: Shown;
  /** The current step reads the tail's value to compute the head's (evaluation flowing up). */
  flow: boolean;
  /** The edge lies on the path the current pass walks (summing over paths). */
  onPath: boolean;
}

export interface GraphView {
  nodes: NodeView[];
  edges: EdgeView[];
  gradients: Shown[];
  /** The pass the current step belongs to (1-based), or 0 before any derivative pass. */
  pass: number;
  passes: DerivativePass[];
}

export function shownAt(t: Timeline<string>, k: number, id: string): Shown {
  const writes = t.steps.slice(0, k).filter((s) => s.writes.includes(id)).length;
  return { id, value: valueAt(t, k, id), state: stateAt(t, k, id), writes };
}

/** Nodes that carry a derivative line in this mode: every node in forward mode, the seed e in reverse. */
export function derivativeNodes(mode: GraphMode): readonly GraphNode[] {
  const seeds = derivativePasses(mode).map((p) => p.seed);
  return seeds.includes('e') ? ['e'] : seeds.some((s) => s !== null) ? GRAPH_NODES : [];
}

function derivativeOf(t: Timeline<string>, k: number, node: GraphNode, seed: GraphNode): NodeDerivative {
  const base = { of: node, wrt: seed, seed: node === seed };
  if (node === seed) return { ...base, shown: null, constant: 1 };
  // Forward mode: the other input does not move with the seed; c, d carry tangents, e the answer.
  if (node === 'a' || node === 'b') return { ...base, shown: null, constant: 0 };
  const id = node === 'e' ? gradientOf(seed as 'a' | 'b') : `t_${seed}_${node}`;
  return { ...base, shown: shownAt(t, k, id), constant: null };
}

export function graphView(t: Timeline<string>, k: number, mode: GraphMode): GraphView {
  const step = currentStep(t, k);
  const passes = derivativePasses(mode);
  const pass = step?.pass ?? 0;
  // Before the first derivative pass the figure previews it, so the layout does not jump.
  const shownPass = passes[Math.max(pass, 1) - 1];
  const path = pass > 0 ? passes[pass - 1].path : null;
  const carriers = derivativeNodes(mode);
  return {
    nodes: GRAPH_NODES.map((node) => ({
      node,
      value: shownAt(t, k, node),
      derivative: shownPass?.seed && carriers.includes(node) ? derivativeOf(t, k, node, shownPass.seed as GraphNode) : null,
    })),
    edges: GRAPH_EDGES.map((edge) => ({
      edge,
      partial: shownAt(t, k, edge.partial),
      flow: !!step && step.writes.includes(edge.to) && step.reads.includes(edge.from),
      onPath: !!path && path.some((node, i) => node === edge.from && path[i + 1] === edge.to),
    })),
    gradients: GRAPH_INPUTS.map((x) => shownAt(t, k, gradientOf(x))),
    pass,
    passes,
  };
}

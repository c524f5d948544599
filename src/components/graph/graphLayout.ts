/**
 * Geometry of the classic figure (pure: no React, no DOM): a and b at the bottom, c and d above,
 * e on top. Sizes are in viewBox units; the SVG scales to its container, so 460 units wide stays
 * readable at 390 px and the labels keep their places.
 */
import { GRAPH_EDGES, GRAPH_INPUTS, type GraphEdge, type GraphInput, type GraphNode } from '../../core/graph';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface EdgeGeometry {
  edge: GraphEdge;
  /** From the tail's border to just short of the head's border, where the arrowhead starts. */
  start: Point;
  end: Point;
  arrow: string;
  label: Box;
}
export interface GraphLayout {
  view: { w: number; h: number };
  nodes: Record<GraphNode, Box>;
  edges: EdgeGeometry[];
  gradients: Record<GraphInput, Box>;
}

const W = 460;
/** Edges not computed yet are dotted (negative partials use theme.ts's NEGATIVE_DASH). */
export const PENDING_DASH = '2 7';
export const NODE = { w: 160, h: 70, tall: 102 } as const;
export const LABEL = { w: 112, h: 56 } as const;
/** Text baselines inside a box, from its top: name, value, then a node's derivative line. */
export const LINES = { node: [23, 52, 88], label: [22, 47] } as const;
const GRADIENT = { w: 130, h: 56, gap: 12 } as const;
const ARROW = { length: 12, half: 6 } as const;
const GAP = 3;
const CENTER: Record<GraphNode, Point> = {
  e: { x: 230, y: 72 },
  c: { x: 100, y: 250 },
  d: { x: 360, y: 250 },
  a: { x: 100, y: 430 },
  b: { x: 360, y: 430 },
};

const centred = ({ x, y }: Point, w: number, h: number): Box => ({ x: x - w / 2, y: y - h / 2, w, h });
const centre = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** How far along direction (dx, dy) from a box's centre its border lies, as a fraction of the direction. */
function exitFraction(box: Box, dx: number, dy: number): number {
  const fx = dx === 0 ? Infinity : box.w / 2 / Math.abs(dx);
  const fy = dy === 0 ? Infinity : box.h / 2 / Math.abs(dy);
  return Math.min(fx, fy);
}

function edgeGeometry(edge: GraphEdge, nodes: Record<GraphNode, Box>): EdgeGeometry {
  const [p, q] = [centre(nodes[edge.from]), centre(nodes[edge.to])];
  const [dx, dy] = [q.x - p.x, q.y - p.y];
  const len = Math.hypot(dx, dy);
  const [ux, uy] = [dx / len, dy / len];
  const out = exitFraction(nodes[edge.from], dx, dy) * len + GAP;
  const tip = len - exitFraction(nodes[edge.to], dx, dy) * len - GAP;
  const start = { x: p.x + ux * out, y: p.y + uy * out };
  const tipPt = { x: p.x + ux * tip, y: p.y + uy * tip };
  const end = { x: tipPt.x - ux * ARROW.length, y: tipPt.y - uy * ARROW.length };
  const wing = (side: number) => `${end.x - uy * ARROW.half * side},${end.y + ux * ARROW.half * side}`;
  const mid = { x: (start.x + tipPt.x) / 2, y: (start.y + tipPt.y) / 2 };
  return { edge, start, end, arrow: `${tipPt.x},${tipPt.y} ${wing(1)} ${wing(-1)}`, label: centred(mid, LABEL.w, LABEL.h) };
}

/** `tall` nodes carry a third line (their derivative in the pass under way). */
export function graphLayout(tall: readonly GraphNode[]): GraphLayout {
  const nodes = Object.fromEntries(
    (Object.keys(CENTER) as GraphNode[]).map((n) => [n, centred(CENTER[n], NODE.w, tall.includes(n) ? NODE.tall : NODE.h)]),
  ) as Record<GraphNode, Box>;
  const gradients = Object.fromEntries(
    GRAPH_INPUTS.map((x) => {
      const box = nodes[x];
      return [x, { x: box.x + (box.w - GRADIENT.w) / 2, y: box.y + box.h + GRADIENT.gap, w: GRADIENT.w, h: GRADIENT.h }];
    }),
  ) as Record<GraphInput, Box>;
  const bottom = Math.max(...GRAPH_INPUTS.map((x) => gradients[x].y + gradients[x].h));
  return { view: { w: W, h: Math.ceil(bottom + 6) }, nodes, edges: GRAPH_EDGES.map((e) => edgeGeometry(e, nodes)), gradients };
}

export function overlaps(p: Box, q: Box): boolean {
  return p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
}

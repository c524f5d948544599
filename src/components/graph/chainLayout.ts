/**
 * Geometry of a chain of k diamonds (pure): each diamond lies on its side, b on the left, c above,
 * d below, e on the right, its a above c; the link to the next diamond's b runs right. Every box
 * keeps the seed figure's size, so the figure is wide and scrolls in its box instead of shrinking.
 */
import type { Chain } from '../../core/graphChain';
import type { Box, Point } from './graphLayout';

const BOX = { w: 112, h: 56 } as const;
const PERIOD = 620;
const MARGIN = 80;
/** Centres within one diamond, from its b. */
const AT: Record<string, Point> = { b: { x: 0, y: 320 }, a: { x: 190, y: 60 }, c: { x: 190, y: 190 }, d: { x: 190, y: 450 }, e: { x: 380, y: 320 } };

export interface ChainEdgeGeometry {
  start: Point;
  end: Point;
  label: Box;
}

export interface ChainLayout {
  view: { w: number; h: number };
  nodes: Record<string, Box>;
  edges: ChainEdgeGeometry[];
  /** Where each answer ∂e/∂x sits: beside its input. */
  answers: Record<string, Box>;
}

const centred = ({ x, y }: Point): Box => ({ x: x - BOX.w / 2, y: y - BOX.h / 2, w: BOX.w, h: BOX.h });
const centre = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** From a's border to b's border along the line joining their centres. */
function trim(p: Box, q: Box): [Point, Point] {
  const [s, e] = [centre(p), centre(q)];
  const [dx, dy] = [e.x - s.x, e.y - s.y];
  const f = (b: Box) => Math.min(dx ? b.w / 2 / Math.abs(dx) : Infinity, dy ? b.h / 2 / Math.abs(dy) : Infinity) + 0.01;
  return [
    { x: s.x + dx * f(p), y: s.y + dy * f(p) },
    { x: e.x - dx * f(q), y: e.y - dy * f(q) },
  ];
}

export function chainLayout(chain: Chain): ChainLayout {
  const nodes: Record<string, Box> = {};
  for (const n of chain.nodes) {
    const letter = n.id === 'e' ? 'e' : n.id[0];
    const at = AT[letter];
    nodes[n.id] = centred({ x: MARGIN + (n.diamond - 1) * PERIOD + at.x, y: at.y });
  }
  const edges = chain.edges.map((edge) => {
    const [start, end] = trim(nodes[edge.from], nodes[edge.to]);
    const [p, q] = [centre(nodes[edge.from]), centre(nodes[edge.to])];
    return { start, end, label: centred({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }) };
  });
  const answers = Object.fromEntries(
    chain.inputs.map((x) => {
      const c = centre(nodes[x]);
      return [x, centred(x.startsWith('a') ? { x: c.x - 135, y: c.y } : { x: c.x, y: c.y + 130 })];
    }),
  );
  const right = Math.max(...Object.values(nodes).map((b) => b.x + b.w));
  return { view: { w: right + 20, h: 500 }, nodes, edges, answers };
}

/**
 * Geometry of the 2-2-1 network figure (pure: no React, no DOM). Units sit in four columns
 * (inputs, hidden, output, loss); each edge enters its target at its own port, and the weight
 * labels of the two hidden units stand in two separate columns so that none overlap. Any other
 * shape is laid out by shapeLayout.ts; layoutFor() picks.
 */
import { THETA1_IDS, THETA2_IDS } from '../core/ids';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** A unit by the id of its activation: x0…x{s1}, a{l}_{j} (a{L} when K = 1), or J for the loss. */
export type UnitId = string;
export interface UnitLayout extends Box {
  id: UnitId;
  bias: boolean;
  /** Layer (1 = input; L + 1 for the loss J) and index within it (0 = bias). */
  layer: number;
  j: number;
}
export interface EdgeLayout {
  /** theta{l}_{ji} */
  theta: string;
  l: number;
  j: number;
  i: number;
  from: UnitId;
  to: UnitId;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Centre of the weight's label (weight, then its gradient below). */
  label: { x: number; y: number };
  /** false: no room on the figure; the label shows on hover or focus only (and in the matrix panel). */
  shown: boolean;
}
export interface NetLayout {
  view: { w: number; h: number };
  units: readonly UnitLayout[];
  edges: readonly EdgeLayout[];
  /** The links a^L_k → J, which carry no weight. */
  lossLinks: readonly { x: number; y: number; x2: number; y2: number }[];
  /** Units tall enough for the 2-2-1 figure's two value lines and a badge below. */
  roomy: boolean;
}

export const VIEW = { w: 990, h: 540 } as const;
export const LABEL = { w: 116, h: 50 } as const;
const ROWS = [80, 250, 420];
const PORT_GAP = 22;

const unit = (id: UnitId, cx: number, cy: number, w: number, h: number, bias = false): UnitLayout => ({
  id,
  layer: id === 'J' ? 4 : id.startsWith('x') ? 1 : id === 'a3' ? 3 : 2,
  j: id === 'J' || id === 'a3' ? 1 : Number(id[id.length - 1]),
  x: cx - w / 2,
  y: cy - h / 2,
  w,
  h,
  bias,
});

export const UNITS: readonly UnitLayout[] = [
  unit('x0', 65, ROWS[0], 110, 64, true),
  unit('x1', 65, ROWS[1], 110, 64),
  unit('x2', 65, ROWS[2], 110, 64),
  unit('a2_0', 525, ROWS[0], 130, 64, true),
  unit('a2_1', 525, ROWS[1], 130, 88),
  unit('a2_2', 525, ROWS[2], 130, 88),
  unit('a3', 795, ROWS[1], 120, 88),
  unit('J', 932, ROWS[1], 100, 88),
];
export const unitById = (id: UnitId): UnitLayout => UNITS.find((u) => u.id === id)!;

const right = (u: UnitLayout) => ({ x: u.x + u.w, y: u.y + u.h / 2 });
/** The k-th of three ports on the left side of a unit. */
const port = (u: UnitLayout, k: number) => ({ x: u.x, y: u.y + u.h / 2 + (k - 1) * PORT_GAP });
const along = (a: { x: number; y: number }, b: { x: number; y: number }, t: number) => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

function edge(theta: string, from: UnitId, to: UnitId, k: number, labelT: number): EdgeLayout {
  const a = right(unitById(from));
  const b = port(unitById(to), k);
  const [l, j, i] = [Number(theta[5]), Number(theta[7]), Number(theta[8])];
  return { theta, l, j, i, from, to, x1: a.x, y1: a.y, x2: b.x, y2: b.y, label: along(a, b, labelT), shown: true };
}

const INPUTS: UnitId[] = ['x0', 'x1', 'x2'];
const HIDDEN: UnitId[] = ['a2_0', 'a2_1', 'a2_2'];
/** Labels of edges into a²₁ stand near the target, those into a²₂ further back: two columns. */
const THETA1_LABEL_T = [0.8, 0.42];

export const EDGES: readonly EdgeLayout[] = [
  ...THETA1_IDS.map((theta, k) => edge(theta, INPUTS[k % 3], k < 3 ? 'a2_1' : 'a2_2', k % 3, THETA1_LABEL_T[k < 3 ? 0 : 1])),
  ...THETA2_IDS.map((theta, i) => edge(theta, HIDDEN[i], 'a3', i, 0.5)),
];

/** The a³ → J link carries no weight. */
export const LOSS_LINK = { ...right(unitById('a3')), x2: unitById('J').x, y2: unitById('J').y + unitById('J').h / 2 };

/** The seed's 2-2-1 figure, as it has always been drawn. */
export const SEED_LAYOUT: NetLayout = { view: VIEW, units: UNITS, edges: EDGES, lossLinks: [LOSS_LINK], roomy: true };

export function labelBox(e: EdgeLayout): Box {
  return { x: e.label.x - LABEL.w / 2, y: e.label.y - LABEL.h / 2, w: LABEL.w, h: LABEL.h };
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

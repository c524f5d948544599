/**
 * Geometry of the 2-2-1 network figure (pure: no React, no DOM). Units sit in four columns
 * (inputs, hidden, output, loss); each edge enters its target at its own port, and the weight
 * labels of the two hidden units stand in two separate columns so that none overlap.
 */
import { THETA1_IDS, THETA2_IDS, type ThetaId } from '../core/ids';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export type UnitId = 'x0' | 'x1' | 'x2' | 'a2_0' | 'a2_1' | 'a2_2' | 'a3' | 'J';
export interface UnitLayout extends Box {
  id: UnitId;
  bias: boolean;
}
export interface EdgeLayout {
  theta: ThetaId;
  from: UnitId;
  to: UnitId;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Centre of the weight's label (weight, then its gradient below). */
  label: { x: number; y: number };
}

export const VIEW = { w: 990, h: 540 } as const;
export const LABEL = { w: 116, h: 50 } as const;
const ROWS = [80, 250, 420];
const PORT_GAP = 22;

const unit = (id: UnitId, cx: number, cy: number, w: number, h: number, bias = false): UnitLayout => ({
  id,
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

function edge(theta: ThetaId, from: UnitId, to: UnitId, k: number, labelT: number): EdgeLayout {
  const a = right(unitById(from));
  const b = port(unitById(to), k);
  return { theta, from, to, x1: a.x, y1: a.y, x2: b.x, y2: b.y, label: along(a, b, labelT) };
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

export function labelBox(e: EdgeLayout): Box {
  return { x: e.label.x - LABEL.w / 2, y: e.label.y - LABEL.h / 2, w: LABEL.w, h: LABEL.h };
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

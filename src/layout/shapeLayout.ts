/**
 * Geometry of the network figure for any shape (SPEC §7; pure: no React, no DOM). Layers stand in
 * columns between the inputs and the loss J, each with its bias unit on top; every edge enters its
 * target at its own port. Weight labels are placed greedily where they clear every unit and every
 * label placed before them; a label that finds no room is left to hover, focus and the matrix
 * panel (shown: false), so no two things on the figure ever overlap.
 */
import { isSeedShape } from '../core/netState';
import { netIds } from '../core/netIds';
import { LABEL, overlaps, SEED_LAYOUT, type Box, type EdgeLayout, type NetLayout, type UnitLayout } from './networkLayout';

const WIDTH = 990;
const MARGIN = 24;
const UNIT = { w: 120, h: 84, biasH: 56 } as const;
/** Centres of the input and output columns and of the loss (as in the 2-2-1 figure). */
const X = { input: 65, output: 795, loss: 932 } as const;
/** Where along an edge its label may sit, most wanted first (middle, then towards either end). */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];

export function layoutFor(layers: readonly number[]): NetLayout {
  return isSeedShape(layers) ? SEED_LAYOUT : shapeLayout(layers);
}

function shapeLayout(layers: readonly number[]): NetLayout {
  const L = layers.length;
  // Rows of the tallest column: its units plus a bias unit above them (none on the output).
  const rows = Math.max(...layers.map((s, k) => s + (k < L - 1 ? 1 : 0)));
  const pitch = rows <= 3 ? 170 : rows <= 4 ? 130 : rows <= 5 ? 110 : 92;
  const h = rows * pitch + 2 * MARGIN - (pitch - UNIT.h);
  const colX = (l: number) => (l === 1 ? X.input : X.input + ((X.output - X.input) * (l - 1)) / (L - 1));
  const ids = netIds(layers);
  const units: UnitLayout[] = [];
  for (let l = 1; l <= L; l++) {
    const bias = l < L ? 1 : 0;
    const count = layers[l - 1] + bias;
    // Centre the column on the figure's middle row, one pitch per unit.
    const top = h / 2 - ((count - 1) * pitch) / 2;
    const w = l === 1 ? 110 : UNIT.w;
    for (let j = 1 - bias; j <= layers[l - 1]; j++) {
      const cy = top + (j - 1 + bias) * pitch;
      const uh = j === 0 ? UNIT.biasH : UNIT.h;
      units.push({ id: ids.a(l, j), layer: l, j, bias: j === 0, x: colX(l) - w / 2, y: cy - uh / 2, w, h: uh });
    }
  }
  const outputs = units.filter((u) => u.layer === L);
  const loss: UnitLayout = { id: 'J', layer: L + 1, j: 1, bias: false, x: X.loss - 50, y: h / 2 - UNIT.h / 2, w: 100, h: UNIT.h };
  units.push(loss);
  const find = (l: number, j: number) => units.find((u) => u.layer === l && u.j === j)!;
  const edges: EdgeLayout[] = [];
  for (let l = 1; l < L; l++) {
    const inputs = layers[l - 1] + 1;
    for (let j = 1; j <= layers[l]; j++) {
      const to = find(l + 1, j);
      // Ports spread over the left side of the target, the bias's at the top.
      const gap = Math.min(22, (to.h - 16) / Math.max(1, inputs - 1));
      for (let i = 0; i < inputs; i++) {
        const from = find(l, i);
        const [x1, y1] = [from.x + from.w, from.y + from.h / 2];
        const [x2, y2] = [to.x, to.y + to.h / 2 + (i - (inputs - 1) / 2) * gap];
        edges.push({ theta: ids.theta(l, j, i), l, j, i, from: from.id, to: to.id, x1, y1, x2, y2, label: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 }, shown: false });
      }
    }
  }
  placeLabels(edges, units, { w: WIDTH, h });
  const lossLinks = outputs.map((u) => ({ x: u.x + u.w, y: u.y + u.h / 2, x2: loss.x, y2: loss.y + loss.h / 2 }));
  return { view: { w: WIDTH, h }, units, edges, lossLinks, roomy: false };
}

/** Each label at the first spot along its edge that clears the units and the labels placed so far. */
function placeLabels(edges: EdgeLayout[], units: readonly Box[], view: { w: number; h: number }): void {
  const placed: Box[] = [];
  const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= view.w && b.y + b.h <= view.h;
  for (const e of edges) {
    for (const t of ALONG) {
      const c = { x: e.x1 + (e.x2 - e.x1) * t, y: e.y1 + (e.y2 - e.y1) * t };
      const box = { x: c.x - LABEL.w / 2, y: c.y - LABEL.h / 2, w: LABEL.w, h: LABEL.h };
      if (!inside(box) || units.some((u) => overlaps(box, u, 4)) || placed.some((p) => overlaps(box, p, 3))) continue;
      e.label = c;
      e.shown = true;
      placed.push(box);
      break;
    }
  }
}

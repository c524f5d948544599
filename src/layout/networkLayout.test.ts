import { describe, expect, it } from 'vitest';
import { EDGES, labelBox, overlaps, UNITS, VIEW } from './networkLayout';

describe('network figure layout', () => {
  it('has one edge per weight, from the source notation θ^l_ji: unit i of layer l to unit j', () => {
    expect(EDGES.map((e) => `${e.theta}:${e.from}->${e.to}`)).toEqual([
      'theta1_10:x0->a2_1', 'theta1_11:x1->a2_1', 'theta1_12:x2->a2_1',
      'theta1_20:x0->a2_2', 'theta1_21:x1->a2_2', 'theta1_22:x2->a2_2',
      'theta2_10:a2_0->a3', 'theta2_11:a2_1->a3', 'theta2_12:a2_2->a3',
    ]);
  });

  it('keeps every weight label clear of the other labels and of every unit, inside the figure', () => {
    const boxes = EDGES.map(labelBox);
    boxes.forEach((b, i) => {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(VIEW.w);
      expect(b.y + b.h).toBeLessThanOrEqual(VIEW.h);
      boxes.forEach((c, j) => j !== i && expect(overlaps(b, c), `${EDGES[i].theta} vs ${EDGES[j].theta}`).toBe(false));
      UNITS.forEach((u) => expect(overlaps(b, u), `${EDGES[i].theta} vs ${u.id}`).toBe(false));
    });
  });

  it('keeps the units apart', () => {
    UNITS.forEach((u, i) => UNITS.forEach((v, j) => j !== i && expect(overlaps(u, v, 8)).toBe(false)));
  });
});

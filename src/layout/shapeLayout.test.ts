import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { labelBox, overlaps, SEED_LAYOUT } from './networkLayout';
import { layoutFor } from './shapeLayout';

const shape = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 });

describe('figure layout for any shape', () => {
  it('is the seed figure for 2-2-1', () => {
    expect(layoutFor([2, 2, 1])).toBe(SEED_LAYOUT);
  });

  test.prop([shape])('one edge per weight θ^l_ji, every shown label clear of units and labels, units apart, all inside', (layers) => {
    const { view, units, edges } = layoutFor(layers);
    const weights = layers.slice(1).reduce((n, s, k) => n + s * (layers[k] + 1), 0);
    expect(edges).toHaveLength(weights);
    expect(new Set(edges.map((e) => e.theta)).size).toBe(weights);
    const biases = layers.length - 1;
    expect(units).toHaveLength(layers.reduce((a, b) => a + b, 0) + biases + 1);
    units.forEach((u, i) => {
      expect(u.x >= 0 && u.y >= 0 && u.x + u.w <= view.w && u.y + u.h <= view.h, u.id).toBe(true);
      units.forEach((v, j) => j !== i && expect(overlaps(u, v, 8), `${u.id} ${v.id}`).toBe(false));
    });
    const shown = edges.filter((e) => e.shown).map(labelBox);
    shown.forEach((b, i) => {
      expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= view.w && b.y + b.h <= view.h).toBe(true);
      shown.forEach((c, j) => j !== i && expect(overlaps(b, c)).toBe(false));
      units.forEach((u) => expect(overlaps(b, u)).toBe(false));
    });
  });

  it('names the output a{L} when K = 1 and a{L}_k otherwise (SPEC §7)', () => {
    expect(layoutFor([2, 3, 2, 1]).units.map((u) => u.id)).toContain('a4');
    expect(layoutFor([3, 4, 2]).units.map((u) => u.id)).toEqual(expect.arrayContaining(['x0', 'x3', 'a2_0', 'a2_4', 'a3_1', 'a3_2', 'J']));
    expect(layoutFor([3, 4, 2]).edges.map((e) => e.theta)).toContain('theta2_24');
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { quantityLabel } from './labels';
import { netIds, thetaIds } from '../../core/netIds';

/** Labels of every id before network ids were parsed in one place (2-2-1, graph, curves). */
const BEFORE = JSON.parse(readFileSync(new URL('../../core/__golden__/symbols.json', import.meta.url), 'utf8')) as Record<string, [string, string, string]>;

describe('quantity labels', () => {
  it('are exactly as before for 2-2-1, the graph and the curves', () => {
    for (const [id, [, en, zh]] of Object.entries(BEFORE)) {
      expect(quantityLabel(id, 'en'), id).toBe(en);
      expect(quantityLabel(id, 'zh'), id).toBe(zh);
    }
  });

  it('name any shape, samples and the Δ sums', () => {
    const ids = netIds([3, 4, 2, 1], 2);
    expect(quantityLabel(ids.delta(2, 4, 2), 'en')).toBe('δ²₄⁽²⁾');
    expect(quantityLabel(ids.sprime(3, 1, 1), 'en')).toBe('s′(z³₁⁽¹⁾)');
    expect(quantityLabel(ids.a(4, 1, 1), 'en', 'network')).toBe('a⁴⁽¹⁾');
    expect(quantityLabel('a4', 'en', 'network')).toBe('a⁴');
    expect(quantityLabel('a4', 'en')).toBe('a₄');
    expect(quantityLabel(ids.Delta(1, 4, 3), 'en')).toBe('Δ¹₄₃');
    expect(quantityLabel(ids.y(1, 2), 'en')).toBe('y⁽²⁾');
    expect(quantityLabel(ids.J(2), 'zh')).toBe('J⁽²⁾');
    expect(quantityLabel('grad_theta3_21', 'en')).toBe('∂J/∂θ³₂₁');
    expect(thetaIds([3, 4, 2, 1]).map((t) => quantityLabel(t, 'en')).every((l) => l.startsWith('θ'))).toBe(true);
  });
});

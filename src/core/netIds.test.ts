import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { formatId, netIds, parseId, thetaIds } from './netIds';
import { netSymbol, texSymbol } from './tex';

/** TeX and labels of every id before ids were parsed in one place (2-2-1, graph, curves). */
const BEFORE = JSON.parse(readFileSync(new URL('./__golden__/symbols.json', import.meta.url), 'utf8')) as Record<string, [string, string, string]>;

const shape = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 });

/** Every id of one network with m samples, built with the builders. */
function allIds(layers: readonly number[], m: number): string[] {
  const ids = netIds(layers, m);
  const L = layers.length;
  const out = ['x0', 'lambda', 'alpha', 'J', 'J_new'];
  for (const t of thetaIds(layers)) out.push(t, `grad_${t}`, `new_${t}`, t.replace('theta', 'Delta'));
  for (let s = 1; s <= m; s++) {
    for (let i = 1; i <= layers[0]; i++) out.push(ids.x(i, s));
    for (let k = 1; k <= layers[L - 1]; k++) out.push(ids.y(k, s));
    if (m > 1) out.push(ids.J(s));
    for (let l = 2; l <= L; l++) {
      if (l < L) out.push(ids.a(l, 0, s));
      for (let j = 1; j <= layers[l - 1]; j++) {
        out.push(ids.z(l, j, s), ids.a(l, j, s), ids.delta(l, j, s));
        if (l < L) out.push(ids.sprime(l, j, s));
      }
    }
  }
  return [...new Set(out)];
}

describe('network ids', () => {
  it('render exactly as before for 2-2-1, the graph and the curves', () => {
    for (const [id, [tex]] of Object.entries(BEFORE)) expect(texSymbol(id), id).toBe(tex);
  });

  it('follow SPEC §7: @i only when m > 1, _1 dropped when K = 1, bias ids plain', () => {
    const one = netIds([2, 2, 1]);
    expect([one.z(3, 1, 1), one.a(2, 1, 1), one.delta(3, 1), one.x(1, 1), one.y(1, 1), one.J(1)]).toEqual(['z3', 'a2_1', 'delta3', 'x1', 'y', 'J']);
    const batch = netIds([2, 2, 1], 3);
    expect([batch.x(1, 2), batch.z(2, 1, 2), batch.delta(3, 1, 1), batch.y(1, 2), batch.J(2), batch.a(2, 0, 2), batch.x(0, 2)]).toEqual([
      'x1@2', 'z2_1@2', 'delta3@1', 'y@2', 'J@2', 'a2_0', 'x0',
    ]);
    const wide = netIds([3, 4, 2], 1);
    expect([wide.z(3, 2), wide.y(2), wide.sprime(2, 4), wide.theta(2, 2, 4), wide.Delta(1, 4, 0)]).toEqual(['z3_2', 'y_2', 'sprime2_4', 'theta2_24', 'Delta1_40']);
    expect(thetaIds([2, 2, 1])).toEqual(['theta1_10', 'theta1_11', 'theta1_12', 'theta1_20', 'theta1_21', 'theta1_22', 'theta2_10', 'theta2_11', 'theta2_12']);
  });

  test.prop([shape, fc.integer({ min: 1, max: 8 })])('parse and format are inverse, and every id has its own symbol', (layers, m) => {
    const ids = allIds(layers, m);
    const symbols = new Set<string>();
    for (const id of ids) {
      const p = parseId(id);
      expect(p, id).not.toBeNull();
      expect(formatId(p!)).toBe(id);
      expect(netSymbol(id)).not.toMatch(/\\text\{(?!new)/);
      symbols.add(netSymbol(id));
    }
    expect(symbols.size).toBe(ids.length);
  });

  it('parses the structured form', () => {
    expect(parseId('z2_1@2')).toEqual({ kind: 'z', l: 2, j: 1, sample: 2 });
    expect(parseId('delta4')).toEqual({ kind: 'delta', l: 4 });
    expect(parseId('grad_theta3_25')).toEqual({ kind: 'grad_theta', l: 3, j: 2, i: 5 });
    expect(parseId('y_3@8')).toEqual({ kind: 'y', k: 3, sample: 8 });
    expect(parseId('a3_0')).toEqual({ kind: 'a', l: 3, j: 0 });
    for (const bad of ['a1', 'z1_1', 'x0@2', 'a2_0@1', 'theta1_1', 'sigmoid', 'de_da', 'J@0', 'c1']) expect(parseId(bad), bad).toBeNull();
  });

  it('renders samples and the shared a2/a4 by scope', () => {
    expect(netSymbol('z2_1@2')).toBe('{z^{2}_{1}}^{(2)}');
    expect(netSymbol('x1@3')).toBe('x_{1}^{(3)}');
    expect(netSymbol('sprime3_2@1')).toBe("s'({z^{3}_{2}}^{(1)})");
    expect(netSymbol('J@2')).toBe('J^{(2)}');
    expect(netSymbol('Delta1_10')).toBe('\\Delta^{1}_{10}');
    expect(texSymbol('a4')).toBe('a_{4}');
    expect(netSymbol('a4')).toBe('a^{4}');
  });
});

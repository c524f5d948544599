import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { graphValues } from './graph';
import { buildGraphTimeline, GRAPH_MODES } from './graphTimeline';
import { stateAt, tally, valueAt } from './derive';

describe('e = (a+b)(b+1)', () => {
  it('has the published numbers at a = 2, b = 1', () => {
    expect(graphValues(2, 1)).toEqual({
      a: 2,
      b: 1,
      c: 3,
      d: 2,
      e: 6,
      dc_da: 1,
      dc_db: 1,
      dd_db: 1,
      de_dc: 2,
      de_dd: 3,
      de_da: 2,
      de_db: 5,
    });
  });

  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })])(
    'every mode ends with the direct formula’s ∂e/∂a and ∂e/∂b',
    (a, b) => {
      const ref = graphValues(a, b);
      for (const mode of GRAPH_MODES) {
        const t = buildGraphTimeline(a, b, mode);
        const end = t.steps.length;
        expect(valueAt(t, end, 'de_da')).toBe(ref.de_da);
        expect(valueAt(t, end, 'de_db')).toBeCloseTo(ref.de_db, 6);
        expect(valueAt(t, end, 'e')).toBe(ref.e);
      }
    },
  );

  it('reverse mode computes ∂e/∂c once and reads it from the cache', () => {
    const t = buildGraphTimeline(2, 1, 'reverse');
    const at = t.steps.findIndex((s) => s.writes.includes('de_da')) + 1;
    expect(stateAt(t, at, 'de_dc')).toBe('reused');
    expect(tally(t)).toEqual({ mults: 3, adds: 1, passes: 1, recomputed: 0 });
  });

  it('summing over paths computes ∂e/∂c a second time', () => {
    const t = buildGraphTimeline(2, 1, 'paths');
    const again = t.steps.findIndex((s) => s.again.includes('de_dc')) + 1;
    expect(again).toBeGreaterThan(0);
    expect(stateAt(t, again, 'de_dc')).toBe('recomputed');
    expect(tally(t).recomputed).toBe(1);
  });

  it('forward mode needs one pass per input', () => {
    expect(tally(buildGraphTimeline(2, 1, 'forward')).passes).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  buildCurveTimeline,
  CURVE_CHAPTER_IDS,
  DERIVATION_PREFIX,
  texChain,
  texPositive,
  type CurveChapter,
} from './curveTimeline';
import { curveValues } from './curves';
import { stateAt, valueAt } from './derive';

const CHAPTERS: CurveChapter[] = ['sigmoid', 'loss', 'derivative'];
const zs = fc.double({ min: -1000, max: 1000, noNaN: true }).map((z) => z || 0);

describe('curve timelines', () => {
  test.prop([zs])('end with every value of the chapter computed, equal to curveValues', (z) => {
    for (const chapter of CHAPTERS) {
      const t = buildCurveTimeline(chapter, z);
      const end = t.steps.length;
      const want = curveValues(z);
      for (const id of CURVE_CHAPTER_IDS[chapter]) {
        expect(valueAt(t, end, id), `${chapter} ${id}`).toBe(want[id].value);
        expect(stateAt(t, end, id), `${chapter} ${id}`).not.toBe('pending');
      }
      // Each value is written once: 'recomputed' belongs to the graph chapter's paths mode only.
      const writes = t.steps.flatMap((s) => s.writes);
      expect(new Set(writes).size).toBe(writes.length);
    }
  });

  it('build the sigmoid one transformation per step, each reading the one before', () => {
    const t = buildCurveTimeline('sigmoid', 1);
    expect(t.steps.map((s) => s.writes)).toEqual([['exp_z'], ['exp_neg_z'], ['one_plus_exp_neg_z'], ['sigmoid']]);
    expect(t.steps[2].hits).toEqual(['exp_neg_z']);
    expect(t.steps[3].hits).toEqual(['one_plus_exp_neg_z']);
  });

  it('derive s′ in the source’s five lines: s′ known from line 2, s(z) read from the cache in line 5', () => {
    const t = buildCurveTimeline('derivative', 2.5);
    const lines = t.steps.filter((s) => s.explain.startsWith(DERIVATION_PREFIX));
    expect(lines).toHaveLength(5);
    expect(t.steps).toHaveLength(6);
    expect(lines.map((s) => s.writes)).toEqual([[], ['sigmoid_prime'], [], [], []]);
    expect(lines[4].hits).toEqual(['sigmoid']);
    expect(lines[4].tex.symbolic).toContain('s(z)\\,(1-s(z))');
    // Lines 2–5 all arrive at the same number.
    for (const line of lines.slice(1)) expect(line.tex.numeric, line.explain).toMatch(/= 0\.0701( \\end\{aligned\})?$/);
  });

  test.prop([zs])('write no Infinity, NaN or ∞ in any formula, however far out z is', (z) => {
    for (const chapter of CHAPTERS) {
      for (const s of buildCurveTimeline(chapter, z).steps) {
        expect(`${s.tex.symbolic} ${s.tex.numeric}`).not.toMatch(/Infinity|NaN|undefined|\\infty/);
      }
    }
  });

  it('write numbers past a double from their logarithm', () => {
    expect(texPositive(Infinity, 1000)).toBe('1.97\\times 10^{434}');
    expect(texPositive(0, -1000)).toBe('5.08\\times 10^{-435}');
    expect(texPositive(0.25, Math.log(0.25))).toBe('0.25');
    const exp = buildCurveTimeline('sigmoid', 1000).steps[0];
    expect(exp.tex.numeric).toBe('e^{1000} = 1.97\\times 10^{434}');
    const loss = buildCurveTimeline('loss', -1000).steps[1];
    expect(loss.tex.numeric).toContain('-\\log(5.08\\times 10^{-435})');
  });

  it('break a chain of equalities over lines', () => {
    expect(texChain('a', 'b')).toBe('a = b');
    expect(texChain('a', 'b', 'c')).toBe('\\begin{aligned} a &= b \\\\ &= c \\end{aligned}');
  });
});

import { describe, expect, it } from 'vitest';
import { cacheAnswerRight, drawExercise, isCorrect, parseAnswer, practiceKey, scoreOf } from './practice';
import { buildNetworkTimeline } from './networkTimeline';
import { buildGraphTimeline } from './graphTimeline';
import { buildCurveTimeline } from './curveTimeline';
import { DEFAULTS } from './url';

describe('practice core', () => {
  it('accepts answers within 0.5 % or 0.0001, and nothing else', () => {
    expect(isCorrect(0.6029, 0.6)).toBe(true);
    expect(isCorrect(0.6031, 0.6)).toBe(false);
    expect(isCorrect(0.00009, 0)).toBe(true);
    expect(isCorrect(0.00011, 0)).toBe(false);
    expect(isCorrect(-1004, -1000)).toBe(true);
    expect(isCorrect(-1006, -1000)).toBe(false);
    expect(isCorrect(Number.NaN, 1)).toBe(false);
    expect(isCorrect(1, Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('reads numbers as people type them and refuses the rest', () => {
    expect(parseAnswer(' −0.45 ')).toBe(-0.45);
    expect(parseAnswer('0,45')).toBe(0.45);
    expect(parseAnswer('4.5e-1')).toBe(0.45);
    expect(parseAnswer('.5')).toBe(0.5);
    for (const bad of ['', 'abc', '1/2', '1,2,3', '0x10', 'Infinity', '1e999', '<b>1</b>']) expect(parseAnswer(bad), bad).toBeNull();
  });

  it('scores the log and lists missed steps in order', () => {
    const s = scoreOf({ 4: { asked: 1, correct: 0 }, 0: { asked: 1, correct: 1 }, 2: { asked: 9, correct: 7 } });
    expect(s).toEqual({ correct: 8, asked: 11, missed: [2, 4] });
    expect(scoreOf(undefined)).toEqual({ correct: 0, asked: 0, missed: [] });
  });

  it('checks the cache question against the step’s hits', () => {
    const t = buildNetworkTimeline(DEFAULTS);
    const z3 = t.steps.find((s) => s.writes.includes('z3'))!;
    expect(cacheAnswerRight(z3, new Set(['a2_1', 'a2_2']))).toBe(true);
    expect(cacheAnswerRight(z3, new Set(['a2_1']))).toBe(false);
    expect(cacheAnswerRight(z3, new Set(['a2_1', 'a2_2', 'theta2_11']))).toBe(false);
  });

  it('keys progress by chapter and parameters: same inputs same key, any change another', () => {
    const net = (x1: number) => practiceKey('network', buildNetworkTimeline({ ...DEFAULTS, x1 }));
    expect(net(0.5)).toBe(net(0.5));
    expect(net(0.5)).not.toBe(net(0.6));
    const graph = new Set(['paths', 'forward', 'reverse'].map((m) => practiceKey('graph', buildGraphTimeline(2, 1, m as 'paths'))));
    expect(graph.size).toBe(3);
    expect(practiceKey('sigmoid', buildCurveTimeline('sigmoid', 0))).not.toBe(practiceKey('sigmoid', buildCurveTimeline('sigmoid', 1)));
  });

  it('draws exercises with one decimal, for the shape and m, reproducibly', () => {
    const a = drawExercise([3, 4, 2], 3, 42);
    expect(a).toEqual(drawExercise([3, 4, 2], 3, 42));
    expect(a).not.toEqual(drawExercise([3, 4, 2], 3, 43));
    expect(a.weights.map((w) => w.length)).toEqual([4 * 4, 2 * 5]);
    expect(a.samples).toHaveLength(3);
    for (const s of a.samples) {
      expect(s.x).toHaveLength(3);
      expect(s.y).toHaveLength(2);
      for (const y of s.y) expect([0, 1]).toContain(y);
      for (const x of s.x) expect(Math.abs(x)).toBeLessThanOrEqual(2);
    }
    for (const v of [...a.weights.flat(), ...a.samples.flatMap((s) => s.x)]) {
      expect(Math.round(v * 10) / 10).toBe(v);
      expect(Object.is(v, -0)).toBe(false);
    }
  });
});

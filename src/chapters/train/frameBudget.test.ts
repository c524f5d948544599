import { describe, expect, it } from 'vitest';
import { FrameBudget, MIN_MS, STEP_MS, TRAIN_BUDGET_MS } from './frameBudget';

/** Frames at these intervals (ms) from t = 0; returns the budget after each. */
function run(b: FrameBudget, gaps: number[], from = 0): number[] {
  let t = from;
  b.frame(t);
  return gaps.map((g) => b.frame((t += g)));
}

describe("training's share of a frame", () => {
  it('stays at the full budget while every frame is on time', () => {
    expect(run(new FrameBudget(), Array(100).fill(16.7))).toEqual(Array(100).fill(TRAIN_BUDGET_MS));
  });

  it('halves at each missed frame, never below the minimum', () => {
    const b = new FrameBudget();
    const after = run(b, [16.7, 16.7, 33.4, 33.4, 50, 33.4, 33.4, 33.4]);
    expect(after.slice(0, 4)).toEqual([TRAIN_BUDGET_MS, TRAIN_BUDGET_MS, TRAIN_BUDGET_MS / 2, TRAIN_BUDGET_MS / 4]);
    expect(Math.min(...after)).toBe(MIN_MS);
  });

  it('grows back slowly once frames are on time again', () => {
    const b = new FrameBudget();
    run(b, [16.7, 33.4, 33.4, 33.4, 33.4]);
    expect(b.ms).toBe(MIN_MS);
    const after = run(b, Array(10).fill(16.7), 1000);
    expect(after[0]).toBeCloseTo(MIN_MS + STEP_MS);
    expect(after[9]).toBeCloseTo(MIN_MS + 10 * STEP_MS);
    expect(run(b, Array(100).fill(16.7), 2000).at(-1)).toBe(TRAIN_BUDGET_MS);
  });

  it("measures a missed frame against the display's own period (120 Hz)", () => {
    const b = new FrameBudget();
    expect(run(b, [8.3, 8.3, 16.7]).at(-1)).toBe(TRAIN_BUDGET_MS / 2);
  });

  it('does not count the pause between two runs of the loop as a missed frame', () => {
    const b = new FrameBudget();
    run(b, [16.7, 16.7]);
    b.rest();
    expect(run(b, [16.7], 5000)).toEqual([TRAIN_BUDGET_MS]);
  });
});

import { describe, expect, it } from 'vitest';
import { CYCLE, FrameClock, TRAIN_VIEWS, type HeavyView } from './frameClock';

const versions = (c: FrameClock) => TRAIN_VIEWS.map((v) => c.version(v));
const HEAVY = TRAIN_VIEWS.slice(1) as HeavyView[];
/** The views each of n moving frames redraws. */
const run = (c: FrameClock, n: number, from = 1) => Array.from({ length: n }, (_, i) => c.frame(from + i, false));

describe('the training frame clock', () => {
  it('goes in cycles while moving: the numbers, one heavy view, then a frame that redraws nothing', () => {
    const c = new FrameClock();
    const turns = run(c, CYCLE * HEAVY.length * 2);
    expect(turns.every((t) => t.length <= 1)).toBe(true);
    turns.forEach((t, i) => {
      if (i % CYCLE === 0) expect(t).toEqual(['status']);
      else if (i % CYCLE === 1) expect(t).toHaveLength(1);
      else expect(t).toEqual([]);
    });
    // Every heavy view has had its turn once in each round of cycles, in order.
    expect(turns.filter((_, i) => i % CYCLE === 1).map(([v]) => v)).toEqual([...HEAVY, ...HEAVY]);
    expect(c.settled).toBe(false);
  });

  it('skips the cycles of views off screen, and gives them turns again once they are back', () => {
    const c = new FrameClock();
    c.show('network', false);
    c.show('table', false);
    const heavy = run(c, CYCLE * 4 * 2).filter((_, i) => i % CYCLE === 1).map(([v]) => v);
    expect(heavy).toEqual(['plot', 'loss', 'accuracy', 'norms', 'plot', 'loss', 'accuracy', 'norms']);
    c.show('table', true);
    expect(new Set(run(c, CYCLE * 5).flat())).toContain('table');
  });

  it('with every heavy view off screen, still redraws the numbers every cycle', () => {
    const c = new FrameClock();
    HEAVY.forEach((v) => c.show(v, false));
    expect(run(c, CYCLE * 3)).toEqual([['status'], [], [], ['status'], [], [], ['status'], [], []]);
  });

  it('shows the oldest epoch a view on screen shows while moving, and the exact one at once when settled', () => {
    const c = new FrameClock(0);
    c.frame(5, false); // status at 5, every other view still at 0
    expect(c.shownEpoch).toBe(0);
    run(c, CYCLE * HEAVY.length, 6);
    // Each view has redrawn since epoch 5: the oldest is the first heavy view's turn (the frame after the first).
    expect(c.shownEpoch).toBe(6);
    // A view off screen is not what the page shows: its older epoch does not count.
    c.show('plot', false);
    expect(c.shownEpoch).toBe(9);
    const before = versions(c);
    expect(c.frame(40, true)).toEqual(TRAIN_VIEWS);
    expect(c.shownEpoch).toBe(40);
    expect(c.settled).toBe(true);
    // Every view is told to redraw, off screen too.
    versions(c).forEach((v, i) => expect(v).toBeGreaterThan(before[i]));
  });

  it('tells its subscribers each frame, and stops telling after unsubscribe', () => {
    const c = new FrameClock();
    let calls = 0;
    const stop = c.subscribe(() => calls++);
    c.frame(1, false);
    c.frame(1, true);
    stop();
    c.frame(2, false);
    expect(calls).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { FrameClock, ROTATION, TRAIN_VIEWS } from './frameClock';

const versions = (c: FrameClock) => TRAIN_VIEWS.map((v) => c.version(v));

describe('the training frame clock', () => {
  it('redraws one view a frame while moving: the numbers every other frame, each heavy view in turn', () => {
    const c = new FrameClock();
    const turns = Array.from({ length: ROTATION.length * 2 }, (_, i) => c.frame(i + 1, false));
    expect(turns.every((t) => t.length === 1)).toBe(true);
    expect(turns.filter((_, i) => i % 2 === 0).every(([v]) => v === 'status')).toBe(true);
    // Every heavy view has had its turn once in each rotation.
    expect(new Set(turns.slice(0, ROTATION.length).map(([v]) => v))).toEqual(new Set(TRAIN_VIEWS));
    expect(c.settled).toBe(false);
  });

  it('shows the oldest epoch any view shows while moving, and the exact one at once when settled', () => {
    const c = new FrameClock(0);
    c.frame(5, false); // status at 5, every other view still at 0
    expect(c.shownEpoch).toBe(0);
    for (let e = 6; e < 6 + ROTATION.length; e++) c.frame(e, false);
    // Each view has redrawn since epoch 5: the oldest is the first heavy view's turn.
    expect(c.shownEpoch).toBe(6);
    const before = versions(c);
    expect(c.frame(40, true)).toEqual(TRAIN_VIEWS);
    expect(c.shownEpoch).toBe(40);
    expect(c.settled).toBe(true);
    // Every view is told to redraw.
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

import { describe, expect, it, vi } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { createAppStore, createStoreFromUrl } from './store';
import { selectStepCount, selectTimeline } from './timelines';
import { syncUrl } from './urlSync';
import { decode, DEFAULTS } from '../core/url';

describe('store', () => {
  it('steps forward and back within the timeline', () => {
    const store = createAppStore();
    const s = () => store.getState();
    const n = selectStepCount(s());
    s().stepBack();
    expect(s().step).toBe(0);
    for (let i = 0; i < n + 5; i++) s().stepForward();
    expect(s().step).toBe(n);
    s().stepBack();
    expect(s().step).toBe(n - 1);
    s().reset();
    expect(s().step).toBe(0);
  });

  it('opens a step past the end at the last step', () => {
    const store = createStoreFromUrl(decode('step=999'));
    expect(store.getState().step).toBe(selectStepCount(store.getState()));
  });

  it('keeps the cursor when a parameter changes, and recomputes the timeline', () => {
    const store = createAppStore();
    store.getState().seek(7);
    const before = selectTimeline(store.getState());
    store.getState().setParam('x1', 2);
    expect(store.getState().step).toBe(7);
    expect(selectTimeline(store.getState())).not.toBe(before);
    expect(selectTimeline(store.getState())).toBe(selectTimeline(store.getState()));
  });

  it('clamps and refuses out-of-range or non-finite edits', () => {
    const store = createAppStore();
    store.getState().setParam('lambda', -5);
    expect(store.getState().lambda).toBe(0);
    store.getState().setParam('x1', NaN);
    expect(store.getState().x1).toBe(DEFAULTS.x1);
    store.getState().setTheta(2, 1, 5000);
    expect(store.getState().t2[1]).toBe(1000);
  });

  it('resets the step when the chapter or graph mode changes', () => {
    const store = createAppStore();
    store.getState().seek(5);
    store.getState().setChapter('graph');
    expect(store.getState().step).toBe(0);
    store.getState().seek(3);
    store.getState().setMode('paths');
    expect(store.getState().step).toBe(0);
  });

  it('opens a curve at a network unit\'s z and comes back to the same step', () => {
    const store = createAppStore();
    store.getState().seek(12);
    store.getState().openCurveAt('derivative', 0.6);
    expect(store.getState()).toMatchObject({ chapter: 'derivative', z: 0.6, step: 0 });
    store.getState().goBack();
    expect(store.getState()).toMatchObject({ chapter: 'network', step: 12, backTo: null });
  });

  it('randomizes weights from a seed, reproducibly', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().randomize(42);
    b.getState().randomize(42);
    expect(a.getState().t1).toEqual(b.getState().t1);
    expect(a.getState().seed).toBe(42);
    expect(a.getState().t1).not.toEqual(DEFAULTS.t1);
  });

  it('plays to the end and stops', () => {
    const store = createAppStore();
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(true);
    for (let i = 0; i < 100; i++) store.getState().stepForward();
    expect(store.getState().playing).toBe(false);
  });

  const action = fc.oneof(
    fc.constant((s: ReturnType<typeof createAppStore>) => s.getState().stepForward()),
    fc.constant((s: ReturnType<typeof createAppStore>) => s.getState().stepBack()),
    fc.constant((s: ReturnType<typeof createAppStore>) => s.getState().togglePlay()),
    fc.constant((s: ReturnType<typeof createAppStore>) => s.getState().reset()),
    fc.integer({ min: -50, max: 50 }).map((k) => (s: ReturnType<typeof createAppStore>) => s.getState().seek(k)),
    fc.constantFrom('network', 'graph', 'sigmoid', 'loss', 'derivative' as const).map(
      (c) => (s: ReturnType<typeof createAppStore>) => s.getState().setChapter(c as never),
    ),
    fc.double({ noNaN: false }).map((x) => (s: ReturnType<typeof createAppStore>) => s.getState().setParam('x1', x)),
  );
  test.prop([fc.array(action, { maxLength: 60 })])('any action sequence leaves a consistent state', (actions) => {
    const store = createAppStore();
    for (const act of actions) act(store);
    const s = store.getState();
    expect(Number.isInteger(s.step)).toBe(true);
    expect(s.step).toBeGreaterThanOrEqual(0);
    expect(s.step).toBeLessThanOrEqual(selectStepCount(s));
    expect(Number.isFinite(s.x1)).toBe(true);
    if (s.playing) expect(s.step).toBeLessThan(selectStepCount(s));
  });
});

describe('URL sync', () => {
  it('writes once at once, then at most once per interval, and the last state when it stops', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const store = createAppStore();
    const stop = syncUrl(store, (q) => writes.push(q), 300);
    expect(writes).toEqual(['chapter=network&lang=en']);
    for (let i = 1; i <= 20; i++) store.getState().stepForward();
    expect(writes.length).toBeLessThanOrEqual(2);
    vi.advanceTimersByTime(300);
    expect(writes.at(-1)).toBe('chapter=network&lang=en&step=20');
    stop();
    vi.useRealTimers();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { createAppStore, createStoreFromUrl } from './store';
import { selectStepCount, selectTimeline } from './timelines';
import { syncUrl, urlStateOf } from './urlSync';
import { CHAPTERS, decode, DEFAULTS, encode } from '../core/url';
import { GRAPH_MODES } from '../core/graphTimeline';
import { practiceActions } from './practiceActions';
import { networkActions } from './networkActions';
import { trainActions } from './trainActions';

/** The network chapter (a bare URL opens the sigmoid since SPEC §3 made it the first chapter). */
const networkStore = () => createAppStore(decode('chapter=network'));

describe('store', () => {
  it('steps forward and back within the timeline', () => {
    const store = networkStore();
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
    const store = networkStore();
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
    const store = networkStore();
    store.getState().seek(5);
    store.getState().setChapter('graph');
    expect(store.getState().step).toBe(0);
    store.getState().seek(3);
    store.getState().setMode('paths');
    expect(store.getState().step).toBe(0);
  });

  it('opens a curve at a network unit\'s z and comes back to the same step', () => {
    const store = networkStore();
    store.getState().seek(12);
    store.getState().openCurveAt('derivative', 0.6);
    expect(store.getState()).toMatchObject({ chapter: 'derivative', z: 0.6, step: 6 });
    store.getState().openCurveAt('loss', 0.6, 2);
    expect(store.getState()).toMatchObject({ chapter: 'loss', step: 2, backTo: { chapter: 'derivative', step: 6 } });
    store.getState().goBack();
    store.getState().goBack();
    expect(store.getState()).toMatchObject({ chapter: 'derivative', step: 6, backTo: null });
    store.getState().setChapter('network');
    store.getState().seek(12);
    store.getState().openCurveAt('derivative', 0.6);
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
    const store = networkStore();
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(true);
    for (let i = 0; i < 100; i++) store.getState().stepForward();
    expect(store.getState().playing).toBe(false);
  });

  type Store = ReturnType<typeof createAppStore>;
  const act = (f: (s: Store) => void) => fc.constant(f);
  const action = fc.oneof(
    act((s) => s.getState().stepForward()),
    act((s) => s.getState().stepBack()),
    act((s) => s.getState().togglePlay()),
    act((s) => s.getState().reset()),
    act((s) => s.getState().seekEnd()),
    act((s) => s.getState().goBack()),
    act((s) => s.getState().pageForward()),
    act((s) => s.getState().pageBack()),
    fc.tuple(fc.constantFrom(...CHAPTERS), fc.constantFrom(...GRAPH_MODES), fc.integer({ min: 0, max: 99 })).map(
      ([chapter, mode, step]) => (s: Store) => s.getState().restore({ chapter, mode, step }),
    ),
    fc.integer({ min: -50, max: 50 }).map((k) => (s: Store) => s.getState().seek(k)),
    fc.constantFrom(...CHAPTERS).map((c) => (s: Store) => s.getState().setChapter(c)),
    fc.constantFrom(...GRAPH_MODES).map((m) => (s: Store) => s.getState().setMode(m)),
    fc.tuple(fc.constantFrom('x1', 'x2', 'lambda', 'alpha', 'z', 'a', 'b' as const), fc.double()).map(
      ([key, x]) => (s: Store) => s.getState().setParam(key, x),
    ),
    fc.tuple(fc.constantFrom(1 as const, 2 as const), fc.nat(5), fc.double()).map(
      ([layer, i, x]) => (s: Store) => s.getState().setTheta(layer, i % (layer === 1 ? 6 : 3), x),
    ),
    fc.integer().map((seed) => (s: Store) => s.getState().randomize(seed)),
    fc.tuple(fc.constantFrom('sigmoid', 'loss', 'derivative' as const), fc.double()).map(
      ([c, z]) => (s: Store) => s.getState().openCurveAt(c, z),
    ),
    fc.boolean().map((on) => (s: Store) => s.getState().setPresent(on)),
  );
  test.prop([fc.array(action, { maxLength: 80 })], { numRuns: 300 })('any action sequence leaves a consistent state', (actions) => {
    const store = createAppStore();
    for (const a of actions) a(store);
    const s = store.getState();
    const n = selectStepCount(s);
    expect(Number.isInteger(s.step)).toBe(true);
    expect(s.step).toBeGreaterThanOrEqual(0);
    expect(s.step).toBeLessThanOrEqual(n);
    if (s.playing) expect(s.step).toBeLessThan(n);
    for (const x of [s.x1, s.x2, s.lambda, s.alpha, s.z, s.a, s.b, ...s.t1, ...s.t2]) expect(Number.isFinite(x)).toBe(true);
    expect(s.lambda).toBeGreaterThanOrEqual(0);
    expect(s.alpha).toBeGreaterThan(0);
    // Whatever happened, the URL it writes reads back to the same state.
    const back = decode(encode(urlStateOf(s)));
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual(urlStateOf(s));
    // And every value of the current timeline is a finite number.
    for (const step of selectTimeline(s).steps) for (const v of Object.values(step.values)) expect(Number.isNaN(v)).toBe(false);
  });
});

describe('URL sync', () => {
  /** The network chapter's store, synced to a written log on fake timers (replace writes 300 ms apart). */
  function synced() {
    vi.useFakeTimers();
    const writes: string[] = [];
    const store = networkStore();
    const stop = syncUrl(store, { replace: (q) => writes.push(q), push: (q) => writes.push(`push ${q}`) }, 300, () => () => {});
    return { writes, store, stop };
  }

  it('writes once at once, then at most once per interval, and the last state when it stops', () => {
    const { writes, store, stop } = synced();
    expect(writes).toEqual(['chapter=network&lang=en']);
    for (let i = 1; i <= 20; i++) store.getState().stepForward();
    expect(writes.length).toBeLessThanOrEqual(2);
    vi.advanceTimersByTime(300);
    expect(writes.at(-1)).toBe('chapter=network&lang=en&step=20');
    stop();
    vi.useRealTimers();
  });

  it('writes the first change of a burst after the frame that shows it, not in the input that made it', () => {
    const { writes, store, stop } = synced();
    store.getState().stepForward();
    expect(writes).toEqual(['chapter=network&lang=en']);
    vi.advanceTimersByTime(60);
    expect(writes).toEqual(['chapter=network&lang=en', 'chapter=network&lang=en&step=1']);
    stop();
    vi.useRealTimers();
  });

  it('writes nothing while playing, and the step playback stopped at once it stops', () => {
    const { writes, store, stop } = synced();
    store.getState().togglePlay();
    for (let i = 1; i <= 5; i++) {
      store.getState().seek(i);
      vi.advanceTimersByTime(1000);
    }
    expect(writes).toEqual(['chapter=network&lang=en']);
    store.getState().togglePlay();
    expect(writes).toEqual(['chapter=network&lang=en', 'chapter=network&lang=en&step=5']);
    vi.advanceTimersByTime(1000);
    expect(writes.length).toBe(2);
    stop();
    vi.useRealTimers();
  });
});

describe('store slices', () => {
  it('never share an action name: a later slice would silently replace an earlier one', () => {
    // Factories only build closures; set and get are never called here.
    const none = () => {
      throw new Error('not called');
    };
    const slices = [practiceActions(none, none), networkActions(none, none), trainActions(none, none)].map((s) => Object.keys(s));
    const all = slices.flat();
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });
});

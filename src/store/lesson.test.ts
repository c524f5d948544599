import { describe, expect, it, vi } from 'vitest';
import { createAppStore, createStoreFromUrl } from './store';
import { selectStepCount } from './timelines';
import { LESSON } from './lesson';
import { syncUrl } from './urlSync';
import { decode } from '../core/url';

const where = (s: ReturnType<typeof createAppStore>) => {
  const { chapter, mode, step } = s.getState();
  return chapter === 'graph' ? `${chapter}/${mode} ${step}` : `${chapter} ${step}`;
};

describe('the lesson from the clicker (SPEC §4.3)', () => {
  it('a bare URL opens the first chapter, the sigmoid', () => {
    expect(createStoreFromUrl(decode('')).getState().chapter).toBe('sigmoid');
  });

  it('PageDown walks every chapter and the three graph methods, and PageUp walks back', () => {
    const store = createStoreFromUrl(decode('mode=reverse'));
    const s = () => store.getState();
    const forward: string[] = [];
    for (let i = 0; i < 500 && s().chapter !== 'train'; i++) {
      s().pageForward();
      if (s().step === 0) forward.push(where(store));
    }
    expect(forward).toEqual(['loss 0', 'derivative 0', 'graph/paths 0', 'graph/forward 0', 'graph/reverse 0', 'network 0', 'train 0']);
    // The lesson ends in train: there the clicker runs epochs (useStepKeys), the store's pageForward stays.
    s().pageForward();
    expect(where(store)).toBe('train 0');
    const back: string[] = [];
    for (let i = 0; i < 500 && !(s().chapter === 'sigmoid' && s().step === 0); i++) {
      const before = s().chapter + s().mode;
      s().pageBack();
      if (s().chapter + s().mode !== before) back.push(where(store));
    }
    const end = (c: string, m?: string) => `${m ? `${c}/${m}` : c} ${selectStepCount({ ...s(), chapter: c as never, mode: (m ?? 'reverse') as never })}`;
    expect(back).toEqual([end('network'), end('graph', 'reverse'), end('graph', 'forward'), end('graph', 'paths'), end('derivative'), end('loss'), end('sigmoid')]);
    expect(LESSON.map((x) => x.mode ?? x.chapter)).toEqual(['sigmoid', 'loss', 'derivative', 'paths', 'forward', 'reverse', 'network', 'train']);
  });

  it('Next step and the arrow keys stay within the chapter', () => {
    const store = createStoreFromUrl(decode('chapter=loss&step=99'));
    store.getState().stepForward();
    store.getState().seekEnd();
    expect(where(store)).toBe('loss 3');
    store.getState().seek(0);
    store.getState().stepBack();
    expect(where(store)).toBe('loss 0');
  });
});

describe('history (SPEC §4.3)', () => {
  function synced(query: string) {
    vi.useFakeTimers();
    const store = createStoreFromUrl(decode(query));
    const log: string[] = [];
    let pop: (search: string) => void = () => {};
    const stop = syncUrl(store, { replace: (q) => log.push(`replace ${q}`), push: (q) => log.push(`push ${q}`) }, 300, (on) => {
      pop = on;
      return () => {};
    });
    return { store, log, pop: (q: string) => pop(`?${q}`), stop };
  }

  it('pushes an entry for a chapter or mode change, after saving the step being left', () => {
    const { store, log, stop } = synced('chapter=derivative&lang=en');
    const s = store.getState();
    s.stepForward(); // the first write of a burst waits past the frame that shows it
    s.stepForward(); // so neither is written yet
    s.setChapter('graph');
    s.setMode('paths');
    s.stepForward(); // replaces within the throttle interval
    vi.advanceTimersByTime(300);
    expect(log).toEqual([
      'replace chapter=derivative&lang=en',
      'replace chapter=derivative&lang=en&step=2',
      'push chapter=graph&lang=en',
      'push chapter=graph&lang=en&mode=paths',
      'replace chapter=graph&lang=en&step=1&mode=paths',
    ]);
    stop();
    vi.useRealTimers();
  });

  it('Back restores the chapter, mode and step of the entry, without pushing another', () => {
    const { store, log, pop, stop } = synced('chapter=graph&mode=forward&lang=en&step=3');
    store.getState().pageBack();
    store.getState().setChapter('network');
    log.length = 0;
    pop('chapter=graph&mode=forward&lang=en&step=3');
    expect(store.getState()).toMatchObject({ chapter: 'graph', mode: 'forward', step: 3 });
    pop('chapter=derivative&lang=en&step=99');
    expect(store.getState()).toMatchObject({ chapter: 'derivative', step: 6 });
    vi.advanceTimersByTime(300);
    expect(log.filter((l) => l.startsWith('push'))).toEqual([]);
    expect(log.at(-1)).toBe('replace chapter=derivative&lang=en&step=6');
    stop();
    vi.useRealTimers();
  });
});

import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../test/render';
import { useDeferredStep } from '../../store/hooks';
import { useCursorView } from '../quantities/useCursorView';
import { HoldOutOfSight } from './HoldOutOfSight';

/** An IntersectionObserver the test moves: `sight(true)` brings every observed panel into sight. */
let observers: { cb: IntersectionObserverCallback; els: Element[] }[] = [];
const sight = (isIntersecting: boolean) =>
  act(() => {
    for (const o of observers) o.cb(o.els.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry), {} as IntersectionObserver);
  });
class FakeIO {
  private o: { cb: IntersectionObserverCallback; els: Element[] };
  constructor(cb: IntersectionObserverCallback) {
    this.o = { cb, els: [] };
    observers.push(this.o);
  }
  observe(el: Element) {
    this.o.els.push(el);
  }
  disconnect() {
    this.o.els = [];
  }
}

function Panel({ renders }: { renders: number[] }) {
  const k = useDeferredStep();
  const view = useCursorView({ deferred: true });
  renders.push(k);
  return (
    <section>
      <p>shows step {k}</p>
      <p>cursor view at {view.k}</p>
    </section>
  );
}

describe('panels out of sight while playing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    observers = [];
  });

  it('hold the step they showed, follow again in sight, and show the step playback stopped at', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const renders: number[] = [];
    const { store } = renderWithStore(
      <HoldOutOfSight className="panels">
        <Panel renders={renders} />
      </HoldOutOfSight>,
      'chapter=network&lang=en&step=2',
    );
    sight(false);
    // Not playing: out of sight, they still follow (a step by hand, a seek from the URL).
    act(() => store.getState().stepForward());
    expect(screen.getByText('shows step 3')).toBeInTheDocument();
    act(() => store.getState().togglePlay());
    renders.length = 0;
    for (let i = 0; i < 4; i++) act(() => store.getState().stepForward());
    expect(store.getState().step).toBe(7);
    expect(renders).toEqual([]);
    expect(screen.getByText('shows step 3')).toBeInTheDocument();
    expect(screen.getByText('cursor view at 3')).toBeInTheDocument();
    sight(true);
    expect(screen.getByText('shows step 7')).toBeInTheDocument();
    act(() => store.getState().stepForward());
    expect(screen.getByText('shows step 8')).toBeInTheDocument();
    sight(false);
    act(() => store.getState().stepForward());
    expect(screen.getByText('shows step 8')).toBeInTheDocument();
    act(() => store.getState().togglePlay());
    expect(store.getState().step).toBe(9);
    expect(screen.getByText('shows step 9')).toBeInTheDocument();
    expect(screen.getByText('cursor view at 9')).toBeInTheDocument();
  });
});

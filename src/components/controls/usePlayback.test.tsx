import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../test/render';
import { useDeferredStep } from '../../store/hooks';
import { usePlayback } from './usePlayback';

/** What each render of a view beside the figure showed: the step it was given. */
function Probe({ seen }: { seen: number[] }) {
  usePlayback();
  const k = useDeferredStep();
  seen.push(k);
  return <p>{k}</p>;
}

describe('playback', () => {
  afterEach(() => vi.useRealTimers());

  it('takes each step at the start of an animation frame, not in the timer task', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const { store } = renderWithStore(<Probe seen={[]} />, 'chapter=network&lang=en');
    act(() => store.getState().togglePlay());
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().step).toBe(0);
    act(() => vi.advanceTimersByTime(20));
    expect(store.getState().step).toBe(1);
  });

  it('gives the views beside the figure each step in one render while playing, and a step by hand a render later', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const seen: number[] = [];
    const { store } = renderWithStore(<Probe seen={seen} />, 'chapter=network&lang=en');
    act(() => store.getState().togglePlay());
    seen.length = 0;
    for (let k = 1; k <= 3; k++) act(() => vi.advanceTimersByTime(1020));
    expect(store.getState().step).toBe(3);
    // StrictMode is off here: one render per step, each with the step itself.
    expect(seen).toEqual([1, 2, 3]);
    act(() => store.getState().togglePlay());
    seen.length = 0;
    act(() => store.getState().stepForward());
    // By hand: first the step before (the figure answers the key alone), then the new one.
    expect(seen).toEqual([3, 4]);
  });
});

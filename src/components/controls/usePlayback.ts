import { useEffect } from 'react';
import { useApp, useAppStore } from '../../store/context';
import { holdRemeasuring } from '../math/fitter';

/** While playing, one step every 1/speed seconds; the store stops playback at the last step. */
export function usePlayback(): void {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    // Each step is taken at the start of a frame, not in a timer task between frames: the step's
    // render (synchronous, a store update) and the frame's layout and paint then make one frame.
    let frame = 0;
    holdRemeasuring(true);
    const id = setInterval(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => store.getState().stepForward());
    }, 1000 / speed);
    return () => {
      clearInterval(id);
      cancelAnimationFrame(frame);
      holdRemeasuring(false);
    };
  }, [store, playing, speed]);
}

import { useEffect } from 'react';
import { useApp, useAppStore } from '../../store/context';

/** While playing, one step every 1/speed seconds; the store stops playback at the last step. */
export function usePlayback(): void {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => store.getState().stepForward(), 1000 / speed);
    return () => clearInterval(id);
  }, [store, playing, speed]);
}

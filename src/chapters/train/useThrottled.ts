import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most every `ms` milliseconds (at once when ms is 0): views that need not
 * move every frame while training (the network figure, the weight table) follow a few times a
 * second, so each frame paints only the plot, the curves and the numbers.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (ms === 0) return;
    const id = setTimeout(
      () => {
        last.current = performance.now();
        setShown(value);
      },
      Math.max(0, last.current + ms - performance.now()),
    );
    return () => clearTimeout(id);
  }, [value, ms]);
  return ms === 0 ? value : shown;
}

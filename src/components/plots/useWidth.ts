import { useEffect, useRef, useState } from 'react';

/**
 * The width of a container, followed with a ResizeObserver, so a plot redraws at its real size
 * (text keeps its size; a scaled viewBox would shrink labels to nothing on a phone). Where there
 * is no ResizeObserver (jsdom) the fallback width stays.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry.contentRect.width);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

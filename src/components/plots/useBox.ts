import { useEffect, useRef, useState } from 'react';

export interface BoxSize {
  width: number;
  /** The box's own height when the page sets it (`--plot-fill: 1`, presenter mode), else undefined. */
  height?: number;
  /** How much larger than normal the plot's text is drawn (`--plot-scale`, 1 by default). */
  scale: number;
}

/**
 * The size of a plot's box, followed with a ResizeObserver, so a plot redraws at its real size
 * (text keeps its size; a scaled viewBox would shrink labels to nothing on a phone). Where there
 * is no ResizeObserver (jsdom) the fallback width stays.
 */
export function useBox<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<BoxSize>({ width: fallback, scale: 1 });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const style = getComputedStyle(el);
      const width = Math.floor(entry.contentRect.width);
      const fill = style.getPropertyValue('--plot-fill').trim() === '1';
      const height = fill ? Math.floor(entry.contentRect.height) : undefined;
      const scale = Number(style.getPropertyValue('--plot-scale')) || 1;
      if (width > 0) setBox((b) => (b.width === width && b.height === height && b.scale === scale ? b : { width, height, scale }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, ...box };
}

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApp, useAppStore } from '../../store/context';
import { HeldStep } from '../../store/hooks';

/**
 * A block of panels that, while playback runs and none of them is in sight (or near it), hold the
 * step they showed when it began: each step then renders, lays out and paints only what a person
 * can see. On a slow laptop the panels below the figure (step list, values table, matrix form with
 * its formulas to measure) were most of a step's work, and a step's work is the frame that misses
 * 60 fps (SPEC §6 autoplay). Scrolled into sight, they catch up at once and follow from then on;
 * when playback stops, they show the step it stopped at. Focus inside a panel scrolls it into
 * sight, so what the keyboard reaches is current.
 */
export function HoldOutOfSight({ className, children }: { className: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [inSight, setInSight] = useState(true);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const seen = new Set<Element>();
    // Each panel, not the block: the block's top edge is often just in sight below the figure.
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) seen.add(e.target);
          else seen.delete(e.target);
        }
        setInSight(seen.size > 0);
      },
      { rootMargin: '25% 0px' },
    );
    const observeAll = () => {
      io.disconnect();
      seen.clear();
      for (const child of el.children) io.observe(child);
    };
    observeAll();
    // The panels mount after the first commit, and the shape's panels come and go.
    const mo = new MutationObserver(observeAll);
    mo.observe(el, { childList: true });
    return () => {
      io.disconnect();
      mo.disconnect();
    };
  }, []);
  const store = useAppStore();
  const held = useApp((s) => s.playing) && !inSight;
  // The step when the hold began; read once, so no step re-renders this while it lasts.
  const step = useMemo(() => (held ? store.getState().step : undefined), [held, store]);
  return (
    <div ref={box} className={className}>
      <HeldStep.Provider value={step}>{children}</HeldStep.Provider>
    </div>
  );
}

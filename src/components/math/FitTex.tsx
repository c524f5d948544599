import { useLayoutEffect, useMemo, useRef } from 'react';
import { layouts } from './splitTex';
import './math.css';

/** The smallest scale a formula is shown at: below it a number is no longer read from the back row. */
export const MIN_SCALE = 0.7;
/** A layout this little too wide is shrunk rather than broken further: fewer lines keep a panel short. */
const MILD_SCALE = 0.85;

type Render = (tex: string, display: boolean) => string;

/**
 * A displayed formula fitted to its box, the way a person would set it by hand: on one line if
 * it fits (or nearly: shrunk to MILD_SCALE at most); else broken at its = signs into aligned
 * lines (then also before + and −), each tried the same way; else the narrowest of those, shrunk
 * down to MIN_SCALE. Only if that is still too wide does the box
 * scroll, and then it says so (a shadow at the edge and `tex-scrolls`). The box publishes the
 * width it was fitted to (`data-fit-width`), so a test can wait for the fit after a resize.
 */
export function FitTex({ tex, render }: { tex: string; render: Render }) {
  const box = useRef<HTMLDivElement>(null);
  const candidates = useMemo(() => layouts(tex), [tex]);
  useLayoutEffect(() => {
    const el = box.current;
    const content = el?.firstElementChild;
    if (!el || !(content instanceof HTMLElement)) return;
    const html = new Map<number, string>();
    let shown = -1;
    const show = (i: number) => {
      if (i === shown) return;
      if (!html.has(i)) html.set(i, render(candidates[i], true));
      content.innerHTML = html.get(i) ?? '';
      shown = i;
    };
    const widthAt = (i: number) => {
      show(i);
      return content.getBoundingClientRect().width;
    };
    let fittedTo = -1;
    let fittedWidth = -1;
    const fit = () => {
      const width = el.clientWidth;
      // Nothing to do unless the box or the type changed (KaTeX's fonts arrive after the first fit).
      if (width === fittedTo && content.getBoundingClientRect().width === fittedWidth) return;
      fittedTo = width;
      content.style.fontSize = '';
      let best = 0;
      let bestWidth = Infinity;
      for (let i = 0; i < candidates.length; i++) {
        const w = widthAt(i);
        if (w < bestWidth - 0.5) [best, bestWidth] = [i, w];
        if (w * MILD_SCALE <= width || width === 0) break; // width 0: hidden, nothing to fit yet
      }
      show(best);
      let scale = 1;
      // Type does not scale exactly linearly (rules, rounding): correct twice from the measured width.
      for (let k = 0; k < 3 && width > 0 && bestWidth > width && scale > MIN_SCALE; k++) {
        scale = Math.max(MIN_SCALE, (scale * width) / bestWidth - 0.005);
        content.style.fontSize = `${(scale * 100).toFixed(1)}%`;
        bestWidth = content.getBoundingClientRect().width;
      }
      const scrolls = width > 0 && bestWidth > width + 1;
      el.classList.toggle('tex-scrolls', scrolls);
      if (scrolls) el.tabIndex = 0; // a box that scrolls must be reachable from the keyboard
      else el.removeAttribute('tabindex');
      el.dataset.layout = String(best);
      el.dataset.scale = scale.toFixed(2);
      el.dataset.fitWidth = String(width);
      fittedWidth = content.getBoundingClientRect().width;
      el.dataset.fitContent = fittedWidth.toFixed(1);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // Refit in the next frame, not inside the observer: the refit changes the box's own height.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(el);
    observer.observe(content);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [candidates, render]);
  // The content is written by the effect above (measured layouts), never by React.
  return (
    <div ref={box} className="tex tex-display">
      <div className="tex-fit" />
    </div>
  );
}

import { useLayoutEffect, useMemo, useRef } from 'react';
import { layouts } from './splitTex';
import './math.css';

/** The smallest scale a formula is shown at: below it a number is no longer read from the back row. */
export const MIN_SCALE = 0.7;
/** A layout this little too wide is shrunk rather than broken further: fewer lines keep a panel short. */
const MILD_SCALE = 0.85;

type Render = (tex: string, display: boolean) => string;

/**
 * The layout last chosen for a formula's shape (its TeX with the numbers masked) at a box width.
 * Dragging a slider or replaying a timeline changes only the numbers: the same layout is tried
 * first, and the search (several KaTeX renders) runs again only if it no longer fits.
 */
const CHOSEN = new Map<string, { layout: number; scale: number }>();
const shapeOf = (tex: string) => tex.replace(/\d+(\.\d+)?/g, '#');

/**
 * Fits wait in one queue, run once the commit's layout effects are done: every box's width is
 * read first (one layout of the page), then layouts are tried in the probes (each re-lays out only
 * its probe), then every formula is written. Fitted one by one, each box's read would lay out
 * the whole page again after the previous box's write: a dozen formulas cost a dozen layouts.
 */
interface Fit {
  width: () => number;
  choose: (width: number) => (() => void) | undefined;
}
const queue: Fit[] = [];
function flush() {
  const fits = queue.splice(0);
  const widths = fits.map((f) => f.width());
  const writes = fits.map((f, i) => f.choose(widths[i]));
  for (const write of writes) write?.();
}
function schedule(fit: Fit) {
  if (queue.includes(fit)) return;
  if (queue.length === 0) queueMicrotask(flush);
  queue.push(fit);
}

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
  const shape = useMemo(() => shapeOf(tex), [tex]);
  useLayoutEffect(() => {
    const el = box.current;
    const content = el?.firstElementChild;
    const probe = el?.lastElementChild?.firstElementChild;
    if (!el || !(content instanceof HTMLElement) || !(probe instanceof HTMLElement)) return;
    const html = new Map<number, string>();
    const htmlOf = (i: number) => {
      if (!html.has(i)) html.set(i, render(candidates[i], true));
      return html.get(i) ?? '';
    };
    // Layouts are tried in the probe, a hidden box with size containment: changing it re-lays out
    // only the probe, not the whole page (a few thousand nodes), however many layouts are tried.
    let probed = -1;
    const widthAt = (i: number, scale = 1) => {
      if (i !== probed) {
        probe.innerHTML = htmlOf(i);
        probed = i;
      }
      probe.style.fontSize = scale === 1 ? '' : `${(scale * 100).toFixed(1)}%`;
      return probe.getBoundingClientRect().width;
    };
    let fittedTo = -1;
    let fittedWidth = -1;
    let shown = { layout: -1, scale: 1 };
    const show = (best: number, scale: number, bestWidth: number, width: number) => () => {
      if (best !== shown.layout) content.innerHTML = htmlOf(best);
      content.style.fontSize = scale === 1 ? '' : `${(scale * 100).toFixed(1)}%`;
      shown = { layout: best, scale };
      const scrolls = width > 0 && bestWidth > width + 1;
      el.classList.toggle('tex-scrolls', scrolls);
      if (scrolls) el.tabIndex = 0; // a box that scrolls must be reachable from the keyboard
      else el.removeAttribute('tabindex');
      el.dataset.layout = String(best);
      el.dataset.scale = scale.toFixed(2);
      el.dataset.fitWidth = String(width);
      fittedWidth = bestWidth;
      el.dataset.fitContent = fittedWidth.toFixed(1);
    };
    const choose = (width: number) => {
      // Nothing to do unless the box or the type changed (KaTeX's fonts arrive after the first fit).
      if (width === fittedTo && shown.layout >= 0 && widthAt(shown.layout, shown.scale) === fittedWidth) return undefined;
      fittedTo = width;
      const key = `${width}|${shape}`;
      const hint = CHOSEN.get(key);
      if (hint && hint.layout < candidates.length) {
        const w = widthAt(hint.layout, hint.scale);
        if (w <= width) return show(hint.layout, hint.scale, w, width);
      }
      let best = 0;
      let bestWidth = Infinity;
      for (let i = 0; i < candidates.length; i++) {
        const w = widthAt(i);
        if (w < bestWidth - 0.5) [best, bestWidth] = [i, w];
        if (w * MILD_SCALE <= width || width === 0) break; // width 0: hidden, nothing to fit yet
      }
      let scale = 1;
      // Type does not scale exactly linearly (rules, rounding): correct twice from the measured width.
      for (let k = 0; k < 3 && width > 0 && bestWidth > width && scale > MIN_SCALE; k++) {
        scale = Math.max(MIN_SCALE, (scale * width) / bestWidth - 0.005);
        bestWidth = widthAt(best, scale);
      }
      if (width > 0) CHOSEN.set(key, { layout: best, scale });
      return show(best, scale, bestWidth, width);
    };
    // The probe is emptied once a layout is chosen: at rest the page holds each formula once
    // (for queries, find-in-page and the node count).
    const chooseAndClear = (width: number) => {
      const write = choose(width);
      probe.innerHTML = '';
      probed = -1;
      return write;
    };
    const job: Fit = { width: () => el.clientWidth, choose: chooseAndClear };
    const fit = () => schedule(job);
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
      const queued = queue.indexOf(job);
      if (queued >= 0) queue.splice(queued, 1);
    };
  }, [candidates, shape, render]);
  // The content is written by the effect above (measured layouts), never by React.
  return (
    <div ref={box} className="tex tex-display">
      <div className="tex-fit" />
      <div className="tex-probe" aria-hidden="true">
        <div className="tex-fit" />
      </div>
    </div>
  );
}

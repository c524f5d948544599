import { layouts } from './splitTex';

/** The smallest scale a formula is shown at: below it a number is no longer read from the back row. */
export const MIN_SCALE = 0.7;
/** A layout this little too wide is shrunk rather than broken further: fewer lines keep a panel short. */
const MILD_SCALE = 0.85;

export type Render = (tex: string, display: boolean) => string;

interface Choice {
  layout: number;
  scale: number;
  /** The formula's width at that layout and scale, as measured. */
  width: number;
}

/**
 * Layouts already measured, by box width and formula shape. The shape is the TeX with every digit
 * written as 0: KaTeX sets all ten digits the same width, so two formulas of one shape are the
 * same width and the choice made for one is exact for the other. Replaying a timeline or dragging
 * a slider changes digits, not shapes: after the first step nothing is measured again, and the
 * page is never laid out from script (the probe's reads are what cost, see `search`).
 */
const CHOSEN = new Map<string, Choice>();
const MAX_CHOSEN = 2000;
export const shapeOf = (tex: string) => tex.replace(/\d/g, '0');
/**
 * The choice last made for a formula of the same form whatever its numbers (all masked): a good
 * guess for a new number of digits. A guess is written without measuring; the ResizeObserver
 * reports the formula's width after the frame's own layout, and only a guess that does not fit
 * is searched for (next frame). Nothing is laid out from script while a slider moves.
 */
const GUESS = new Map<string, Omit<Choice, 'width'>>();
const formOf = (tex: string) => tex.replace(/-?\d+(\.\d+)?/g, '#');
/**
 * Widths measured before one of KaTeX's fonts arrived are wrong afterwards (a fallback font set
 * them): what was chosen is forgotten. A formula on screen is refitted by the observer once its
 * width changes. One in a panel the browser skips (`content-visibility: auto`, out of sight) is
 * not until it is scrolled into view, where its refit would land on the first input of whatever
 * the reader came to do there (a slider's first, ~70 ms late): those are measured again in idle
 * time, while still out of sight.
 */
const live = new Set<Fitter>();
const beforeFonts = new Set<Fitter>();
globalThis.document?.fonts?.addEventListener?.('loadingdone', () => {
  CHOSEN.clear();
  // Once every font asked for has arrived (they come in several batches): one round, not one a batch.
  void document.fonts.ready.then(() => {
    for (const f of live) if (f.skipped()) beforeFonts.add(f);
    if (beforeFonts.size) remeasureLater();
  });
});
const remeasureLater = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(remeasureSome) : setTimeout(remeasureSome, 50));
/**
 * While playback runs, that re-measuring waits: each formula is a task long enough on a slow
 * laptop to miss a frame, and the panels out of sight hold their step meanwhile anyway
 * (HoldOutOfSight). It resumes when playback stops.
 */
let held = false;
export function holdRemeasuring(hold: boolean) {
  held = hold;
  if (!held && beforeFonts.size) remeasureLater();
}
function remeasureSome(deadline?: IdleDeadline) {
  if (held) return;
  const writes: (() => void)[] = [];
  for (const f of beforeFonts) {
    beforeFonts.delete(f);
    const write = f.remeasure();
    if (write) writes.push(write);
    if (!deadline || deadline.timeRemaining() < 25) break;
  }
  for (const write of writes) write();
  if (beforeFonts.size) remeasureLater();
}
const remember = <V>(map: Map<string, V>, key: string, value: V) => {
  if (map.size >= MAX_CHOSEN) map.clear();
  map.set(key, value);
};

/**
 * Fits wait in one queue run after the commit's layout effects: the widths not yet known are read
 * first (one layout of the page), then the formulas whose shape is new are measured in their
 * probes, then every formula is written. Fitted one by one, each read after the previous write
 * would lay out the whole page again.
 */
const queue: Fitter[] = [];
function flush() {
  const fits = queue.splice(0);
  for (const f of fits) f.readWidth();
  const writes = fits.map((f) => f.choose());
  for (const write of writes) write?.();
}
function schedule(fit: Fitter) {
  if (queue.includes(fit)) return;
  if (queue.length === 0) queueMicrotask(flush);
  queue.push(fit);
}

/**
 * Refits the observer asks for (a box resized, a web font swapped in, a formula revealed by
 * scrolling) wait for the next frame, all of them in one flush: each in a frame of its own made
 * as many slow frames as formulas when a font arrived during playback.
 */
const refits = new Set<Fitter>();
let refitFrame = 0;
function refitSoon(fit: Fitter) {
  refits.add(fit);
  if (!refitFrame) refitFrame = requestAnimationFrame(refitAll);
}
function refitAll() {
  refitFrame = 0;
  for (const f of refits) schedule(f);
  refits.clear();
}

/**
 * One displayed formula fitted to its box (see FitTex). It keeps what it knows between renders:
 * the box's width (told by a ResizeObserver, so a new step reads nothing) and what it shows.
 */
export class Fitter {
  private tex = '';
  private render: Render | undefined;
  private candidates: string[] | undefined;
  /** The box's width when last read; -1: unknown, read it at the next fit. */
  private width = -1;
  private shown: (Choice & { tex: string }) | undefined;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly el: HTMLElement,
    private readonly content: HTMLElement,
    private readonly probe: HTMLElement,
  ) {
    live.add(this);
    if (typeof ResizeObserver === 'undefined') return;
    // Refit in a later frame, not inside the observer: the refit changes the box's own height.
    this.observer = new ResizeObserver((entries) => {
      let refit = false;
      for (const e of entries) {
        if (e.target === el && el.clientWidth !== this.width) {
          this.width = -1;
          refit = true;
        }
        if (e.target === content && this.shown && this.width > 0) refit = this.check(e.contentRect.width) || refit;
      }
      if (refit) refitSoon(this);
    });
    this.observer.observe(el);
    this.observer.observe(content);
  }

  /**
   * Measures a formula of a new shape before it is shown, while React renders it: the page is
   * then as the last frame laid it out, so the probe's reads lay out only the probe. Measured
   * after the commit instead (in `choose`), the first read would lay out the whole page the
   * commit just changed, and the frame would lay it out again after the formula is written.
   */
  prepare(tex: string, render: Render) {
    if (this.width <= 0 || (tex === this.tex && render === this.render)) return;
    const key = `${this.width}|${shapeOf(tex)}`;
    if (CHOSEN.has(key) || (this.guessed && GUESS.has(`${this.width}|${formOf(tex)}`))) return;
    remember(CHOSEN, key, this.search(tex, render, layouts(tex)));
  }

  set(tex: string, render: Render) {
    if (tex === this.tex && render === this.render) return;
    this.tex = tex;
    this.render = render;
    this.candidates = undefined;
    schedule(this);
  }

  dispose() {
    this.observer?.disconnect();
    refits.delete(this);
    live.delete(this);
    beforeFonts.delete(this);
    const queued = queue.indexOf(this);
    if (queued >= 0) queue.splice(queued, 1);
  }

  /** Whether the browser skips the formula's box (out of sight in a `content-visibility: auto` panel). */
  skipped(): boolean {
    return this.el.checkVisibility?.({ contentVisibilityAuto: true }) === false;
  }

  readWidth() {
    if (this.width < 0) this.width = this.el.clientWidth;
  }

  private key = () => `${this.width}|${shapeOf(this.tex)}`;
  private layouts = () => (this.candidates ??= layouts(this.tex));
  private html = (layout: number) => this.render?.(layout === 0 ? this.tex : (this.layouts()[layout] ?? this.tex), true) ?? '';

  /**
   * The formula's width as laid out (from the observer, no layout forced). A guess that fits is
   * kept and remembered as measured; one that does not, or a measured choice that no longer
   * holds (the fonts arrived, or it was measured while hidden), is searched again: true.
   */
  private check(measured: number): boolean {
    const shown = this.shown;
    if (!shown) return false;
    const key = this.key();
    if (Number.isNaN(shown.width)) {
      if (measured <= this.width + 1 || (shown.layout === this.layouts().length - 1 && shown.scale <= MIN_SCALE)) {
        const choice = { layout: shown.layout, scale: shown.scale, width: measured };
        remember(CHOSEN, key, choice);
        this.shown = { ...choice, tex: shown.tex };
        this.publish(choice);
        return false;
      }
    } else if (Math.abs(measured - shown.width) <= 0.5) return false;
    CHOSEN.delete(key);
    this.guessed = false;
    this.shown = { ...shown, layout: -1 };
    return true;
  }

  /**
   * The formula as shown, measured again after a web font arrived (see `beforeFonts`): the same
   * choice keeps its markup and takes the new width; another is returned to be written.
   */
  remeasure(): (() => void) | undefined {
    const shown = this.shown;
    if (!shown || shown.tex !== this.tex || this.width <= 0 || Number.isNaN(shown.width) || queue.includes(this) || refits.has(this)) return undefined;
    // Measured afresh (the fonts arrived), not guessed from another formula's choice. A predicted
    // scale (no width) is written as a guess: the observer checks it once in sight.
    const choice = this.decide(false);
    if (Number.isNaN(choice.width) || choice.layout !== shown.layout || choice.scale !== shown.scale) return () => this.show(choice);
    this.shown = { ...choice, tex: shown.tex };
    this.publish(choice);
    return undefined;
  }

  /** Whether the next choice may be a guess (not after a guess failed: then it is searched). */
  private guessed = true;

  /**
   * The choice for the formula as it is now, remembered: the one measured for its shape at this
   * width; else, when `fromForm`, the last choice for its form as a guess (no width); else searched
   * in the probe. Only a measured choice is remembered as measured.
   */
  private decide(fromForm: boolean): Choice {
    const key = this.key();
    const form = `${this.width}|${formOf(this.tex)}`;
    const guess = fromForm && this.guessed ? GUESS.get(form) : undefined;
    const choice = CHOSEN.get(key) ?? (guess ? { ...guess, width: NaN } : this.search());
    this.guessed = true;
    if (!Number.isNaN(choice.width)) remember(CHOSEN, key, choice);
    remember(GUESS, form, { layout: choice.layout, scale: choice.scale });
    return choice;
  }

  /** What to write for the formula as it is now, or nothing if it is shown already. */
  choose(): (() => void) | undefined {
    if (!this.render) return undefined;
    const shown = this.shown;
    // Width 0: hidden, nothing to fit yet (shown whole; refitted when the box gets a width).
    const choice: Choice = this.width > 0 ? this.decide(true) : { layout: 0, scale: 1, width: 0 };
    if (shown && shown.tex === this.tex && shown.layout === choice.layout && shown.scale === choice.scale && this.el.dataset.fitWidth === String(this.width)) return undefined;
    return () => this.show(choice);
  }

  /**
   * Tries layouts in the probe, a hidden box with size containment, the way a person would set the
   * formula by hand: on one line if it fits (or nearly: shrunk to MILD_SCALE at most); else broken
   * at its = signs into aligned lines (then also before + and −), each tried the same way; else
   * the narrowest of those, shrunk down to MIN_SCALE. Each try lays out only the probe.
   */
  private search(tex = this.tex, render = this.render, candidates = this.layouts(), predict = this.guessed): Choice {
    const { probe, width } = this;
    let probed = -1;
    const widthAt = (i: number, scale = 1) => {
      if (i !== probed) {
        probe.innerHTML = render?.(i === 0 ? tex : (candidates[i] ?? tex), true) ?? '';
        probed = i;
      }
      probe.style.fontSize = scale === 1 ? '' : `${(scale * 100).toFixed(1)}%`;
      return probe.getBoundingClientRect().width;
    };
    let best = 0;
    let bestWidth = Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const w = widthAt(i);
      if (w < bestWidth - 0.5) [best, bestWidth] = [i, w];
      if (w * MILD_SCALE <= width) break;
    }
    let scale = 1;
    if (bestWidth > width && predict) {
      // Type shrinks nearly in proportion: the scale is predicted with a little to spare and
      // written as a guess (no width), which the observer checks after the frame's own layout,
      // instead of laying the formula out again here at each scale tried (each a forced layout,
      // most of what a first playback cost on a slow laptop). A guess that does not fit is
      // searched again, exactly (`guessed` false).
      scale = Math.max(MIN_SCALE, width / bestWidth - 0.01);
      bestWidth = NaN;
    }
    // Type does not scale exactly linearly (rules, rounding): correct twice from the measured width.
    for (let k = 0; k < 3 && bestWidth > width && scale > MIN_SCALE; k++) {
      scale = Math.max(MIN_SCALE, (scale * width) / bestWidth - 0.005);
      bestWidth = widthAt(best, scale);
    }
    // Emptied at once: at rest the page holds each formula once (queries, find-in-page, node count).
    probe.innerHTML = '';
    return { layout: best, scale, width: bestWidth };
  }

  private show(choice: Choice) {
    const { content } = this;
    const shown = this.shown;
    if (!shown || shown.tex !== this.tex || shown.layout !== choice.layout) content.innerHTML = this.html(choice.layout);
    content.style.fontSize = choice.scale === 1 ? '' : `${(choice.scale * 100).toFixed(1)}%`;
    this.shown = { ...choice, tex: this.tex };
    beforeFonts.delete(this);
    if (!Number.isNaN(choice.width)) return this.publish(choice);
    // A guess: observed afresh, so the observer reports its width even if it did not change.
    delete this.el.dataset.fitContent;
    this.observer?.unobserve(content);
    this.observer?.observe(content);
  }

  /** The fit as chosen, on the box: whether it scrolls, and the widths a test waits for. */
  private publish(choice: Choice) {
    const { el } = this;
    const scrolls = this.width > 0 && choice.width > this.width + 1;
    el.classList.toggle('tex-scrolls', scrolls);
    if (scrolls) el.tabIndex = 0; // a box that scrolls must be reachable from the keyboard
    else el.removeAttribute('tabindex');
    el.dataset.layout = String(choice.layout);
    el.dataset.scale = choice.scale.toFixed(2);
    el.dataset.fitWidth = String(this.width);
    el.dataset.fitContent = choice.width.toFixed(1);
  }
}

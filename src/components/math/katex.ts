// Loaded on demand: KaTeX and its CSS are not needed for the first paint.
import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * The KaTeX fonts the app's formulas use, beyond the two the boot script preloads: asked for in
 * the first idle moment after KaTeX arrives, all at once. Each one otherwise loads when a formula
 * first needs it, in the middle of playback say, and every formula measured with its fallback is
 * fitted again when it arrives (FitTex); asked for together they arrive together, once.
 */
const FONTS = ['1em KaTeX_Size1', '1em KaTeX_Size2', '1em KaTeX_Size3', '1em KaTeX_Size4', '1em KaTeX_SansSerif', '1em KaTeX_AMS', '1em KaTeX_Main', 'italic 1em KaTeX_Math'];
if (typeof requestIdleCallback === 'function' && globalThis.document?.fonts) {
  requestIdleCallback(() => {
    for (const font of FONTS) document.fonts.load(font).catch(() => {});
  });
}

/**
 * The last formulas rendered: a timeline played again, a step revisited or a panel re-mounted
 * shows the same TeX, and rendering it is most of what a new step costs.
 */
const RENDERED = new Map<string, string>();
const KEEP = 600;

/** TeX the app generates itself, rendered with trust off; errors show in red instead of throwing. */
export function renderTex(tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = RENDERED.get(key);
  if (hit !== undefined) {
    RENDERED.delete(key); // most recently used last
    RENDERED.set(key, hit);
    return hit;
  }
  const html = katex.renderToString(tex, { displayMode: display, throwOnError: false, trust: false, output: 'htmlAndMathml' });
  RENDERED.set(key, html);
  if (RENDERED.size > KEEP) RENDERED.delete(RENDERED.keys().next().value as string);
  return html;
}

// Loaded on demand: KaTeX and its CSS are not needed for the first paint.
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** TeX the app generates itself, rendered with trust off; errors show in red instead of throwing. */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, trust: false, output: 'htmlAndMathml' });
}

/** The figure for the worksheet: what is on screen, with every computed number taken out. */
import { chapterFigure, figureSvgText } from '../layout/exportFigure';

/** States of a quantity someone has to compute (SPEC §4.2): none of their numbers may be printed on page 1. */
const COMPUTED = new Set(['pending', 'active', 'reused', 'done', 'recomputed']);

/** The chapter's figure as SVG text, computed values blanked, or null when the chapter has no figure. */
export function blankFigure(chapter: string): string | null {
  const figure = chapterFigure(chapter);
  if (!figure) return null;
  const doc = new DOMParser().parseFromString(figureSvgText(figure), 'image/svg+xml');
  if (doc.querySelector('parsererror')) return null;
  for (const q of doc.querySelectorAll('[data-quantity]')) {
    if (COMPUTED.has(q.getAttribute('data-state') ?? '')) q.textContent = '';
  }
  return new XMLSerializer().serializeToString(doc);
}

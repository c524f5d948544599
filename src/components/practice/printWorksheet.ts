/** The figure for the worksheet: the chapter's figure as it is before any step, with only the given values. */
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../../store/store';

/** States of a quantity someone has to compute (SPEC §4.2): none of their numbers may be printed on page 1. */
const COMPUTED = new Set(['pending', 'active', 'reused', 'done', 'recomputed']);

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Until the chapter's views show step 0 and every highlight transition has ended. */
async function settledAtStart(chapter: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const root = document.querySelector<HTMLElement>(`[data-chapter="${chapter}"]`);
    if (root?.dataset.shownStep === '0') break;
    await frame();
  }
  await frame();
  await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
}

/**
 * The chapter's figure at step 0 as SVG text (the cursor returns where it was), or null when the
 * chapter has none. Any computed number still drawn is blanked as a second guard.
 */
export async function figureAtStart(store: StoreApi<AppState>): Promise<string | null> {
  const { chapter, step } = store.getState();
  // Loaded when a worksheet is printed, not with the first paint.
  const { chapterFigure, figureSvgText } = await import('../layout/exportFigure');
  if (step !== 0) store.setState({ step: 0 });
  try {
    await settledAtStart(chapter);
    const figure = chapterFigure(chapter);
    if (!figure) return null;
    const doc = new DOMParser().parseFromString(figureSvgText(figure), 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    for (const q of doc.querySelectorAll('[data-quantity]')) {
      if (COMPUTED.has(q.getAttribute('data-state') ?? '')) q.textContent = '';
    }
    return new XMLSerializer().serializeToString(doc);
  } finally {
    if (step !== 0) store.setState({ step });
  }
}

/**
 * Waits for what a cold lazy chunk delays. On a busy 2-core machine a chapter's chunk can take
 * seconds, and findByRole re-scans the whole page on every DOM change (thousands of KaTeX nodes),
 * so these wait on one attribute read with a generous timeout instead.
 */
import { waitFor } from '@testing-library/react';

/** Long enough for a cold chunk on a loaded machine; a real failure still fails, just later. */
export const SLOW = { timeout: 20_000 } as const;

/**
 * Until the chapter's root is in the page (its code and strings have loaded) and its deferred
 * views show its cursor (`data-shown-step` equals `data-step`, and `step` when given).
 */
export async function waitForChapter(chapter: string, step?: number): Promise<HTMLElement> {
  return waitFor(() => {
    const root = document.querySelector<HTMLElement>(`[data-chapter="${chapter}"]`);
    if (!root) throw new Error(`the ${chapter} chapter is not shown yet`);
    const { step: at, shownStep } = root.dataset;
    if (at !== shownStep) throw new Error(`the ${chapter} chapter shows step ${shownStep}, its cursor is at ${at}`);
    if (step !== undefined && at !== String(step)) throw new Error(`the ${chapter} chapter is at step ${at}, not ${step}`);
    return root;
  }, SLOW);
}

// "The page shows its cursor everywhere", checked in the page: the e2e helpers, the interaction
// benches and the traces all wait for it before they read or act, so it is written once.

/**
 * True once the chapter's root shows the step its controls are at (`data-shown-step` equals
 * `data-step`), every view is mounted (`data-all-views` not 0), no formula waits for KaTeX and the
 * practice panel's chunk, if asked for, has arrived. `chapter` and `step` must match when given.
 * With `load`, a cold load measured to chapter ready (SPEC §6): the figure is there, and the views
 * mounted after the first commit are not waited for.
 * Self-contained: Playwright sends its source to the page.
 * @param {{ chapter?: string, step?: number, load?: boolean }} [want]
 */
export function pageShows({ chapter, step, load } = {}) {
  const root = document.querySelector('[data-shown-step]');
  if (!root || root.dataset.step !== root.dataset.shownStep) return false;
  if (load ? !root.querySelector('svg') : root.dataset.allViews === '0') return false;
  if (chapter !== undefined && root.dataset.chapter !== chapter) return false;
  if (step !== undefined && root.dataset.step !== String(step)) return false;
  return !document.querySelector('.tex-loading, .practice-loading');
}

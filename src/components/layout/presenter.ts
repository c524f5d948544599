/** Presenter mode: full screen where the browser allows it (it needs a click or a key press). */
export function enterPresenter(setPresent: (on: boolean) => void): void {
  setPresent(true);
  const root = document.documentElement;
  if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => {});
}

export function leavePresenter(setPresent: (on: boolean) => void): void {
  setPresent(false);
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/**
 * P or F5: a page opened with present=1 has the styling but cannot be full screen yet (that needs
 * a gesture), so the first press makes it full screen instead of turning presenting off.
 */
export function togglePresenter(present: boolean, setPresent: (on: boolean) => void): void {
  const canGoFull = document.fullscreenEnabled && !document.fullscreenElement && !!document.documentElement.requestFullscreen;
  if (present && !canGoFull) leavePresenter(setPresent);
  else enterPresenter(setPresent);
}

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

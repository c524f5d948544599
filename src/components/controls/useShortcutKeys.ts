import { useEffect } from 'react';
import { useAppStore } from '../../store/context';
import { enterPresenter, leavePresenter, togglePresenter } from '../layout/presenter';

interface Handlers {
  toggleHelp: () => void;
  toggleBlank: () => void;
  /** Esc: close what is open (help, blank screen) before leaving presenter mode. */
  escape: () => boolean;
}

const typing = (el: Element | null) =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && el.type !== 'range' && el.type !== 'radio' && el.type !== 'checkbox');

/**
 * Presenter keys (clickers send F5, Esc and B besides PageDown/PageUp): P or F5 start presenting,
 * Esc leaves, B or . blanks the screen, ? shows the shortcuts. Letters are left alone while typing.
 */
export function useShortcutKeys({ toggleHelp, toggleBlank, escape }: Handlers): void {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const { present, setPresent } = store.getState();
      if (e.key === 'Escape') {
        if (!escape() && present) leavePresenter(setPresent);
        return;
      }
      if (e.key === 'F5') {
        e.preventDefault();
        enterPresenter(setPresent);
        return;
      }
      if (typing(document.activeElement)) return;
      const act: Record<string, () => void> = {
        p: () => togglePresenter(present, setPresent),
        P: () => togglePresenter(present, setPresent),
        b: toggleBlank,
        B: toggleBlank,
        '.': toggleBlank,
        '?': toggleHelp,
      };
      const f = act[e.key];
      if (!f) return;
      e.preventDefault();
      f();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, toggleHelp, toggleBlank, escape]);
}

import { useEffect } from 'react';
import { useAppStore } from '../../store/context';

/** Controls that own the arrow keys while focused: sliders, number fields, curve markers (SPEC §4.3). */
function ownsArrows(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(el.type);
  // data-owns-arrows: a widget that moves its own cursor with the arrows (the training plot's point editor).
  return el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement || el.getAttribute('role') === 'slider' || el.hasAttribute('data-owns-arrows');
}

/**
 * PageDown / PageUp step wherever the focus is (presentation clickers send them), caught in the
 * capture phase so a focused slider cannot swallow them, and cross into the next or previous
 * chapter at a chapter's ends (a lesson runs from the clicker alone); → ← Home End step within the
 * chapter unless a control owns them. While the screen is blanked, any key only unblanks it.
 */
export function useStepKeys({ blank = false, unblank }: { blank?: boolean; unblank?: () => void } = {}): void {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (blank) {
        // The room sees nothing: a key must not move what it cannot see (nor reach any other handler).
        e.preventDefault();
        e.stopPropagation();
        unblank?.();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const s = store.getState();
      // Training moves by epochs (SPEC §10): one on, one back (recomputed); Home returns to epoch 0.
      const train = s.chapter === 'train';
      const always: Record<string, () => void> = train ? { PageDown: () => s.epochBy(1), PageUp: () => s.epochBy(-1) } : { PageDown: s.pageForward, PageUp: s.pageBack };
      const unlessOwned: Record<string, () => void> = train
        ? { ArrowRight: () => s.epochBy(1), ArrowLeft: () => s.epochBy(-1), Home: s.resetTraining }
        : { ArrowRight: s.stepForward, ArrowLeft: s.stepBack, Home: () => s.seek(0), End: s.seekEnd };
      const act = always[e.key] ?? (ownsArrows(document.activeElement) ? undefined : unlessOwned[e.key]);
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      act();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [store, blank, unblank]);
}

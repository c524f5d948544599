import { useCallback, useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from './context';
import { selectNet, selectTimeline } from './timelines';
import { translate, type DictKey } from '../i18n';
import type { Timeline } from '../core/timeline';
import type { NetParams } from '../core/network';
import type { Net } from '../core/networkTimeline';

/** The current chapter's timeline (memoized in timelines.ts, so this selector is stable). */
export function useTimeline(): Timeline<string> {
  return useApp(selectTimeline);
}

/** t(key, vars) in the current language. */
export function useT(): (key: DictKey | string, vars?: Record<string, string | number>) => string {
  const lang = useApp((s) => s.lang);
  // {shape} is the network's current shape wherever a string names it (the chapter's title: 2-3-2-1 network).
  const shape = useApp((s) => s.layers.join('-'));
  return useCallback((key, vars) => translate(lang, key, { shape, ...vars }), [lang, shape]);
}

/**
 * The cursor for views beside the main figure: they follow a frame later, so one step's work is
 * split across two frames instead of one long one (autoplay stays smooth on slow machines).
 */
export function useDeferredStep(): number {
  return useDeferredValue(useApp((s) => s.step));
}

/**
 * Attributes for a chapter's root: the chapter, the cursor (`data-step`) and the step its deferred
 * views show (`data-shown-step`). Tests, and anything else that must know the page has caught up,
 * wait for the two to be equal instead of guessing how many frames that takes.
 */
export function useShownStepAttrs(chapter: string): Record<'data-chapter' | 'data-step' | 'data-shown-step', string | number> {
  return { 'data-chapter': chapter, 'data-step': useApp((s) => s.step), 'data-shown-step': useDeferredStep() };
}

/** The network example's parameters as one object (shallow-compared, so it is stable between edits). */
export function useNetParams(): NetParams {
  return useApp(
    useShallow((s) => ({ x1: s.x1, x2: s.x2, y: s.y, t1: s.t1, t2: s.t2, lambda: s.lambda, alpha: s.alpha })),
  );
}

/** The network chapter's network, any shape: layers, θ, the batch, λ, α, granularity (stable between renders). */
export function useNet(): Net {
  return useApp(selectNet);
}

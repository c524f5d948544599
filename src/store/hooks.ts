import { createContext, startTransition, useCallback, useContext, useDeferredValue, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useAppStore } from './context';
import type { AppState } from './store';
import { selectNet, selectTimeline } from './timelines';
import { translate, type DictKey } from '../i18n';
import type { Timeline } from '../core/timeline';
import type { NetParams } from '../core/network';
import type { Net } from '../core/networkTimeline';

/** The current chapter's timeline (memoized in timelines.ts, so this selector is stable). */
export function useTimeline(): Timeline<string> {
  return useApp(selectTimeline);
}

/**
 * Drags under way (a weight slider's thumb held): the views hold what they show meanwhile, so
 * every input paints in the next frame with nothing else in that frame but the slider and its
 * number. They catch up once the pointer rests for PAUSE_MS, or has been let go that long (a
 * thumb grabbed again at once would otherwise wait for the whole catch-up).
 */
let drags = 0;
const PAUSE_MS = 120;
const followers = new Set<() => void>();
let pause: ReturnType<typeof setTimeout> | undefined;
const catchUp = () => {
  clearTimeout(pause);
  pause = undefined;
  for (const follow of followers) follow();
};

/** Marks a drag as begun; the returned function ends it (once, however often it is called). */
export function beginDrag(): () => void {
  drags++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    drags--;
    if (drags > 0) return;
    clearTimeout(pause);
    pause = setTimeout(catchUp, PAUSE_MS);
  };
}

/**
 * A value derived from the store that follows it in a transition: a view re-renders with the new
 * value in a render React can interrupt and defer, never inside the event that changed it (a
 * slider's input). `selector` must be stable (a module-level function) and memoized.
 */
function useFollowing<T>(selector: (s: AppState) => T): T {
  const store = useAppStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    // The value last handed to React: a store change that leaves it as it is (a step, while
    // playing) schedules no render at all, not even one that bails out.
    let last: T | undefined;
    let sent = false;
    const follow = () => {
      const next = selector(store.getState());
      if (sent && Object.is(next, last)) return;
      last = next;
      sent = true;
      startTransition(() => setValue(() => next));
    };
    // Whatever changed between this render and the subscription is caught up at once.
    follow();
    followers.add(follow);
    const unsubscribe = store.subscribe(() => {
      if (drags === 0 && pause === undefined) return follow();
      clearTimeout(pause);
      pause = setTimeout(catchUp, PAUSE_MS);
    });
    return () => {
      followers.delete(follow);
      unsubscribe();
    };
  }, [store, selector]);
  return value;
}

/**
 * The timeline the views show: the current chapter's, a transition behind an edit (a weight
 * dragged, a sample typed), so the control itself moves at once and the views catch up after.
 */
export function useViewTimeline(): Timeline<string> {
  return useFollowing(selectTimeline);
}

/** The network the views show: with useViewTimeline, the same edit behind. */
export function useViewNet(): Net {
  return useFollowing(selectNet);
}

/** t(key, vars) in the current language. */
export function useT(): (key: DictKey | string, vars?: Record<string, string | number>) => string {
  const lang = useApp((s) => s.lang);
  // {shape} is the network's current shape wherever a string names it (the chapter's title: 2-3-2-1 network).
  const shape = useApp((s) => s.layers.join('-'));
  return useCallback((key, vars) => translate(lang, key, { shape, ...vars }), [lang, shape]);
}

/**
 * The step views hold while playback runs and they are out of sight (HoldOutOfSight): they show
 * it, and no step re-renders them, until they come into sight or playback stops. Undefined: they
 * follow the cursor.
 */
export const HeldStep = createContext<number | undefined>(undefined);

/** The cursor as a view shows it: the step, or the step it holds out of sight while playing. */
export function useViewStep(): number {
  const held = useContext(HeldStep);
  return useApp((s) => held ?? s.step);
}

/** What useDeferredStep defers while playing: nothing that changes, so no step schedules a second render. */
const PLAYING = -2;

/**
 * The cursor for views beside the main figure. A step taken by hand reaches them a render later,
 * so the figure answers the key at once. While playing they take each step in the figure's own
 * render: the step is applied at the start of a frame (usePlayback), so its render, layout and
 * paint make one frame, where a deferred render split it into several slow frames a step
 * (SPEC §6 autoplay p95 counts slow frames, and a student sees every panel change together).
 */
export function useDeferredStep(): number {
  const step = useViewStep();
  const playing = useApp((s) => s.playing);
  const deferred = useDeferredValue(playing ? PLAYING : step);
  return playing || deferred === PLAYING ? step : deferred;
}

/**
 * Attributes for a chapter's root: the chapter, the cursor (`data-step`) and the step its deferred
 * views show (`data-shown-step`). Tests, and anything else that must know the page has caught up,
 * wait for the two to be equal instead of guessing how many frames that takes. While the views
 * still show a timeline from before an edit, the shown step is -1: they show no step of this one.
 */
export function useShownStepAttrs(chapter: string): Record<'data-chapter' | 'data-step' | 'data-shown-step', string | number> {
  const shown = useDeferredStep();
  const current = useApp(selectTimeline) === useViewTimeline();
  return { 'data-chapter': chapter, 'data-step': useApp((s) => s.step), 'data-shown-step': current ? shown : -1 };
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

/**
 * The one store (STYLE: zustand's own docs): parameters, the timeline cursor and playback, with
 * every change made by an action that lives here. The timeline itself is derived (timelines.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULTS, type ChapterId, type Decoded, type Lang, type Theme, type UrlState } from '../core/url';
import type { GraphMode } from '../core/graphTimeline';
import { selectStepCount } from './timelines';
import { clampTo, RANGES, type Range } from '../core/ranges';
import { neighbourStop, type Stop } from './lesson';
import { practiceActions, type PracticeState } from './practiceActions';
import { networkActions, type NetworkActions } from './networkActions';
import { trainActions, type TrainSlice } from './trainActions';

export const SPEEDS = [0.5, 1, 2, 4] as const;

/** Numeric parameters a slider or number field may set, each with its range (core/ranges). */
export const PARAM_RANGES = {
  x1: RANGES.x,
  x2: RANGES.x,
  lambda: RANGES.lambda,
  alpha: RANGES.alpha,
  z: RANGES.z,
  a: RANGES.graphInput,
  b: RANGES.graphInput,
  chain: RANGES.chain,
} as const satisfies Record<string, Range>;
export type NumericParam = keyof typeof PARAM_RANGES;

export interface AppState extends UrlState, PracticeState, NetworkActions, TrainSlice {
  /** URL keys that were malformed or repeated when the page opened (for the notice). */
  ignored: readonly string[];
  repeated: readonly string[];
  playing: boolean;
  /** Where openCurveAt came from, so a "back" link can return to that chapter and step (not in the URL). */
  backTo: { chapter: ChapterId; step: number } | null;
  /** Steps per second while playing. */
  speed: (typeof SPEEDS)[number];

  stepForward: () => void;
  stepBack: () => void;
  /** The clicker's PageDown: the next step, or at the last step the next chapter or mode at step 0. */
  pageForward: () => void;
  /** The clicker's PageUp: the previous step, or at step 0 the previous chapter or mode at its last step. */
  pageBack: () => void;
  /** Restores where a history entry was (Back, Forward): chapter, mode and step, and any other keys given. */
  restore: (at: Pick<UrlState, 'chapter' | 'mode' | 'step'> & Partial<UrlState>) => void;
  seek: (k: number) => void;
  seekEnd: () => void;
  reset: () => void;
  togglePlay: () => void;
  setSpeed: (speed: AppState['speed']) => void;
  setChapter: (chapter: ChapterId) => void;
  /** Opens a curve chapter at the point z (e.g. a hidden unit's z²ⱼ from the network chapter), at step k (default: the last). */
  openCurveAt: (chapter: 'sigmoid' | 'loss' | 'derivative', z: number, k?: number) => void;
  /** Returns to where openCurveAt was called from. */
  goBack: () => void;
  setMode: (mode: GraphMode) => void;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme | null) => void;
  setPresent: (present: boolean) => void;
  setParam: (key: NumericParam, value: number) => void;
  setLabel: (y: 0 | 1) => void;
  /** Loads a whole network example (a preset); the cursor keeps its place. */
  setExample: (example: Pick<UrlState, 'x1' | 'x2' | 'y' | 't1' | 't2' | 'lambda' | 'alpha'>) => void;
  dismissNotice: () => void;
}


export function createAppStore(decoded: Decoded = { state: DEFAULTS, ignored: [], repeated: [] }): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => {
    const count = () => selectStepCount(get());
    const seek = (k: number) => {
      const step = Math.max(0, Math.min(count(), Math.trunc(k) || 0));
      set({ step, playing: get().playing && step < count() });
    };
    /** Parameters changed: the cursor keeps its place, clamped if the timeline got shorter. */
    const setKeepingCursor = (patch: Partial<UrlState>) => {
      set(patch);
      if (get().step > count()) set({ step: count() });
    };
    /** One update, so the URL sync sees one navigation (one history entry) with its final step. */
    const openAt = (at: Pick<UrlState, 'chapter' | 'mode'> & Partial<AppState>, k: number) => {
      const n = selectStepCount({ ...get(), ...at });
      set({ ...at, step: Math.max(0, Math.min(n, Math.trunc(k) || 0)), playing: false });
    };
    const openStop = (stop: Stop, end: boolean) =>
      openAt({ chapter: stop.chapter, mode: stop.mode ?? get().mode }, end ? Number.MAX_SAFE_INTEGER : 0);
    return {
      ...decoded.state,
      ignored: [...decoded.ignored],
      repeated: [...decoded.repeated],
      playing: false,
      backTo: null,
      speed: 1,

      // Practice mode (SPEC §10): Next step first asks for the step, then reveals it.
      stepForward: () => get().practiceIntercept() || seek(get().step + 1),
      stepBack: () => set({ step: Math.max(0, get().step - 1), playing: false }),
      pageForward: () => {
        if (get().practiceIntercept()) return;
        const next = get().step >= count() ? neighbourStop(get(), 1) : undefined;
        if (next) openStop(next, false);
        else get().stepForward();
      },
      pageBack: () => {
        const previous = get().step === 0 ? neighbourStop(get(), -1) : undefined;
        if (previous) openStop(previous, true);
        else get().stepBack();
      },
      restore: ({ step, ...at }) => openAt({ ...at, training: false }, step),
      seek: (k) => seek(k),
      seekEnd: () => seek(count()),
      reset: () => set({ step: 0, playing: false }),
      togglePlay: () => {
        if (get().playing) return set({ playing: false });
        // Play from the start again once the end has been reached.
        if (get().step >= count()) set({ step: 0 });
        set({ playing: count() > 0 });
      },
      setSpeed: (speed) => set({ speed }),
      setChapter: (chapter) => set({ chapter, step: 0, playing: false }),
      openCurveAt: (chapter, z, k = Number.MAX_SAFE_INTEGER) => {
        const backTo = { chapter: get().chapter, step: get().step };
        openAt({ chapter, mode: get().mode, backTo, z: Number.isFinite(z) ? clampTo(PARAM_RANGES.z, z) || 0 : 0 }, k);
      },
      goBack: () => {
        const back = get().backTo;
        if (!back) return;
        openAt({ chapter: back.chapter, mode: get().mode, backTo: null }, back.step);
      },
      setMode: (mode) => set({ mode, step: 0, playing: false }),
      setLang: (lang) => set({ lang }),
      setTheme: (theme) => set({ theme }),
      setPresent: (present) => set({ present }),
      setParam: (key, value) => {
        if (Number.isFinite(value)) setKeepingCursor({ [key]: clampTo(PARAM_RANGES[key], value) || 0 });
      },
      setLabel: (y) => set({ y }),
      setExample: (example) => setKeepingCursor({ ...example, seed: null }),
      dismissNotice: () => set({ ignored: [], repeated: [] }),
      ...practiceActions(set, get),
      ...networkActions(set, get),
      ...trainActions(set, get),
    };
  });
}

/** A store opened from a URL: the step is clamped to the chapter's last step ("past the end means the last"). */
export function createStoreFromUrl(decoded: Decoded): StoreApi<AppState> {
  const store = createAppStore(decoded);
  store.getState().seek(decoded.state.step);
  return store;
}

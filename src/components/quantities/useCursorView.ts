import { useDeferredStep, useViewStep, useViewTimeline } from '../../store/hooks';
import { currentStep, stateAt, valueAt } from '../../core/derive';
import type { QuantityState, Step } from '../../core/timeline';

export interface CursorView {
  k: number;
  step: Step<string> | undefined;
  value: (id: string) => number | undefined;
  state: (id: string) => QuantityState;
  /** ln|value| where the timeline knows it (for values a double underflows). */
  logOf: (id: string) => number | undefined;
}

/** The current chapter's timeline read at the cursor: every view derives what it shows from this. */
export function useCursorView({ deferred = false } = {}): CursorView {
  const timeline = useViewTimeline();
  const now = useViewStep();
  const later = useDeferredStep();
  const k = deferred ? later : now;
  return {
    k,
    step: currentStep(timeline, k),
    value: (id) => valueAt(timeline, k, id),
    state: (id) => stateAt(timeline, k, id),
    logOf: (id) => timeline.lnOf?.(id),
  };
}

const PRIORITY: QuantityState[] = ['active', 'recomputed', 'reused', 'read'];

/** The most telling state among several quantities (a unit is "active" if any of its values is). */
export function strongest(states: QuantityState[]): QuantityState | 'idle' {
  return PRIORITY.find((p) => states.includes(p)) ?? 'idle';
}

/**
 * What a part of a view reads at the cursor for these ids (state, value, log), as one string: a
 * part given it as `sig` can be memoised with `sameSig`, since the CursorView is a new object at
 * every render and a step changes only a few quantities.
 */
export function sigOf(view: CursorView, ids: readonly string[]): string {
  return ids.map((id) => `${id} ${view.state(id)} ${view.value(id)} ${view.logOf(id) ?? ''}`).join('|');
}

/** memo's comparison for a part given `sig`: equal when `sig` and every prop but the ones it stands for are. */
export function sameSig<P extends { sig: string }>(...standsFor: (keyof P)[]) {
  return (a: P, b: P) => (Object.keys(b) as (keyof P)[]).every((k) => standsFor.includes(k) || Object.is(a[k], b[k]));
}

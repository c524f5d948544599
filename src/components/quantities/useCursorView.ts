import { useApp } from '../../store/context';
import { useDeferredStep, useTimeline } from '../../store/hooks';
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
  const timeline = useTimeline();
  const now = useApp((s) => s.step);
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

import { useApp } from '../../store/context';
import { useTimeline } from '../../store/hooks';
import { currentStep, stateAt, valueAt } from '../../core/derive';
import { curveValues } from '../../core/curves';
import type { CurveId } from '../../core/ids';
import type { QuantityState, Step } from '../../core/timeline';

export interface CurveView {
  z: number;
  k: number;
  step: Step<string> | undefined;
  steps: readonly Step<string>[];
  /** Curves written so far, in the order the steps wrote them: what the plots draw. */
  written: CurveId[];
  value: (id: CurveId) => number | undefined;
  state: (id: CurveId) => QuantityState;
  /** Natural log of a value past a double's range (e^1000), for Quantity. */
  ln: (id: CurveId) => number | undefined;
}

/** The curve chapter's timeline read at the cursor: the plots and readouts derive all they show from it. */
export function useCurveView(): CurveView {
  const timeline = useTimeline();
  const k = useApp((s) => s.step);
  const z = useApp((s) => s.z);
  const at = curveValues(z);
  return {
    z,
    k,
    step: currentStep(timeline, k),
    steps: timeline.steps,
    written: [...new Set(timeline.steps.slice(0, k).flatMap((s) => s.writes as CurveId[]))],
    value: (id) => valueAt(timeline, k, id),
    state: (id) => stateAt(timeline, k, id),
    ln: (id) => at[id].ln,
  };
}

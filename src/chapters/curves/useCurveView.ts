import { useApp } from '../../store/context';
import { useTimeline } from '../../store/hooks';
import { curveValues } from '../../core/curves';
import type { CurveId } from '../../core/ids';
import type { Step } from '../../core/timeline';
import { useCursorView, type CursorView } from '../../components/quantities/useCursorView';

export interface CurveView extends CursorView {
  z: number;
  steps: readonly Step<string>[];
  /** Curves written so far, in the order the steps wrote them: what the plots draw. */
  written: CurveId[];
  /** Natural log of a value past a double's range (e^1000), for Quantity. */
  ln: (id: CurveId) => number | undefined;
}

/** The curve chapter's timeline read at the cursor: the plots and readouts derive all they show from it. */
export function useCurveView(): CurveView {
  const timeline = useTimeline();
  const view = useCursorView();
  const z = useApp((s) => s.z);
  const at = curveValues(z);
  return {
    ...view,
    z,
    steps: timeline.steps,
    written: [...new Set(timeline.steps.slice(0, view.k).flatMap((s) => s.writes as CurveId[]))],
    ln: (id) => at[id].ln,
  };
}

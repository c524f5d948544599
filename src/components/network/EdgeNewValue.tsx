import type { CursorView } from '../quantities/useCursorView';
import { Quantity } from '../quantities/Quantity';
import './derivations.css';

/** The step being shown writes this weight's new value: the update step, found from its writes. */
export const updatesEdge = (theta: string, view: CursorView) => view.step?.writes.includes(`new_${theta}`) ?? false;

/**
 * An edge label's second line at the update: "→ θ′" under the old weight, so the edge reads
 * old → new in the space the gradient line takes the rest of the time.
 */
export function EdgeNewValue({ theta, x, y, view }: { theta: string; x: number; y: number; view: CursorView }) {
  const id = `new_${theta}`;
  return (
    <text x={x} y={y} textAnchor="middle" className="edge-new">
      <tspan className="sym">→ </tspan>
      <Quantity svg id={id} value={view.value(id)} state={view.state(id)} />
    </text>
  );
}

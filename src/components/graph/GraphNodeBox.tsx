import { Quantity } from '../quantities/Quantity';
import { useT } from '../../store/hooks';
import { fitClass, GraphBox, StateMark } from './GraphBox';
import { LINES, type Box } from './graphLayout';
import type { NodeDerivative, NodeView, Shown } from './graphView';

/** Characters a line holds at its full font size before it shrinks (see fitClass). */
const ROOM = { node: 8, label: 7, derivative: 6 } as const;

/** ∂node/∂seed for the pass under way: a cached quantity, or the constant the seed fixes. */
function DerivativeLine({ d, box }: { d: NodeDerivative; box: Box }) {
  const t = useT();
  const y = box.y + LINES.node[2];
  return (
    <>
      <line className="graph-divider" x1={box.x + 8} x2={box.x + box.w - 8} y1={y - 21} y2={y - 21} />
      <text
        x={box.x + box.w / 2}
        y={y}
        textAnchor="middle"
        className={`graph-derivative ${fitClass(d.shown?.value, ROOM.derivative)}`}
      >
        <tspan className="sym">{t('graph.partial', { of: d.of, wrt: d.wrt })}</tspan>
        {d.shown ? (
          <>
            {d.shown.value !== undefined && <tspan> = </tspan>}
            <Quantity svg id={d.shown.id} value={d.shown.value} state={d.shown.state} />
            <tspan> </tspan>
            <StateMark shown={d.shown} />
          </>
        ) : (
          <tspan> = {d.constant}</tspan>
        )}
        {d.seed && <tspan className="graph-seed"> {t('graph.seed')}</tspan>}
      </text>
    </>
  );
}

export function GraphNodeBox({ view, box }: { view: NodeView; box: Box }) {
  const t = useT();
  const { value } = view;
  const cx = box.x + box.w / 2;
  return (
    <GraphBox box={box} shown={value} className="graph-node">
      <text x={cx} y={box.y + LINES.node[0]} textAnchor="middle" className="graph-node-name sym">
        {t(`graph.node.${view.node}`)}
      </text>
      <text
        x={cx}
        y={box.y + LINES.node[1]}
        textAnchor="middle"
        className={`graph-node-value ${fitClass(value.value, ROOM.node)}`}
      >
        <Quantity svg id={value.id} value={value.value} state={value.state} />
      </text>
      {view.derivative && <DerivativeLine d={view.derivative} box={box} />}
    </GraphBox>
  );
}

/** An edge's local partial, or an answer ∂e/∂x: its symbol, then its number once computed. */
export function PartialBox({ shown, name, box, className }: { shown: Shown; name: string; box: Box; className: string }) {
  const cx = box.x + box.w / 2;
  return (
    <GraphBox box={box} shown={shown} className={className}>
      <text x={cx} y={box.y + LINES.label[0]} textAnchor="middle" className="graph-name sym">
        {name}
      </text>
      <text x={cx} y={box.y + LINES.label[1]} textAnchor="middle" className={`graph-value ${fitClass(shown.value, ROOM.label)}`}>
        <Quantity svg id={shown.id} value={shown.value} state={shown.state} />
      </text>
    </GraphBox>
  );
}

import { memo, useMemo, useRef, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { useActions, useApp } from '../../store/context';
import { useT, useViewTimeline, useViewNet } from '../../store/hooks';
import { LABEL, type EdgeLayout } from '../../layout/networkLayout';
import { layoutFor } from '../../layout/shapeLayout';
import { EDGE_WIDTH, NEGATIVE_DASH } from '../../theme';
import { snapToStep } from '../../core/snap';
import { Quantity } from '../quantities/Quantity';
import { EdgeNewValue, updatesEdge } from './EdgeNewValue';
import { sameSig, sigOf, strongest, useCursorView, type CursorView } from '../quantities/useCursorView';
import { FigureUnit, fit, type UnitProps } from './FigureUnit';
import { figureSample, unitIds } from './figureIds';
import { formatId, parseId, type NetIdKind } from '../../core/netIds';
import './shapes.css';
import { quantityLabel } from '../quantities/labels';

const WEIGHT_KINDS: readonly NetIdKind[] = ['grad_theta', 'Delta', 'new_theta'];

const width = scaleLinear().domain([0, EDGE_WIDTH.maxAt]).range([EDGE_WIDTH.min, EDGE_WIDTH.max]).clamp(true);

/** The network of the current shape; everything lit is derived from the step records. */
export const NetworkFigure = memo(function NetworkFigure() {
  const t = useT();
  // The shape the views' timeline is of (an edit reaches both in the same render).
  const { layers, samples } = useViewNet();
  const m = samples.length;
  const focused = useApp((s) => s.focusedWeight);
  const [hovered, setHovered] = useState<string | null>(null);
  const view = useCursorView();
  const timeline = useViewTimeline();
  const layout = useMemo(() => layoutFor(layers), [layers]);
  const at = m > 1 ? figureSample(timeline.steps, view.k) : 1;
  const seed = layout.roomy;
  const title = seed ? t('network.figure') : t('network.figureShape', { shape: layers.join('-'), m });
  // A label with no room on the figure shows over it while its edge is hovered or its field focused.
  // So does the weight the current step works on (its ∂J/∂θ or Δ term), when it is the step's only one.
  const stepWeights = (view.step?.writes ?? []).map((id) => parseId(id)).filter((p) => p && WEIGHT_KINDS.includes(p.kind));
  const stepTheta = stepWeights.length === 1 ? formatId({ ...stepWeights[0]!, kind: 'theta' }) : null;
  const wanted = hovered ?? focused ?? stepTheta;
  const onDemand = layout.edges.find((e) => !e.shown && e.theta === wanted);
  const svg = (
    <svg className="network-figure" viewBox={`0 0 ${layout.view.w} ${layout.view.h}`} role="img" aria-labelledby="network-figure-title" data-figure="" data-shape={layers.join(',')}>
      <title id="network-figure-title">{title}</title>
      {layout.lossLinks.map((k, n) => (
        <line key={n} className="loss-link" x1={k.x} y1={k.y} x2={k.x2} y2={k.y2} />
      ))}
      {layout.edges.map((e) => (
        <Edge key={e.theta} edge={e} theta={view.value(e.theta) ?? 0} state={edgeState(e, view)} lit={e.theta === wanted} onHover={setHovered} />
      ))}
      {layout.edges.filter((e) => e.shown).map((e) => (
        <EdgeLabel key={e.theta} edge={e} view={view} sig={labelSig(e, view)} />
      ))}
      {layout.units.map((u) => (
        <UnitAt key={u.id} unit={u} ids={unitIds(u, layers, m, at)} view={view} biasLabel={t('network.bias')} roomy={seed} />
      ))}
      {m > 1 && (
        <text x={12} y={layout.view.h - 10} className="figure-sample">
          {t('network.figureSample', { i: at, m })}
        </text>
      )}
      {onDemand && <EdgeLabel edge={onDemand} view={view} sig={labelSig(onDemand, view)} overlay />}
    </svg>
  );
  // On a phone a larger network scrolls sideways inside its box rather than shrink past reading.
  return seed ? svg : <div className="net-figure-scroll">{svg}</div>;
});

function edgeState(e: EdgeLayout, view: CursorView) {
  return strongest([view.state(e.theta), view.state(`grad_${e.theta}`), view.state(`new_${e.theta}`)]);
}

/** A unit with what it reads at the cursor: a step re-renders only the units whose quantities it changed. */
function UnitAt(props: Omit<UnitProps, 'sig'>) {
  const { ids, view } = props;
  return <FigureUnit {...props} sig={`${ids.title}:${sigOf(view, [...ids.forward, ...ids.backward])}`} />;
}

/** What an edge label reads at the cursor (its weight, gradient, new value, and whether this step updates it). */
const labelSig = (e: EdgeLayout, view: CursorView) =>
  `${updatesEdge(e.theta, view)}:${sigOf(view, [e.theta, `grad_${e.theta}`, `new_${e.theta}`])}`;

interface EdgeProps {
  edge: EdgeLayout;
  /** The weight's value at the cursor. */
  theta: number;
  state: string;
  lit: boolean;
  onHover: (theta: string | null) => void;
}

// Plain values only, so a step re-renders just the edges whose weight or state it changed.
const Edge = memo(function Edge({ edge: e, theta, state, lit, onHover }: EdgeProps) {
  const { setWeight } = useActions();
  const drag = useRef<{ y: number; theta: number } | null>(null);
  const d = `M${e.x1},${e.y1}L${e.x2},${e.y2}`;
  return (
    <g className={`edge state-${state} ${theta < 0 ? 'negative' : 'positive'} ${lit ? 'lit' : ''}`}>
      <path className="edge-line" d={d} strokeWidth={width(Math.abs(theta))} strokeDasharray={theta < 0 ? NEGATIVE_DASH : undefined} />
      {/* A wide invisible stroke to grab: dragging up raises the weight, 100 px per unit. */}
      <path
        className="edge-hit"
        d={d}
        aria-hidden="true"
        onPointerEnter={() => onHover(e.theta)}
        onPointerLeave={() => onHover(null)}
        onPointerDown={(ev) => {
          ev.currentTarget.setPointerCapture(ev.pointerId);
          drag.current = { y: ev.clientY, theta };
        }}
        onPointerMove={(ev) => {
          if (!drag.current) return;
          // Snapped as the weight sliders snap (SPEC §10): 0.01.
          setWeight(e.l, e.j, e.i, snapToStep(drag.current.theta + (drag.current.y - ev.clientY) / 100, 0.01));
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      />
    </g>
  );
});

interface EdgeLabelProps {
  edge: EdgeLayout;
  view: CursorView;
  /** What the label reads from the view (labelSig): it re-renders only when that changes. */
  sig: string;
  overlay?: boolean;
}

const EdgeLabel = memo(function EdgeLabel({ edge: e, view, overlay }: EdgeLabelProps) {
  const grad = `grad_${e.theta}`;
  const { x, y } = e.label;
  const name = quantityLabel(e.theta, 'en', 'network');
  return (
    <g className={`edge-label state-${edgeState(e, view)} ${overlay ? 'overlay' : ''}`}>
      <rect x={x - LABEL.w / 2} y={y - LABEL.h / 2} width={LABEL.w} height={LABEL.h} rx={6} />
      <text x={x} y={y - 6} textAnchor="middle" {...fit(`${name} `, view.value(e.theta), 19, LABEL.w)}>
        <tspan className="sym">{name} </tspan>
        <Quantity svg compact id={e.theta} value={view.value(e.theta)} state={view.state(e.theta)} />
      </text>
      {updatesEdge(e.theta, view) ? (
        <EdgeNewValue theta={e.theta} x={x} y={y + 17} view={view} />
      ) : (
        <text x={x} y={y + 17} textAnchor="middle" className="grad" {...fit('∇ ', view.value(grad), 17, LABEL.w)}>
          {view.state(grad) !== 'pending' && <tspan className="sym">∇ </tspan>}
          <Quantity svg compact id={grad} value={view.value(grad)} state={view.state(grad)} />
        </text>
      )}
    </g>
  );
}, sameSig<EdgeLabelProps>('view'));

import { useMemo, type CSSProperties } from 'react';
import { useApp } from '../../store/context';
import { useT, useTimeline } from '../../store/hooks';
import { COLORS, DURATION_MS, EASE_CSS, NEGATIVE_DASH } from '../../theme';
import { quantityLabel } from '../quantities/labels';
import { GRAPH_INPUTS } from '../../core/graph';
import { graphLayout, PENDING_DASH, type EdgeGeometry } from './graphLayout';
import { derivativeNodes, graphView, type EdgeView } from './graphView';
import { GraphNodeBox, PartialBox } from './GraphNodeBox';
import { GraphLegend } from './GraphLegend';
import { PassCaption } from './PassCaption';
import './graphFigure.css';

function EdgeLine({ view, geometry }: { view: EdgeView; geometry: EdgeGeometry }) {
  const { state, value } = view.partial;
  const negative = value !== undefined && value < 0;
  const stroke = state === 'pending' ? COLORS.muted : negative ? COLORS.negative : COLORS.positive;
  const { start, end } = geometry;
  const classes = ['graph-edge', `state-${state}`, view.flow && 'is-flow', view.onPath && 'on-path'].filter(Boolean).join(' ');
  return (
    <g className={classes}>
      <line className="graph-edge-band" x1={start.x} y1={start.y} x2={end.x} y2={end.y} />
      <line
        className="graph-edge-line"
        x1={start.x}
        y1={start.y}
        x2={end.x}
        y2={end.y}
        stroke={stroke}
        strokeDasharray={state === 'pending' ? PENDING_DASH : negative ? NEGATIVE_DASH : undefined}
      />
      <polygon className="graph-edge-arrow" points={geometry.arrow} fill={stroke} />
    </g>
  );
}

/** The classic figure of e = (a+b)(b+1) at the cursor: values on nodes, local partials on edges. */
export function GraphFigure() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const k = useApp((s) => s.step);
  const mode = useApp((s) => s.mode);
  const timeline = useTimeline();
  const layout = useMemo(() => graphLayout(derivativeNodes(mode)), [mode]);
  const view = graphView(timeline, k, mode);
  const motion = { '--graph-duration': `${DURATION_MS}ms`, '--graph-ease': EASE_CSS } as CSSProperties;
  return (
    <figure className={`graph-figure ${view.pass > 0 ? 'is-live' : ''}`} style={motion} data-figure="">
      <PassCaption view={view} mode={mode} />
      <svg className="graph-svg" viewBox={`0 0 ${layout.view.w} ${layout.view.h}`} role="img" aria-label={t('graph.figure')}>
        <g>
          {view.edges.map((e, i) => (
            <EdgeLine key={e.edge.partial} view={e} geometry={layout.edges[i]} />
          ))}
        </g>
        {view.nodes.map((n) => (
          <GraphNodeBox key={n.node} view={n} box={layout.nodes[n.node]} />
        ))}
        {view.edges.map((e, i) => (
          <PartialBox
            key={e.edge.partial}
            shown={e.partial}
            name={quantityLabel(e.edge.partial, lang)}
            box={layout.edges[i].label}
            className="graph-edge-label"
          />
        ))}
        {view.gradients.map((g, i) => (
          <PartialBox
            key={g.id}
            shown={g}
            name={quantityLabel(g.id, lang)}
            box={layout.gradients[GRAPH_INPUTS[i]]}
            className="graph-gradient"
          />
        ))}
      </svg>
      <GraphLegend mode={mode} />
    </figure>
  );
}

import { useMemo } from 'react';
import { useApp } from '../../store/context';
import { useT, useTimeline } from '../../store/hooks';
import { currentStep } from '../../core/derive';
import { buildChain, totalId } from '../../core/graphChain';
import { derivativePasses } from '../../core/graphTimeline';
import { quantityLabel } from '../quantities/labels';
import { chainLayout } from './chainLayout';
import { shownAt } from './graphView';
import { PartialBox } from './GraphNodeBox';
import { PassCaption } from './PassCaption';
import { GraphLegend } from './GraphLegend';
import { PENDING_DASH } from './graphLayout';

/** The chain of k diamonds at the cursor: values on nodes, local partials on edges, answers by the inputs. */
export function ChainFigure({ k }: { k: number }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const cursor = useApp((s) => s.step);
  const mode = useApp((s) => s.mode);
  const timeline = useTimeline();
  const chain = useMemo(() => buildChain(k), [k]);
  const layout = useMemo(() => chainLayout(chain), [chain]);
  const step = currentStep(timeline, cursor);
  const passes = derivativePasses(mode, k);
  const pass = step?.pass ?? 0;
  const box = (id: string, b: (typeof layout.nodes)[string], className: string) => (
    <PartialBox key={id} shown={shownAt(timeline, cursor, id)} name={quantityLabel(id, lang)} box={b} className={className} />
  );
  return (
    <figure className={`graph-figure chain-figure ${pass > 0 ? 'is-live' : ''}`}>
      <PassCaption view={{ pass, passes }} mode={mode} />
      <p className="chain-scroll-cue">{t('graph.chain.scroll', { k })}</p>
      <div className="chain-scroll" tabIndex={0} role="group" aria-label={t('graph.chain.figure', { k })}>
        <svg
          className="graph-svg chain-svg"
          viewBox={`0 0 ${layout.view.w} ${layout.view.h}`}
          style={{ width: `${Math.round(layout.view.w * 0.8)}px` }}
          role="img"
          aria-label={t('graph.chain.figure', { k })}
        >
          <defs>
            <marker id="chain-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" className="chain-arrowhead" />
            </marker>
          </defs>
          {chain.edges.map((e, i) => {
            const g = layout.edges[i];
            const state = shownAt(timeline, cursor, e.partial).state;
            const flow = !!step && step.writes.includes(e.to) && step.reads.includes(e.from);
            return (
              <line
                key={e.partial}
                className={`chain-edge state-${state} ${flow ? 'is-flow' : ''}`}
                x1={g.start.x}
                y1={g.start.y}
                x2={g.end.x}
                y2={g.end.y}
                strokeDasharray={state === 'pending' ? PENDING_DASH : undefined}
                markerEnd="url(#chain-arrow)"
              />
            );
          })}
          {chain.nodes.map((n) => box(n.id, layout.nodes[n.id], 'graph-node'))}
          {chain.edges.map((e, i) => box(e.partial, layout.edges[i].label, 'graph-edge-label'))}
          {chain.inputs.map((x) => box(totalId(x), layout.answers[x], 'graph-gradient'))}
        </svg>
      </div>
      <GraphLegend mode={mode} />
    </figure>
  );
}

import { useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { EDGES, LABEL, LOSS_LINK, UNITS, VIEW, type EdgeLayout, type UnitLayout } from '../../layout/networkLayout';
import { EDGE_WIDTH, NEGATIVE_DASH } from '../../theme';
import { THETA1_IDS, THETA2_IDS } from '../../core/ids';
import { quantityText } from '../../core/format';
import { Quantity } from '../quantities/Quantity';
import { quantityLabel } from '../quantities/labels';
import { EdgeNewValue, updatesEdge } from './EdgeNewValue';
import { strongest, useCursorView, type CursorView } from '../quantities/useCursorView';

const width = scaleLinear().domain([0, EDGE_WIDTH.maxAt]).range([EDGE_WIDTH.min, EDGE_WIDTH.max]).clamp(true);

/** What each unit shows: its values inside, its backward quantities in a badge below. */
const INSIDE: Record<UnitLayout['id'], string[]> = {
  x0: ['x0'], x1: ['x1'], x2: ['x2'], a2_0: ['a2_0'],
  a2_1: ['z2_1', 'a2_1'], a2_2: ['z2_2', 'a2_2'], a3: ['z3', 'a3'], J: ['J'],
};
const BADGE: Partial<Record<UnitLayout['id'], string[]>> = {
  a2_1: ['sprime2_1', 'delta2_1'], a2_2: ['sprime2_2', 'delta2_2'], a3: ['delta3'], J: ['J_new'],
};
const TITLE: Record<UnitLayout['id'], string> = {
  x0: 'x₀', x1: 'x₁', x2: 'x₂', a2_0: 'a²₀', a2_1: 'a²₁', a2_2: 'a²₂', a3: 'a³', J: 'J',
};

/** The 2-2-1 network of the source's figure; everything lit is derived from the step records. */
export function NetworkFigure() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const view = useCursorView();
  return (
    <svg className="network-figure" viewBox={`0 0 ${VIEW.w} ${VIEW.h}`} role="img" aria-labelledby="network-figure-title" data-figure="">
      <title id="network-figure-title">{t('network.figure')}</title>
      <line className="loss-link" x1={LOSS_LINK.x} y1={LOSS_LINK.y} x2={LOSS_LINK.x2} y2={LOSS_LINK.y2} />
      {EDGES.map((e) => (
        <Edge key={e.theta} edge={e} view={view} />
      ))}
      {EDGES.map((e) => (
        <EdgeLabel key={e.theta} edge={e} view={view} lang={lang} />
      ))}
      {UNITS.map((u) => (
        <Unit key={u.id} unit={u} view={view} lang={lang} biasLabel={t('network.bias')} />
      ))}
    </svg>
  );
}

function edgeState(e: EdgeLayout, view: CursorView) {
  return strongest([view.state(e.theta), view.state(`grad_${e.theta}`), view.state(`new_${e.theta}`)]);
}

function Edge({ edge: e, view }: { edge: EdgeLayout; view: CursorView }) {
  const theta = view.value(e.theta) ?? 0;
  const { setTheta } = useActions();
  const drag = useRef<{ y: number; theta: number } | null>(null);
  const layer = e.theta.startsWith('theta1') ? 1 : 2;
  const index = (layer === 1 ? THETA1_IDS : THETA2_IDS).indexOf(e.theta as never);
  const d = `M${e.x1},${e.y1}L${e.x2},${e.y2}`;
  return (
    <g className={`edge state-${edgeState(e, view)} ${theta < 0 ? 'negative' : 'positive'}`}>
      <path className="edge-line" d={d} strokeWidth={width(Math.abs(theta))} strokeDasharray={theta < 0 ? NEGATIVE_DASH : undefined} />
      {/* A wide invisible stroke to grab: dragging up raises the weight, 100 px per unit. */}
      <path
        className="edge-hit"
        d={d}
        aria-hidden="true"
        onPointerDown={(ev) => {
          ev.currentTarget.setPointerCapture(ev.pointerId);
          drag.current = { y: ev.clientY, theta };
        }}
        onPointerMove={(ev) => {
          if (!drag.current) return;
          const next = drag.current.theta + (drag.current.y - ev.clientY) / 100;
          setTheta(layer, index, Math.round(next * 100) / 100);
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      />
    </g>
  );
}

function EdgeLabel({ edge: e, view, lang }: { edge: EdgeLayout; view: CursorView; lang: 'en' | 'zh' }) {
  const grad = `grad_${e.theta}`;
  const { x, y } = e.label;
  return (
    <g className={`edge-label state-${edgeState(e, view)}`}>
      <rect x={x - LABEL.w / 2} y={y - LABEL.h / 2} width={LABEL.w} height={LABEL.h} rx={6} />
      <text x={x} y={y - 6} textAnchor="middle" {...fit(`${quantityLabel(e.theta, lang)} `, view.value(e.theta), 19, LABEL.w)}>
        <tspan className="sym">{quantityLabel(e.theta, lang)} </tspan>
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
}

function Unit({ unit: u, view, lang, biasLabel }: { unit: UnitLayout; view: CursorView; lang: 'en' | 'zh'; biasLabel: string }) {
  const inside = INSIDE[u.id];
  const badge = BADGE[u.id] ?? [];
  const cx = u.x + u.w / 2;
  const showBadge = badge.some((id) => view.state(id) !== 'pending');
  return (
    <g className={`unit ${u.bias ? 'bias' : ''} state-${strongest(inside.map(view.state))}`}>
      <rect x={u.x} y={u.y} width={u.w} height={u.h} rx={u.bias ? 4 : 14} />
      <text x={cx} y={u.y + 24} textAnchor="middle" className="unit-title">
        {TITLE[u.id]}
        {u.bias && <tspan className="bias-tag"> {biasLabel}</tspan>}
      </text>
      {inside.map((id, i) => (
        <ValueLine key={id} id={id} x={cx} y={u.y + 48 + i * 25} room={u.w} view={view} lang={lang} named={inside.length > 1} />
      ))}
      {showBadge && (
        <g className={`badge state-${strongest(badge.map(view.state))}`}>
          <rect x={u.x - 8} y={u.y + u.h + 4} width={u.w + 16} height={badge.length * 24 + 8} rx={6} />
          {badge.map((id, i) => (
            <ValueLine key={id} id={id} x={cx} y={u.y + u.h + 25 + i * 24} room={u.w + 16} view={view} lang={lang} named />
          ))}
        </g>
      )}
    </g>
  );
}

interface ValueLineProps {
  id: string;
  x: number;
  y: number;
  /** Width of the box the line sits in. */
  room: number;
  view: CursorView;
  lang: 'en' | 'zh';
  named: boolean;
}

function ValueLine({ id, x, y, room, view, lang, named }: ValueLineProps) {
  const state = view.state(id);
  const name = named ? `${shortName(id, lang)} ` : '';
  return (
    <text x={x} y={y} textAnchor="middle" className={`value-line state-${state}`} {...fit(name, view.value(id), 19, room)}>
      {named && <tspan className="sym">{name}</tspan>}
      <Quantity svg compact id={id} value={view.value(id)} state={state} ln={view.logOf(id)} />
    </text>
  );
}

/** Average advance of a glyph of the figure's fonts, in ems (monospace digits are 0.6). */
const GLYPH_EM = 0.62;
/** Space kept free on each side of a line inside its box. */
const PAD = 7;

/**
 * A line longer than its box is drawn narrower (SVG's textLength) rather than spilling out:
 * an estimate from the text's length, so that 4.25×10⁻¹⁸ or −6.79×10⁻¹⁵ stays inside at any preset.
 */
function fit(prefix: string, value: number | undefined, fontSize: number, room: number) {
  const text = prefix + (value === undefined ? '' : quantityText(value, undefined, true));
  const free = room - 2 * PAD;
  return text.length * fontSize * GLYPH_EM > free ? { textLength: free, lengthAdjust: 'spacingAndGlyphs' as const } : {};
}

/** Inside a unit the layer is already named by the unit: "z", "a", "s′", "δ". */
function shortName(id: string, lang: 'en' | 'zh'): string {
  if (id === 'J_new') return 'J′ =';
  const full = quantityLabel(id, lang);
  return `${full.replace(/[²³₀₁₂]/g, '').replace(/\(z\)$/, '')} =`;
}

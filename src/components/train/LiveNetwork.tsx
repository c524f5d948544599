import { memo, useMemo } from 'react';
import { useFrameVersion, useOnScreen, type FrameClock } from '../../chapters/train/frameClock';
import { scaleLinear } from 'd3-scale';
import type { Layers } from '../../core/engine';
import { layoutFor } from '../../layout/shapeLayout';
import { EDGE_WIDTH, NEGATIVE_DASH } from '../../theme';
import { useT } from '../../store/hooks';

const width = scaleLinear().domain([0, EDGE_WIDTH.maxAt]).range([EDGE_WIDTH.min, EDGE_WIDTH.max]).clamp(true);
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** x₁, a²₁, a³ (K = 1), J: a unit's name from its id in the layout. */
function unitName(id: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^x(\d)$/.exec(id))) return `x${SUB[+m[1]]}`;
  if ((m = /^a(\d)_(\d)$/.exec(id))) return `a${SUP[+m[1]]}${SUB[+m[2]]}`;
  if ((m = /^a(\d)$/.exec(id))) return `a${SUP[+m[1]]}`;
  return id;
}

/**
 * The network with the weights training has reached: each edge's width follows |θ| and its
 * colour (and dash) its sign. The layout is the network chapter's, for any shape.
 */
function LiveNetworkView({ layers, theta, clock }: { layers: Layers; theta: readonly ArrayLike<number>[]; clock: FrameClock }) {
  const t = useT();
  // The weights are live views: the clock says when this figure's turn to redraw comes.
  useFrameVersion(clock, 'network');
  // The geometry depends on the shape alone (computing it places every label).
  const layout = useMemo(() => layoutFor(layers), [layers]);
  return (
    <figure className="train-network" ref={useOnScreen(clock, 'network')}>
      <figcaption id="train-network-title">{t('train.network')}</figcaption>
      <svg viewBox={`0 0 ${layout.view.w} ${layout.view.h}`} role="img" aria-labelledby="train-network-title">
        {layout.lossLinks.map((k, n) => (
          <line key={n} className="train-net-loss" x1={k.x} y1={k.y} x2={k.x2} y2={k.y2} />
        ))}
        {layout.edges.map((e) => {
          const w = theta[e.l - 1]?.[(e.j - 1) * (layers[e.l - 1] + 1) + e.i] ?? 0;
          const negative = w < 0;
          return (
            <line
              key={e.theta}
              x1={e.x1}
              y1={e.y1}
              x2={e.x2}
              y2={e.y2}
              stroke={negative ? 'var(--negative)' : 'var(--positive)'}
              strokeWidth={Number.isFinite(w) ? width(Math.abs(w)) : EDGE_WIDTH.max}
              strokeDasharray={negative ? NEGATIVE_DASH : undefined}
              strokeLinecap="round"
            />
          );
        })}
        {layout.units.map((u) => (
          <g key={u.id} className={`train-net-unit ${u.bias ? 'bias' : ''}`}>
            <rect x={u.x} y={u.y} width={u.w} height={u.h} rx={u.bias ? 8 : u.h / 2} />
            <text x={u.x + u.w / 2} y={u.y + u.h / 2} dy="0.35em" textAnchor="middle">
              {u.bias ? '1' : unitName(u.id)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** Redrawn in its turn while training (frameClock.ts), or when the shape changes. */
export const LiveNetwork = memo(LiveNetworkView);

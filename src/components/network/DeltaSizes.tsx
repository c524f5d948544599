import { memo } from 'react';
import { scaleLog } from 'd3-scale';
import { useActions, useApp } from '../../store/context';
import { useT, useViewTimeline, useViewNet } from '../../store/hooks';
import { netIds } from '../../core/netIds';
import { useCursorView } from '../quantities/useCursorView';
import { figureSample } from './figureIds';
import './shapes.css';

const W = 360;
const ROW = 30;
const M = { l: 74, r: 70 };

/**
 * Vanishing gradients, visible: mean |δˡ| of each layer for the sample the figure shows, on a log
 * scale, as the backward pass computes them. Read from the step records, like every other view.
 */
export const DeltaSizes = memo(function DeltaSizes() {
  const t = useT();
  const zh = useApp((s) => s.lang === 'zh');
  // The shape the views' timeline is of (an edit reaches both in the same render).
  const { layers, samples } = useViewNet();
  const m = samples.length;
  const { openCurveAt } = useActions();
  const timeline = useViewTimeline();
  const view = useCursorView({ deferred: true });
  const L = layers.length;
  if (L < 3) return null;
  const at = m > 1 ? figureSample(timeline.steps, view.k) : 1;
  const ids = netIds(layers, m);
  const rows = Array.from({ length: L - 1 }, (_, k) => {
    const l = L - k;
    const values = Array.from({ length: layers[l - 1] }, (_, j) => view.value(ids.delta(l, j + 1, at)));
    const done = values.every((v) => v !== undefined);
    return { l, size: done ? values.reduce<number>((s, v) => s + Math.abs(v!), 0) / values.length : undefined };
  });
  const sizes = rows.map((r) => r.size).filter((s): s is number => s !== undefined && s > 0);
  const lo = Math.min(1e-4, ...sizes);
  const x = scaleLog().domain([lo, 1]).range([M.l, W - M.r]).clamp(true);
  return (
    <section className="delta-sizes" aria-labelledby="delta-sizes-title">
      <h3 id="delta-sizes-title">{t('vanish.title')}</h3>
      <p className="muted">{t('vanish.about', { i: at })}</p>
      <svg
        viewBox={`0 0 ${W} ${rows.length * ROW + 8}`}
        role="img"
        aria-label={rows.map((r) => `${t('vanish.layer', { l: r.l })}${zh ? '：' : ': '}${r.size === undefined ? t('vanish.pending') : r.size.toPrecision(2)}`).join(zh ? '；' : '; ')}
      >
        {rows.map((r, n) => (
          <g key={r.l} transform={`translate(0 ${n * ROW + 4})`}>
            <text x={0} y={ROW / 2 + 4}>{t('vanish.layer', { l: r.l })}</text>
            {r.size === undefined ? (
              <>
                <rect className="pending-bar" x={M.l} y={6} width={W - M.l - M.r} height={ROW - 12} opacity={0.4} />
                <text x={W - M.r + 4} y={ROW / 2 + 4}>—</text>
              </>
            ) : (
              <>
                <rect x={M.l} y={6} width={Math.max(2, x(Math.max(r.size, lo)) - M.l)} height={ROW - 12} />
                <text x={W - M.r + 4} y={ROW / 2 + 4}>{r.size.toPrecision(2)}</text>
              </>
            )}
          </g>
        ))}
      </svg>
      <button type="button" className="curve-link" onClick={() => openCurveAt('derivative', 0)}>
        {t('vanish.link')}
      </button>
    </section>
  );
});

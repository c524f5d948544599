import { useId, useState, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatNumber } from '../../core/format';
import { useBox } from '../plots/useBox';
import { useT } from '../../store/hooks';
import { bucketPath, logTicks, plainScale, seriesExtent } from './series';
import '../plots/plots.css';

export interface Series {
  key: string;
  label: string;
  /** values[e] at epoch e, for e = 0 … count − 1. */
  values: ArrayLike<number>;
  color: string;
  dash?: string;
}

interface Props {
  title: string;
  series: readonly Series[];
  /** Epochs recorded so far (+1 for epoch 0). */
  count: number;
  log?: boolean;
  /** Fixed y range (accuracy: [0, 1]). */
  domain?: [number, number];
  format?: (x: number) => string;
  /** While training moves: a path of half the columns (the exact one once it stops). */
  coarse?: boolean;
  children?: React.ReactNode;
  /** A ref for the figure (the training chapter's frame clock watches whether it is on screen). */
  onScreen?: Ref<HTMLElement>;
}

const BASE_M = { top: 10, right: 14, bottom: 26, left: 58 };
const HEIGHT = 170;

/**
 * One or more per-epoch series as d3 lines (React draws, d3 computes). Hover, or focus and the
 * arrow keys, read exact values at an epoch. Long runs are drawn from each pixel's min and max,
 * so the path stays a few hundred points and a spike never disappears.
 */
export function SeriesChart({ title, series, count, log = false, domain, format = (x) => formatNumber(x), coarse = false, children, onScreen }: Props) {
  const t = useT();
  const id = useId();
  const { ref, width, height, scale } = useBox<HTMLDivElement>(360);
  const [at, setAt] = useState<number | null>(null);
  // Tick text grows with --plot-scale (presenter mode): so do the margins that hold it.
  const M = { top: BASE_M.top, right: BASE_M.right, bottom: BASE_M.bottom * scale, left: BASE_M.left * scale };
  const w = Math.max(160, width);
  const innerW = w - M.left - M.right;
  // Presenter mode sizes the box (--plot-fill): the chart takes its height; else a fixed one.
  const innerH = Math.max(60, (height ?? HEIGHT * Math.min(scale, 1.6)) - M.top - M.bottom);
  const last = Math.max(1, count - 1);
  const x = scaleLinear().domain([0, last]).range([0, innerW]);
  const [lo, hi] = domain ?? seriesExtent(series.map((s) => s.values), count, log);
  const y = (log ? scaleLog().clamp(true) : scaleLinear()).domain([lo, hi]).range([innerH, 0]).nice();
  // The paths' points go through the scales' arithmetic alone (the same numbers, faster).
  const px = plainScale(x.domain(), x.range());
  const py = plainScale(y.domain(), y.range(), log, log);
  const shown = at === null ? null : Math.min(at, count - 1);
  const fromPointer = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    setAt(Math.max(0, Math.min(last, Math.round(x.invert(((e.clientX - box.left) / box.width) * innerW)))));
  };
  const onKey = (e: KeyboardEvent) => {
    const step = e.shiftKey ? Math.max(1, Math.round(last / 20)) : 1;
    const move: Record<string, number> = { ArrowRight: step, ArrowLeft: -step, Home: -Infinity, End: Infinity };
    if (!(e.key in move)) return;
    e.preventDefault();
    setAt((a) => Math.max(0, Math.min(last, (a ?? count - 1) + move[e.key])));
  };
  const readout =
    shown === null
      ? ''
      : t('train.chartAt', {
          epoch: shown,
          value: series.map((s) => `${s.label} ${Number.isFinite(s.values[shown]) ? format(s.values[shown]) : '—'}`).join(t('list.sep')),
        });
  return (
    <figure className="train-chart" ref={onScreen}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <div ref={ref} className="train-chart-box">
        <svg
          width={w}
          height={innerH + M.top + M.bottom}
          className="plot-svg"
          role="img"
          tabIndex={0}
          data-owns-arrows=""
          aria-labelledby={`${id}-t`}
          aria-describedby={`${id}-r`}
          onKeyDown={onKey}
          onFocus={() => setAt((a) => a ?? count - 1)}
          onBlur={() => setAt(null)}
        >
          <g transform={`translate(${M.left},${M.top})`}>
            <rect className="plot-area" width={innerW} height={innerH} />
            {(log ? logTicks(y.domain() as [number, number]) : y.ticks(4)).map((v) => (
              <g key={v} transform={`translate(0,${y(v)})`}>
                <line className="plot-grid" x2={innerW} />
                <text className="plot-tick" x={-6} dy="0.32em" textAnchor="end">
                  {log ? formatNumber(v, 2) : formatNumber(v, 3)}
                </text>
              </g>
            ))}
            {x.ticks(5).filter(Number.isInteger).map((v) => (
              <text key={v} className="plot-tick" x={x(v)} y={innerH + 18 * scale} textAnchor="middle">
                {v}
              </text>
            ))}
            {series.map((s) => (
              <path key={s.key} d={bucketPath(s.values, count, px, py, coarse ? innerW / 2 : innerW)} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} />
            ))}
            {/* The current epoch's value: a dot at the line's end (and the only mark at epoch 0). */}
            {series.map((s) => {
              const v = s.values[count - 1];
              const py = Number.isFinite(v) && !(log && v <= 0) ? y(v) : NaN;
              return Number.isFinite(py) ? <circle key={s.key} cx={x(count - 1)} cy={py} r={3.5} fill={s.color} /> : null;
            })}
            {shown !== null && <line className="train-chart-cursor" x1={x(shown)} x2={x(shown)} y2={innerH} />}
            <rect className="train-chart-hover" width={innerW} height={innerH} onPointerMove={fromPointer} onPointerLeave={() => setAt(null)} />
          </g>
        </svg>
      </div>
      <p id={`${id}-r`} className="train-chart-readout" aria-live="polite">
        {readout}
      </p>
      {children}
    </figure>
  );
}

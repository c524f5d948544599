import { memo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { backpropCount, naiveCount } from '../../core/netCounts';
import { RANGES } from '../../core/ranges';
import './shapes.css';

const W = 360;
const H = 200;
const M = { l: 56, r: 12, t: 12, b: 36 };

/** The shapes with the current inputs, outputs and hidden width, from no hidden layer to the deepest allowed. */
export function depthSeries(layers: readonly number[]): { depth: number; naive: number; backprop: number }[] {
  const L = layers.length;
  const width = L > 2 ? Math.max(...layers.slice(1, L - 1)) : 2;
  return Array.from({ length: RANGES.layers.max - 1 }, (_, depth) => {
    const shape = [layers[0], ...Array<number>(depth).fill(width), layers[L - 1]];
    return { depth, naive: naiveCount(shape), backprop: backpropCount(shape) };
  });
}

/**
 * SPEC §7's two counts against depth for the current width, log scale: the naive count follows
 * every path (a product of widths), backprop's grows by a sum. React draws; d3 only computes.
 */
export const DepthChart = memo(function DepthChart() {
  const t = useT();
  const layers = useApp((s) => s.layers);
  const L = layers.length;
  const series = depthSeries(layers);
  const width = L > 2 ? Math.max(...layers.slice(1, L - 1)) : 2;
  const max = Math.max(...series.map((p) => p.naive));
  const x = scaleLinear().domain([0, series.length - 1]).range([M.l, W - M.r]);
  const y = scaleLog().domain([1, max * 1.5]).range([H - M.b, M.t]).nice();
  const path = (key: 'naive' | 'backprop') => line<(typeof series)[number]>((p) => x(p.depth), (p) => y(p[key]))(series) ?? '';
  const here = L - 2;
  return (
    <section className="depth-chart" aria-labelledby="depth-title">
      <h3 id="depth-title">{t('depth.title')}</h3>
      <p className="muted">{t('depth.about', { inputs: layers[0], width, outputs: layers[L - 1] })}</p>
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
        <g className="axis">
          {y.ticks(4).filter((v) => Number.isInteger(Math.log10(v))).map((v) => (
            <g key={v}>
              <line x1={M.l} x2={W - M.r} y1={y(v)} y2={y(v)} />
              <text x={M.l - 6} y={y(v) + 4} textAnchor="end">{v >= 1000 ? `10${'⁰¹²³⁴⁵⁶⁷⁸⁹'[Math.log10(v)]}` : v}</text>
            </g>
          ))}
          {series.map((p) => (
            <text key={p.depth} x={x(p.depth)} y={H - M.b + 16} textAnchor="middle">{p.depth}</text>
          ))}
          <text x={(M.l + W - M.r) / 2} y={H - 4} textAnchor="middle">{t('depth.x')}</text>
        </g>
        {here >= 0 && here < series.length && (
          <g className="here">
            <line x1={x(here)} x2={x(here)} y1={M.t} y2={H - M.b} />
            {/* Beside its line, on the side with room. */}
            <text x={x(here) + (here > (series.length - 1) / 2 ? -4 : 4)} y={M.t + 10} textAnchor={here > (series.length - 1) / 2 ? 'end' : 'start'}>
              {t('depth.here')}
            </text>
          </g>
        )}
        {(['naive', 'backprop'] as const).map((key) => (
          <g key={key}>
            <path className={key} d={path(key)} />
            {series.map((p) => <circle key={p.depth} className={key} cx={x(p.depth)} cy={y(p[key])} r={3.5} />)}
            <text x={W - M.r - 10} y={y(series[series.length - 1][key]) + (key === 'naive' ? -10 : 18)} textAnchor="end">{t(`depth.${key}`)}</text>
          </g>
        ))}
      </svg>
      {/* The same numbers for a screen reader, and as text to check the chart by. */}
      <table className="depth-table">
        <caption>{t('depth.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('depth.x')}</th>
            <th scope="col">{t('depth.naive')}</th>
            <th scope="col">{t('depth.backprop')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.depth} className={p.depth === here ? 'current' : undefined}>
              <th scope="row">{p.depth}</th>
              <td>{p.naive}</td>
              <td>{p.backprop}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});

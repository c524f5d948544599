import { memo, useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../core/format';
import { snapToStep } from '../../core/snap';
import type { Rows } from '../../core/url';
import { useT } from '../../store/hooks';
import { useBox } from '../plots/useBox';
import { contourSegments } from '../../chapters/train/contour';
import { paintHeatmap, rgbOf, type Domain, type Rgb } from './heatmap';
import { tenths } from './series';
import { useApp } from '../../store/context';
import '../plots/plots.css';

interface Props {
  rows: Rows;
  /** Inputs per row (2 for every plotted set). */
  s1: number;
  /** Which label column colours the points (the output the heatmap shows). */
  output: number;
  /** The output over the grid, G×G, row 0 at the top (predictGrid); null before the first one is computed. */
  grid: Float32Array | null;
  G: number;
  domain: Domain;
  /** Present when the points can be edited (the custom set). */
  edit?: { label: 0 | 1; add: (x1: number, x2: number) => void; remove: (index: number) => void; full: boolean };
}

/** Room for the tick labels around the square (times --plot-scale). */
const BASE_M = 38;
/** Coordinates a click or the cursor sets are snapped to this grid (SPEC §10: values a person sets). */
const SNAP = 0.01;

const cssColor = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

interface MarksProps {
  rows: Rows;
  s1: number;
  output: number;
  domain: Domain;
  inner: number;
  scale: number;
  radius: number;
  /** Present when a click on a point removes it (stable across renders). */
  onRemove?: (index: number) => void;
}

/**
 * The ticks and the points: they change with the data and the size, not with the weights, so
 * they are not rebuilt when the heatmap and the contour are redrawn while training.
 */
function MarksView({ rows, s1, output, domain, inner, scale, radius, onRemove }: MarksProps) {
  const x = scaleLinear().domain(domain.x).range([0, inner]);
  const y = scaleLinear().domain(domain.y).range([inner, 0]);
  return (
    <>
      {x.ticks(5).map((v) => (
        <text key={`x${v}`} className="plot-tick" x={x(v)} y={inner + 18 * scale} textAnchor="middle">
          {formatNumber(v, 3)}
        </text>
      ))}
      {y.ticks(5).map((v) => (
        <text key={`y${v}`} className="plot-tick" x={-6} y={y(v)} dy="0.32em" textAnchor="end">
          {formatNumber(v, 3)}
        </text>
      ))}
      {rows.map((r, i) => {
        const one = r[s1 + output] === 1;
        return (
          <circle
            key={i}
            className={`train-point ${one ? 'one' : 'zero'}`}
            cx={x(r[0])}
            cy={y(r[1])}
            r={radius}
            onClick={onRemove ? () => onRemove(i) : undefined}
          />
        );
      })}
    </>
  );
}

const Marks = memo(MarksView);

/** The data set's points over the decision heatmap of the network's output, with its 0.5 contour. */
export function DecisionPlot({ rows, s1, output, grid, G, domain, edit }: Props) {
  const t = useT();
  const id = useId();
  const { ref, width, height, scale } = useBox<HTMLDivElement>(420);
  const M = BASE_M * scale;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  const [said, setSaid] = useState('');
  // Square: as wide as the box allows, up to 560 px (presenter mode: as tall as the stage allows).
  const side = Math.max(200, Math.min(width, height ?? 560));
  const inner = side - 2 * M;
  // Points shrink on a small plot and in a crowded set, so the boundary under them still shows.
  const radius = Math.max(2.5, Math.min(6, inner / (rows.length > 100 ? 110 : 60)));
  const x = scaleLinear().domain(domain.x).range([0, inner]);
  const y = scaleLinear().domain(domain.y).range([inner, 0]);
  // The palette is read once per theme: getComputedStyle every frame would force a style pass each time.
  const theme = useApp((s) => s.theme);
  const palette = useRef<{ theme: unknown; colors: [Rgb, Rgb, Rgb] } | null>(null);
  // Drawn in the commit that brings the new grid, so the frame that computed it also paints it.
  useLayoutEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || !grid) return;
    if (palette.current?.theme !== theme) palette.current = { theme, colors: [rgbOf(cssColor(el, '--active')), rgbOf(cssColor(el, '--positive')), rgbOf(cssColor(el, '--panel'))] };
    const image = ctx.createImageData(G, G);
    paintHeatmap(image.data, grid, G, ...palette.current.colors);
    ctx.putImageData(image, 0, 0);
  }, [grid, G, theme]);
  // Cell (c, r) of the grid is centred at ((c + ½)/G, (r + ½)/G) of the plot, row 0 at the top.
  const cell = (i: number) => tenths(((i + 0.5) / G) * inner);
  const segs = grid ? contourSegments(grid, G) : [];
  let contour = '';
  for (let i = 0; i < segs.length; i += 4) contour += `M${cell(segs[i])},${cell(segs[i + 1])}L${cell(segs[i + 2])},${cell(segs[i + 3])}`;
  const fmt = (v: number) => formatNumber(v, 3);

  const add = (x1: number, x2: number) => {
    if (!edit || edit.full) return setSaid(edit ? t('train.custom.full', { max: 500 }) : '');
    const p: [number, number] = [snapToStep(x1, SNAP), snapToStep(x2, SNAP)];
    edit.add(p[0], p[1]);
    setSaid(t('train.custom.added', { x1: fmt(p[0]), x2: fmt(p[1]), y: edit.label }));
  };
  const remove = (i: number) => {
    edit?.remove(i);
    setSaid(t('train.custom.removed'));
  };
  // The points' click handler stays the same function, so the points are not rebuilt per redraw.
  const removeNow = useRef(remove);
  useLayoutEffect(() => {
    removeNow.current = remove;
  });
  const onRemove = useCallback((i: number) => removeNow.current(i), []);
  const onClick = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    add(x.invert(((e.clientX - box.left) / box.width) * inner), y.invert(((e.clientY - box.top) / box.height) * inner));
  };
  const onKey = (e: KeyboardEvent) => {
    if (!edit) return;
    const [cx, cy] = cursor ?? [(domain.x[0] + domain.x[1]) / 2, (domain.y[0] + domain.y[1]) / 2];
    // A round step (0.1 on the custom view), so the cursor lands on the values it names.
    const d = snapToStep((domain.x[1] - domain.x[0]) / 30, SNAP) * (e.shiftKey ? 5 : 1);
    const moves: Record<string, [number, number]> = { ArrowRight: [d, 0], ArrowLeft: [-d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    if (moves[e.key]) {
      const clampTo = (v: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, v));
      const next: [number, number] = [snapToStep(clampTo(cx + moves[e.key][0], domain.x), SNAP), snapToStep(clampTo(cy + moves[e.key][1], domain.y), SNAP)];
      setCursor(next);
      setSaid(t('train.custom.cursor', { x1: fmt(next[0]), x2: fmt(next[1]) }));
    } else if (e.key === 'Enter' || e.key === ' ') add(cx, cy);
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      let best = -1;
      let dist = Infinity;
      rows.forEach((r, i) => {
        const dd = (r[0] - cx) ** 2 + (r[1] - cy) ** 2;
        if (dd < dist) [best, dist] = [i, dd];
      });
      if (best >= 0) remove(best);
    } else return;
    e.preventDefault();
  };
  return (
    <figure className="train-plot" data-figure="">
      <figcaption id={`${id}-t`}>{t('train.plot')}</figcaption>
      <div ref={ref} className="train-plot-box">
        <div className="train-plot-stage" style={{ width: side, height: side }}>
          <canvas ref={canvas} width={G} height={G} className="train-heatmap" style={{ left: M, top: M, width: inner, height: inner }} aria-hidden="true" />
          <svg
            width={side}
            height={side}
            className="plot-svg train-plot-svg"
            role={edit ? 'application' : 'img'}
            tabIndex={edit ? 0 : undefined}
            data-owns-arrows={edit ? '' : undefined}
            aria-labelledby={`${id}-t`}
            aria-describedby={`${id}-d`}
            onKeyDown={onKey}
            onBlur={() => setCursor(null)}
          >
            <g transform={`translate(${M},${M})`}>
              <rect className="plot-area" width={inner} height={inner} />
              <path className="train-contour" d={contour} />
              {edit && <rect className="train-plot-click" width={inner} height={inner} onClick={onClick} />}
              <Marks rows={rows} s1={s1} output={output} domain={domain} inner={inner} scale={scale} radius={radius} onRemove={edit ? onRemove : undefined} />
              {cursor && <circle className="train-cursor" cx={x(cursor[0])} cy={y(cursor[1])} r={9} />}
            </g>
          </svg>
        </div>
      </div>
      <p id={`${id}-d`} className="train-plot-desc">
        {t('train.plotDesc')}
        {edit ? ` ${t('train.custom.help')}` : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </figure>
  );
}

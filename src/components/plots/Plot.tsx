import { useId, useMemo, type ReactNode } from 'react';
import { makeFrame, tickCount, type Domain, type Frame } from './geometry';
import { useWidth } from './useWidth';
import './plots.css';

const MARGIN = { top: 30, right: 18, bottom: 46, left: 52 };
/** Height follows width within bounds: tall enough to read on a phone, short enough for a projector. */
const heightFor = (width: number, aspect: number) => Math.round(Math.min(520, Math.max(300, width * aspect)));

interface Props {
  title: string;
  xDomain: Domain;
  yDomain: Domain;
  xLabel: string;
  yLabel: string;
  aspect?: number;
  /** Under the plot, e.g. a legend where direct labels would not fit. */
  footer?: ReactNode;
  /** This plot is the chapter's figure, the one Export saves (data-figure). */
  chapterFigure?: boolean;
  /** Everything drawn on the plot; `clip` is the id of the plot area's clip path. */
  children: (frame: Frame, clip: string) => ReactNode;
}

/** A d3-scaled SVG frame drawn by React: grid, axes through 0, readable tick labels, a clip path. */
export function Plot({ title, xDomain, yDomain, xLabel, yLabel, aspect = 0.6, footer, chapterFigure, children }: Props) {
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const height = heightFor(width, aspect);
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const frame = useMemo(() => makeFrame(width, height, MARGIN, [x0, x1], [y0, y1]), [width, height, x0, x1, y0, y1]);
  const clip = `${useId().replace(/[^A-Za-z0-9_-]/g, '')}-area`;
  return (
    <figure className="plot" data-figure={chapterFigure ? '' : undefined}>
      <figcaption>{title}</figcaption>
      <div ref={ref} className="plot-box">
        <svg className="plot-svg" width={width} height={height}>
          <defs>
            <clipPath id={clip}>
              <rect x={frame.left} y={frame.top} width={frame.right - frame.left} height={frame.bottom - frame.top} />
            </clipPath>
          </defs>
          <Axes frame={frame} xLabel={xLabel} yLabel={yLabel} />
          {children(frame, clip)}
        </svg>
      </div>
      {footer}
    </figure>
  );
}

function Axes({ frame, xLabel, yLabel }: { frame: Frame; xLabel: string; yLabel: string }) {
  const { x, y, left, right, top, bottom } = frame;
  const nx = tickCount(right - left, 80);
  const ny = tickCount(bottom - top, 55);
  const [fx, fy] = [x.tickFormat(nx), y.tickFormat(ny)];
  const inX = (v: number) => v >= x.domain()[0] && v <= x.domain()[1];
  const inY = (v: number) => v >= y.domain()[0] && v <= y.domain()[1];
  return (
    <g className="plot-axes" aria-hidden="true">
      <rect className="plot-area" x={left} y={top} width={right - left} height={bottom - top} />
      {x.ticks(nx).map((v) => (
        <g key={`x${v}`}>
          <line className="plot-grid" x1={x(v)} x2={x(v)} y1={top} y2={bottom} />
          <text className="plot-tick" x={x(v)} y={bottom + 20} textAnchor="middle">
            {fx(v)}
          </text>
        </g>
      ))}
      {y.ticks(ny).map((v) => (
        <g key={`y${v}`}>
          <line className="plot-grid" x1={left} x2={right} y1={y(v)} y2={y(v)} />
          <text className="plot-tick" x={left - 8} y={y(v)} dy="0.35em" textAnchor="end">
            {fy(v)}
          </text>
        </g>
      ))}
      {inY(0) && <line className="plot-zero" x1={left} x2={right} y1={y(0)} y2={y(0)} />}
      {inX(0) && <line className="plot-zero" x1={x(0)} x2={x(0)} y1={top} y2={bottom} />}
      <text className="plot-axis-label" x={right} y={bottom + 40} textAnchor="end">
        {xLabel}
      </text>
      <text className="plot-axis-label" x={left - 44} y={top - 12}>
        {yLabel}
      </text>
    </g>
  );
}

/** Small SVG pieces the curve figures share; React draws them, d3's scales (in the frame) place them. */
import { useLayoutEffect, useMemo, useRef, type ReactNode, type SVGProps } from 'react';
import { clampPoint, pathOf, sampleCurve, sampleXs, type Frame } from '../../components/plots/geometry';
import { useMorph } from '../../components/plots/useMorph';

/**
 * A label kept inside the plot's frame: after each render it measures itself and slides left or
 * right just enough, so a narrow plot (a phone, a 620 px frame) never cuts a label at its edge.
 */
function FrameText({ frame, children, ...props }: { frame: Frame; children: ReactNode } & SVGProps<SVGTextElement>) {
  const ref = useRef<SVGTextElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof el.getBBox !== 'function') return; // jsdom has no SVG layout
    el.removeAttribute('transform');
    const box = el.getBBox();
    const over = box.x + box.width - (frame.right - 2);
    const under = frame.left + 2 - box.x;
    const shift = over > 0 ? Math.max(-over, under) : under > 0 ? under : 0;
    if (shift !== 0) el.setAttribute('transform', `translate(${shift.toFixed(1)} 0)`);
  });
  return (
    <text ref={ref} {...props}>
      {children}
    </text>
  );
}

interface CurveProps {
  frame: Frame;
  clip: string;
  f: (x: number) => number;
  className: string;
}

/** f sampled over the frame's x-domain, in data space, cut to its y-domain. */
function useSamples(frame: Frame, f: (x: number) => number) {
  const [a, b] = frame.x.domain();
  const [lo, hi] = frame.y.domain();
  const xs = useMemo(() => sampleXs([a, b]), [a, b]);
  const ys = useMemo(() => sampleCurve(f, xs, [lo, hi]), [f, xs, lo, hi]);
  return { xs, ys };
}

/** A function drawn over the frame's x-domain, clipped to the plot area. */
export function CurvePath({ frame, clip, f, className }: CurveProps) {
  const { xs, ys } = useSamples(frame, f);
  // Dragging z re-renders the plot many times a second; the curve itself only changes with the frame.
  const d = useMemo(() => pathOf(frame, xs, ys), [frame, xs, ys]);
  return <path className={`curve ${className}`} clipPath={`url(#${clip})`} d={d} />;
}

/** A curve that morphs from whatever was drawn before whenever `f` changes (interpolated samples). */
export function MorphPath({ frame, clip, f, className }: CurveProps) {
  const { xs, ys: target } = useSamples(frame, f);
  const ys = useMorph(target);
  return <path className={`curve ${className}`} clipPath={`url(#${clip})`} d={pathOf(frame, xs, ys)} />;
}

/** A point on a curve; held at the plot's edge (and hollow) when it lies outside the visible range. */
export function Dot({ frame, x, y, className }: { frame: Frame; x: number; y: number; className: string }) {
  const { cx, cy, outside } = clampPoint(frame, x, y);
  return <circle className={`curve-dot ${className}${outside ? ' curve-dot-out' : ''}`} cx={cx} cy={cy} r={outside ? 5 : 6.5} />;
}

/** A horizontal asymptote or guide line at y, labelled at the right end. */
export function HLine({ frame, y, label, className = '' }: { frame: Frame; y: number; label?: string; className?: string }) {
  const py = frame.y(y);
  return (
    <g className={`asymptote ${className}`}>
      <line x1={frame.left} x2={frame.right} y1={py} y2={py} />
      {label && (
        <text x={frame.right - 6} y={py - 7} textAnchor="end" className="plot-note">
          {label}
        </text>
      )}
    </g>
  );
}

/** A marked point with its label beside it (to the right unless `anchor` says otherwise). */
export function KeyPoint({
  frame,
  x,
  y,
  label,
  anchor = 'start',
  dy = -10,
}: {
  frame: Frame;
  x: number;
  y: number;
  label: string;
  anchor?: 'start' | 'end';
  dy?: number;
}) {
  const [cx, cy] = [frame.x(x), frame.y(y)];
  return (
    <g className="key-point">
      <circle cx={cx} cy={cy} r={5} />
      <FrameText frame={frame} x={cx + (anchor === 'start' ? 9 : -9)} y={cy + dy} textAnchor={anchor} className="plot-note plot-note-strong">
        {label}
      </FrameText>
    </g>
  );
}

/** A label next to a curve at data point (x, y), with an optional smaller second line. */
export function CurveLabel({
  frame,
  x,
  y,
  text,
  sub,
  className,
  anchor = 'start',
  dx = 8,
  dy = -8,
}: {
  frame: Frame;
  x: number;
  y: number;
  text: string;
  sub?: string;
  className: string;
  anchor?: 'start' | 'end' | 'middle';
  dx?: number;
  dy?: number;
}) {
  const px = frame.x(x) + dx;
  return (
    <FrameText frame={frame} className={`curve-label ${className}`} x={px} y={frame.y(y) + dy} textAnchor={anchor}>
      {text}
      {sub && (
        <tspan className="curve-label-sub" x={px} dy="1.2em">
          {sub}
        </tspan>
      )}
    </FrameText>
  );
}

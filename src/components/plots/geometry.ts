/**
 * Pure plot geometry (no React, no DOM): the plot area inside the margins, linear scales, and
 * curves sampled in data space so that resizing never re-samples and a morph can interpolate
 * the samples of two curves point by point.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export type Domain = readonly [number, number];

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** The plot area in pixels: curves are clipped to it. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function makeFrame(width: number, height: number, margin: Margin, xDomain: Domain, yDomain: Domain): Frame {
  const left = margin.left;
  const right = Math.max(left + 1, width - margin.right);
  const top = margin.top;
  const bottom = Math.max(top + 1, height - margin.bottom);
  return {
    x: scaleLinear().domain(xDomain).range([left, right]),
    y: scaleLinear().domain(yDomain).range([bottom, top]),
    left,
    right,
    top,
    bottom,
  };
}

/** n + 1 evenly spaced points over the domain; ~500 keeps steep parts (e^z, −log p) free of kinks. */
export function sampleXs([a, b]: Domain, n = 500): number[] {
  return Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
}

/**
 * f at every x, held within the y-domain widened by half its height on each side: the clipped
 * part leaves the plot area, yet no coordinate is huge or infinite (e^z, −log 0).
 */
export function sampleCurve(f: (x: number) => number, xs: readonly number[], [lo, hi]: Domain): number[] {
  const pad = (hi - lo) / 2;
  return xs.map((x) => {
    const v = f(x);
    if (Number.isNaN(v)) return hi + pad;
    return Math.min(hi + pad, Math.max(lo - pad, v));
  });
}

/** The SVG path of sampled ys over xs in a frame. */
export function pathOf(frame: Frame, xs: readonly number[], ys: ArrayLike<number>): string {
  const make = line<number>()
    .x((i) => frame.x(xs[i]))
    .y((i) => frame.y(ys[i]));
  return make(xs.map((_, i) => i)) ?? '';
}

/** A data point's pixel position, held inside the plot area; `outside` says which way it was cut. */
export function clampPoint(
  frame: Frame,
  px: number,
  py: number,
): { cx: number; cy: number; outside: 'left' | 'right' | 'above' | 'below' | null } {
  const cx0 = frame.x(px);
  const cy0 = frame.y(py);
  const cx = Math.min(frame.right, Math.max(frame.left, Number.isFinite(cx0) ? cx0 : px > 0 ? frame.right : frame.left));
  const cy = Math.min(frame.bottom, Math.max(frame.top, Number.isFinite(cy0) ? cy0 : py > 0 ? frame.top : frame.bottom));
  const outside =
    cx0 < frame.left ? 'left' : cx0 > frame.right ? 'right' : cy0 < frame.top ? 'above' : cy0 > frame.bottom ? 'below' : null;
  return { cx, cy, outside };
}

/** About one tick per `spacing` pixels, at least 2. */
export function tickCount(pixels: number, spacing: number): number {
  return Math.max(2, Math.round(pixels / spacing));
}

/**
 * Central-difference gradient check on the dense engine, for any shape: the independent witness
 * that the backward pass (and so every gradient the timeline shows) is right.
 */
import { lossOf, runBatch, type Layers, type Sample, type Weights } from './engine';
import { thetaIds } from './netIds';
import type { NetParams } from './network';

export interface GradCheckRow {
  /** theta{l}_{ji} */
  theta: string;
  analytic: number;
  numeric: number;
  /** |analytic − numeric| */
  diff: number;
}

/** What the check needs of a network: its shape, weights, batch and λ. */
export interface CheckedNet {
  layers: Layers;
  theta: Weights;
  samples: readonly Sample[];
  lambda: number;
}

/** (f(w + h) − f(w − h)) / 2h for each coordinate, with h scaled to the weight's size. */
export function centralDifference(f: (w: readonly number[]) => number, w: readonly number[], h = 1e-5): number[] {
  return w.map((wk, k) => {
    const step = h * Math.max(1, Math.abs(wk));
    const plus = w.map((v, i) => (i === k ? v + step : v));
    const minus = w.map((v, i) => (i === k ? v - step : v));
    return (f(plus) - f(minus)) / (plus[k] - minus[k]);
  });
}

const asNet = (p: CheckedNet | NetParams): CheckedNet =>
  'samples' in p ? p : { layers: [2, 2, 1], theta: [p.t1, p.t2], samples: [{ x: [p.x1, p.x2], y: [p.y] }], lambda: p.lambda };

/** The flat weights cut back into θ¹ … θ^{L−1}. */
function cut(layers: Layers, w: readonly number[]): number[][] {
  let at = 0;
  return layers.slice(1).map((s, k) => w.slice(at, (at += s * (layers[k] + 1))));
}

/** Every weight's analytic gradient (runBatch's D) against central differences of J. */
export function gradientCheck(p: CheckedNet | NetParams, h = 1e-5): GradCheckRow[] {
  const { layers, theta, samples, lambda } = asNet(p);
  const analytic = runBatch(layers, theta, samples, lambda).D.flatMap((d) => [...d]);
  const numeric = centralDifference((w) => lossOf(layers, cut(layers, w), samples, lambda), theta.flat(), h);
  return thetaIds(layers).map((id, k) => ({ theta: id, analytic: analytic[k], numeric: numeric[k], diff: Math.abs(analytic[k] - numeric[k]) }));
}

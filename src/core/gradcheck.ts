/** Central-difference gradient check: the independent witness that backward() is right. */
import { backward, forward, lossOf, type NetParams } from './network';
import { THETA_IDS, type ThetaId } from './ids';

export interface GradCheckRow {
  theta: ThetaId;
  analytic: number;
  numeric: number;
  /** |analytic − numeric| */
  diff: number;
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

export function gradientCheck(p: NetParams, h = 1e-5): GradCheckRow[] {
  const b = backward(p, forward(p, p.t1, p.t2));
  const analytic = [...b.grad1, ...b.grad2];
  const numeric = centralDifference((w) => lossOf(p, w), [...p.t1, ...p.t2], h);
  return THETA_IDS.map((theta, k) => ({
    theta,
    analytic: analytic[k],
    numeric: numeric[k],
    diff: Math.abs(analytic[k] - numeric[k]),
  }));
}

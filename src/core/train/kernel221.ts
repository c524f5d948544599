/**
 * kernel.accumulate for the seed's shape 2-2-1, written out unit by unit with Δ in locals: the
 * chapter's default (xor on 2-2-1) trains at the speed of a hand-written loop. Same operations in
 * the same order as the general kernel (bit-identical, tested in kernel221.test.ts); the general
 * kernel remains for every other shape.
 */
import type { Data, Net } from './kernel';
import { WEIGHT_LIMIT } from './update';

export const isShape221 = (layers: readonly number[]): boolean => layers.length === 3 && layers[0] === 2 && layers[1] === 2 && layers[2] === 1;

/** As kernel.accumulate(net, data, order, from, to, true), for a 2-2-1 net (Δ must be zero). */
export function accumulate221(net: Net, data: Data, order: Int32Array | null, from: number, to: number): void {
  const { theta, Delta } = net;
  const { X, Y } = data;
  const t0 = theta[0], t1 = theta[1], t2 = theta[2], t3 = theta[3], t4 = theta[4], t5 = theta[5];
  const t6 = theta[6], t7 = theta[7], t8 = theta[8];
  let D0 = 0, D1 = 0, D2 = 0, D3 = 0, D4 = 0, D5 = 0, D6 = 0, D7 = 0, D8 = 0;
  let total = 0;
  let correct = 0;
  for (let p = from; p < to; p++) {
    const r = order === null ? p : order[p];
    const x1 = X[2 * r];
    const x2 = X[2 * r + 1];
    let z = t0 + t1 * x1;
    z += t2 * x2;
    const e1 = Math.exp(-Math.abs(z));
    const a1 = z >= 0 ? 1 / (1 + e1) : e1 / (1 + e1);
    z = t3 + t4 * x1;
    z += t5 * x2;
    const e2 = Math.exp(-Math.abs(z));
    const a2 = z >= 0 ? 1 / (1 + e2) : e2 / (1 + e2);
    let z3 = t6 + t7 * a1;
    z3 += t8 * a2;
    const e3 = Math.exp(-Math.abs(z3));
    const a3 = z3 >= 0 ? 1 / (1 + e3) : e3 / (1 + e3);
    let d3: number;
    if (Y[r] === 1) {
      total += 0 + (Math.max(-z3, 0) + Math.log1p(e3));
      if (a3 > 0.5) correct++;
      d3 = -(z3 <= 0 ? 1 / (1 + e3) : e3 / (1 + e3));
    } else {
      total += 0 + (Math.max(z3, 0) + Math.log1p(e3));
      if (a3 < 0.5) correct++;
      d3 = a3;
    }
    D6 += d3;
    D7 += d3 * a1;
    D8 += d3 * a2;
    const d1 = (0 + t7 * d3) * ((1 / (1 + e1)) * (e1 / (1 + e1)));
    const d2 = (0 + t8 * d3) * ((1 / (1 + e2)) * (e2 / (1 + e2)));
    D0 += d1;
    D1 += d1 * x1;
    D2 += d1 * x2;
    D3 += d2;
    D4 += d2 * x1;
    D5 += d2 * x2;
  }
  Delta[0] += D0;
  Delta[1] += D1;
  Delta[2] += D2;
  Delta[3] += D3;
  Delta[4] += D4;
  Delta[5] += D5;
  Delta[6] += D6;
  Delta[7] += D7;
  Delta[8] += D8;
  net.loss = total;
  net.correct = correct;
}

/** As update.applyUpdate for a 2-2-1 net: θ := θ − α(Δ/b + (λ/b)θ), ‖D^l‖ into norms, Σθ², Δ zeroed. */
export function applyUpdate221(net: Net, b: number, alpha: number, lambda: number, norms: Float64Array): boolean {
  const { theta, Delta } = net;
  const lb = lambda / b;
  const g0 = Delta[0] / b + 0;
  const g1 = Delta[1] / b + lb * theta[1];
  const g2 = Delta[2] / b + lb * theta[2];
  const g3 = Delta[3] / b + 0;
  const g4 = Delta[4] / b + lb * theta[4];
  const g5 = Delta[5] / b + lb * theta[5];
  const g6 = Delta[6] / b + 0;
  const g7 = Delta[7] / b + lb * theta[7];
  const g8 = Delta[8] / b + lb * theta[8];
  norms[0] = Math.sqrt(0 + g0 * g0 + g1 * g1 + g2 * g2 + g3 * g3 + g4 * g4 + g5 * g5);
  norms[1] = Math.sqrt(0 + g6 * g6 + g7 * g7 + g8 * g8);
  const n0 = theta[0] - alpha * g0;
  const n1 = theta[1] - alpha * g1;
  const n2 = theta[2] - alpha * g2;
  const n3 = theta[3] - alpha * g3;
  const n4 = theta[4] - alpha * g4;
  const n5 = theta[5] - alpha * g5;
  const n6 = theta[6] - alpha * g6;
  const n7 = theta[7] - alpha * g7;
  const n8 = theta[8] - alpha * g8;
  theta[0] = n0;
  theta[1] = n1;
  theta[2] = n2;
  theta[3] = n3;
  theta[4] = n4;
  theta[5] = n5;
  theta[6] = n6;
  theta[7] = n7;
  theta[8] = n8;
  // Stores, not Delta.fill(0): a builtin call costs more than nine stores here.
  Delta[0] = 0;
  Delta[1] = 0;
  Delta[2] = 0;
  Delta[3] = 0;
  Delta[4] = 0;
  Delta[5] = 0;
  Delta[6] = 0;
  Delta[7] = 0;
  Delta[8] = 0;
  net.thetaSq = 0 + n1 * n1 + n2 * n2 + n4 * n4 + n5 * n5 + n7 * n7 + n8 * n8;
  // A NaN fails every comparison, so each weight is asked "within the limit?", not "beyond?".
  const L = WEIGHT_LIMIT;
  return (
    Math.abs(n0) <= L && Math.abs(n1) <= L && Math.abs(n2) <= L && Math.abs(n3) <= L && Math.abs(n4) <= L && Math.abs(n5) <= L && Math.abs(n6) <= L && Math.abs(n7) <= L && Math.abs(n8) <= L
  );
}

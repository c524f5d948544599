/**
 * The trainer's inner loop: the engine's forward, backward and update (engine.ts) on one flat
 * Float64Array per quantity, with per-layer offsets, so a sample-step allocates nothing and reads
 * no nested arrays. Every value is computed with the same operations in the same order as
 * engine.ts (bit-identical results, tested), with one saving: e = exp(−|z|) is computed once per
 * unit and reused for s(z), s′(z) = s(z)·s(−z), δ^L and the loss from the logit (SPEC §5).
 */
import type { Layers, Sample } from '../engine';

/**
 * A weight beyond this is divergence, not learning: the trainer stops at the last epoch whose
 * weights stayed within it, so no NaN or Infinity ever reaches J, the weights or the norms.
 */
export const WEIGHT_LIMIT = 1e30;

export interface Net {
  layers: Layers;
  /** L, the number of layers. */
  L: number;
  /** θ¹ … θ^{L−1} one after another, each row-major with its bias column first. */
  theta: Float64Array;
  /** Where θ^l starts in `theta` (index l − 1), and its end at index L − 1. */
  tOff: Int32Array;
  /** Where layer l's units start in z, a, e and delta (index l − 1). */
  uOff: Int32Array;
  z: Float64Array;
  a: Float64Array;
  /** exp(−|z|) per unit. */
  e: Float64Array;
  delta: Float64Array;
  /** Δ, laid out as theta. */
  Delta: Float64Array;
  /** Set by accumulate(): the summed loss terms and the points every output of which is right. */
  loss: number;
  correct: number;
}

export function createNet(layers: Layers): Net {
  const L = layers.length;
  const tOff = new Int32Array(L);
  const uOff = new Int32Array(L + 1);
  for (let k = 1; k < L; k++) tOff[k] = tOff[k - 1] + layers[k] * (layers[k - 1] + 1);
  for (let k = 0; k < L; k++) uOff[k + 1] = uOff[k] + layers[k];
  const units = uOff[L];
  return {
    layers,
    L,
    theta: new Float64Array(tOff[L - 1]),
    tOff,
    uOff,
    z: new Float64Array(units),
    a: new Float64Array(units),
    e: new Float64Array(units),
    delta: new Float64Array(units),
    Delta: new Float64Array(tOff[L - 1]),
    loss: 0,
    correct: 0,
  };
}

/** θ as arrays per layer → the net's flat θ. */
export function setTheta(net: Net, theta: readonly ArrayLike<number>[]): void {
  for (let k = 0; k < net.L - 1; k++) net.theta.set(theta[k], net.tOff[k]);
}

/** The net's flat θ → one new array per layer. */
export const thetaOf = (net: Net): number[][] => Array.from({ length: net.L - 1 }, (_, k) => Array.from(net.theta.subarray(net.tOff[k], net.tOff[k + 1])));

/** Samples as flat inputs (m·s1) and labels (m·K). */
export interface Data {
  m: number;
  s1: number;
  K: number;
  X: Float64Array;
  Y: Uint8Array;
}

export function packData(samples: readonly Sample[], s1: number, K: number): Data {
  const m = samples.length;
  const X = new Float64Array(m * s1);
  const Y = new Uint8Array(m * K);
  samples.forEach((s, i) => {
    for (let j = 0; j < s1; j++) X[i * s1 + j] = s.x[j];
    for (let k = 0; k < K; k++) Y[i * K + k] = s.y[k];
  });
  return { m, s1, K, X, Y };
}

/** Forward pass of input row `r` of X: z, a, e of every layer. */
export function forward(net: Net, X: Float64Array, r: number): void {
  const { layers, L, theta, tOff, uOff, z, a, e } = net;
  const s1 = layers[0];
  for (let i = 0; i < s1; i++) a[i] = X[r * s1 + i];
  for (let k = 1; k < L; k++) {
    const n = layers[k - 1];
    const inp = uOff[k - 1];
    const out = uOff[k];
    let t = tOff[k - 1];
    for (let j = 0; j < layers[k]; j++) {
      // θ_{j0}·1 first, then θ_{ji}·a_i in index order, as engine.forwardInto adds.
      let sum = theta[t++];
      for (let i = 0; i < n; i++) sum += theta[t++] * a[inp + i];
      const ex = Math.exp(-Math.abs(sum));
      z[out + j] = sum;
      e[out + j] = ex;
      // s(z) as math.sigmoid computes it: 1/(1+e^{−z}) for z ≥ 0, e^{z}/(1+e^{z}) below.
      a[out + j] = sum >= 0 ? 1 / (1 + ex) : ex / (1 + ex);
    }
  }
}

/**
 * Forward and backward over the samples order[from … to−1] (or rows from … to−1 when order is
 * null), adding δ^{l+1}(a^l)ᵀ into Δ. Sets net.loss (Σ of the loss terms, in sample order, each
 * summed over k first, as engine.runBatch adds) and net.correct. Δ must be zero beforehand
 * (applyUpdate leaves it so).
 */
export function accumulate(net: Net, data: Data, order: Int32Array | null, from: number, to: number, backward: boolean): void {
  const { layers, L, theta, tOff, uOff, z, a, e, delta, Delta } = net;
  const { X, Y, K } = data;
  const o = uOff[L - 1];
  let total = 0;
  let correct = 0;
  for (let p = from; p < to; p++) {
    const r = order === null ? p : order[p];
    forward(net, X, r);
    let loss = 0;
    let right = 1;
    for (let k = 0; k < K; k++) {
      const zk = z[o + k];
      const ex = e[o + k];
      const y = Y[r * K + k];
      // Cross-entropy from the logit, softplus(∓z) = max(∓z, 0) + log1p(e^{−|z|}) (math.ts).
      loss += Math.max(y === 1 ? -zk : zk, 0) + Math.log1p(ex);
      const ak = a[o + k];
      if (y === 1 ? !(ak > 0.5) : !(ak < 0.5)) right = 0;
      // δ^L = s(z) − y, for y = 1 as −s(−z) (math.sigmoidMinusLabel).
      if (backward) delta[o + k] = y === 1 ? -(zk <= 0 ? 1 / (1 + ex) : ex / (1 + ex)) : a[o + k];
    }
    total += loss;
    correct += right;
    if (!backward) continue;
    for (let k = L - 1; k >= 1; k--) {
      const n = layers[k - 1];
      const width = n + 1;
      const inp = uOff[k - 1];
      const out = uOff[k];
      let t = tOff[k - 1];
      for (let j = 0; j < layers[k]; j++) {
        const d = delta[out + j];
        Delta[t++] += d;
        for (let i = 0; i < n; i++) Delta[t++] += d * a[inp + i];
      }
      if (k === 1) break;
      // δ^k_i = (Σ_j θ_{ji} δ^{k+1}_j) · s′(z^k_i), s′ = s(z)·s(−z) from the same e.
      const t0 = tOff[k - 1] + 1;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < layers[k]; j++) sum += theta[t0 + j * width + i] * delta[out + j];
        const ex = e[inp + i];
        delta[inp + i] = sum * ((1 / (1 + ex)) * (ex / (1 + ex)));
      }
    }
  }
  net.loss = total;
  net.correct = correct;
}

/**
 * θ := θ − α·D with D = Δ/b + (λ/b)θ (bias column: Δ/b), as engine.gradientFrom and
 * engine.updated compute it; writes ‖D^l‖ into norms (when given) and zeroes Δ for the next batch.
 * Returns false when a new weight left WEIGHT_LIMIT (or was NaN): the caller restores a snapshot.
 */
export function applyUpdate(net: Net, b: number, alpha: number, lambda: number, norms: Float64Array | null): boolean {
  const { layers, L, theta, tOff, Delta } = net;
  const lb = lambda / b;
  let ok = true;
  for (let k = 1; k < L; k++) {
    const width = layers[k - 1] + 1;
    let sq = 0;
    for (let w = tOff[k - 1]; w < tOff[k]; w++) {
      const g = Delta[w] / b + ((w - tOff[k - 1]) % width === 0 ? 0 : lb * theta[w]);
      sq += g * g;
      const next = theta[w] - alpha * g;
      theta[w] = next;
      Delta[w] = 0;
      if (!(Math.abs(next) <= WEIGHT_LIMIT)) ok = false;
    }
    if (norms) norms[k - 1] = Math.sqrt(sq);
  }
  return ok;
}

/** ‖g‖ as applyUpdate computes it (Σ g² in index order, then the root). */
export function norm(g: ArrayLike<number>): number {
  let sq = 0;
  for (let w = 0; w < g.length; w++) sq += g[w] * g[w];
  return Math.sqrt(sq);
}

/** D of the Δ accumulated over b samples, per layer (new arrays; Δ is left as it is). */
export function gradientOf(net: Net, b: number, lambda: number): Float64Array[] {
  const { layers, L, theta, tOff, Delta } = net;
  return Array.from({ length: L - 1 }, (_, k) => {
    const width = layers[k] + 1;
    const g = new Float64Array(tOff[k + 1] - tOff[k]);
    for (let w = 0; w < g.length; w++) g[w] = Delta[tOff[k] + w] / b + (w % width === 0 ? 0 : (lambda / b) * theta[tOff[k] + w]);
    return g;
  });
}

/** (λ/2m) Σ θ² over every non-bias weight, in engine.regularization's order. */
export function regularizationOf(net: Net, lambda: number, m: number): number {
  const { layers, L, theta, tOff } = net;
  let sq = 0;
  for (let k = 1; k < L; k++) {
    const width = layers[k - 1] + 1;
    for (let r = 0; r < layers[k]; r++) for (let i = 1; i < width; i++) sq += theta[tOff[k - 1] + r * width + i] ** 2;
  }
  return (lambda / (2 * m)) * sq;
}

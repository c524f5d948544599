/**
 * The trainer's inner loop: the engine's forward, backward and update (engine.ts) on one flat
 * Float64Array per quantity, with per-layer offsets, so a sample-step allocates nothing and reads
 * no nested arrays. Every value is computed with the same operations in the same order as
 * engine.ts (bit-identical results, tested), with one saving: e = exp(−|z|) is computed once per
 * unit and reused for s(z), s′(z) = s(z)·s(−z), δ^L and the loss from the logit (SPEC §5).
 */
import type { Layers, Sample } from '../engine';

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
  /** Σ θ² over every non-bias weight of the current θ (kept by setTheta, applyUpdate, squares). */
  thetaSq: number;
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
    thetaSq: 0,
    loss: 0,
    correct: 0,
  };
}

/** θ as arrays per layer → the net's flat θ. */
export function setTheta(net: Net, theta: readonly ArrayLike<number>[]): void {
  for (let k = 0; k < net.L - 1; k++) net.theta.set(theta[k], net.tOff[k]);
  squares(net);
}

/** Recomputes net.thetaSq = Σ θ² over every non-bias weight, in engine.regularization's order (after θ is set). */
export function squares(net: Net): void {
  const { layers, L, theta, tOff } = net;
  let sq = 0;
  for (let k = 1; k < L; k++) {
    const width = layers[k - 1] + 1;
    for (let r = 0; r < layers[k]; r++) {
      for (let i = 1; i < width; i++) {
        const w = theta[tOff[k - 1] + r * width + i];
        sq += w * w;
      }
    }
  }
  net.thetaSq = sq;
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
 * (applyUpdate leaves it so). The forward pass is forward()'s, written in line: this is the
 * loop every sample-step of training runs.
 */
export function accumulate(net: Net, data: Data, order: Int32Array | null, from: number, to: number, backward: boolean): void {
  const { layers, L, theta, tOff, uOff, z, a, e, delta, Delta } = net;
  const { X, Y, K } = data;
  const s1 = layers[0];
  const o = uOff[L - 1];
  let total = 0;
  let correct = 0;
  for (let p = from; p < to; p++) {
    const r = order === null ? p : order[p];
    for (let i = 0; i < s1; i++) a[i] = X[r * s1 + i];
    for (let k = 1; k < L; k++) {
      const n = layers[k - 1];
      const inp = uOff[k - 1];
      const out = uOff[k];
      const size = layers[k];
      let t = tOff[k - 1];
      for (let j = 0; j < size; j++) {
        let sum = theta[t++];
        for (let i = 0; i < n; i++) sum += theta[t++] * a[inp + i];
        const ex = Math.exp(-Math.abs(sum));
        z[out + j] = sum;
        e[out + j] = ex;
        a[out + j] = sum >= 0 ? 1 / (1 + ex) : ex / (1 + ex);
      }
    }
    let loss = 0;
    let right = 1;
    for (let k = 0; k < K; k++) {
      const zk = z[o + k];
      const ex = e[o + k];
      const ak = a[o + k];
      const y = Y[r * K + k];
      // Cross-entropy from the logit, softplus(∓z) = max(∓z, 0) + log1p(e^{−|z|}) (math.ts).
      if (y === 1) {
        loss += Math.max(-zk, 0) + Math.log1p(ex);
        if (!(ak > 0.5)) right = 0;
        // δ^L = s(z) − y, for y = 1 as −s(−z) (math.sigmoidMinusLabel).
        delta[o + k] = -(zk <= 0 ? 1 / (1 + ex) : ex / (1 + ex));
      } else {
        loss += Math.max(zk, 0) + Math.log1p(ex);
        if (!(ak < 0.5)) right = 0;
        delta[o + k] = ak;
      }
    }
    total += loss;
    correct += right;
    if (!backward) continue;
    for (let k = L - 1; k >= 1; k--) {
      const n = layers[k - 1];
      const width = n + 1;
      const inp = uOff[k - 1];
      const out = uOff[k];
      const size = layers[k];
      const t0 = tOff[k - 1];
      let t = t0;
      for (let j = 0; j < size; j++) {
        const d = delta[out + j];
        Delta[t++] += d;
        for (let i = 0; i < n; i++) Delta[t++] += d * a[inp + i];
      }
      if (k === 1) break;
      // δ^k_i = (Σ_j θ_{ji} δ^{k+1}_j) · s′(z^k_i), s′ = s(z)·s(−z) from the same e.
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < size; j++) sum += theta[t0 + j * width + 1 + i] * delta[out + j];
        const ex = e[inp + i];
        delta[inp + i] = sum * ((1 / (1 + ex)) * (ex / (1 + ex)));
      }
    }
  }
  net.loss = total;
  net.correct = correct;
}

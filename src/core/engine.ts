/**
 * The one dense engine for any network (SPEC §7): forward, backward and the update of a batch,
 * on flat Float64Arrays, computed from the logits (SPEC §5). It is the reference the generated
 * timeline is tested against, the gradient check's function, and the trainer's inner loop, so
 * it allocates nothing per sample once a Workspace exists.
 *
 * Layers are counted from 1 as in the source (layer 1 is the input, L the output); arrays are
 * indexed by l − 1. θ^l is row-major: s(l+1) rows of s(l)+1 numbers, the bias column first.
 * Sums run in data order over samples and in index order over units, so a reference that adds
 * in the same order agrees to the last bit (SPEC §8).
 */
import { crossEntropyFromLogit, sigmoid, sigmoidMinusLabel, sigmoidPrime } from './math';

export type Label = 0 | 1;
/** s1, …, sL: units per layer, input and output included (bias units not counted). */
export type Layers = readonly number[];
/** θ¹ … θ^{L−1}, each row-major with its bias column first. */
export type Weights = readonly (readonly number[])[];
export interface Sample {
  /** s1 inputs */
  x: readonly number[];
  /** K = sL labels */
  y: readonly Label[];
}

/** Everything one sample's forward and backward pass computed, per layer (index l − 1). */
export interface SampleTrace {
  /** z^l for l ≥ 2 (index 0 is empty). */
  z: Float64Array[];
  /** a^l without the bias unit; a¹ = x. */
  a: Float64Array[];
  /** s′(z^l) for hidden layers (2 ≤ l ≤ L − 1); empty elsewhere. */
  sprime: Float64Array[];
  /** δ^l for l ≥ 2 (index 0 is empty). */
  delta: Float64Array[];
  /** −Σₖ [yₖ log aₖ + (1 − yₖ) log(1 − aₖ)], from the logits: J@i of SPEC §7 (no 1/m). */
  loss: number;
}

export interface BatchResult {
  /** (1/m) Σ loss + (λ/2m) Σ θ² over i ≥ 1. */
  J: number;
  /** Δ^l = Σ over samples of δ^{l+1} (a^l)ᵀ, bias column first (index l − 1). */
  Delta: Float64Array[];
  /** ∂J/∂θ^l = Δ/m + (λ/m)θ for i ≥ 1, Δ/m for the bias column. */
  D: Float64Array[];
  traces: SampleTrace[];
}

/** Number of weights of θ^l: s(l+1)·(s(l)+1). */
export const weightCount = (layers: Layers, l: number): number => layers[l] * (layers[l - 1] + 1);

/** Scratch space for one shape: per-layer z, a, δ and the gradient sums, reused for every sample. */
export interface Workspace {
  layers: Layers;
  z: Float64Array[];
  a: Float64Array[];
  delta: Float64Array[];
  Delta: Float64Array[];
}

export function workspace(layers: Layers): Workspace {
  const per = (f: (s: number, k: number) => number) => layers.map((s, k) => new Float64Array(f(s, k)));
  return {
    layers,
    z: per((s) => s),
    a: per((s) => s),
    delta: per((s) => s),
    Delta: layers.slice(1).map((_, k) => new Float64Array(weightCount(layers, k + 1))),
  };
}

/** Forward pass of one sample into the workspace; returns its loss term J@i. */
export function forwardInto(ws: Workspace, theta: readonly ArrayLike<number>[], x: readonly number[], y: readonly Label[] | null): number {
  const { layers, z, a } = ws;
  const L = layers.length;
  for (let i = 0; i < layers[0]; i++) a[0][i] = x[i];
  for (let k = 1; k < L; k++) {
    const t = theta[k - 1];
    const inputs = a[k - 1];
    const n = layers[k - 1];
    const width = n + 1;
    for (let j = 0; j < layers[k]; j++) {
      const row = j * width;
      // θ_{j0}·1 first, then θ_{ji}·a_i in index order: the order the timeline's formula adds.
      let sum = t[row];
      for (let i = 0; i < n; i++) sum += t[row + 1 + i] * inputs[i];
      z[k][j] = sum;
      a[k][j] = sigmoid(sum);
    }
  }
  if (!y) return 0;
  let loss = 0;
  const out = z[L - 1];
  for (let k = 0; k < layers[L - 1]; k++) loss += crossEntropyFromLogit(out[k], y[k]);
  return loss;
}

/** Backward pass of the sample forwardInto() left in the workspace; adds δ^{l+1}(a^l)ᵀ into Δ. */
export function backwardInto(ws: Workspace, theta: readonly ArrayLike<number>[], y: readonly Label[]): void {
  const { layers, z, a, delta, Delta } = ws;
  const L = layers.length;
  for (let k = 0; k < layers[L - 1]; k++) delta[L - 1][k] = sigmoidMinusLabel(z[L - 1][k], y[k]);
  for (let k = L - 1; k >= 1; k--) {
    const n = layers[k - 1];
    const width = n + 1;
    const D = Delta[k - 1];
    const d = delta[k];
    const inputs = a[k - 1];
    for (let j = 0; j < layers[k]; j++) {
      const row = j * width;
      D[row] += d[j];
      for (let i = 0; i < n; i++) D[row + 1 + i] += d[j] * inputs[i];
    }
    if (k === 1) break;
    // δ^k_i = (Σ_j θ_{ji} δ^{k+1}_j) · s′(z^k_i), the sum in j order, then one product with s′.
    const t = theta[k - 1];
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < layers[k]; j++) sum += t[j * width + 1 + i] * d[j];
      delta[k - 1][i] = sum * sigmoidPrime(z[k - 1][i]);
    }
  }
}

/** (λ/2m) Σ θ² over every non-bias weight. */
export function regularization(layers: Layers, theta: readonly ArrayLike<number>[], lambda: number, m: number): number {
  let sq = 0;
  for (let k = 1; k < layers.length; k++) {
    const width = layers[k - 1] + 1;
    const t = theta[k - 1];
    for (let r = 0; r < layers[k]; r++) for (let i = 1; i < width; i++) sq += t[r * width + i] ** 2;
  }
  return (lambda / (2 * m)) * sq;
}

/** D = Δ/m + (λ/m)θ (bias column: Δ/m), written into `out`. */
export function gradientFrom(layers: Layers, theta: readonly ArrayLike<number>[], Delta: readonly Float64Array[], lambda: number, m: number, out: Float64Array[]): void {
  for (let k = 1; k < layers.length; k++) {
    const width = layers[k - 1] + 1;
    const t = theta[k - 1];
    const D = Delta[k - 1];
    const g = out[k - 1];
    for (let w = 0; w < D.length; w++) g[w] = D[w] / m + (w % width === 0 ? 0 : (lambda / m) * t[w]);
  }
}

const copy = (xs: readonly Float64Array[]) => xs.map((x) => Float64Array.from(x));

/** The whole batch, with every sample's trace kept: the reference for the timeline and the views. */
export function runBatch(layers: Layers, theta: Weights, samples: readonly Sample[], lambda: number): BatchResult {
  const ws = workspace(layers);
  const m = samples.length;
  const traces: SampleTrace[] = [];
  let total = 0;
  for (const s of samples) {
    const loss = forwardInto(ws, theta, s.x, s.y);
    backwardInto(ws, theta, s.y);
    total += loss;
    const sprime = ws.z.map((z, k) => (k > 0 && k < layers.length - 1 ? z.map(sigmoidPrime) : new Float64Array(0)));
    traces.push({ z: copy(ws.z), a: copy(ws.a), sprime, delta: copy(ws.delta), loss });
  }
  for (const t of traces) {
    t.z[0] = new Float64Array(0);
    t.delta[0] = new Float64Array(0);
  }
  const D = ws.Delta.map((d) => new Float64Array(d.length));
  gradientFrom(layers, theta, ws.Delta, lambda, m, D);
  return { J: total / m + regularization(layers, theta, lambda, m), Delta: ws.Delta, D, traces };
}

/** J alone, for the gradient check and J_new. */
export function lossOf(layers: Layers, theta: readonly ArrayLike<number>[], samples: readonly Sample[], lambda: number): number {
  const ws = workspace(layers);
  let total = 0;
  for (const s of samples) total += forwardInto(ws, theta, s.x, s.y);
  return total / samples.length + regularization(layers, theta, lambda, samples.length);
}

/** The outputs a^L for one input (heatmaps, accuracy). */
export function predict(ws: Workspace, theta: readonly ArrayLike<number>[], x: readonly number[]): Float64Array {
  forwardInto(ws, theta, x, null);
  return ws.a[ws.layers.length - 1];
}

/** θ := θ − α·D, new arrays. */
export function updated(theta: Weights, D: readonly Float64Array[], alpha: number): number[][] {
  return theta.map((t, k) => t.map((w, i) => w - alpha * D[k][i]));
}

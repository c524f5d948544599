/**
 * The update of a batch and what the records need from θ (SPEC §7, §8): D = Δ/b + (λ/b)θ, ‖D^l‖,
 * and Σθ² for J's λ term, each in the order engine.ts adds, so the results are bit-identical.
 */
import type { Net } from './kernel';

/**
 * A weight beyond this is divergence, not learning: the trainer stops at the last epoch whose
 * weights stayed within it, so no NaN or Infinity ever reaches J, the weights or the norms.
 */
export const WEIGHT_LIMIT = 1e30;

/**
 * θ := θ − α·D with D = Δ/b + (λ/b)θ (bias column: Δ/b), as engine.gradientFrom and
 * engine.updated compute it; writes ‖D^l‖ into norms (when given) and zeroes Δ for the next batch.
 * Returns false when a new weight left WEIGHT_LIMIT (or was NaN): the caller restores a snapshot.
 */
export function applyUpdate(net: Net, b: number, alpha: number, lambda: number, norms: Float64Array | null): boolean {
  const { layers, L, theta, tOff, Delta } = net;
  const lb = lambda / b;
  let ok = true;
  let thetaSq = 0;
  for (let k = 1; k < L; k++) {
    const n = layers[k - 1];
    let sq = 0;
    let w = tOff[k - 1];
    for (let j = 0; j < layers[k]; j++) {
      // The bias column: Δ/b + 0 (as engine.gradientFrom adds), then the weights with (λ/b)θ.
      for (let i = 0; i <= n; i++, w++) {
        const g = Delta[w] / b + (i === 0 ? 0 : lb * theta[w]);
        sq += g * g;
        const next = theta[w] - alpha * g;
        theta[w] = next;
        Delta[w] = 0;
        if (i > 0) thetaSq += next * next;
        if (!(Math.abs(next) <= WEIGHT_LIMIT)) ok = false;
      }
    }
    if (norms) norms[k - 1] = Math.sqrt(sq);
  }
  net.thetaSq = thetaSq;
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

/** (λ/2m) Σ θ², as engine.regularization computes it. */
export const regularizationOf = (net: Net, lambda: number, m: number): number => (lambda / (2 * m)) * net.thetaSq;

/**
 * The order of the points in each epoch of mini-batch training (SPEC §8): a Fisher–Yates shuffle
 * driven by mulberry32, seeded from `seed` and the epoch number alone. Epoch e's order needs no
 * earlier epoch, so going back, snapshots and "the next batch" all agree without carrying the
 * generator's state. (The data set's points use mulberry32(seed) directly: a separate stream.)
 */
import { mulberry32 } from '../rng';

/** A 32-bit seed for epoch e's shuffle, mixed so that neighbouring seeds and epochs differ widely. */
export function epochSeed(seed: number, e: number): number {
  let h = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(e + 1, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Writes epoch e's visiting order of the m = order.length points into `order`. */
export function shuffleOrder(order: Int32Array, seed: number, e: number): void {
  const next = mulberry32(epochSeed(seed, e));
  for (let i = 0; i < order.length; i++) order[i] = i;
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

/**
 * The training chapter's data sets (SPEC §8): the four points of xor, and, or; circles, moons
 * and blobs drawn from the seeded generator; and the custom `points`. Derived from the URL keys
 * alone, so the same link gives the same points everywhere.
 *
 * Every data set has two inputs (x₁, x₂), so the shape must have s1 = 2. Labels:
 * - xor, and, or, circles, moons have two classes; with K > 1 outputs each output gets the same
 *   label (every output learns the same function: allowed, never an error).
 * - blobs has max(2, K) classes: with K = 1 two blobs labelled 0 and 1; with K ≥ 2, K blobs,
 *   labels one-hot (yₖ = 1 for the blob k).
 * - custom: the `points` rows as given (already checked against s1 + K by the URL codec).
 */
import type { Label, Layers, Sample } from '../engine';
import { mulberry32 } from '../rng';
import type { DatasetId, Rows } from '../url';

/** The seed of generated points, fallback weights and shuffling when the URL has no `seed`. */
export const DEFAULT_DATA_SEED = 1;

/** The four points, in this order (SPEC §8). */
export const CORNERS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const;
export const TRUTH_TABLES = { xor: [0, 1, 1, 0], and: [0, 0, 0, 1], or: [0, 1, 1, 1] } as const;

/** The URL keys a data set is made from. */
export interface DataKeys {
  dataset: DatasetId;
  n: number;
  noise: number;
  seed: number | null;
  points: Rows | null;
  layers: Layers;
}

/**
 * Why a data set cannot be trained on: an i18n key under `train.problem.*` (the message names
 * the URL key, never echoes its value). With a problem the samples are empty.
 */
export type DataProblem = 'train.problem.inputs' | 'train.problem.noPoints';

export interface DataSet {
  samples: Sample[];
  problem: DataProblem | null;
}

/*
 * The generators use only +, −, ×, / and √, which IEEE 754 rounds the same in every browser
 * (Math.cos, Math.log may differ in the last bit between engines): the same link gives the
 * same points everywhere, to the last bit.
 */

/** An approximately standard normal draw: the sum of 12 uniforms less 6 (Irwin–Hall; exact in doubles). */
function gaussian(next: () => number): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += next();
  return sum - 6;
}

/** A point drawn uniformly from the unit disc, by rejection from the square; with r² = x² + y². */
function inDisc(next: () => number): { x: number; y: number; r2: number } {
  for (;;) {
    const x = 2 * next() - 1;
    const y = 2 * next() - 1;
    const r2 = x * x + y * y;
    if (r2 <= 1 && r2 > 0) return { x, y, r2 };
  }
}

/** Class centres of blobs for 2 … 6 classes: evenly on the unit circle from 45°, to 3 decimals. */
const CENTRES: Record<number, readonly (readonly [number, number])[]> = {
  2: [[0.707, 0.707], [-0.707, -0.707]],
  3: [[0.707, 0.707], [-0.966, 0.259], [0.259, -0.966]],
  4: [[0.707, 0.707], [-0.707, 0.707], [-0.707, -0.707], [0.707, -0.707]],
  5: [[0.707, 0.707], [-0.454, 0.891], [-0.988, -0.156], [-0.156, -0.988], [0.891, -0.454]],
  6: [[0.707, 0.707], [-0.259, 0.966], [-0.966, 0.259], [-0.707, -0.707], [0.259, -0.966], [0.966, -0.259]],
};

const labels = (y: Label, K: number): Label[] => Array.from({ length: K }, () => y);

/**
 * Point i has class i mod (number of classes), so the classes interleave and any prefix (the
 * first batch, the first 8 points shown in the stepper) holds every class.
 */
function generated(kind: 'circles' | 'moons' | 'blobs', n: number, noise: number, seed: number, K: number): Sample[] {
  const next = mulberry32(seed);
  const jitter = () => noise * gaussian(next);
  const classes = kind === 'blobs' ? Math.max(2, K) : 2;
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    let x1: number;
    let x2: number;
    if (kind === 'circles') {
      // Class 1 fills the disc r ≤ 0.5, class 0 the ring 0.7 ≤ r ≤ 1 (both uniform in area): a
      // boundary no line can draw.
      let p = inDisc(next);
      if (c === 0) while (p.r2 < 0.49) p = inDisc(next);
      const scale = c === 1 ? 0.5 : 1;
      x1 = scale * p.x + jitter();
      x2 = scale * p.y + jitter();
    } else if (kind === 'moons') {
      // Two interleaved half circles of radius 1, centred on the origin as a whole; the point on
      // the upper half circle is a random direction (from the disc), not an angle through cos.
      const p = inDisc(next);
      const r = Math.sqrt(p.r2);
      const cos = p.x / r;
      const sin = Math.abs(p.y) / r;
      x1 = (c === 0 ? cos : 1 - cos) - 0.5 + jitter();
      x2 = (c === 0 ? sin : 0.5 - sin) - 0.25 + jitter();
    } else {
      // The spread is 0.15 plus the noise.
      const [cx, cy] = CENTRES[classes][c];
      const spread = 0.15 + noise;
      x1 = cx + spread * gaussian(next);
      x2 = cy + spread * gaussian(next);
    }
    const y: Label[] = kind === 'blobs' && K > 1 ? Array.from({ length: K }, (_, k) => (k === c ? 1 : 0)) : labels(c as Label, K);
    // "+ 0" turns −0 into 0, so a point reads back the same from a CSV or JSON export.
    out.push({ x: [x1 + 0, x2 + 0], y });
  }
  return out;
}

/** The data set the keys describe, or the reason there is none. */
export function dataSetOf(keys: DataKeys): DataSet {
  const { layers, dataset } = keys;
  if (layers[0] !== 2) return { samples: [], problem: 'train.problem.inputs' };
  const K = layers[layers.length - 1];
  if (dataset === 'xor' || dataset === 'and' || dataset === 'or') {
    const table = TRUTH_TABLES[dataset];
    return { samples: CORNERS.map(([x1, x2], i) => ({ x: [x1, x2], y: labels(table[i] as Label, K) })), problem: null };
  }
  if (dataset === 'custom') {
    const rows = keys.points ?? [];
    if (rows.length === 0) return { samples: [], problem: 'train.problem.noPoints' };
    return { samples: rows.map((r) => ({ x: r.slice(0, 2), y: r.slice(2) as Label[] })), problem: null };
  }
  return { samples: generated(dataset, keys.n, keys.noise, keys.seed ?? DEFAULT_DATA_SEED, K), problem: null };
}

/** The batch size actually used: `batch` clamped to 1…m; null is m. */
export const batchSizeOf = (batch: number | null, m: number): number => Math.max(1, Math.min(batch ?? m, m));

/** A `batch` larger than the data set is reported by key (the trainer then uses m). */
export const batchProblem = (batch: number | null, m: number): 'batch' | null => (batch !== null && m > 0 && batch > m ? 'batch' : null);

/** The smallest box holding every point, widened by `pad` of its size on each side (the heatmap's extent). */
export function extentOf(samples: readonly Sample[], pad = 0.1): { x1: [number, number]; x2: [number, number] } {
  if (samples.length === 0) return { x1: [-1, 1], x2: [-1, 1] };
  const axis = (i: number): [number, number] => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of samples) {
      lo = Math.min(lo, s.x[i]);
      hi = Math.max(hi, s.x[i]);
    }
    const w = Math.max(hi - lo, 1e-9);
    return [lo - pad * w, hi + pad * w];
  };
  return { x1: axis(0), x2: axis(1) };
}

/**
 * The network a URL state describes (SPEC §7, §10): its weights, with the app's deterministic
 * fallback for absent keys, and its samples. Derived, never stored: the URL keys stay the truth.
 */
import type { Label, Layers, Sample } from './engine';
import { mulberry32 } from './rng';

/** The §4.1 example: weights of both signs, so the dashed (negative) edges show from the start. */
export const EXAMPLE_T1 = [0.1, 0.4, -0.3, -0.2, 0.7, 0.5] as const;
export const EXAMPLE_T2 = [0.2, -0.6, 0.9] as const;

/** The seed of fallback weights when the URL has none (any shape but 2,2,1). */
const FALLBACK_SEED = 1;

export const isSeedShape = (layers: Layers): boolean => layers.length === 3 && layers[0] === 2 && layers[1] === 2 && layers[2] === 1;

/**
 * θ¹ … θ^{L−1} drawn in [−2, 2] with two decimals, layer after layer in row-major order, from the
 * seeded generator (for 2,2,1 the same nine numbers "Randomize weights" has always drawn).
 * 2,2,1 without a seed is the §4.1 example.
 */
export function fallbackWeights(layers: Layers, seed: number | null): number[][] {
  if (seed === null && isSeedShape(layers)) return [[...EXAMPLE_T1], [...EXAMPLE_T2]];
  const next = mulberry32(seed ?? FALLBACK_SEED);
  // "|| 0" turns -0 into 0, so the weights read back from a link exactly.
  const draw = () => Math.round((next() * 4 - 2) * 100) / 100 || 0;
  return layers.slice(1).map((s, k) => Array.from({ length: s * (layers[k] + 1) }, draw));
}

export const sameNumbers = (a: readonly number[], b: readonly number[] | undefined): boolean =>
  b !== undefined && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

interface NetKeys {
  layers: readonly number[];
  t1: readonly number[];
  t2: readonly number[];
  t3: readonly number[];
  t4: readonly number[];
}

/** θ¹ … θ^{L−1} of the state. */
export function weightsOf(s: NetKeys): (readonly number[])[] {
  return [s.t1, s.t2, s.t3, s.t4].slice(0, s.layers.length - 1);
}

/** §10's default inputs and labels for a shape without `data`. */
const DEFAULT_INPUTS = [0.5, -1, 1, -0.5, 0.25, 2];

export function defaultSample(layers: Layers): Sample {
  const K = layers[layers.length - 1];
  return {
    x: DEFAULT_INPUTS.slice(0, layers[0]),
    y: Array.from({ length: K }, (_, k) => ((k + 1) % 2 === 1 ? 1 : 0) as Label),
  };
}

export const rowToSample = (row: readonly number[], s1: number): Sample => ({ x: row.slice(0, s1), y: row.slice(s1) as Label[] });
export const sampleToRow = (s: Sample): number[] => [...s.x, ...s.y];

/**
 * The network chapter's samples: `data` when given; else, for s1 = 2 and K = 1, the one sample
 * x1, x2, y (as links before SPEC §7 wrote it); else the default sample.
 */
export function samplesOf(s: NetKeys & { data: readonly (readonly number[])[] | null; x1: number; x2: number; y: Label }): Sample[] {
  if (s.data) return s.data.map((r) => rowToSample(r, s.layers[0]));
  if (s.layers[0] === 2 && s.layers[s.layers.length - 1] === 1) return [{ x: [s.x1, s.x2], y: [s.y] }];
  return [defaultSample(s.layers)];
}

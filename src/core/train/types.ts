/** The trainer's config and what it reports (SPEC §8). */
import type { Layers, Sample, Weights } from '../engine';

export interface TrainConfig {
  layers: Layers;
  /** θ¹ … θ^{L−1} at epoch 0 (the URL's t1…t4). */
  theta0: Weights;
  samples: readonly Sample[];
  alpha: number;
  lambda: number;
  /** Mini-batch size 1…m (clamped); null = m, full batch. */
  batch: number | null;
  /** Seeds the shuffling; null = DEFAULT_DATA_SEED. */
  seed: number | null;
  /** 'general' skips the 2-2-1 kernel (same results, bit for bit): for the benchmark's comparison. */
  kernel?: 'auto' | 'general';
}

export interface TrainRecord {
  epoch: number;
  J: number;
  /** Share of points whose every output is on the right side of 0.5 (a = 0.5 exactly counts as wrong). */
  accuracy: number;
  /** ‖D^l‖ per layer of weights (index l − 1). */
  gradNorm: number[];
}

export interface TrainProgress {
  epoch: number;
  target: number;
  /** The target is reached (or training diverged on the way). */
  done: boolean;
  /** epoch / target, 1 when done. */
  fraction: number;
}

export interface NextBatch {
  /** Indices into the samples, in the order the step visits them. */
  indices: number[];
  samples: Sample[];
}

/** The largest epoch a link may ask for (SPEC §8). */
export const MAX_EPOCH = 100000;

/**
 * The teaching moments of issue #12, pinned (presets.test.ts checks each still happens): the UI
 * offers them as presets. Initial weights are the seed's fallback weights for the shape
 * (netState.fallbackWeights, SPEC §10), so a preset is only URL keys.
 */
import type { DatasetId } from '../url';

export interface TrainPreset {
  /** i18n key of its name and of its one-line explanation (`train.preset.<id>` / `.why`). */
  id: 'converges' | 'stuck' | 'diverges' | 'explodes' | 'shrinks';
  dataset: DatasetId;
  layers: readonly number[];
  seed: number;
  alpha: number;
  lambda: number;
  /** Where the moment shows: the epoch to open at. */
  epoch: number;
}

export const PRESETS: readonly TrainPreset[] = [
  // xor on 2-2-1 from seed 3: accuracy 1 by epoch 1000 (J ≈ 0.006).
  { id: 'converges', dataset: 'xor', layers: [2, 2, 1], seed: 3, alpha: 2, lambda: 0, epoch: 1000 },
  // From seed 4 descent settles in a local minimum: (0,1) and (1,1) are learnt, (0,0) and (1,0)
  // both sit at a ≈ 0.5 (the net cannot tell them apart), J ≈ ½ ln 2 ≈ 0.347, accuracy 0.5, and
  // the gradient ≈ 6·10⁻⁵: it stays there however long it trains.
  { id: 'stuck', dataset: 'xor', layers: [2, 2, 1], seed: 4, alpha: 2, lambda: 0, epoch: 20000 },
  // α = 10 overshoots: J goes 0.73 → 1.18 → 2.62 in the first two epochs instead of falling.
  { id: 'diverges', dataset: 'xor', layers: [2, 2, 1], seed: 1, alpha: 10, lambda: 0, epoch: 2 },
  // α·λ/m = 2.5 > 2: the λ term alone multiplies each weight by 1 − 2.5 = −1.5 each epoch, so the
  // weights grow without bound until the trainer stops (WEIGHT_LIMIT) at epoch 166.
  { id: 'explodes', dataset: 'xor', layers: [2, 2, 1], seed: 1, alpha: 10, lambda: 1, epoch: 200 },
  // The converging run with λ = 0.01: still accuracy 1, with ‖θ‖ ≈ 14.6 at epoch 5000 where
  // λ = 0 has ≈ 28.7 (and still growing: without λ, xor's weights grow for ever).
  { id: 'shrinks', dataset: 'xor', layers: [2, 2, 1], seed: 3, alpha: 2, lambda: 0.01, epoch: 5000 },
];

export const presetById = (id: TrainPreset['id']): TrainPreset => PRESETS.find((p) => p.id === id)!;

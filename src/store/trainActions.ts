/**
 * The training chapter's slice (SPEC §8, §10). The URL keys stay the truth: `t1…t4` are the
 * initial weights and `epoch` says how far training has gone; the current weights, J and the
 * curves are derived from them by the trainer (chapters/train/useTrainer.ts), never stored here.
 */
import type { StoreApi } from 'zustand/vanilla';
import { fallbackWeights, sampleToRow } from '../core/netState';
import type { DatasetId, Rows, UrlState } from '../core/url';
import type { Layers, Sample, Weights } from '../core/engine';
import type { AppState } from './store';

/** Epochs per frame while training plays (the trainer still bounds its work per frame). */
export const TRAIN_SPEEDS = [1, 5, 20, 100] as const;
export type TrainSpeed = (typeof TRAIN_SPEEDS)[number];
export const EPOCH_MAX = 100000;
export const POINTS_MAX = 500;

/** What the bridge to the stepper carries: the weights now, and the samples of the next batch. */
export interface StepperHandOff {
  weights: Weights;
  rows: Rows;
}

export interface TrainSlice {
  /** Epochs advance every frame while true (the stepper's `playing` is for timelines). */
  training: boolean;
  /**
   * The epoch the chapter's trainer has reached, set by the chapter (null without one). While
   * training it leads `epoch`, which follows it only now and then (so the URL and every
   * subscriber are not written each frame); Pause and one epoch on or back start from it.
   */
  liveEpoch: (() => number) | null;
  trainSpeed: TrainSpeed;
  setEpoch: (epoch: number) => void;
  /** One epoch on (+1) or back (−1, recomputed) from the one reached; PageUp at epoch 0 leaves for the network (SPEC §10). */
  epochBy: (direction: 1 | -1) => void;
  toggleTraining: () => void;
  /** Back to epoch 0: the same initial weights. */
  resetTraining: () => void;
  setTrainSpeed: (speed: TrainSpeed) => void;
  setTrainParam: (key: 'alpha' | 'lambda' | 'n' | 'noise', value: number) => void;
  /** null: the whole data set. */
  setBatch: (batch: number | null) => void;
  setDataset: (dataset: DatasetId) => void;
  /** A new shape takes the seeded fallback weights for it; custom points keep only what fits. */
  setTrainLayers: (layers: Layers) => void;
  /** A new seed draws new points, new initial weights and a new shuffle (SPEC §10). */
  setTrainSeed: (seed: number) => void;
  setPoints: (points: Rows | null) => void;
  /** A correction the chapter made to keys that do not fit (batch > m, a shape the data cannot feed), named in the notice. */
  fixTraining: (patch: Partial<UrlState>, keys: readonly string[]) => void;
  /** A whole training state (an imported file), already validated. */
  loadTraining: (patch: Partial<UrlState>) => void;
  /** Opens the network chapter at step 0 with the current weights and the next batch (a history entry). */
  openInStepper: (handOff: StepperHandOff) => void;
  /** From the network chapter: train from its weights and shape (on its own samples when no data set fits). */
  keepTraining: (samples: readonly Sample[]) => void;
}

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

const THETA_KEYS = ['t1', 't2', 't3', 't4'] as const;

/** The keys "Open in stepper" and "Keep training" change: Back and Forward restore them with the entry. */
const BRIDGED = ['layers', ...THETA_KEYS, 'data', 'x1', 'x2', 'y', 'seed', 'alpha', 'lambda', 'dataset', 'points', 'n', 'noise', 'batch', 'epoch'] as const;
export const bridgedKeys = (s: UrlState): Partial<UrlState> => Object.fromEntries(BRIDGED.map((k) => [k, s[k]]));

/** The θ keys of a list of weight matrices ([] beyond the shape, as url.ts resolves them). */
export function thetaKeys(weights: Weights): Pick<UrlState, 't1' | 't2' | 't3' | 't4'> {
  return Object.fromEntries(THETA_KEYS.map((k, i) => [k, weights[i] ? [...weights[i]] : []])) as unknown as Pick<UrlState, 't1' | 't2' | 't3' | 't4'>;
}

const sameLayers = (a: Layers, b: Layers) => a.length === b.length && a.every((s, i) => s === b[i]);

/** Rows that fit the shape: s1 inputs then K labels of 0 or 1. */
export function rowsFit(rows: Rows, layers: Layers): boolean {
  const width = layers[0] + layers[layers.length - 1];
  return rows.every((r) => r.length === width && r.slice(layers[0]).every((v) => v === 0 || v === 1));
}

export function trainActions(set: Set, get: Get): TrainSlice {
  /** A change to what is trained keeps the epoch: the curve is recomputed for the new settings. */
  const edit = (patch: Partial<AppState>) => set(patch);
  /** The epoch on screen: the trainer's while it trains ahead of the store, else the store's. */
  const reached = () => {
    const { epoch, training, liveEpoch } = get();
    return training && liveEpoch ? Math.max(epoch, Math.min(EPOCH_MAX, liveEpoch())) : epoch;
  };
  return {
    training: false,
    liveEpoch: null,
    trainSpeed: 1,
    setEpoch: (epoch) => {
      const e = Math.max(0, Math.min(EPOCH_MAX, Math.trunc(epoch) || 0));
      set({ epoch: e, training: get().training && e < EPOCH_MAX });
    },
    epochBy: (direction) => {
      const epoch = reached();
      if (direction < 0 && epoch === 0) return get().pageBack();
      set({ epoch: Math.max(0, Math.min(EPOCH_MAX, epoch + direction)), training: false });
    },
    toggleTraining: () => (get().training ? set({ training: false, epoch: reached() }) : set({ training: get().epoch < EPOCH_MAX })),
    resetTraining: () => set({ epoch: 0, training: false }),
    setTrainSpeed: (trainSpeed) => set({ trainSpeed }),
    setTrainParam: (key, value) => {
      if (!Number.isFinite(value)) return;
      const ranges = { alpha: [1e-6, 10], lambda: [0, 100], n: [10, 500], noise: [0, 0.5] } as const;
      const [lo, hi] = ranges[key];
      const v = Math.min(hi, Math.max(lo, key === 'n' ? Math.round(value) : value)) || 0;
      edit({ [key]: v });
    },
    setBatch: (batch) => edit({ batch: batch === null ? null : Math.max(1, Math.min(POINTS_MAX, Math.round(batch))) }),
    setDataset: (dataset) => edit({ dataset, batch: null }),
    setTrainLayers: (layers) => {
      if (sameLayers(layers, get().layers)) return;
      const points = get().points;
      set({
        layers: [...layers],
        ...thetaKeys(fallbackWeights(layers, get().seed)),
        points: points && rowsFit(points, layers) ? points : null,
        epoch: 0,
        training: false,
      });
    },
    setTrainSeed: (seed) => {
      if (!Number.isSafeInteger(seed)) return;
      set({ seed, ...thetaKeys(fallbackWeights(get().layers, seed)), epoch: 0, training: false });
    },
    setPoints: (points) => edit({ points: points && points.length ? points.slice(0, POINTS_MAX) : null, dataset: 'custom' }),
    fixTraining: (patch, keys) => set({ ...patch, ignored: [...new Set([...get().ignored, ...keys])] }),
    loadTraining: (patch) => set({ ...patch, chapter: 'train', training: false }),
    openInStepper: ({ weights, rows }) => {
      const { layers } = get();
      // §10: one sample of a 2-…-1 network is written as x1, x2, y; anything else as data.
      const one = rows.length === 1 && layers[0] === 2 && layers[layers.length - 1] === 1;
      set({
        chapter: 'network',
        step: 0,
        playing: false,
        training: false,
        ...thetaKeys(weights),
        ...(one ? { x1: rows[0][0], x2: rows[0][1], y: rows[0][2] as 0 | 1, data: null } : { data: rows.map((r) => [...r]) }),
      });
    },
    keepTraining: (samples) => {
      const { layers, dataset, points } = get();
      // The generated sets have two inputs and one label; another shape trains on the stepper's own samples.
      const generated = layers[0] === 2 && layers[layers.length - 1] === 1 && dataset !== 'custom';
      const own = generated || (points !== null && rowsFit(points, layers));
      set({
        chapter: 'train',
        step: 0,
        epoch: 0,
        playing: false,
        training: false,
        ...(own ? {} : { dataset: 'custom' as const, points: samples.map(sampleToRow), batch: null }),
      });
    },
  };
}


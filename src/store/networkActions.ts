/**
 * The network chapter's actions for any shape (SPEC §7, §10): the shape, one weight, the samples,
 * the step size and the seeded weights. The URL keys stay the truth: samples are written back as
 * `x1, x2, y` for the seed's one-sample case and as `data` otherwise, θ keys beyond the shape as [].
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Label, Layers, Sample } from '../core/engine';
import { defaultSample, fallbackWeights, sampleToRow, samplesOf, weightsOf } from '../core/netState';
import { THETA_KEYS, type Granularity, type UrlState } from '../core/url';
import { clampTo, inRange, RANGES } from '../core/ranges';
import { selectStepCount } from './timelines';
import type { AppState } from './store';


export interface NetworkActions {
  /** A new shape: weights that still fit keep their values, new ones come from the seeded generator. */
  setLayers: (layers: readonly number[]) => void;
  /** θ^l_{ji} of any layer (l from 1, j from 1, i from 0 = bias), already snapped by its control. */
  setWeight: (l: number, j: number, i: number, value: number) => void;
  /** θ^l by its row-major index (the figure's drag and the 2-2-1 sliders). */
  setTheta: (layer: number, index: number, value: number) => void;
  /** "Randomize weights": every θ of the shape from the seed (SPEC §10). */
  randomize: (seed: number) => void;
  /** A copy of the last sample appended (up to 8). */
  addSample: () => void;
  removeSample: (index: number) => void;
  /** Input x_i (i from 1) of sample `index` (from 0). */
  setSampleInput: (index: number, i: number, value: number) => void;
  /** Label y_k (k from 1) of sample `index` (from 0). */
  setSampleLabel: (index: number, k: number, y: Label) => void;
  setGranularity: (granularity: Granularity) => void;
  /** The weight whose label the figure shows on demand (a focused field or hovered edge); not in the URL. */
  focusedWeight: string | null;
  setFocusedWeight: (id: string | null) => void;
}

const validShape = (layers: readonly number[]) => inRange(RANGES.layers, layers.length) && layers.every((s) => inRange(RANGES.units, s));

/** The state's samples written back the way SPEC §10 says: x1, x2, y when they can say it all. */
export function samplesPatch(layers: Layers, samples: readonly Sample[]): Partial<UrlState> {
  const K = layers[layers.length - 1];
  if (samples.length === 1 && layers[0] === 2 && K === 1) {
    const [s] = samples;
    return { x1: s.x[0], x2: s.x[1], y: s.y[0], data: null };
  }
  return { data: samples.map(sampleToRow) };
}

/** A sample re-fitted to s1 inputs and K labels: what fits is kept, the rest from §10's default sample. */
function refit(s: Sample, layers: Layers): Sample {
  const d = defaultSample(layers);
  return { x: d.x.map((x, i) => s.x[i] ?? x), y: d.y.map((y, k) => s.y[k] ?? y) };
}

/** θ keys for a shape: each weight (j, i) that the old θ^l also has keeps its value. */
function refitWeights(old: readonly (readonly number[])[], from: Layers, to: Layers, seed: number | null): Partial<UrlState> {
  const fresh = fallbackWeights(to, seed);
  const patch: Partial<Record<(typeof THETA_KEYS)[number], readonly number[]>> = {};
  THETA_KEYS.forEach((key, k) => {
    if (k + 1 >= to.length) return void (patch[key] = []);
    const oldWidth = k + 1 < from.length ? from[k] + 1 : 0;
    const oldRows = k + 1 < from.length ? from[k + 1] : 0;
    const width = to[k] + 1;
    patch[key] = fresh[k].map((w, n) => {
      const [j, i] = [Math.floor(n / width), n % width];
      return j < oldRows && i < oldWidth ? old[k][j * oldWidth + i] : w;
    });
  });
  return patch;
}

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

export function networkActions(set: Set, get: Get): NetworkActions {
  /** Parameters changed: the cursor keeps its place, clamped if the timeline got shorter. */
  const keepingCursor = (patch: Partial<AppState>) => {
    set(patch);
    const n = selectStepCount(get());
    if (get().step > n) set({ step: n, playing: get().playing && n > 0 });
  };
  const samples = () => samplesOf(get());
  const editSamples = (f: (ss: Sample[]) => Sample[] | undefined) => {
    const next = f(samples().map((s) => ({ x: [...s.x], y: [...s.y] })));
    if (next && inRange(RANGES.samples, next.length)) keepingCursor(samplesPatch(get().layers, next));
  };
  const setWeight = (l: number, j: number, i: number, value: number) => {
    const { layers } = get();
    if (!Number.isFinite(value) || l < 1 || l >= layers.length || j < 1 || j > layers[l] || i < 0 || i > layers[l - 1]) return;
    const key = THETA_KEYS[l - 1];
    const index = (j - 1) * (layers[l - 1] + 1) + i;
    const v = clampTo(RANGES.theta, value) || 0;
    keepingCursor({ [key]: get()[key].map((t, n) => (n === index ? v : t)), seed: null });
  };
  return {
    focusedWeight: null,
    setFocusedWeight: (id) => set({ focusedWeight: id }),
    setLayers: (layers) => {
      const s = get();
      if (!validShape(layers) || layers.join() === s.layers.join()) return;
      const weights = refitWeights(weightsOf(s), s.layers, layers, s.seed);
      const fitted = samples().map((x) => refit(x, layers));
      keepingCursor({ layers: [...layers], ...weights, ...samplesPatch(layers, fitted) });
    },
    setWeight,
    setTheta: (layer, index, value) => {
      const { layers } = get();
      if (layer < 1 || layer >= layers.length) return;
      const width = layers[layer - 1] + 1;
      setWeight(layer, Math.floor(index / width) + 1, index % width, value);
    },
    randomize: (seed) => {
      const w = fallbackWeights(get().layers, seed);
      const patch = Object.fromEntries(THETA_KEYS.map((key, k) => [key, w[k] ?? []]));
      keepingCursor({ ...patch, seed });
    },
    addSample: () => editSamples((ss) => [...ss, { x: [...ss[ss.length - 1].x], y: [...ss[ss.length - 1].y] }]),
    removeSample: (index) => editSamples((ss) => (index >= 0 && index < ss.length ? ss.filter((_, n) => n !== index) : undefined)),
    setSampleInput: (index, i, value) =>
      editSamples((ss) => {
        if (!Number.isFinite(value) || !ss[index] || i < 1 || i > ss[index].x.length) return undefined;
        (ss[index].x as number[])[i - 1] = clampTo(RANGES.x, value) || 0;
        return ss;
      }),
    setSampleLabel: (index, k, y) =>
      editSamples((ss) => {
        if ((y !== 0 && y !== 1) || !ss[index] || k < 1 || k > ss[index].y.length) return undefined;
        (ss[index].y as Label[])[k - 1] = y;
        return ss;
      }),
    setGranularity: (granularity) => keepingCursor({ granularity }),
  };
}

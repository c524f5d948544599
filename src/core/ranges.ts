/**
 * Every numeric range of the app in one table (SPEC §4.1, §7, §8, §10): the URL codec, the store's
 * clamps and the controls read their bounds from here, so a bound cannot differ between them.
 */

export interface Range {
  min: number;
  max: number;
  /** The lower bound itself is not valid (0 < α). */
  openMin?: boolean;
  /** Only whole numbers. */
  integer?: boolean;
  /** The control's step (a dragged or arrowed value is a multiple of it). */
  step?: number;
  /** A slider's narrower span: typing reaches the rest of the range. */
  slider?: readonly [number, number];
}

export const RANGES = {
  /** Inputs x_i (and the one-sample keys x1, x2). */
  x: { min: -1000, max: 1000, step: 0.01, slider: [-5, 5] },
  /** Every θ^l_{ji}. */
  theta: { min: -1000, max: 1000, step: 0.01, slider: [-5, 5] },
  lambda: { min: 0, max: 100, step: 0.01, slider: [0, 5] },
  /** 0 < α ≤ 10; the smallest α a control sets is its step (SPEC §4.1). */
  alpha: { min: 0, max: 10, openMin: true, step: 0.01, slider: [0.01, 3] },
  /** The point marked on the curves. */
  z: { min: -1000, max: 1000, step: 0.01 },
  /** The graph chapter's inputs a and b. */
  graphInput: { min: -1e6, max: 1e6 },
  /** The graph chapter's chain of diamonds. */
  chain: { min: 1, max: 10, integer: true },
  /** L: layers, input and output included (SPEC §7). */
  layers: { min: 2, max: 5, integer: true },
  /** Units in one layer, bias not counted. */
  units: { min: 1, max: 6, integer: true },
  /** m: samples of the network chapter's batch (`data`). */
  samples: { min: 1, max: 8, integer: true },
  /** Points of the training chapter's `custom` set (`points`). */
  points: { min: 1, max: 500, integer: true },
  /** Points of a generated training set. */
  n: { min: 10, max: 500, integer: true },
  noise: { min: 0, max: 0.5, step: 0.01 },
  /** Mini-batch size (at most the data set's m, checked where m is known). */
  batch: { min: 1, max: 500, integer: true },
  epoch: { min: 0, max: 100000, integer: true },
} as const satisfies Record<string, Range>;

export type RangeName = keyof typeof RANGES;

/** Whether x lies in the range (open lower bound and integers respected). */
export function inRange(r: Range, x: number): boolean {
  if (!Number.isFinite(x) || (r.integer && !Number.isInteger(x))) return false;
  return (r.openMin ? x > r.min : x >= r.min) && x <= r.max;
}

/** The smallest value a control offers: the minimum, or for an open bound the control's step. */
export const lowest = (r: Range): number => (r.openMin ? (r.step ?? Number.MIN_VALUE) : r.min);

/** x itself when valid, else the nearest value a control could set (NaN: the lowest). */
export function clampTo(r: Range, x: number): number {
  if (inRange(r, x)) return x;
  if (Number.isNaN(x)) return lowest(r);
  const c = Math.min(r.max, Math.max(lowest(r), x));
  return r.integer ? Math.round(c) : c;
}

/** [lowest, max] as a pair, for the controls that take one. */
export const span = (r: Range): readonly [number, number] => [lowest(r), r.max];

/**
 * The URL codec of SPEC §4.1, driven by one table of fields (one parse, one default, one
 * writer each). decode() never throws and never yields NaN: a malformed key takes its default
 * and is reported by name (never by its raw value, which may be hostile text).
 */
import { GRAPH_MODES, type GraphMode } from './graphModes';
import type { Label } from './network';
import { EXAMPLE_T1, EXAMPLE_T2, fallbackWeights, sameNumbers } from './netState';
import { inRange, RANGES, type Range } from './ranges';

export const CHAPTERS = ['sigmoid', 'loss', 'derivative', 'graph', 'network', 'train'] as const;
export type ChapterId = (typeof CHAPTERS)[number];
export type Lang = 'en' | 'zh';
export type Theme = 'light' | 'dark';
export type Granularity = 'unit' | 'layer';
export const DATASETS = ['xor', 'and', 'or', 'circles', 'moons', 'blobs', 'custom'] as const;
export type DatasetId = (typeof DATASETS)[number];
/** Samples as in `data=` and `points=` (SPEC §7): each row s1 inputs, then K labels. */
export type Rows = readonly (readonly number[])[];

export interface UrlState {
  chapter: ChapterId;
  lang: Lang;
  x1: number;
  x2: number;
  y: Label;
  /**
   * θ¹ … θ⁴ row-major, bias column first (SPEC §7). Always resolved: an absent or malformed key
   * holds the fallback for the shape and seed (netState.fallbackWeights); layers beyond the
   * shape hold [].
   */
  t1: readonly number[];
  t2: readonly number[];
  lambda: number;
  alpha: number;
  seed: number | null;
  step: number;
  z: number;
  a: number;
  b: number;
  mode: GraphMode;
  /** The graph chapter's chain of diamonds, 1…10 (1 = the seed's figure). */
  chain: number;
  present: boolean;
  embed: boolean;
  theme: Theme | null;
  /** s1, …, sL (SPEC §7). */
  layers: readonly number[];
  t3: readonly number[];
  t4: readonly number[];
  /** The network chapter's samples (≤ 8); null: the one sample x1, x2, y (or §10's default sample). */
  data: Rows | null;
  granularity: Granularity;
  practice: boolean;
  /** The training chapter (SPEC §8). */
  dataset: DatasetId;
  n: number;
  noise: number;
  /** Points of the `custom` data set (≤ 500); null: none given. */
  points: Rows | null;
  /** Mini-batch size; null: the whole data set (m). */
  batch: number | null;
  epoch: number;
}

/** The app's example: weights of both signs, so the dashed (negative) edges show from the start. */
export const DEFAULTS: UrlState = {
  // The lesson's first chapter (SPEC §3): a bare URL starts at the beginning.
  chapter: 'sigmoid',
  lang: 'en',
  x1: 0.5,
  x2: -1,
  y: 1,
  t1: EXAMPLE_T1,
  t2: EXAMPLE_T2,
  lambda: 0,
  alpha: 0.5,
  seed: null,
  step: 0,
  z: 0,
  a: 2,
  b: 1,
  mode: 'reverse',
  chain: 1,
  present: false,
  embed: false,
  theme: null,
  layers: [2, 2, 1],
  t3: [],
  t4: [],
  data: null,
  granularity: 'unit',
  practice: false,
  dataset: 'xor',
  n: 100,
  noise: 0.1,
  points: null,
  batch: null,
  epoch: 0,
};

type Key = keyof UrlState;
/** A parser returns undefined for a malformed value. */
type Parse<K extends Key> = (raw: string) => UrlState[K] | undefined;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
function num(raw: string, ok: (x: number) => boolean): number | undefined {
  if (!NUMBER.test(raw.trim())) return undefined;
  const x = Number(raw);
  return Number.isFinite(x) && ok(x) ? (x === 0 ? 0 : x) : undefined;
}
/** A number in one of the ranges of core/ranges. */
const within = (r: Range) => (raw: string) => num(raw, (x) => inRange(r, x));
/** Any count of numbers, each |x| ≤ limit (a θ key, or `layers`, whose counts are checked later). */
const numbers = (limit: number) => (raw: string) => {
  if (raw.length > 20000) return undefined;
  const xs = raw.split(',').map((p) => num(p, (x) => Math.abs(x) <= limit));
  return xs.every((x) => x !== undefined) ? (xs as number[]) : undefined;
};
/** Rows separated by `;` (SPEC §7's `data`): 1 … maxRows rows of equal length; labels are checked in reconcile(). */
const rows = (maxRows: number, limit: number) => (raw: string) => {
  if (raw.length > 20000) return undefined;
  const rs = raw.split(';').map(numbers(limit));
  return rs.length <= maxRows && rs.every((r) => r !== undefined && r.length === rs[0]!.length) ? (rs as number[][]) : undefined;
};
const oneOf =
  <T extends string>(options: readonly T[]) =>
  (raw: string): T | undefined =>
    (options as readonly string[]).includes(raw) ? (raw as T) : undefined;
const flag = (raw: string): boolean | undefined => (raw === '1' ? true : raw === '0' ? false : undefined);

const PARSERS: { [K in Key]: Parse<K> } = {
  chapter: oneOf(CHAPTERS),
  lang: oneOf(['en', 'zh'] as const),
  x1: within(RANGES.x),
  x2: within(RANGES.x),
  y: (raw) => (raw === '0' ? 0 : raw === '1' ? 1 : undefined),
  // The count a θ key must have depends on `layers`: checked in reconcile().
  t1: numbers(RANGES.theta.max),
  t2: numbers(RANGES.theta.max),
  lambda: within(RANGES.lambda),
  alpha: within(RANGES.alpha),
  seed: (raw) => num(raw, Number.isSafeInteger),
  step: (raw) => num(raw, (x) => Number.isSafeInteger(x) && x >= 0),
  z: within(RANGES.z),
  a: within(RANGES.graphInput),
  b: within(RANGES.graphInput),
  mode: oneOf(GRAPH_MODES),
  chain: within(RANGES.chain),
  present: flag,
  embed: flag,
  theme: oneOf(['light', 'dark'] as const),
  layers: (raw) => {
    const xs = numbers(RANGES.units.max)(raw);
    return xs && inRange(RANGES.layers, xs.length) && xs.every((s) => inRange(RANGES.units, s)) ? xs : undefined;
  },
  t3: numbers(RANGES.theta.max),
  t4: numbers(RANGES.theta.max),
  data: rows(RANGES.samples.max, RANGES.x.max),
  granularity: oneOf(['unit', 'layer'] as const),
  practice: flag,
  dataset: oneOf(DATASETS),
  n: within(RANGES.n),
  noise: within(RANGES.noise),
  points: rows(RANGES.points.max, RANGES.x.max),
  // At most the data set's size: checked by the training chapter, which knows m.
  batch: within(RANGES.batch),
  epoch: within(RANGES.epoch),
};
export const URL_KEYS = Object.keys(PARSERS) as Key[];

export interface Decoded {
  state: UrlState;
  /** Keys whose value was malformed and replaced by the default. */
  ignored: Key[];
  /** Keys given more than once (the first wins). */
  repeated: Key[];
}

/** Reads a query string; `fallbackLang` is the browser's language when `lang=` is absent. */
export function decode(search: string, fallbackLang: Lang = 'en'): Decoded {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULTS, lang: fallbackLang };
  const ignored: Key[] = [];
  const repeated: Key[] = [];
  for (const key of URL_KEYS) {
    const all = params.getAll(key);
    if (all.length === 0) continue;
    if (all.length > 1) repeated.push(key);
    const parsed = (PARSERS[key] as Parse<Key>)(all[0]);
    if (parsed === undefined) ignored.push(key);
    else (state as unknown as Record<Key, unknown>)[key] = parsed;
  }
  reconcile(state, (k) => params.has(k), ignored);
  return { state, ignored: ignored.filter((k) => usedBy(k, state.chapter)), repeated };
}

/** Keys that only one chapter reads: the others leave them alone and never name them (SPEC §10). */
const ONLY: Partial<Record<Key, string>> = { data: 'network', granularity: 'network', dataset: 'train', n: 'train', noise: 'train', points: 'train', batch: 'train', epoch: 'train' };
const usedBy = (key: Key, chapter: ChapterId) => (ONLY[key] ?? chapter) === chapter;

export const THETA_KEYS = ['t1', 't2', 't3', 't4'] as const;
const isLabel = (v: number) => v === 0 || v === 1;
/** Rows of s1 inputs then K labels each. */
const fitsShape = (rs: Rows, layers: readonly number[]) =>
  rs.every((r) => r.length === layers[0] + layers[layers.length - 1] && r.slice(layers[0]).every(isLabel));

/**
 * The checks that need more than one key (SPEC §7): θ counts against `layers`, samples against
 * s1 and K. A θ key that does not fit is ignored by name and takes the fallback for the shape.
 */
function reconcile(state: UrlState, given: (k: Key) => boolean, ignored: Key[]): void {
  const { layers } = state;
  const fallback = fallbackWeights(layers, state.seed);
  THETA_KEYS.forEach((key, k) => {
    const count = k + 1 < layers.length ? layers[k + 1] * (layers[k] + 1) : 0;
    if (given(key) && !ignored.includes(key) && state[key].length !== count) ignored.push(key);
    if (!given(key) || ignored.includes(key)) state[key] = fallback[k] ?? [];
  });
  for (const key of ['data', 'points'] as const) {
    const rs = state[key];
    if (rs && !fitsShape(rs, layers)) {
      state[key] = null;
      ignored.push(key);
    }
  }
  // With `data`, the one-sample keys are not used: the notice names those that were given.
  if (state.data) ignored.push(...(['x1', 'x2', 'y'] as const).filter((k) => given(k) && !ignored.includes(k)));
}

function write(value: UrlState[Key]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map((v: number | readonly number[]) => (Array.isArray(v) ? v.join(',') : String(v))).join(Array.isArray(value[0]) ? ';' : ',');
  return value === true ? '1' : value === false ? '0' : String(value);
}

/**
 * chapter and lang always, then only the keys that differ from their defaults (commas kept
 * literal). θ keys differ from the fallback of their shape; with a seed every θ of the shape is
 * written (SPEC §10: the weights stay the truth).
 */
export function encode(state: UrlState): string {
  const fallback = fallbackWeights(state.layers, null);
  const differs = (k: Key): boolean => {
    const t = THETA_KEYS.indexOf(k as (typeof THETA_KEYS)[number]);
    if (t < 0) return write(state[k]) !== write(DEFAULTS[k]);
    if (t + 1 >= state.layers.length) return false;
    return state.seed !== null || !sameNumbers(state[k as 't1'], fallback[t]);
  };
  return URL_KEYS.filter((k) => k === 'chapter' || k === 'lang' || differs(k))
    .map((k) => `${k}=${encodeURIComponent(write(state[k])).replace(/%2C/g, ',')}`)
    .join('&');
}

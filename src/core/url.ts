/**
 * The URL codec of SPEC §4.1, driven by one table of fields (one parse, one default, one
 * writer each). decode() never throws and never yields NaN: a malformed key takes its default
 * and is reported by name (never by its raw value, which may be hostile text).
 */
import { GRAPH_MODES, type GraphMode } from './graphTimeline';
import type { Label, Theta1, Theta2 } from './network';

export const CHAPTERS = ['sigmoid', 'loss', 'derivative', 'graph', 'network'] as const;
export type ChapterId = (typeof CHAPTERS)[number];
export type Lang = 'en' | 'zh';
export type Theme = 'light' | 'dark';

export interface UrlState {
  chapter: ChapterId;
  lang: Lang;
  x1: number;
  x2: number;
  y: Label;
  t1: Theta1;
  t2: Theta2;
  lambda: number;
  alpha: number;
  seed: number | null;
  step: number;
  z: number;
  a: number;
  b: number;
  mode: GraphMode;
  present: boolean;
  embed: boolean;
  theme: Theme | null;
}

/** The app's example: weights of both signs, so the dashed (negative) edges show from the start. */
export const DEFAULTS: UrlState = {
  // The lesson's first chapter (SPEC §3): a bare URL starts at the beginning.
  chapter: 'sigmoid',
  lang: 'en',
  x1: 0.5,
  x2: -1,
  y: 1,
  t1: [0.1, 0.4, -0.3, -0.2, 0.7, 0.5],
  t2: [0.2, -0.6, 0.9],
  lambda: 0,
  alpha: 0.5,
  seed: null,
  step: 0,
  z: 0,
  a: 2,
  b: 1,
  mode: 'reverse',
  present: false,
  embed: false,
  theme: null,
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
const within = (limit: number) => (raw: string) => num(raw, (x) => Math.abs(x) <= limit);
function list<T>(count: number, limit: number) {
  return (raw: string): T | undefined => {
    const parts = raw.split(',');
    const xs = parts.map((p) => num(p, (x) => Math.abs(x) <= limit));
    return parts.length === count && xs.every((x) => x !== undefined) ? (xs as T) : undefined;
  };
}
const oneOf =
  <T extends string>(options: readonly T[]) =>
  (raw: string): T | undefined =>
    (options as readonly string[]).includes(raw) ? (raw as T) : undefined;
const flag = (raw: string): boolean | undefined => (raw === '1' ? true : raw === '0' ? false : undefined);

const PARSERS: { [K in Key]: Parse<K> } = {
  chapter: oneOf(CHAPTERS),
  lang: oneOf(['en', 'zh'] as const),
  x1: within(1000),
  x2: within(1000),
  y: (raw) => (raw === '0' ? 0 : raw === '1' ? 1 : undefined),
  t1: list<Theta1>(6, 1000),
  t2: list<Theta2>(3, 1000),
  lambda: (raw) => num(raw, (x) => x >= 0 && x <= 100),
  alpha: (raw) => num(raw, (x) => x > 0 && x <= 10),
  seed: (raw) => num(raw, Number.isSafeInteger),
  step: (raw) => num(raw, (x) => Number.isSafeInteger(x) && x >= 0),
  z: within(1000),
  a: within(1e6),
  b: within(1e6),
  mode: oneOf(GRAPH_MODES),
  present: flag,
  embed: flag,
  theme: oneOf(['light', 'dark'] as const),
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
  return { state, ignored, repeated };
}

function write(value: UrlState[Key]): string {
  return Array.isArray(value) ? value.map(String).join(',') : value === true ? '1' : value === false ? '0' : String(value);
}

/** chapter and lang always, then only the keys that differ from their defaults (commas kept literal). */
export function encode(state: UrlState): string {
  return URL_KEYS.filter((k) => k === 'chapter' || k === 'lang' || write(state[k]) !== write(DEFAULTS[k]))
    .map((k) => `${k}=${encodeURIComponent(write(state[k])).replace(/%2C/g, ',')}`)
    .join('&');
}

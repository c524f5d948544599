/**
 * Practice mode (SPEC §9, §10), the parts that need no store and no DOM: reading a typed answer,
 * judging it, the score of a chapter's log, the key its progress is saved under, and the
 * one-decimal exercises of the network chapter. Generic over any timeline's step records.
 */
import type { Step, Timeline } from './timeline';
import type { Label, Layers, Sample } from './engine';
import { mulberry32 } from './rng';

/** SPEC §9: an answer within 0.5 % or 0.0001 of the value is correct. */
export const REL_TOL = 0.005;
export const ABS_TOL = 1e-4;

export function isCorrect(answer: number, value: number): boolean {
  if (!Number.isFinite(answer) || !Number.isFinite(value)) return false;
  return Math.abs(answer - value) <= Math.max(ABS_TOL, REL_TOL * Math.abs(value));
}

/**
 * A typed number, as people write it: "−0.45" with a typographic minus, "0,45" with a decimal
 * comma, "4.5e-1". Anything else (text, "1/2", an empty field) is null.
 */
export function parseAnswer(text: string): number | null {
  let s = text.trim().replace(/[−–]/g, '-').replace(/\s+/g, '');
  if (!s.includes('.') && /^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const x = Number(s);
  return Number.isFinite(x) ? x : null;
}

/** What became of one asked step: how many of its values were asked, how many answered right. */
export interface StepResult {
  asked: number;
  correct: number;
}

/** A chapter's results, by step index (0-based, the index of the step record). */
export type PracticeLog = Readonly<Record<number, StepResult>>;

export interface Score {
  correct: number;
  asked: number;
  /** Steps with a value not answered right, in timeline order. */
  missed: number[];
}

export function scoreOf(log: PracticeLog | undefined): Score {
  const entries = Object.entries(log ?? {})
    .map(([i, r]) => [Number(i), r] as const)
    .sort((a, b) => a[0] - b[0]);
  return {
    correct: entries.reduce((acc, [, r]) => acc + r.correct, 0),
    asked: entries.reduce((acc, [, r]) => acc + r.asked, 0),
    missed: entries.filter(([, r]) => r.correct < r.asked).map(([i]) => i),
  };
}

/** What the optional second question offers (every quantity the formula reads) and its answer (the cache hits). */
export const cacheCandidates = (step: Step<string>): readonly string[] => step.reads;

export function cacheAnswerRight(step: Step<string>, picked: ReadonlySet<string>): boolean {
  return step.reads.every((id) => picked.has(id) === step.hits.includes(id));
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable name for a long string. */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const KEYS = new WeakMap<Timeline<string>, string>();

/**
 * The name a chapter's progress is saved under: the chapter and its parameters. The timeline's
 * given values hold every parameter (weights, samples, z, a, b…) and its steps' writes tell the
 * graph's modes, the chain and the granularity apart, so no chapter needs its own key.
 */
export function practiceKey(chapter: string, timeline: Timeline<string>): string {
  let k = KEYS.get(timeline);
  if (!k) {
    const given = Object.entries(timeline.given).map(([id, v]) => `${id}=${String(v)}`);
    const steps = timeline.steps.map((s) => s.writes.join(','));
    k = fnv(`${given.join('&')}|${steps.join(';')}`);
    KEYS.set(timeline, k);
  }
  return `${chapter}:${k}`;
}

/** A number with one decimal in [−max, max], never −0 (so it reads back from a link exactly). */
const oneDecimal = (next: () => number, max: number) => Math.round((next() * 2 - 1) * max * 10) / 10 || 0;

export interface Exercise {
  /** θ¹ … θ^{L−1}, row-major with the bias column first. */
  weights: number[][];
  samples: Sample[];
}

/**
 * An exercise a person can do on paper: every input in [−2, 2] and every weight in [−1, 1] with
 * one decimal, labels 0 or 1, for the same shape and number of samples, from the seeded generator.
 */
export function drawExercise(layers: Layers, m: number, seed: number): Exercise {
  const next = mulberry32(seed);
  const weights = layers.slice(1).map((s, k) => Array.from({ length: s * (layers[k] + 1) }, () => oneDecimal(next, 1)));
  const K = layers[layers.length - 1];
  const samples = Array.from({ length: m }, () => ({
    x: Array.from({ length: layers[0] }, () => oneDecimal(next, 2)),
    y: Array.from({ length: K }, () => (next() < 0.5 ? 0 : 1) as Label),
  }));
  return { weights, samples };
}

/** The seed after this one: a sequence of exercises is itself reproducible. */
export const nextSeed = (seed: number | null): number => (Math.imul(seed ?? 0, 1103515245) + 12345) >>> 0;

/**
 * Everything a view shows about a timeline at a cursor, derived from the step records alone.
 * The cursor k counts steps done: 0 = nothing computed, k = steps.length = all done; the
 * current step is steps[k − 1].
 */
import type { Phase, QuantityState, Step, Timeline } from './timeline';

export function currentStep<Q extends string>(t: Timeline<Q>, k: number): Step<Q> | undefined {
  return k >= 1 ? t.steps[k - 1] : undefined;
}

// Built once per timeline: views ask for writers of ~100 quantities on every step and slider move.
const WRITERS = new WeakMap<Timeline<string>, Map<string, number>>();

/** Index of the first step that writes id, or −1 for a given quantity. */
export function writerOf<Q extends string>(t: Timeline<Q>, id: Q): number {
  let index = WRITERS.get(t);
  if (!index) {
    index = new Map();
    for (const s of t.steps) for (const w of s.writes) if (!index.has(w)) index.set(w, s.index);
    WRITERS.set(t, index);
  }
  return index.get(id) ?? -1;
}

/** The value of id once k steps have run (the latest write), or undefined while pending. */
export function valueAt<Q extends string>(t: Timeline<Q>, k: number, id: Q): number | undefined {
  for (let i = Math.min(k, t.steps.length) - 1; i >= 0; i--) {
    const v = t.steps[i].values[id];
    if (v !== undefined) return v;
  }
  return t.given[id];
}

export function stateAt<Q extends string>(t: Timeline<Q>, k: number, id: Q): QuantityState {
  const step = currentStep(t, k);
  const w = writerOf(t, id);
  if (t.given[id] !== undefined && w < 0) return step?.reads.includes(id) ? 'read' : 'given';
  if (w < 0 || k - 1 < w) return 'pending';
  if (step?.again.includes(id)) return 'recomputed';
  if (step?.writes.includes(id)) return 'active';
  if (step?.hits.includes(id)) return 'reused';
  // Read, but not from a cache: summing over paths keeps nothing between paths (SPEC §4.2).
  if (step?.reads.includes(id)) return 'read';
  return 'done';
}

/** How many of the first k steps read id after the step that wrote it (the ledger's "reused ×n"). */
export function reuseCount<Q extends string>(t: Timeline<Q>, k: number, id: Q): number {
  return t.steps.slice(0, k).filter((s) => s.hits.includes(id)).length;
}

/** Chain-rule multiplications the first k steps perform. */
export function multsDone(t: Timeline<string>, k: number): number {
  return t.steps.slice(0, k).reduce((acc, s) => acc + s.mults, 0);
}

const DERIVATIVE_PHASES: readonly Phase[] = ['backward', 'tangent', 'path'];
const isDerivative = (s: Step<string>) => DERIVATIVE_PHASES.includes(s.phase);

/**
 * Multiplications a derivative step needs from scratch, with no cache: its own plus, recursively,
 * those of every derivative its formula reads (δ²₁ = θ²₁₁ δ³ s′(z²₁): 2 + 1 for s′ = 3).
 */
export function scratchMults<Q extends string>(t: Timeline<Q>, s: Step<Q>): number {
  return (
    s.mults +
    s.reads.reduce((acc, id) => {
      const w = writerOf(t, id);
      return acc + (w >= 0 && w < s.index && isDerivative(t.steps[w]) ? scratchMults(t, t.steps[w]) : 0);
    }, 0)
  );
}

/**
 * What the naive chain rule would have spent for the same partials as the first k steps (SPEC §7
 * "Counts", progress rule), as the steps record it: an s′ step adds 1, a δ step the rest of its
 * from-scratch cost, the first gradient that reads a δ only its paths and every later one its full
 * cost. It is never below multsDone, and at the end it is every gradient multiplied out on its
 * own (27 for 2-2-1, naiveCount(layers)·m for any network).
 */
export function naiveMults(t: Timeline<string>, k: number): number {
  return t.steps.slice(0, k).reduce((acc, s) => acc + s.naive, 0);
}

export interface Tally {
  mults: number;
  adds: number;
  passes: number;
  /** Quantities computed by more than one step. */
  recomputed: number;
}

/** The whole timeline's work, for the graph chapter's side-by-side table. */
export function tally(t: Timeline<string>): Tally {
  const writes = t.steps.flatMap((s) => s.writes);
  return {
    mults: multsDone(t, t.steps.length),
    adds: t.steps.reduce((acc, s) => acc + s.adds, 0),
    // Pass 0 is evaluation; derivative passes are numbered from 1.
    passes: new Set(t.steps.map((s) => s.pass).filter((p) => p > 0)).size,
    recomputed: new Set(writes.filter((id, i) => writes.indexOf(id) !== i)).size,
  };
}

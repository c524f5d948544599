/**
 * The step timeline as data (STYLE: micrograd's operations, but as records a view can read).
 * A timeline is built from step specs whose compute() may only read what the spec declares;
 * buildSteps() runs them in order and derives which reads are cache hits and which writes
 * repeat earlier work. Views derive highlights, captions and counters from these records only.
 */

/**
 * 'tangent': forward-mode derivative work, pushed from an input up to the output;
 * 'path': the naive chain rule, multiplying the partials along one path at a time.
 */
export type Phase = 'forward' | 'loss' | 'backward' | 'tangent' | 'path' | 'update';

/** What a quantity is at a cursor position (SPEC §4.2). */
export type QuantityState = 'given' | 'read' | 'pending' | 'active' | 'reused' | 'done' | 'recomputed';

export interface StepSpec<Q extends string> {
  /** i18n key of the one-sentence explanation, e.g. "step.z2_1". */
  explain: string;
  /** Values for the explanation's placeholders ({l}, {j}, …), where the key is shared by many units. */
  explainArgs?: Readonly<Record<string, string | number>>;
  phase: Phase;
  writes: readonly Q[];
  /**
   * What the displayed symbolic formula reads, and nothing else (SPEC §4.2): these are the
   * highlighted, boxed and counted reads. Exactly the quantities whose symbols the formula shows.
   */
  reads: readonly Q[];
  /**
   * What the stable computation (and the line with the numbers) also needs, never shown as read:
   * δ³ is computed from z³ although its formula is a³ − y (SPEC §5).
   */
  uses?: readonly Q[];
  /** Quantities the formula names without reading them: a derivation line's left-hand side s′(z). */
  names?: readonly Q[];
  /** Chain-rule multiplications this step performs (SPEC §4.2 counts only these). */
  mults?: number;
  /**
   * What the naive chain rule adds to its count at this step (SPEC §7 "Counts", progress rule):
   * summed over the steps so far it is never below the mults so far.
   */
  naive?: number;
  /** Writes that add into a running sum (Δ += δaᵀ over the samples): written again, not repeated work. */
  accumulates?: readonly Q[];
  adds?: number;
  /** Index of the pass this step belongs to (forward mode has one pass per input). */
  pass?: number;
  compute: (get: (id: Q) => number) => Partial<Record<Q, number>>;
  /** TeX, symbolic and with the numbers substituted; `get` reads the step's inputs and outputs. */
  tex: (get: (id: Q) => number) => { symbolic: string; numeric: string };
}

export interface Step<Q extends string> {
  index: number;
  explain: string;
  explainArgs?: Readonly<Record<string, string | number>>;
  phase: Phase;
  writes: readonly Q[];
  reads: readonly Q[];
  /** Symbols of the formula that are not reads: what the step writes, and its `names`. */
  names: readonly Q[];
  /** Reads that an earlier step wrote: the cache hits (none where nothing is kept, as in summing over paths). */
  hits: readonly Q[];
  /** Writes that an earlier step already wrote: duplicated work. */
  again: readonly Q[];
  values: Readonly<Partial<Record<Q, number>>>;
  tex: { symbolic: string; numeric: string };
  mults: number;
  /** The naive chain rule's count added at this step (0 where the chapter does not count it). */
  naive: number;
  adds: number;
  pass: number;
}

export interface Timeline<Q extends string> {
  given: Readonly<Partial<Record<Q, number>>>;
  steps: readonly Step<Q>[];
  /**
   * Natural log of |value| for quantities a double can underflow (a = s(z) for z ≪ 0, s′, δ):
   * where the double is 0 or subnormal the page shows the value from this (SPEC §10, Underflow).
   */
  lnOf?(id: Q): number | undefined;
}

export interface BuildOptions {
  /** false: nothing is kept between steps (summing over paths), so no read is a cache hit. */
  cache?: boolean;
}

/**
 * Runs the specs in order. Throws if a step reads or uses something neither given nor written
 * before it, or undeclared.
 */
export function buildSteps<Q extends string>(
  given: Partial<Record<Q, number>>,
  specs: readonly StepSpec<Q>[],
  { cache = true }: BuildOptions = {},
): Timeline<Q> {
  const env = new Map<Q, number>(Object.entries(given) as [Q, number][]);
  const written = new Set<Q>();
  const steps = specs.map((spec, index): Step<Q> => {
    const reads = new Set([...spec.reads, ...(spec.uses ?? [])]);
    const get = (id: Q): number => {
      if (!reads.has(id)) throw new Error(`step ${spec.explain} reads ${id} without declaring it`);
      const v = env.get(id);
      if (v === undefined) throw new Error(`step ${spec.explain} reads ${id} before any step wrote it`);
      return v;
    };
    const values = spec.compute(get);
    // What the formula may read, as it is now: the TeX is worked out only when a view asks for it
    // (a deep network has thousands of steps), after later steps may have added to a running sum.
    const now = new Map<Q, number>();
    for (const id of reads) if (env.has(id)) now.set(id, env.get(id) as number);
    for (const id of spec.writes) {
      if (values[id] === undefined) throw new Error(`step ${spec.explain} did not compute ${id}`);
    }
    const hits = cache ? spec.reads.filter((id) => written.has(id)) : [];
    const again = spec.writes.filter((id) => written.has(id) && !spec.accumulates?.includes(id));
    for (const id of spec.writes) {
      env.set(id, values[id] as number);
      written.add(id);
    }
    const own = (id: Q): number => {
      if (spec.writes.includes(id)) return values[id] as number;
      const v = now.get(id);
      if (v === undefined) throw new Error(`step ${spec.explain} shows ${id} without reading it`);
      return v;
    };
    let tex: Step<Q>['tex'] | undefined;
    return {
      index,
      explain: spec.explain,
      ...(spec.explainArgs ? { explainArgs: spec.explainArgs } : {}),
      phase: spec.phase,
      writes: spec.writes,
      reads: spec.reads,
      names: [...spec.writes, ...(spec.names ?? [])],
      hits,
      again,
      values,
      get tex() {
        return (tex ??= spec.tex(own));
      },
      mults: spec.mults ?? 0,
      naive: spec.naive ?? 0,
      adds: spec.adds ?? 0,
      pass: spec.pass ?? 0,
    };
  });
  return { given, steps };
}

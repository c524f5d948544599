/** A seeded generator (mulberry32): the app never calls Math.random, so a seed in the URL replays. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nine weights in [−2, 2], rounded to two decimals so a share link stays readable. */
export function randomWeights(seed: number): { t1: number[]; t2: number[] } {
  const next = mulberry32(seed);
  // "|| 0" turns -0 into 0, so the weights read back from a link exactly.
  const draw = () => Math.round((next() * 4 - 2) * 100) / 100 || 0;
  return { t1: Array.from({ length: 6 }, draw), t2: Array.from({ length: 3 }, draw) };
}

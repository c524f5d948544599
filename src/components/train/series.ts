/** Pure helpers of the per-epoch charts: the y range, and a path bounded by the chart's width. */

/** The smallest positive double a log axis shows (a J of exactly 0 sits on the floor). */
const LOG_FLOOR = 1e-12;

/** [lo, hi] over the finite values (positive ones on a log axis), never an empty range. */
export function seriesExtent(all: readonly ArrayLike<number>[], count: number, log: boolean): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of all) {
    for (let i = 0; i < count; i++) {
      const v = values[i];
      if (!Number.isFinite(v) || (log && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) return log ? [LOG_FLOOR, 1] : [0, 1];
  if (log) return lo === hi ? [lo / 10, hi * 10] : [Math.max(lo, LOG_FLOOR), hi];
  if (lo === hi) return [lo - 1, hi + 1];
  return [Math.min(0, lo), hi];
}

/** v with one decimal, as toFixed(1) writes it (0.1 px is below what a screen shows), without its cost. */
export function tenths(v: number): string {
  const r = Math.round(v * 10);
  const a = r < 0 ? -r : r;
  return `${r < 0 ? '-' : ''}${(a - (a % 10)) / 10}.${a % 10}`;
}

/**
 * An SVG path through values[0 … count−1]: one column per pixel of `width` (a coarse path while
 * training passes half the width), each drawn from its first value through its min and max (so
 * the path has at most ~3 points per column, whatever count is).
 * A value that is not finite (or ≤ 0 on a log axis) breaks the line.
 */
export function bucketPath(values: ArrayLike<number>, count: number, x: (e: number) => number, y: (v: number) => number, width: number): string {
  const columns = Math.max(1, Math.floor(width));
  const perColumn = Math.max(1, (count - 1) / columns);
  let d = '';
  let pen = false;
  const point = (e: number, v: number) => {
    const py = y(v);
    if (!Number.isFinite(v) || !Number.isFinite(py)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${tenths(x(e))},${tenths(py)}`;
    pen = true;
  };
  // Up to 3 epochs a column, every point is no more than the columns' first, min and max.
  if (perColumn <= 3) {
    for (let e = 0; e < count; e++) point(e, values[e]);
    return d;
  }
  for (let c = 0; c <= columns; c++) {
    const from = Math.round(c * perColumn);
    const to = Math.min(count, Math.round((c + 1) * perColumn));
    if (from >= count) break;
    let min = from;
    let max = from;
    for (let e = from; e < to; e++) {
      if (values[e] < values[min]) min = e;
      if (values[e] > values[max]) max = e;
    }
    point(from, values[from]);
    const [first, second] = min < max ? [min, max] : [max, min];
    if (first !== from) point(first, values[first]);
    if (second !== from && second !== first) point(second, values[second]);
  }
  point(count - 1, values[count - 1]);
  return d;
}

/** Powers of ten inside [lo, hi] (at most ~5: every other one, or every third, on a wide range). */
export function logTicks([lo, hi]: [number, number]): number[] {
  const a = Math.ceil(Math.log10(Math.min(lo, hi)) - 1e-9);
  const b = Math.floor(Math.log10(Math.max(lo, hi)) + 1e-9);
  if (!(b >= a)) return [Math.sqrt(lo * hi)];
  const stride = Math.max(1, Math.ceil((b - a + 1) / 5));
  const out: number[] = [];
  for (let k = b; k >= a; k -= stride) out.push(10 ** k);
  return out.reverse();
}

/**
 * A d3 linear (or log) scale's arithmetic as a plain function, for the thousands of points of a
 * path: d3's call per point (through its generic interpolators) costs several times the
 * arithmetic. Same formula as d3's: clamp to the domain if asked, normalise in the domain (its
 * logarithm on a log axis), then interpolate the range as r0·(1 − t) + r1·t.
 */
export function plainScale(domain: readonly number[], range: readonly number[], log = false, clamp = false): (v: number) => number {
  const f = log ? Math.log : (v: number) => v;
  const d0 = f(domain[0]);
  const span = f(domain[1]) - d0;
  const [r0, r1] = range;
  const lo = Math.min(domain[0], domain[1]);
  const hi = Math.max(domain[0], domain[1]);
  return (v) => {
    // d3 clamps the value to the domain before the logarithm (so 0 and below sit on the floor).
    const t = span ? (f(clamp ? Math.max(lo, Math.min(hi, v)) : v) - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}

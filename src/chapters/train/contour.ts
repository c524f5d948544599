/**
 * The 0.5 contour of the output over a grid (marching squares, pure): line segments in grid
 * coordinates, each end linearly interpolated along its cell edge. The saddle cells (two
 * opposite corners above the level) are split by the cell's mean, the usual disambiguation.
 */

/** values: G×G row-major (row r, column c); returns segments [c1, r1, c2, r2, …] in grid units. */
export function contourSegments(values: ArrayLike<number>, G: number, level = 0.5): number[] {
  const out: number[] = [];
  const v = (c: number, r: number) => values[r * G + c];
  // Where the level crosses between two corners: the fraction from the first.
  const t = (a: number, b: number) => (a === b ? 0.5 : Math.min(1, Math.max(0, (level - a) / (b - a))));
  for (let r = 0; r + 1 < G; r++) {
    for (let c = 0; c + 1 < G; c++) {
      const a = v(c, r); // (c, r)
      const b = v(c + 1, r); // (c+1, r)
      const d = v(c, r + 1); // (c, r+1)
      const e = v(c + 1, r + 1); // (c+1, r+1)
      if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(d) && Number.isFinite(e))) continue;
      const code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (e > level ? 4 : 0) | (d > level ? 8 : 0);
      if (code === 0 || code === 15) continue;
      // Crossing points on the four edges: bottom (a–b), right (b–e), top (d–e), left (a–d).
      const bottom = () => [c + t(a, b), r];
      const right = () => [c + 1, r + t(b, e)];
      const top = () => [c + t(d, e), r + 1];
      const left = () => [c, r + t(a, d)];
      const seg = (p: number[], q: number[]) => out.push(p[0], p[1], q[0], q[1]);
      switch (code) {
        case 1:
        case 14:
          seg(left(), bottom());
          break;
        case 2:
        case 13:
          seg(bottom(), right());
          break;
        case 3:
        case 12:
          seg(left(), right());
          break;
        case 4:
        case 11:
          seg(right(), top());
          break;
        case 6:
        case 9:
          seg(bottom(), top());
          break;
        case 7:
        case 8:
          seg(left(), top());
          break;
        case 5:
        case 10: {
          // Saddle: a and e on one side, b and d on the other; the mean says whether the middle joins a–e.
          const joined = (a + b + d + e) / 4 > level === (code === 5);
          if (joined) {
            seg(left(), top());
            seg(bottom(), right());
          } else {
            seg(left(), bottom());
            seg(right(), top());
          }
          break;
        }
      }
    }
  }
  return out;
}

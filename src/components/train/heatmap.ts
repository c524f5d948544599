/**
 * The decision heatmap's pixels: each grid cell's output a ∈ (0, 1) blended between the colours
 * of label 0 and label 1, pale near 0.5 so the points on top stay readable. Pure but for the
 * ImageData it fills.
 */

export type Rgb = readonly [number, number, number];

/** Parses #rgb, #rrggbb or rgb(r, g b) (a minifier may shorten the palette's colours); else mid grey. */
export function rgbOf(color: string): Rgb {
  const c = color.trim();
  let m: RegExpExecArray | null;
  if ((m = /^#([0-9a-f]{3})$/i.exec(c))) return [...m[1]].map((h) => parseInt(h + h, 16)) as unknown as Rgb;
  if ((m = /^#([0-9a-f]{6})$/i.exec(c))) {
    const n = parseInt(m[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  if ((m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(c))) return [+m[1], +m[2], +m[3]];
  return [128, 128, 128];
}

/**
 * Fills `pixels` (RGBA, G×G) from `values` (G×G, row 0 at the top, as predictGrid lays them out).
 * Strength |a − 0.5|·2 mixes the background towards the label's colour, at most `max`.
 */
export function paintHeatmap(pixels: Uint8ClampedArray, values: ArrayLike<number>, G: number, zero: Rgb, one: Rgb, bg: Rgb, max = 0.55): void {
  for (let r = 0; r < G; r++) {
    for (let c = 0; c < G; c++) {
      const a = values[r * G + c];
      const o = (r * G + c) * 4;
      const v = Number.isFinite(a) ? a : 0.5;
      const k = Math.min(1, Math.abs(v - 0.5) * 2) * max;
      const to = v >= 0.5 ? one : zero;
      pixels[o] = bg[0] + (to[0] - bg[0]) * k;
      pixels[o + 1] = bg[1] + (to[1] - bg[1]) * k;
      pixels[o + 2] = bg[2] + (to[2] - bg[2]) * k;
      pixels[o + 3] = 255;
    }
  }
}

export interface Domain {
  x: [number, number];
  y: [number, number];
}

/** Where custom points are added: a fixed view, so it does not move while points are placed. */
const CUSTOM: [number, number] = [-1.5, 1.5];

/** A square view around the points with a margin (custom: the fixed view, widened only for points outside it). */
export function domainOf(rows: readonly (readonly number[])[], custom = false): Domain {
  if (custom && rows.every((r) => r[0] >= CUSTOM[0] && r[0] <= CUSTOM[1] && r[1] >= CUSTOM[0] && r[1] <= CUSTOM[1])) return { x: [...CUSTOM], y: [...CUSTOM] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    for (const v of [r[0], r[1]]) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) [lo, hi] = [-1, 1];
  const pad = Math.max(0.25, (hi - lo) * 0.15);
  const span: [number, number] = [lo - pad, hi + pad];
  return { x: span, y: [...span] };
}

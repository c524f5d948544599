/**
 * The palette, checked once here (STYLE §10): colours that mark different meanings on one figure
 * stay apart for the three kinds of colour-vision deficiency, and every mark reads against the
 * panel. Simulation: Machado, Oliveira and Fernandes (2009), full severity, in linear RGB;
 * distance: CIE76 ΔE in Lab.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles/palette.css', import.meta.url), 'utf8');
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}
const THEMES = { light: palette(':root {'), dark: palette(":root[data-theme='dark']") };

type RGB = [number, number, number];
const SIMULATIONS: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const linear = (hex: string): RGB =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as RGB;
const simulate = (c: RGB, m: number[][]): RGB => m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))) as RGB;
function lab([r, g, b]: RGB): RGB {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: RGB, b: RGB) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));
const luminance = ([r, g, b]: RGB) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: string, b: string) => {
  const [la, lb] = [luminance(linear(a)), luminance(linear(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
};

/** Meanings that share a figure, and how far apart their colours must stay (ΔE). */
const PAIRS: [string, string, number][] = [
  ['positive', 'negative', 30],
  ['active', 'reused', 25],
  ['active', 'read', 25],
  ['reused', 'read', 10],
  ['active', 'recomputed', 10],
  ['reused', 'recomputed', 10],
];

describe('palette', () => {
  it('is the same dark palette whether the system or the switch asks for it', () => {
    expect(palette(":root:not([data-theme='light'])")).toEqual(THEMES.dark);
  });

  for (const [theme, colours] of Object.entries(THEMES)) {
    it(`${theme}: marks stay apart under every colour-vision deficiency`, () => {
      for (const [name, m] of Object.entries(SIMULATIONS)) {
        for (const [a, b, min] of PAIRS) {
          const d = deltaE(simulate(linear(colours[a]), m), simulate(linear(colours[b]), m));
          expect(d, `${theme} ${name}: ${a} vs ${b}`).toBeGreaterThanOrEqual(min);
        }
      }
    });

    it(`${theme}: every mark has at least 4.5:1 contrast against the panel`, () => {
      for (const c of ['ink', 'muted', 'accent', 'positive', 'negative', 'active', 'reused', 'read', 'recomputed']) {
        expect(contrast(colours[c], colours.panel), `${theme} ${c}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

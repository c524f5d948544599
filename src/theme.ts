/**
 * Visual constants in one place (STYLE §10). Colours are CSS variables defined in styles/palette.css
 * for both themes; the palette there is Okabe–Ito-based (blue/orange/bluish green/vermillion),
 * which stays distinguishable for the common colour-vision deficiencies, and every meaning also
 * has a non-colour cue (dash for negative weights, outline weight and a text label for states).
 */
export const COLORS = {
  ink: 'var(--ink)',
  muted: 'var(--muted)',
  line: 'var(--line)',
  panel: 'var(--panel)',
  accent: 'var(--accent)',
  /** Weights: sign by colour and by dash. */
  positive: 'var(--positive)',
  negative: 'var(--negative)',
  /** Quantity states (SPEC §4.2). */
  active: 'var(--active)',
  reused: 'var(--reused)',
  read: 'var(--read)',
  recomputed: 'var(--recomputed)',
} as const;

/** A negative weight is dashed as well as coloured, so it reads in greyscale on a projector. */
export const NEGATIVE_DASH = '7 5';

/** Edge width encodes |θ|: from thin to thick over |θ| in [0, EDGE_WIDTH_MAX_AT]. */
export const EDGE_WIDTH = { min: 1.5, max: 9, maxAt: 3 } as const;

/** Transitions between steps: long enough to follow, short enough not to wait for. */
export const DURATION_MS = 450;
export const EASE_CSS = 'cubic-bezier(0.33, 1, 0.68, 1)';

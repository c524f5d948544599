import { DEFAULTS, type UrlState } from '../../core/url';

export type Example = Pick<UrlState, 'x1' | 'x2' | 'y' | 't1' | 't2' | 'lambda' | 'alpha'>;

const base: Example = { x1: DEFAULTS.x1, x2: DEFAULTS.x2, y: DEFAULTS.y, t1: DEFAULTS.t1, t2: DEFAULTS.t2, lambda: DEFAULTS.lambda, alpha: DEFAULTS.alpha };

/** Examples a lecturer may want at hand; each i18n key is preset.<key>. */
export const PRESETS: readonly { key: string; example: Example }[] = [
  { key: 'default', example: base },
  // Large first-layer weights push both hidden units deep into the flat tails: s′ ≈ 0, so the
  // θ¹ gradients all but vanish while θ² still learns.
  { key: 'saturated', example: { ...base, x1: 3, x2: -3, t1: [1, 6, -5, -1, -7, 6], t2: [0.5, 1.5, -1.2], y: 0 } },
  { key: 'regularized', example: { ...base, lambda: 1 } },
];

/** Shapes a lecturer may want at hand (issue #11): from the seed's figure to a deep stack. */
export const SHAPE_PRESETS: readonly (readonly number[])[] = [
  [2, 2, 1],
  [2, 3, 1],
  [2, 3, 2, 1],
  [3, 4, 2],
  [2, 6, 6, 6, 1],
];

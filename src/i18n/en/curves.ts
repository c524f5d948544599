/** English strings: curves. Keys are shared with ../zh/curves.ts (a test checks both match). */
export const curves = {
  'curve.step.exp_z': 'Start from the exponential e^z: it passes through (0, 1), is defined for every z and is always positive.',
  'curve.step.exp_neg_z': 'Reflect it in the vertical axis: e^(−z) falls from +∞ towards 0.',
  'curve.step.one_plus_exp_neg_z': 'Shift it up by 1: 1 + e^(−z) is always above 1, with the asymptote y = 1.',
  'curve.step.sigmoid': 'Take the reciprocal: s(z) = 1 / (1 + e^(−z)) lies between 0 and 1 and passes through (0, ½).',
  'curve.step.neg_log_sigmoid': 'The loss when y = 1: −log s(z), near 0 when s(z) is close to 1, large when it is close to 0.',
  'curve.step.neg_log_one_minus_sigmoid': 'The loss when y = 0: −log(1 − s(z)), near 0 when s(z) is close to 0.',
  'curve.step.sigmoid_prime': 'The slope of the sigmoid: s′(z) = s(z)(1 − s(z)), largest (¼) at z = 0.',
} as const;

/** English strings: curves. Keys are shared with ../zh/curves.ts (a test checks both match). */
export const curves = {
  'curve.step.exp_z':
    'Start from the exponential eᶻ: it passes through (0, 1), is defined for every z and is always positive, so its range is (0, ∞).',
  'curve.step.exp_neg_z':
    'Reflect it in the vertical axis (z becomes −z): e⁻ᶻ falls from large values towards 0, still through (0, 1).',
  'curve.step.one_plus_exp_neg_z': 'Shift it up by 1: 1 + e⁻ᶻ is always above 1, and the line y = 1 is its asymptote.',
  'curve.step.sigmoid':
    'Take the reciprocal: s(z) = 1 / (1 + e⁻ᶻ). A number above 1 turns into one between 0 and 1, so the range is (0, 1), and s(0) = ½.',
  'curve.loss.sigmoid': 'First the prediction: p = s(z), the probability (between 0 and 1) that the label is 1.',
  'curve.step.neg_log_sigmoid':
    'The loss when y = 1: −log s(z). Near 0 when s(z) is close to 1 (a confident right answer), large when s(z) is close to 0.',
  'curve.step.neg_log_one_minus_sigmoid':
    'The loss when y = 0: −log(1 − s(z)). Near 0 when s(z) is close to 0, large when s(z) is close to 1.',
  'curve.derivative.sigmoid': 'The function to differentiate: the sigmoid s(z) = 1 / (1 + e⁻ᶻ), here at the marked point.',
  'curve.derive.differentiate': 'Line 1: ask for the slope of s, that is, differentiate 1 / (1 + e⁻ᶻ) with respect to z.',
  'curve.derive.chainRule':
    'Line 2: (1/u)′ = −u′/u² with u = 1 + e⁻ᶻ and u′ = −e⁻ᶻ; the two minus signs cancel. This is already s′(z).',
  'curve.derive.addSubtractOne':
    'Line 3: add and subtract 1 in the numerator. The value does not change, but now the numerator contains the denominator’s 1 + e⁻ᶻ.',
  'curve.derive.split': 'Line 4: split the fraction into two factors, 1/(1 + e⁻ᶻ) times (1 − 1/(1 + e⁻ᶻ)).',
  'curve.derive.recognise':
    'Line 5: both factors are made of the sigmoid itself, so s′(z) = s(z)(1 − s(z)): the slope comes from the value s(z) alone.',
  'curve.move.differentiate': 'Differentiate',
  'curve.move.chainRule': 'Chain rule on 1/u',
  'curve.move.addSubtractOne': 'Add and subtract 1',
  'curve.move.split': 'Split the fraction',
  'curve.move.recognise': 'Recognise s(z)',
  'curve.derive.title': 'The derivation, line by line',
  'curve.derive.progress': '{n} of {total} lines, each with z’s numbers below it.',
  'curve.derive.none': 'The derivation starts at the next step.',
  'curve.transform.title': 'One transformation per step',
  'curve.transform.exp_z': 'start: the exponential',
  'curve.transform.exp_neg_z': 'reflect: z → −z',
  'curve.transform.one_plus_exp_neg_z': 'shift up by 1',
  'curve.transform.sigmoid': 'take the reciprocal',
  'curve.asymptote': 'asymptote y = {y}',
  'curve.note.exp_z': 'domain ℝ, range (0, ∞)',
  'curve.note.exp_neg_z': 'z → −z: reflected; range (0, ∞)',
  'curve.note.one_plus_exp_neg_z': 'shifted up by 1; range (1, ∞)',
  'curve.note.sigmoid': 'reciprocal; range (0, 1)',
  'curve.plot.sigmoid': 'From eᶻ to the sigmoid, one transformation per step',
  'curve.plot.negLog': '−log p on (0, 1)',
  'curve.plot.lossZ': 'The loss as a function of z',
  'curve.plot.derivative': 's(z), its slope s′(z), and the tangent at z',
  'curve.axis.loss': 'loss',
  'curve.marker': 'Point z on the curve',
  'curve.z.field': 'Point z',
  'curve.z.invalid': 'Type a number from {min} to {max}; z keeps its last valid value.',
  'curve.offPlot': 'z lies outside the plot ({from} to {to}): the marker waits at the edge, and the values here are exact.',
  'curve.label.log': 'log p: increasing',
  'curve.label.negLog': '−log p: decreasing',
  'curve.label.pIsS': 'p = s(z)',
  'curve.label.pIsOneMinusS': 'p = 1 − s(z)',
  'curve.label.lossY1': '{name}: the loss if y = 1',
  'curve.label.lossY0': '{name}: the loss if y = 0',
  'curve.label.saturated': 'saturated: s′ ≈ 0',
  'curve.label.peak': 's′(0) = ¼',
  'curve.y.label': 'True label',
  'curve.caption': 'Current step',
  'curve.back': 'Back to {chapter} (step {step})',
  'curve.why.title': 'Why this is the logistic-regression loss',
  'curve.why.closeness':
    'A loss should be small when the prediction is close to the truth and large when it is far off. The source’s argument: on (0, 1), −log p is near 0 when p is close to 1, and grows without bound as p goes to 0. So let p be the probability the model gives to the true label: s(z) when y = 1, and 1 − s(z) when y = 0.',
  'curve.why.combined': 'Both cases in one formula (one sample; y is 0 or 1, so one of the two terms vanishes):',
  'curve.why.total':
    'When every sample’s prediction is close to its label, every term is near 0 and so is their total: that is what training drives towards. It is the network chapter’s loss J, with z = z³ (and λ = 0); the label set here is the network’s y too.',
  'curve.slip.title': 'A slip in the source:',
  'curve.slip.text':
    'it calls the log curve decreasing. log p increases; it is −log p that decreases, which is what lets it score a prediction.',
  'curve.saturation.title': 'Saturation: why gradients vanish',
  'curve.saturation.peak':
    's′(z) is largest at z = 0, where s′(0) = ¼: even at best, a gradient passing back through a sigmoid is multiplied by ¼.',
  'curve.saturation.flat':
    'For large |z| the sigmoid is flat: s′(z) ≈ e^(−|z|), below 0.02 once |z| > 4. A unit there passes almost no gradient back, so the weights before it hardly learn, and stacked sigmoid layers multiply these small factors together.',
  'curve.saturation.cheap':
    'Since s′(z) = s(z)(1 − s(z)), backpropagation needs only the value s(z) kept from the forward pass. (The app computes it as s(z)·s(−z), which keeps its digits when s(z) rounds to 1.)',
} as const;

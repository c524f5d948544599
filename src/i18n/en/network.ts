/** English strings: network. Keys are shared with ../zh/network.ts (a test checks both match). */
export const network = {
  'step.z2_1': 'Hidden unit 1 adds up its inputs, each times its weight θ¹₁ᵢ (x₀ = 1 carries the bias).',
  'step.a2_1': 'Hidden unit 1 squashes its sum z²₁ through the sigmoid.',
  'step.z2_2': 'Hidden unit 2 adds up its inputs, each times its weight θ¹₂ᵢ.',
  'step.a2_2': 'Hidden unit 2 squashes its sum z²₂ through the sigmoid.',
  'step.z3': 'The output unit adds up the hidden activations (a²₀ = 1 is the bias), reusing a²₁ and a²₂ from the cache.',
  'step.a3': 'The output a³ = s(z³) is the network’s prediction that y = 1.',
  'step.J': 'The cross-entropy loss scores the prediction: near 0 when a³ is close to y, large when it is far.',
  'step.delta3': 'The error at the output: δ³ = a³ − y, the loss’s derivative with respect to z³. It is computed once and cached.',
  'step.gradBias': 'A bias weight’s gradient is the cached error times the constant input 1; bias weights are not regularized.',
  'step.gradReg': 'A weight’s gradient is the cached error of the unit it feeds times the activation it carries, plus the λ term.',
  'step.sprime': 'The sigmoid’s slope at this hidden unit, s′(z) = a(1 − a), from the activation cached in the forward pass.',
  'step.delta2': 'The hidden unit’s error: δ³ from the cache, sent back along θ² and scaled by the slope s′(z²).',
  'step.update': 'Gradient descent: every weight takes a step of size α against its gradient.',
  'step.J_new': 'The same sample’s loss with the updated weights: it should be lower if α is not too large.',
} as const;

/** Numerically stable building blocks (SPEC §5): everything that can overflow or cancel is computed from the logit. */

/** s(z) = 1/(1+e^{−z}), written so that exp never overflows for either sign of z. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** s'(z) = s(z)·s(−z): the same as s(1−s), but a(1−a) loses every digit once a rounds to 1. */
export function sigmoidPrime(z: number): number {
  return sigmoid(z) * sigmoid(-z);
}

/** softplus(z) = log(1 + e^z) without overflow (z large) or underflow to log(1) (z very negative). */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** −log s(z) = softplus(−z): the loss when y = 1, never log(0). */
export function negLogSigmoid(z: number): number {
  return softplus(-z);
}

/** −log(1 − s(z)) = softplus(z): the loss when y = 0. */
export function negLogOneMinusSigmoid(z: number): number {
  return softplus(z);
}

/** Cross-entropy −[y log s(z) + (1−y) log(1−s(z))] of one prediction, from its logit. */
export function crossEntropyFromLogit(z: number, y: 0 | 1): number {
  return y === 1 ? negLogSigmoid(z) : negLogOneMinusSigmoid(z);
}

/** s(z) − y without cancellation: for y = 1 it is −s(−z), not a rounded 1 minus 1. */
export function sigmoidMinusLabel(z: number, y: 0 | 1): number {
  return y === 1 ? -sigmoid(-z) : sigmoid(z);
}

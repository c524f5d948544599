/**
 * The curve chapters' values at a point z (SPEC §4.2 curve ids). e^z passes a double's range
 * for z > 709, so values that can overflow also carry their natural log.
 */
import { negLogOneMinusSigmoid, negLogSigmoid, sigmoid, sigmoidPrime, softplus } from './math';
import type { CurveId } from './ids';

export interface CurveValue {
  /** The value as a double (may be Infinity only when `ln` is given). */
  value: number;
  /** Natural log of the value, for values that can pass the range of a double. */
  ln?: number;
}

export function curveValues(z: number): Record<CurveId, CurveValue> {
  return {
    z: { value: z },
    exp_z: { value: Math.exp(z), ln: z },
    exp_neg_z: { value: Math.exp(-z), ln: -z },
    // log(1 + e^{−z}) = softplus(−z), finite for every z.
    one_plus_exp_neg_z: { value: 1 + Math.exp(-z), ln: softplus(-z) },
    sigmoid: { value: sigmoid(z) },
    sigmoid_prime: { value: sigmoidPrime(z) },
    neg_log_sigmoid: { value: negLogSigmoid(z) },
    neg_log_one_minus_sigmoid: { value: negLogOneMinusSigmoid(z) },
  };
}

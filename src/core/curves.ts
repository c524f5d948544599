/**
 * The curve chapters' values at a point z (SPEC §4.2 curve ids). e^z passes a double's range
 * for z > 709 and s(z), s'(z) underflow to 0 far out, so every value also carries its natural
 * log, worked out without overflow: views and formulas fall back on it where the double fails.
 */
import { negLogOneMinusSigmoid, negLogSigmoid, sigmoid, sigmoidPrime, softplus } from './math';
import type { CurveId } from './ids';

export interface CurveValue {
  /** The value as a double (may be Infinity, or 0 by underflow, only when `ln` is given). */
  value: number;
  /** Natural log of the value, for values that can pass the range of a double either way. */
  ln?: number;
}

export function curveValues(z: number): Record<CurveId, CurveValue> {
  return {
    z: { value: z },
    exp_z: { value: Math.exp(z), ln: z },
    exp_neg_z: { value: Math.exp(-z), ln: -z },
    // log(1 + e^{−z}) = softplus(−z), finite for every z.
    one_plus_exp_neg_z: { value: 1 + Math.exp(-z), ln: softplus(-z) },
    // log s(z) = −softplus(−z): s(−1000) is 0 as a double but e^{−1000} in truth.
    sigmoid: { value: sigmoid(z), ln: -softplus(-z) },
    sigmoid_prime: { value: sigmoidPrime(z), ln: -softplus(-z) - softplus(z) },
    // −log s(z) = softplus(−z) underflows to 0 for z > 745, though it is e^{−z} in truth.
    neg_log_sigmoid: { value: negLogSigmoid(z), ln: lnSoftplus(-z) },
    neg_log_one_minus_sigmoid: { value: negLogOneMinusSigmoid(z), ln: lnSoftplus(z) },
  };
}

/** The curves as plain functions of z, for drawing (the values above, without their logs). */
export const CURVE_FUNCTIONS: Readonly<Record<Exclude<CurveId, 'z'>, (z: number) => number>> = {
  exp_z: (z) => Math.exp(z),
  exp_neg_z: (z) => Math.exp(-z),
  one_plus_exp_neg_z: (z) => 1 + Math.exp(-z),
  sigmoid,
  sigmoid_prime: sigmoidPrime,
  neg_log_sigmoid: negLogSigmoid,
  neg_log_one_minus_sigmoid: negLogOneMinusSigmoid,
};

/** log of softplus(x) = log log(1 + e^x), finite where softplus(x) itself underflows (x < −745). */
export function lnSoftplus(x: number): number {
  // softplus(x) = e^x − e^{2x}/2 + …, so its log is x − e^x/2 to double precision there.
  return x < -30 ? x - Math.exp(x) / 2 : Math.log(softplus(x));
}

/** log of 1 − s(z) = s(−z), the other factor of s'(z), without cancellation. */
export const lnOneMinusSigmoid = (z: number): number => -softplus(z);

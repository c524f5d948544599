/** A sigmoid's value and its complement as TeX numbers, both from the logit (SPEC §5). */
import { sigmoid } from '../../core/math';
import { formatNumber, texNumber as n } from '../../core/format';

export interface SigmoidTex {
  a: number;
  /** 1 − a, computed as s(−z): it keeps its digits when a rounds to 1. */
  rest: number;
  /** a as printed; when it would round to 1 it is written (1 − rest), so no line reads 1 − 1 = non-zero. */
  aTex: string;
  restTex: string;
}

export function sigmoidTex(z: number): SigmoidTex {
  const a = sigmoid(z);
  const rest = sigmoid(-z);
  // Past a double's range (|z| > 745) a value that underflowed to 0 is written s(z), exactly.
  const restTex = rest === 0 ? `s(${n(-z, false)})` : n(rest);
  const aTex = a === 0 ? `s(${n(z, false)})` : formatNumber(a) === '1' ? `(1 - ${restTex})` : n(a);
  return { a, rest, aTex, restTex };
}

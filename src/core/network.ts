/**
 * The source's 2-2-1 network (SPEC §1.5), computed directly, without the timeline:
 * the reference that the timeline's replay and the gradient check are tested against.
 * θ¹ is kept row-major as [θ¹₁₀, θ¹₁₁, θ¹₁₂, θ¹₂₀, θ¹₂₁, θ¹₂₂], θ² as [θ²₁₀, θ²₁₁, θ²₁₂].
 */
import { crossEntropyFromLogit, sigmoid, sigmoidMinusLabel, sigmoidPrime } from './math';

export type Label = 0 | 1;
export type Theta1 = readonly number[];
export type Theta2 = readonly number[];

export interface Sample {
  x1: number;
  x2: number;
  y: Label;
}
export interface NetParams extends Sample {
  t1: Theta1;
  t2: Theta2;
  lambda: number;
  alpha: number;
}

export interface Forward {
  a1: readonly [1, number, number];
  z2: readonly [number, number];
  a2: readonly [1, number, number];
  z3: number;
  a3: number;
  J: number;
}
export interface Backward {
  delta3: number;
  sprime2: readonly [number, number];
  delta2: readonly [number, number];
  grad1: Theta1;
  grad2: Theta2;
}

/** The stepper has one sample (SPEC §1.5); m stays a named constant so the formulas keep their 1/m. */
export const M = 1;

/** (λ/2m) Σ θ² over the non-bias weights (i ≥ 1), as in the source. */
export function regularization(t1: Theta1, t2: Theta2, lambda: number, m = M): number {
  const w = [t1[1], t1[2], t1[4], t1[5], t2[1], t2[2]];
  return (lambda / (2 * m)) * w.reduce((s, t) => s + t * t, 0);
}

export function forward(p: Sample & { lambda: number }, t1: Theta1, t2: Theta2, m = M): Forward {
  const a1 = [1, p.x1, p.x2] as const;
  const z2 = [0, 3].map((r) => t1[r] * a1[0] + t1[r + 1] * a1[1] + t1[r + 2] * a1[2]) as [number, number];
  const a2 = [1, sigmoid(z2[0]), sigmoid(z2[1])] as const;
  const z3 = t2[0] * a2[0] + t2[1] * a2[1] + t2[2] * a2[2];
  const J = crossEntropyFromLogit(z3, p.y) / m + regularization(t1, t2, p.lambda, m);
  return { a1, z2, a2, z3, a3: sigmoid(z3), J };
}

export function backward(p: NetParams, f: Forward, m = M): Backward {
  const delta3 = sigmoidMinusLabel(f.z3, p.y);
  const grad2 = [0, 1, 2].map((i) => (delta3 * f.a2[i]) / m + (i ? (p.lambda / m) * p.t2[i] : 0)) as unknown as Theta2;
  const sprime2 = [sigmoidPrime(f.z2[0]), sigmoidPrime(f.z2[1])] as const;
  const delta2 = [p.t2[1] * delta3 * sprime2[0], p.t2[2] * delta3 * sprime2[1]] as const;
  const grad1 = [0, 1].flatMap((j) =>
    [0, 1, 2].map((i) => (delta2[j] * f.a1[i]) / m + (i ? (p.lambda / m) * p.t1[3 * j + i] : 0)),
  ) as unknown as Theta1;
  return { delta3, sprime2, delta2, grad1, grad2 };
}

/** One gradient-descent step θ := θ − α∇J. */
export function update(p: NetParams, b: Backward): { t1: Theta1; t2: Theta2 } {
  return {
    t1: p.t1.map((t, k) => t - p.alpha * b.grad1[k]) as unknown as Theta1,
    t2: p.t2.map((t, i) => t - p.alpha * b.grad2[i]) as unknown as Theta2,
  };
}

/** J as a function of the nine weights θ¹ then θ², for the gradient check. */
export function lossOf(p: NetParams, w: readonly number[]): number {
  return forward(p, w.slice(0, 6) as unknown as Theta1, w.slice(6) as unknown as Theta2).J;
}

/**
 * The one-sample 2-2-1 parameters of SPEC §4.1 (x1, x2, y, t1, t2, λ, α), as the store's keys and
 * the older tests name them. The network itself, for any shape, is computed by engine.ts; the
 * timeline by network/. θ¹ is row-major [θ¹₁₀, θ¹₁₁, θ¹₁₂, θ¹₂₀, θ¹₂₁, θ¹₂₂], θ² is [θ²₁₀, θ²₁₁, θ²₁₂].
 */
export type { Label } from './engine';
import type { Label } from './engine';

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

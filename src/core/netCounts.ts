/**
 * The chain-rule multiplications of SPEC §7 "Counts", per sample (× m for a batch). Layers are
 * fully connected, so every path from a unit of layer l to an output has L − l edges and there
 * are s(l+1)·…·s(L) of them: the naive count grows with the product of the widths, backprop's
 * with their sum.
 */
import type { Layers } from './engine';

/** Paths from one unit of layer l (from 1) to any of the K outputs. */
export function pathsFrom(layers: Layers, l: number): number {
  let n = 1;
  for (let t = l; t < layers.length; t++) n *= layers[t];
  return n;
}

/**
 * From-scratch cost of δ of a unit of layer l: Σ over its paths of 3·c (each crossing multiplies
 * by θ, computes s′ = a(1−a) and multiplies by it).
 */
export const deltaScratch = (layers: Layers, l: number): number => pathsFrom(layers, l) * 3 * (layers.length - l);

/** Cost of one gradient of θ^l multiplied out on its own: Σ over the paths from unit j of layer l+1 of 3c + 1. */
export const gradScratch = (layers: Layers, l: number): number => deltaScratch(layers, l + 1) + pathsFrom(layers, l + 1);

/** Naive: every gradient multiplied out along its own paths, per sample. 2,2,1: 27. */
export function naiveCount(layers: Layers): number {
  let n = 0;
  for (let l = 1; l < layers.length; l++) n += layers[l] * (layers[l - 1] + 1) * gradScratch(layers, l);
  return n;
}

/** Backprop: 1 per gradient (or Δ term), and per hidden unit 1 (s′) + s(l+1) (Σθδ) + 1 (× s′), per sample. 2,2,1: 15. */
export function backpropCount(layers: Layers): number {
  let n = 0;
  for (let l = 1; l < layers.length; l++) n += layers[l] * (layers[l - 1] + 1);
  for (let l = 2; l < layers.length; l++) n += layers[l - 1] * (layers[l] + 2);
  return n;
}

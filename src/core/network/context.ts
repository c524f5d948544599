/**
 * What every step generator of the network timeline shares: the network (shape, weights,
 * samples, λ, α), its ids, and how a step names its sentence.
 */
import type { Layers, Sample, Weights } from '../engine';
import { netIds, thetaIds, type NetIds } from '../netIds';
import { isSeedShape } from '../netState';
import { netSymbol } from '../tex';
import type { StepSpec } from '../timeline';

/** unit: one step per unit (SPEC §7, the default); layer: one step per layer operation, in matrix form. */
export type Granularity = 'unit' | 'layer';

/** A network to step through: any shape of SPEC §7 and a batch of 1 … 8 samples. */
export interface Net {
  layers: Layers;
  /** θ¹ … θ^{L−1}, row-major, bias column first. */
  theta: Weights;
  samples: readonly Sample[];
  lambda: number;
  alpha: number;
  granularity?: Granularity;
}

export type Spec = StepSpec<string>;

export interface Ctx {
  net: Net;
  ids: NetIds;
  layers: Layers;
  L: number;
  K: number;
  m: number;
  /** Every θ id, θ¹ first, row-major. */
  thetas: string[];
  /** The non-bias weights: the only ones in the λ term. */
  reg: string[];
  /** 2,2,1: the steps keep the sentences they always had (step.z2_1 …). */
  seed: boolean;
}

export function context(net: Net): Ctx {
  const { layers } = net;
  const thetas = thetaIds(layers);
  return {
    net,
    ids: netIds(layers, net.samples.length),
    layers,
    L: layers.length,
    K: layers[layers.length - 1],
    m: net.samples.length,
    thetas,
    reg: thetas.filter((t) => !t.endsWith('0')),
    seed: isSeedShape(layers),
  };
}

/** The TeX symbol of a network id (a2, a4, a5 read as the network's outputs). */
export const sym = netSymbol;

/** The id without its sample: the 2-2-1 sentence keys are per unit, the same for every sample. */
export const unsampled = (id: string): string => id.replace(/@\d$/, '');

/** θ^{l}_{ji} of the weights array. */
export const weightAt = (ctx: Ctx, l: number, j: number, i: number): string => ctx.ids.theta(l, j, i);

/** The ids of layer l's activations with the bias first: x0, x1 … or a{l}_0, a{l}_1 … */
export function inputsOf(ctx: Ctx, l: number, sample: number): string[] {
  return Array.from({ length: ctx.layers[l - 1] + 1 }, (_, i) => ctx.ids.a(l, i, sample));
}

/** Row j of θ^l: θ^l_{j0} … θ^l_{j s(l)}. */
export function rowOf(ctx: Ctx, l: number, j: number): string[] {
  return Array.from({ length: ctx.layers[l - 1] + 1 }, (_, i) => ctx.ids.theta(l, j, i));
}

/** 1 … n */
export const range1 = (n: number): number[] => Array.from({ length: n }, (_, k) => k + 1);

/** The given quantities: inputs, labels, bias units (constant 1), weights, λ and α. */
export function networkGiven(ctx: Ctx): Record<string, number> {
  const { ids, net, L } = ctx;
  const given: Record<string, number> = { x0: 1 };
  net.samples.forEach((s, k) => {
    s.x.forEach((x, i) => (given[ids.x(i + 1, k + 1)] = x));
    s.y.forEach((y, i) => (given[ids.y(i + 1, k + 1)] = y));
  });
  for (let l = 2; l < L; l++) given[ids.a(l, 0)] = 1;
  let w = 0;
  net.theta.forEach((t) => t.forEach((v) => (given[ctx.thetas[w++]] = v)));
  return { ...given, lambda: net.lambda, alpha: net.alpha };
}

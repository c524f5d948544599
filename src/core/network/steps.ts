/** The unit-granularity step list: SPEC §7 "Order", generated from the shape and the batch. */
import { range1, type Ctx, type Spec } from './context';
import { activation, batchLoss, sampleLoss, weightedSum } from './forward';
import { batchGradient, hiddenDelta, outputDelta, rowTerms, sprime } from './backward';
import { newLossStep, updateStep } from './update';

/** Forward of one sample: layer by layer, z then a for each unit; J@i when m > 1. */
function forwardSample(ctx: Ctx, i: number): Spec[] {
  const specs = range1(ctx.L - 1).flatMap((k) => range1(ctx.layers[k]).flatMap((j) => [weightedSum(ctx, k + 1, j, i), activation(ctx, k + 1, j, i)]));
  return ctx.m > 1 ? [...specs, sampleLoss(ctx, i)] : specs;
}

/** Backward of one sample: δ^L, θ^{L−1}'s terms, then per hidden layer from the top, per unit: s′, δ, its row of θ^{l−1}. */
function backwardSample(ctx: Ctx, i: number): Spec[] {
  const { L, K, layers } = ctx;
  const specs: Spec[] = [...range1(K).map((k) => outputDelta(ctx, k, i)), ...range1(K).flatMap((j) => rowTerms(ctx, L - 1, j, i))];
  for (let l = L - 1; l >= 2; l--) {
    for (const j of range1(layers[l - 1])) specs.push(sprime(ctx, l, j, i), hiddenDelta(ctx, l, j, i), ...rowTerms(ctx, l - 1, j, i));
  }
  return specs;
}

/** D of every weight, θ¹ first, row-major (m > 1). */
export function batchGradients(ctx: Ctx): Spec[] {
  return range1(ctx.L - 1).flatMap((l) => range1(ctx.layers[l]).flatMap((j) => range1(ctx.layers[l - 1] + 1).map((i) => batchGradient(ctx, l, j, i - 1))));
}

export function unitSteps(ctx: Ctx): Spec[] {
  const samples = range1(ctx.m);
  return [
    ...samples.flatMap((i) => forwardSample(ctx, i)),
    batchLoss(ctx),
    ...samples.flatMap((i) => backwardSample(ctx, i)),
    ...(ctx.m > 1 ? batchGradients(ctx) : []),
    updateStep(ctx),
    newLossStep(ctx),
  ];
}

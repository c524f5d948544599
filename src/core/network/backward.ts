/**
 * The backward pass of one sample (SPEC §7 "Order"): δ^L, the gradients (m = 1) or Δ terms
 * (m > 1) of θ^{L−1}, then per hidden layer from the top, per unit: s′, δ, its row of θ^{l−1}.
 * Each step carries its chain-rule multiplications and the naive count's progress (SPEC §7).
 */
import { sigmoidMinusLabel, sigmoidPrime, softplus } from '../math';
import { factor, negate, num, over, positive, probability, sumOfProducts } from '../honestTex';
import { deltaScratch, gradScratch, pathsFrom } from '../netCounts';
import { inputsOf, range1, sym as s, type Ctx, type Spec } from './context';

/** δ^L_k = a^L_k − y_k, from the logit: for y = 1 it is −s(−z), exact even when a rounds to 1. */
export function outputDelta(ctx: Ctx, k: number, sample: number): Spec {
  const { ids, L } = ctx;
  const [d, a, y, z] = [ids.delta(L, k, sample), ids.a(L, k, sample), ids.y(k, sample), ids.z(L, k, sample)];
  return {
    explain: ctx.seed ? 'step.delta3' : 'step.deltaOut',
    ...(ctx.seed ? {} : { explainArgs: { l: L, j: k } }),
    phase: 'backward',
    writes: [d],
    reads: [a, y],
    uses: [z],
    compute: (get) => ({ [d]: sigmoidMinusLabel(get(z), get(y) as 0 | 1) }),
    tex: (get) => {
      // For y = 1, a − 1 is −s(−z): printed as such, never as 1 − 1 = a non-zero number.
      const [zv, yv] = [get(z), get(y)];
      const result = yv === 1 ? negate(probability(-zv)) : probability(zv);
      return {
        symbolic: `${s(d)} = ${s(a)} - ${s(y)}`,
        numeric: `${s(d)} = ${factor(probability(zv))} - ${yv} = ${result.tex}`,
      };
    },
  };
}

/** s′(z^l_j) = a(1 − a), computed as s(z)·s(−z), which keeps its digits where a rounds to 1 (SPEC §5). */
export function sprime(ctx: Ctx, l: number, j: number, sample: number): Spec {
  const { ids } = ctx;
  const [sp, a, z] = [ids.sprime(l, j, sample), ids.a(l, j, sample), ids.z(l, j, sample)];
  return {
    explain: 'step.sprime',
    phase: 'backward',
    writes: [sp],
    // The formula (and the lesson) needs only the cached a; z is for the stable computation.
    reads: [a],
    uses: [z],
    mults: 1,
    naive: 1,
    compute: (get) => ({ [sp]: sigmoidPrime(get(z)) }),
    tex: (get) => {
      // a from its logit: 1 − ε where a rounds to 1, so that 1 − a is never a false 1 − 1.
      const zv = get(z);
      const av = factor(probability(zv));
      const result = positive(get(sp), -softplus(-zv) - softplus(zv));
      return {
        symbolic: `${s(sp)} = ${s(a)}\\,(1-${s(a)})`,
        numeric: `${s(sp)} = ${av}\\cdot(1-${av}) = ${result.tex}`,
      };
    },
  };
}

/** δ^l_j = (Σₖ θ^l_{kj} δ^{l+1}_k)·s′(z^l_j): the errors above, sent back along the weights. */
export function hiddenDelta(ctx: Ctx, l: number, j: number, sample: number): Spec {
  const { ids, layers } = ctx;
  const [d, sp] = [ids.delta(l, j, sample), ids.sprime(l, j, sample)];
  const ks = range1(layers[l]);
  const thetas = ks.map((k) => ids.theta(l, k, j));
  const above = ks.map((k) => ids.delta(l + 1, k, sample));
  return {
    explain: ctx.seed ? 'step.delta2' : 'step.deltaHidden',
    ...(ctx.seed ? {} : { explainArgs: { l, j, above: l + 1 } }),
    phase: 'backward',
    writes: [d],
    reads: [...ks.flatMap((_, k) => [thetas[k], above[k]]), sp],
    mults: layers[l] + 1,
    // The rest of δ's from-scratch cost: its paths' 3 per edge, less the 1 of its own s′.
    naive: deltaScratch(layers, l) - 1,
    // The sum in k order, then one product with s′: the engine's order.
    compute: (get) => ({ [d]: ks.reduce((acc, _, k) => acc + get(thetas[k]) * get(above[k]), 0) * get(sp) }),
    tex: (get) => {
      const terms = ks.map((_, k) => `${s(thetas[k])}\\,${s(above[k])}`);
      // Σₖ θδ·s′ and (Σₖ θδ)·s′ are the same exact number: the expanded sum picks the digits.
      const sum = sumOfProducts(ks.map((_, k) => [get(thetas[k]), get(above[k]), get(sp)]), get(d));
      const p = (x: number) => factor(num(x, sum.digits));
      const numeric =
        ks.length === 1 ? sum.tex : `\\left(${ks.map((_, k) => `${p(get(thetas[k]))}\\cdot ${p(get(above[k]))}`).join(' + ')}\\right)\\cdot ${p(get(sp))}`;
      return {
        symbolic: ks.length === 1 ? `${s(d)} = ${terms[0]}\\,${s(sp)}` : `${s(d)} = \\left(${terms.join(' + ')}\\right)${s(sp)}`,
        numeric: `${s(d)} = ${numeric} = ${sum.result.tex}`,
      };
    },
  };
}

/** The naive count's progress for entry i of a row: the first use of δ adds its paths, the others their whole cost. */
const naiveOf = (ctx: Ctx, l: number, i: number) => (i === 0 ? pathsFrom(ctx.layers, l + 1) : gradScratch(ctx.layers, l));

/** ∂J/∂θ^l_{ji} = (1/m) δ · input (+ (λ/m) θ for i ≥ 1), m = 1: one multiplication of the chain rule. */
function gradient(ctx: Ctx, l: number, j: number, i: number): Spec {
  const theta = ctx.ids.theta(l, j, i);
  const out = ctx.ids.grad(l, j, i);
  const delta = ctx.ids.delta(l + 1, j, 1);
  const input = inputsOf(ctx, l, 1)[i];
  const regularized = i > 0;
  return {
    explain: regularized ? 'step.gradReg' : 'step.gradBias',
    phase: 'backward',
    writes: [out],
    reads: regularized ? [delta, input, theta, 'lambda'] : [delta, input],
    mults: 1,
    naive: naiveOf(ctx, l, i),
    compute: (get) => ({ [out]: (get(delta) * get(input)) / 1 + (regularized ? (get('lambda') / 1) * get(theta) : 0) }),
    tex: (get) => {
      const reg = regularized ? ` + \\frac{\\lambda}{m}${s(theta)}` : '';
      // m = 1 here, and the formula says so: 1/m stays in the numbers as \frac{1}{1}.
      const sum = sumOfProducts([[over(1, 1), get(delta), get(input)], ...(regularized ? [[over(get('lambda'), 1), get(theta)]] : [])], get(out));
      return {
        symbolic: `${s(out)} = \\frac{1}{m}\\,${s(delta)}\\,${s(input)}${reg}`,
        numeric: `${s(out)} = ${sum.tex} = ${sum.result.tex}`,
      };
    },
  };
}

/** Δ^l_{ji} += δ^{l+1}_j a^l_i for one sample (m > 1): the running sum over the samples so far. */
function DeltaTerm(ctx: Ctx, l: number, j: number, i: number, sample: number): Spec {
  const out = ctx.ids.Delta(l, j, i);
  const delta = ctx.ids.delta(l + 1, j, sample);
  const input = inputsOf(ctx, l, sample)[i];
  const first = sample === 1;
  // The sum before this sample's term: tex() sees only the new value of what the step writes.
  let before = 0;
  return {
    explain: 'step.Delta',
    explainArgs: { i: sample },
    phase: 'backward',
    writes: [out],
    reads: [delta, input],
    ...(first ? {} : { uses: [out], accumulates: [out] }),
    mults: 1,
    naive: naiveOf(ctx, l, i),
    // From 0, as the engine's sums start.
    compute: (get) => {
      before = first ? 0 : get(out);
      return { [out]: before + get(delta) * get(input) };
    },
    tex: (get) => {
      const v = get(out);
      if (first) {
        const sum = sumOfProducts([[get(delta), get(input)]], v);
        return { symbolic: `${s(out)} = ${s(delta)}\\,${s(input)}`, numeric: `${s(out)} = ${sum.tex} = ${sum.result.tex}` };
      }
      const sum = sumOfProducts([[before], [get(delta), get(input)]], v);
      return {
        symbolic: `${s(out)} := ${s(out)} + ${s(delta)}\\,${s(input)}`,
        numeric: `${s(out)} := ${sum.tex} = ${sum.result.tex}`,
      };
    },
  };
}

/** The gradients (m = 1) or Δ terms (m > 1) of row j of θ^l, from δ^{l+1}_j. */
export function rowTerms(ctx: Ctx, l: number, j: number, sample: number): Spec[] {
  return Array.from({ length: ctx.layers[l - 1] + 1 }, (_, i) => (ctx.m === 1 ? gradient(ctx, l, j, i) : DeltaTerm(ctx, l, j, i, sample)));
}

/** D^l_{ji} = Δ/m + (λ/m)θ for i ≥ 1, Δ/m for the bias (m > 1). */
export function batchGradient(ctx: Ctx, l: number, j: number, i: number): Spec {
  const { m } = ctx;
  const [theta, out, Delta] = [ctx.ids.theta(l, j, i), ctx.ids.grad(l, j, i), ctx.ids.Delta(l, j, i)];
  const regularized = i > 0;
  return {
    explain: 'step.D',
    phase: 'backward',
    writes: [out],
    reads: regularized ? [Delta, theta, 'lambda'] : [Delta],
    compute: (get) => ({ [out]: get(Delta) / m + (regularized ? (get('lambda') / m) * get(theta) : 0) }),
    tex: (get) => {
      const sum = sumOfProducts([[over(1, m), get(Delta)], ...(regularized ? [[over(get('lambda'), m), get(theta)]] : [])], get(out));
      return {
        symbolic: `${s(out)} = \\frac{1}{m}${s(Delta)}${regularized ? ` + \\frac{\\lambda}{m}${s(theta)}` : ''}`,
        numeric: `${s(out)} = ${sum.tex} = ${sum.result.tex}`,
      };
    },
  };
}

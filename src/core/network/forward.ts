/** The forward pass and the loss (SPEC §7 "Order": sample by sample, layer by layer, z then a per unit; J). */
import { crossEntropyFromLogit, sigmoid } from '../math';
import { lnSoftplus } from '../curves';
import { factor, fromLn, num, over, probability, sumOfProducts, texDec, type Printed } from '../honestTex';
import * as Dec from '../decimal';
import { inputsOf, range1, rowOf, sym as s, unsampled, type Ctx, type Spec } from './context';

/** A unit's sentence: 2-2-1 keeps its own (step.z2_1); any other shape says which unit of which layer. */
function unitExplain(ctx: Ctx, id: string, kind: 'z' | 'a', l: number, j: number): Pick<Spec, 'explain' | 'explainArgs'> {
  if (ctx.seed) return { explain: `step.${unsampled(id)}` };
  const out = l === ctx.L;
  return { explain: `step.${kind}${out ? 'Out' : 'Unit'}`, explainArgs: { l, j, below: l - 1 } };
}

/** z = Σ θ_i·input_i: the weighted sum of one unit. */
export function weightedSum(ctx: Ctx, l: number, j: number, sample: number): Spec {
  const out = ctx.ids.z(l, j, sample);
  const thetas = rowOf(ctx, l - 1, j);
  const inputs = inputsOf(ctx, l - 1, sample);
  return {
    ...unitExplain(ctx, out, 'z', l, j),
    phase: 'forward',
    writes: [out],
    reads: [...inputs, ...thetas],
    // θ_{j0}·1 first, then θ_{ji}·a_i in index order: the order the engine adds.
    compute: (get) => ({ [out]: thetas.reduce((acc, t, i) => acc + get(t) * get(inputs[i]), 0) }),
    tex: (get) => {
      const sum = sumOfProducts(thetas.map((t, i) => [get(t), get(inputs[i])]), get(out));
      return {
        symbolic: `${s(out)} = ${thetas.map((t, i) => `${s(t)}\\,${s(inputs[i])}`).join(' + ')}`,
        numeric: `${s(out)} = ${sum.tex} = ${sum.result.tex}`,
      };
    },
  };
}

export function activation(ctx: Ctx, l: number, j: number, sample: number): Spec {
  const out = ctx.ids.a(l, j, sample);
  const zId = ctx.ids.z(l, j, sample);
  return {
    ...unitExplain(ctx, out, 'a', l, j),
    phase: 'forward',
    writes: [out],
    reads: [zId],
    compute: (get) => ({ [out]: sigmoid(get(zId)) }),
    tex: (get) => ({
      symbolic: `${s(out)} = s(${s(zId)}) = \\frac{1}{1+e^{-${s(zId)}}}`,
      numeric: `${s(out)} = \\frac{1}{1+e^{-${factor(num(get(zId)))}}} = ${probability(get(zId)).tex}`,
    }),
  };
}

/** Smallest normal double: below it the loss is shown from its log. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** ln Σₖ e^{ln ℓₖ}: the log of a sum of loss terms, each known by its log. */
function lnSum(lns: readonly number[]): number {
  const top = Math.max(...lns);
  return top + Math.log(lns.reduce((acc, x) => acc + Math.exp(x - top), 0));
}

/** One sample's cross-entropy terms: symbols, numbers, and what they read. */
function lossTerms(ctx: Ctx, sample: number) {
  const ks = range1(ctx.K);
  const ys = ks.map((k) => ctx.ids.y(k, sample));
  const as = ks.map((k) => ctx.ids.a(ctx.L, k, sample));
  const zs = ks.map((k) => ctx.ids.z(ctx.L, k, sample));
  return {
    reads: ks.flatMap((_, k) => [ys[k], as[k]]),
    zs,
    symbolic: ks.map((_, k) => `${s(ys[k])}\\log ${s(as[k])} + (1-${s(ys[k])})\\log(1-${s(as[k])})`).join(' + '),
    // a from the logit, as 1 − ε near 1 and from its log near 0: never log 0 or log(1 − 1).
    numeric: (get: (id: string) => number) =>
      ks
        .map((_, k) => {
          const [z, y] = [get(zs[k]), get(ys[k])];
          const p = probability(z);
          return `${y}\\cdot\\log(${p.tex}) + ${1 - y}\\cdot\\log(1-${factor(p)})`;
        })
        .join(' + '),
    /** Σₖ ℓₖ from the logits (softplus), in the engine's order. */
    loss: (get: (id: string) => number) => zs.reduce((acc, z, k) => acc + crossEntropyFromLogit(get(z), get(ys[k]) as 0 | 1), 0),
    lnLoss: (get: (id: string) => number) => lnSum(zs.map((z, k) => lnSoftplus(get(ys[k]) === 1 ? -get(z) : get(z)))),
  };
}

/** J@i, sample i's loss term (m > 1): −Σₖ [yₖ log aₖ + (1 − yₖ) log(1 − aₖ)], no 1/m. */
export function sampleLoss(ctx: Ctx, sample: number): Spec {
  const out = ctx.ids.J(sample);
  const terms = lossTerms(ctx, sample);
  return {
    explain: 'step.Jsample',
    explainArgs: { i: sample },
    phase: 'loss',
    writes: [out],
    reads: terms.reads,
    uses: terms.zs,
    compute: (get) => ({ [out]: terms.loss(get) }),
    tex: (get) => {
      const v = get(out);
      const shown = v < MIN_NORMAL ? fromLn(terms.lnLoss(get)) : num(v);
      return {
        symbolic: `${s(out)} = -\\left[${terms.symbolic}\\right]`,
        numeric: `${s(out)} = -\\left[${terms.numeric(get)}\\right] = ${shown.tex}`,
      };
    },
  };
}

const sumSquares = (ctx: Ctx, get: (id: string) => number) => ctx.reg.reduce((acc, t) => acc + get(t) ** 2, 0);
const REG_TEX = `\\frac{\\lambda}{2m}\\sum_{l}\\sum_{j}\\sum_{i\\ge 1}(\\theta^{l}_{ji})^{2}`;

/** J below a double's range: the loss from its log plus the printed λ/(2m)·Σθ², 3 digits. */
function underflowedJ(lnLoss: number, lambda: number, sq: number, m: number): Printed {
  const reg = Dec.div(Dec.mul(num(lambda).value, num(sq).value), Dec.parseDec(String(2 * m)));
  const value = Dec.roundSig(Dec.add(fromLn(lnLoss).value, reg), 3);
  return { tex: texDec(value), value, atom: true };
}

/** J of one sample (m = 1): the loss from the logits plus the λ term. */
function oneSampleJ(ctx: Ctx): Spec {
  const terms = lossTerms(ctx, 1);
  return {
    explain: ctx.seed ? 'step.J' : 'step.Jbatch',
    phase: 'loss',
    writes: ['J'],
    // The λ term is written for any θ (Σ over l, j, i): its weights are used, not shown as read.
    reads: [...terms.reads, 'lambda'],
    uses: [...terms.zs, ...ctx.reg],
    // Evaluated from the logits (softplus), never log of a rounded a (SPEC §5).
    compute: (get) => ({ J: terms.loss(get) / 1 + (get('lambda') / 2) * sumSquares(ctx, get) }),
    tex: (get) => {
      const [lambda, J, sq] = [get('lambda'), get('J'), sumSquares(ctx, get)];
      // The loss alone underflows for a confident right answer; its log does not.
      const shownJ: Printed = J < MIN_NORMAL ? underflowedJ(terms.lnLoss(get), lambda, sq, 1) : num(J);
      return {
        symbolic: `J = -\\frac{1}{m}\\left[${terms.symbolic}\\right] + ${REG_TEX}`,
        numeric: `J = -\\frac{1}{1}\\left[${terms.numeric(get)}\\right] + \\frac{${num(lambda).tex}}{2\\cdot 1}\\cdot ${num(sq).tex} = ${shownJ.tex}`,
      };
    },
  };
}

/** J of the batch: the mean of the loss terms J@i plus the λ term. */
export function batchLoss(ctx: Ctx): Spec {
  if (ctx.m === 1) return oneSampleJ(ctx);
  const { m } = ctx;
  const parts = range1(m).map((i) => ctx.ids.J(i));
  return {
    explain: 'step.Jbatch',
    phase: 'loss',
    writes: ['J'],
    reads: [...parts, 'lambda'],
    uses: ctx.reg,
    compute: (get) => ({ J: parts.reduce((acc, p) => acc + get(p), 0) / m + (get('lambda') / (2 * m)) * sumSquares(ctx, get) }),
    tex: (get) => {
      const sum = sumOfProducts([...parts.map((p) => [over(1, m), get(p)]), [over(get('lambda'), 2 * m), sumSquares(ctx, get)]], get('J'));
      return {
        symbolic: `J = \\frac{1}{m}\\left(${parts.map(s).join(' + ')}\\right) + ${REG_TEX}`,
        numeric: `J = ${sum.tex} = ${sum.result.tex}`,
      };
    },
  };
}

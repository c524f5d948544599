/**
 * granularity=layer (SPEC §7, §10): one step per layer operation per sample, in the seed's matrix
 * form: z = θa, a = s(z), δ^L = a − y, s′ = a ⊙ (1 − a), δ = (θ without its bias column)ᵀδ ⊙ s′,
 * Δ += δaᵀ (or the gradients for m = 1), then D, the update and J_new. Each step is the unit
 * steps of that operation run together, so ids, values, counts and the final state are unit's.
 */
import { factor, negate, num, over, positive, probability, sumOfProducts, type Factor, type Printed } from '../honestTex';
import { softplus } from '../math';
import { inputsOf, range1, sym as s, type Ctx, type Spec } from './context';
import { activation, batchLoss, sampleLoss, weightedSum } from './forward';
import { batchGradient, hiddenDelta, outputDelta, rowTerms, sprime } from './backward';
import { newLossStep, updateStep } from './update';

const dedupe = (ids: readonly string[]) => [...new Set(ids)];
// Rows end in "\\ " with a space: a symbol right after the backslashes is still a whole token.
const col = (xs: readonly string[]) => `\\begin{bmatrix}${xs.join('\\\\ ')}\\end{bmatrix}`;
const mat = (rows: readonly (readonly string[])[]) => `\\begin{bmatrix}${rows.map((r) => r.join(' & ')).join('\\\\ ')}\\end{bmatrix}`;

/** The unit steps of one layer operation as one step: their writes, reads, work and values. */
function merge(units: Spec[], explain: string, explainArgs: Record<string, number>, tex: Spec['tex']): Spec {
  return {
    explain,
    explainArgs,
    phase: units[0].phase,
    writes: units.flatMap((u) => u.writes),
    reads: dedupe(units.flatMap((u) => u.reads)),
    uses: dedupe(units.flatMap((u) => u.uses ?? [])),
    accumulates: units.flatMap((u) => u.accumulates ?? []),
    mults: units.reduce((acc, u) => acc + (u.mults ?? 0), 0),
    naive: units.reduce((acc, u) => acc + (u.naive ?? 0), 0),
    compute: (get) => Object.assign({}, ...units.map((u) => u.compute(get))),
    tex,
  };
}

/**
 * Rows of Σ Π factors printed with one set of digits (a shared operand is printed once): the
 * digits the hardest row needs, every row's result worked out from those printed operands.
 */
function rowsOf(rows: readonly (readonly number[][])[], results: readonly number[]) {
  const digits = Math.max(...rows.map((terms, r) => sumOfProducts(terms, results[r]).digits));
  const p = (x: number): Printed => num(x, digits);
  const shown = rows.map((terms, r) => sumOfProducts(terms.map((t) => t.map(p)), results[r]).result);
  return { p: (x: number) => factor(p(x)), results: shown.map((r) => r.tex) };
}

function zLayer(ctx: Ctx, l: number, i: number): Spec {
  const js = range1(ctx.layers[l - 1]);
  const inputs = inputsOf(ctx, l - 1, i);
  const thetas = js.map((j) => inputs.map((_, k) => ctx.ids.theta(l - 1, j, k)));
  const zs = js.map((j) => ctx.ids.z(l, j, i));
  return merge(js.map((j) => weightedSum(ctx, l, j, i)), 'step.layer.z', { l, below: l - 1, i }, (get) => {
    const r = rowsOf(thetas.map((row) => row.map((t, k) => [get(t), get(inputs[k])])), zs.map(get));
    return {
      symbolic: `${col(zs.map(s))} = ${mat(thetas.map((row) => row.map(s)))}${col(inputs.map(s))}`,
      numeric: `${col(zs.map(s))} = ${mat(thetas.map((row) => row.map((t) => r.p(get(t)))))}${col(inputs.map((a) => r.p(get(a))))} = ${col(r.results)}`,
    };
  });
}

function aLayer(ctx: Ctx, l: number, i: number): Spec {
  const js = range1(ctx.layers[l - 1]);
  const [as, zs] = [js.map((j) => ctx.ids.a(l, j, i)), js.map((j) => ctx.ids.z(l, j, i))];
  return merge(js.map((j) => activation(ctx, l, j, i)), 'step.layer.a', { l, i }, (get) => ({
    symbolic: `${col(as.map(s))} = s\\left(${col(zs.map(s))}\\right)`,
    numeric: `${col(as.map(s))} = s\\left(${col(zs.map((z) => num(get(z)).tex))}\\right) = ${col(zs.map((z) => probability(get(z)).tex))}`,
  }));
}

function deltaOutLayer(ctx: Ctx, i: number): Spec {
  const { L, ids } = ctx;
  const ks = range1(ctx.K);
  const [ds, as, ys, zs] = [ks.map((k) => ids.delta(L, k, i)), ks.map((k) => ids.a(L, k, i)), ks.map((k) => ids.y(k, i)), ks.map((k) => ids.z(L, k, i))];
  return merge(ks.map((k) => outputDelta(ctx, k, i)), 'step.layer.deltaOut', { l: L, i }, (get) => ({
    symbolic: `${col(ds.map(s))} = ${col(as.map(s))} - ${col(ys.map(s))}`,
    numeric: `${col(ds.map(s))} = ${col(zs.map((z) => probability(get(z)).tex))} - ${col(ys.map((y) => String(get(y))))} = ${col(
      zs.map((z, k) => (get(ys[k]) === 1 ? negate(probability(-get(z))) : probability(get(z))).tex),
    )}`,
  }));
}

function sprimeLayer(ctx: Ctx, l: number, i: number): Spec {
  const js = range1(ctx.layers[l - 1]);
  const [sps, as, zs] = [js.map((j) => ctx.ids.sprime(l, j, i)), js.map((j) => ctx.ids.a(l, j, i)), js.map((j) => ctx.ids.z(l, j, i))];
  return merge(js.map((j) => sprime(ctx, l, j, i)), 'step.layer.sprime', { l, i }, (get) => {
    const av = zs.map((z) => factor(probability(get(z))));
    return {
      symbolic: `${col(sps.map(s))} = ${col(as.map(s))} \\odot \\left(1-${col(as.map(s))}\\right)`,
      numeric: `${col(sps.map(s))} = ${col(av)} \\odot \\left(1-${col(av)}\\right) = ${col(
        zs.map((z, j) => positive(get(sps[j]), -softplus(-get(z)) - softplus(get(z))).tex),
      )}`,
    };
  });
}

function deltaLayer(ctx: Ctx, l: number, i: number): Spec {
  const js = range1(ctx.layers[l - 1]);
  const ks = range1(ctx.layers[l]);
  const ds = js.map((j) => ctx.ids.delta(l, j, i));
  const sps = js.map((j) => ctx.ids.sprime(l, j, i));
  const above = ks.map((k) => ctx.ids.delta(l + 1, k, i));
  // Row j of (θ^l without its bias column)ᵀ: θ^l_{kj} for each unit k above.
  const thetaT = js.map((j) => ks.map((k) => ctx.ids.theta(l, k, j)));
  return merge(js.map((j) => hiddenDelta(ctx, l, j, i)), 'step.layer.delta', { l, above: l + 1, i }, (get) => {
    const r = rowsOf(thetaT.map((row, j) => row.map((t, k) => [get(t), get(above[k]), get(sps[j])])), ds.map(get));
    return {
      symbolic: `${col(ds.map(s))} = \\left(${mat(thetaT.map((row) => row.map(s)))}${col(above.map(s))}\\right) \\odot ${col(sps.map(s))}`,
      numeric: `${col(ds.map(s))} = \\left(${mat(thetaT.map((row) => row.map((t) => r.p(get(t)))))}${col(above.map((d) => r.p(get(d))))}\\right) \\odot ${col(
        sps.map((sp) => r.p(get(sp))),
      )} = ${col(r.results)}`,
    };
  });
}

/** The gradients (m = 1) or the Δ sums (m > 1) of θ^l: δ^{l+1}(a^l)ᵀ, as a matrix. */
function outerLayer(ctx: Ctx, l: number, i: number): Spec {
  const { ids, m } = ctx;
  const js = range1(ctx.layers[l]);
  const inputs = inputsOf(ctx, l, i);
  const ds = js.map((j) => ids.delta(l + 1, j, i));
  const units = js.flatMap((j) => rowTerms(ctx, l, j, i));
  const out = units.map((u) => u.writes[0]);
  const grid = (f: (j: number, k: number) => string) => js.map((_, j) => inputs.map((_, k) => f(j, k)));
  const outSym = mat(grid((j, k) => s(out[j * inputs.length + k])));
  let before: number[] = [];
  const spec = merge(units, m === 1 ? 'step.layer.grad' : 'step.layer.Delta', { l, above: l + 1, i }, (get) => {
    const w = (j: number, k: number) => ids.theta(l, js[j], k);
    const terms = (j: number, k: number): Factor[][] => {
      const prod: Factor[] = [...(m === 1 ? [over(1, 1)] : []), get(ds[j]), get(inputs[k])];
      if (m > 1) return i === 1 ? [prod] : [[before[j * inputs.length + k]], prod];
      return k > 0 ? [prod, [over(get('lambda'), 1), get(w(j, k))]] : [prod];
    };
    const entries = js.flatMap((_, j) => inputs.map((_, k) => sumOfProducts(terms(j, k), get(out[j * inputs.length + k]))));
    const digits = Math.max(...entries.map((e) => e.digits));
    const p = (x: number) => factor(num(x, digits));
    const results = js.flatMap((_, j) => inputs.map((_, k) => sumOfProducts(terms(j, k).map((t) => t.map((f) => (typeof f === 'number' ? num(f, digits) : f))), get(out[j * inputs.length + k])).result.tex));
    const outer = `${col(ds.map(s))}${col(inputs.map(s))}^{T}`;
    const outerNum = `${col(ds.map((d) => p(get(d))))}${col(inputs.map((a) => p(get(a))))}^{T}`;
    const resultMat = mat(js.map((_, j) => results.slice(j * inputs.length, (j + 1) * inputs.length)));
    if (m > 1) {
      if (i === 1) return { symbolic: `${outSym} = ${outer}`, numeric: `${outSym} = ${outerNum} = ${resultMat}` };
      const prev = mat(grid((j, k) => p(before[j * inputs.length + k])));
      return { symbolic: `${outSym} := ${outSym} + ${outer}`, numeric: `${outSym} := ${prev} + ${outerNum} = ${resultMat}` };
    }
    const regSym = mat(grid((j, k) => (k === 0 ? '0' : s(w(j, k)))));
    const regNum = mat(grid((j, k) => (k === 0 ? '0' : p(get(w(j, k))))));
    return {
      symbolic: `${outSym} = \\frac{1}{m}${outer} + \\frac{\\lambda}{m}${regSym}`,
      numeric: `${outSym} = \\frac{1}{1}${outerNum} + \\frac{${num(get('lambda'), digits).tex}}{1}${regNum} = ${resultMat}`,
    };
  });
  if (m === 1 || i === 1) return spec;
  // The sums before this sample's terms: tex() sees only the new values of what a step writes.
  const compute = spec.compute;
  return { ...spec, compute: (get) => ((before = out.map(get)), compute(get)) };
}

function DLayer(ctx: Ctx, l: number): Spec {
  const js = range1(ctx.layers[l]);
  const width = ctx.layers[l - 1] + 1;
  const ks = range1(width).map((k) => k - 1);
  const units = js.flatMap((j) => ks.map((k) => batchGradient(ctx, l, j, k)));
  const grid = (f: (j: number, k: number) => string) => js.map((j) => ks.map((k) => f(j, k)));
  const m = ctx.m;
  return merge(units, 'step.layer.D', { l }, (get) => {
    const terms = (j: number, k: number): Factor[][] => [[over(1, m), get(ctx.ids.Delta(l, j, k))], ...(k > 0 ? [[over(get('lambda'), m), get(ctx.ids.theta(l, j, k))]] : [])];
    const digits = Math.max(...js.flatMap((j) => ks.map((k) => sumOfProducts(terms(j, k), get(ctx.ids.grad(l, j, k))).digits)));
    const p = (x: number) => factor(num(x, digits));
    const fixed = (j: number, k: number) => terms(j, k).map((t) => t.map((f) => (typeof f === 'number' ? num(f, digits) : f)));
    return {
      symbolic: `${mat(grid((j, k) => s(ctx.ids.grad(l, j, k))))} = \\frac{1}{m}${mat(grid((j, k) => s(ctx.ids.Delta(l, j, k))))} + \\frac{\\lambda}{m}${mat(grid((j, k) => (k === 0 ? '0' : s(ctx.ids.theta(l, j, k)))))}`,
      numeric: `${mat(grid((j, k) => s(ctx.ids.grad(l, j, k))))} = \\frac{1}{${m}}${mat(grid((j, k) => p(get(ctx.ids.Delta(l, j, k)))))} + \\frac{${num(get('lambda'), digits).tex}}{${m}}${mat(
        grid((j, k) => (k === 0 ? '0' : p(get(ctx.ids.theta(l, j, k))))),
      )} = ${mat(grid((j, k) => sumOfProducts(fixed(j, k), get(ctx.ids.grad(l, j, k))).result.tex))}`,
    };
  });
}

export function layerSteps(ctx: Ctx): Spec[] {
  const { L, m } = ctx;
  const samples = range1(m);
  const forward = (i: number) => [...range1(L - 1).flatMap((k) => [zLayer(ctx, k + 1, i), aLayer(ctx, k + 1, i)]), ...(m > 1 ? [sampleLoss(ctx, i)] : [])];
  const backward = (i: number) => {
    const specs = [deltaOutLayer(ctx, i), outerLayer(ctx, L - 1, i)];
    for (let l = L - 1; l >= 2; l--) specs.push(sprimeLayer(ctx, l, i), deltaLayer(ctx, l, i), outerLayer(ctx, l - 1, i));
    return specs;
  };
  return [
    ...samples.flatMap(forward),
    batchLoss(ctx),
    ...samples.flatMap(backward),
    ...(m > 1 ? range1(L - 1).map((l) => DLayer(ctx, l)) : []),
    updateStep(ctx),
    newLossStep(ctx),
  ];
}

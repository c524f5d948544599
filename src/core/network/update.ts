/** The update θ := θ − α·∂J/∂θ of every weight, and J_new, the loss of the same batch after it. */
import { lossOf } from '../engine';
import { num, sumOfProducts, type Printed } from '../honestTex';
import { range1, type Ctx, type Spec } from './context';

const matrix = (rows: Printed[][]) => `\\begin{bmatrix}${rows.map((r) => r.map((v) => v.tex).join(' & ')).join('\\\\')}\\end{bmatrix}`;

export function updateStep(ctx: Ctx): Spec {
  const { thetas, layers } = ctx;
  const grad = (t: string) => `grad_${t}`;
  const next = (t: string) => `new_${t}`;
  return {
    explain: 'step.update',
    phase: 'update',
    writes: thetas.map(next),
    // The symbolic formula is the rule for any θ: of its symbols only α is one quantity.
    reads: ['alpha'],
    uses: [...thetas, ...thetas.map(grad)],
    compute: (get) => Object.fromEntries(thetas.map((t) => [next(t), get(t) - get('alpha') * get(grad(t))])),
    tex: (get) => {
      // Each entry is θ − α·∂J/∂θ = θ′: one set of digits for all, enough that none cancels falsely.
      const alpha = get('alpha');
      const entries = new Map(thetas.map((t) => [t, sumOfProducts([[get(t)], [-alpha, get(grad(t))]], get(next(t)))]));
      const digits = Math.max(...[...entries.values()].map((e) => e.digits));
      let at = 0;
      const layer = (l: number) => {
        const width = layers[l - 1] + 1;
        const ids = thetas.slice(at, (at += width * layers[l]));
        const rows = (f: (t: string) => Printed) => range1(layers[l]).map((j) => ids.slice((j - 1) * width, j * width).map(f));
        const [theta, g, n] = [rows((t) => num(get(t), digits)), rows((t) => num(get(grad(t)), digits)), rows((t) => entries.get(t)!.result)];
        return `\\theta^{${l}} := ${matrix(theta)} - ${num(alpha, digits).tex}${matrix(g)} = ${matrix(n)}`;
      };
      return {
        symbolic: `\\theta^{l}_{ji} := \\theta^{l}_{ji} - \\alpha\\,\\frac{\\partial J}{\\partial \\theta^{l}_{ji}}`,
        numeric: `\\begin{gathered}${range1(ctx.L - 1).map(layer).join(' \\\\ ')}\\end{gathered}`,
      };
    },
  };
}

export function newLossStep(ctx: Ctx): Spec {
  const { thetas, layers, m } = ctx;
  const samples = range1(m).flatMap((i) => [...range1(layers[0]).map((k) => ctx.ids.x(k, i)), ...range1(ctx.K).map((k) => ctx.ids.y(k, i))]);
  return {
    explain: m === 1 ? 'step.J_new' : 'step.J_newBatch',
    phase: 'update',
    writes: ['J_new'],
    // J(θ′) names the loss at the new weights: no value of the cache is read, J is shown for comparison.
    reads: [],
    uses: [...thetas.map((t) => `new_${t}`), ...samples, 'lambda', 'J'],
    compute: (get) => {
      let at = 0;
      const w = layers.slice(1).map((s, k) => thetas.slice(at, (at += s * (layers[k] + 1))).map((t) => get(`new_${t}`)));
      const batch = range1(m).map((i) => ({
        x: range1(layers[0]).map((k) => get(ctx.ids.x(k, i))),
        y: range1(ctx.K).map((k) => get(ctx.ids.y(k, i)) as 0 | 1),
      }));
      return { J_new: lossOf(layers, w, batch, get('lambda')) };
    },
    tex: (get) => ({
      symbolic: `J_{\\text{new}} = J(\\theta')`,
      numeric: `J = ${num(get('J')).tex} \\;\\longrightarrow\\; J_{\\text{new}} = ${num(get('J_new')).tex}`,
    }),
  };
}

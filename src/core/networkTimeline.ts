/**
 * The network's steps in the source's order (SPEC §4.2): forward layer by layer, J, backward from
 * the output to the inputs, then the update and J_new. Share links depend on this order.
 */
import { crossEntropyFromLogit, sigmoid, sigmoidMinusLabel, sigmoidPrime, softplus } from './math';
import { forward, M, type NetParams, type Theta1, type Theta2 } from './network';
import { THETA1_IDS, THETA2_IDS, THETA_IDS, type NetworkId } from './ids';
import { buildSteps, type StepSpec, type Timeline } from './timeline';
import { valueAt } from './derive';
import { texSymbol as s } from './tex';
import { lnSoftplus } from './curves';
import { factor, fromLn, negate, num, over, positive, probability, sumOfProducts, texDec, type Printed } from './honestTex';
import * as Dec from './decimal';

type Spec = StepSpec<NetworkId>;

const X = ['x0', 'x1', 'x2'] as const;
const A2 = ['a2_0', 'a2_1', 'a2_2'] as const;
/** Non-bias weights: the only ones in the λ term. */
const REG_IDS = THETA_IDS.filter((t) => !t.endsWith('0'));

export function networkGiven(p: NetParams): Partial<Record<NetworkId, number>> {
  const given: Partial<Record<NetworkId, number>> = { x0: 1, x1: p.x1, x2: p.x2, y: p.y, a2_0: 1 };
  THETA1_IDS.forEach((t, k) => (given[t] = p.t1[k]));
  THETA2_IDS.forEach((t, i) => (given[t] = p.t2[i]));
  return { ...given, lambda: p.lambda, alpha: p.alpha };
}

/** z = Σ θ_i·input_i over three inputs: the weighted sum of one unit. */
function weightedSum(out: NetworkId, thetas: readonly NetworkId[], inputs: readonly NetworkId[]): Spec {
  return {
    explain: `step.${out}`,
    phase: 'forward',
    writes: [out],
    reads: [...inputs, ...thetas],
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

function activation(out: NetworkId, zId: NetworkId): Spec {
  return {
    explain: `step.${out}`,
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

/** ∂J/∂θ^l_{ji} = (1/m) δ · input (+ (λ/m) θ for i ≥ 1): one multiplication of the chain rule. */
function weightGradient(theta: NetworkId, delta: NetworkId, input: NetworkId): Spec {
  const out = `grad_${theta}` as NetworkId;
  const regularized = !theta.endsWith('0');
  return {
    explain: regularized ? 'step.gradReg' : 'step.gradBias',
    phase: 'backward',
    writes: [out],
    reads: regularized ? [delta, input, theta, 'lambda'] : [delta, input],
    mults: 1,
    compute: (get) => ({
      [out]: (get(delta) * get(input)) / M + (regularized ? (get('lambda') / M) * get(theta) : 0),
    }),
    tex: (get) => {
      const reg = regularized ? ` + \\frac{\\lambda}{m}${s(theta)}` : '';
      // m = 1 here, and the formula says so: 1/m stays in the numbers as \frac{1}{1}.
      const sum = sumOfProducts(
        [[over(1, M), get(delta), get(input)], ...(regularized ? [[over(get('lambda'), M), get(theta)]] : [])],
        get(out),
      );
      return {
        symbolic: `${s(out)} = \\frac{1}{m}\\,${s(delta)}\\,${s(input)}${reg}`,
        numeric: `${s(out)} = ${sum.tex} = ${sum.result.tex}`,
      };
    },
  };
}

function hiddenUnitBackward(j: 1 | 2): Spec[] {
  const [z, a, sp, d2, t2] = [`z2_${j}`, `a2_${j}`, `sprime2_${j}`, `delta2_${j}`, `theta2_1${j}`] as NetworkId[];
  return [
    {
      explain: 'step.sprime',
      phase: 'backward',
      writes: [sp],
      // The formula (and the lesson) needs only the cached a; z is for the stable computation.
      reads: [a],
      uses: [z],
      mults: 1,
      // s(z)·s(−z) equals a(1−a) but keeps its digits when a rounds to 1 (SPEC §5).
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
    },
    {
      explain: 'step.delta2',
      phase: 'backward',
      writes: [d2],
      reads: [t2, 'delta3', sp],
      mults: 2,
      compute: (get) => ({ [d2]: get(t2) * get('delta3') * get(sp) }),
      tex: (get) => {
        const product = sumOfProducts([[get(t2), get('delta3'), get(sp)]], get(d2));
        return {
          symbolic: `${s(d2)} = ${s(t2)}\\,\\delta^{3}\\,${s(sp)}`,
          numeric: `${s(d2)} = ${product.tex} = ${product.result.tex}`,
        };
      },
    },
    ...X.map((x, i) => weightGradient(THETA1_IDS[3 * (j - 1) + i], d2, x)),
  ];
}

const matrix = (rows: Printed[][]) => `\\begin{bmatrix}${rows.map((r) => r.map((v) => v.tex).join(' & ')).join('\\\\')}\\end{bmatrix}`;

const updateStep: Spec = {
  explain: 'step.update',
  phase: 'update',
  writes: THETA_IDS.map((t) => `new_${t}` as NetworkId),
  // The symbolic formula is the rule for any θ: of its symbols only α is one quantity.
  reads: ['alpha'],
  uses: [...THETA_IDS, ...THETA_IDS.map((t) => `grad_${t}` as NetworkId)],
  compute: (get) =>
    Object.fromEntries(THETA_IDS.map((t) => [`new_${t}`, get(t) - get('alpha') * get(`grad_${t}` as NetworkId)])),
  tex: (get) => {
    // Each entry is θ − α·∂J/∂θ = θ′: one set of digits for all, enough that none cancels falsely.
    const alpha = get('alpha');
    const entries = THETA_IDS.map((t) =>
      sumOfProducts([[get(t)], [-alpha, get(`grad_${t}` as NetworkId)]], get(`new_${t}` as NetworkId)),
    );
    const digits = Math.max(...entries.map((e) => e.digits));
    const rows = (ids: readonly NetworkId[], prefix = '') => {
      const v = ids.map((t) =>
        prefix === 'new_' ? entries[(THETA_IDS as readonly NetworkId[]).indexOf(t)].result : num(get(`${prefix}${t}` as NetworkId), digits),
      );
      return ids.length === 6 ? [v.slice(0, 3), v.slice(3)] : [v];
    };
    const layer = (l: 1 | 2, ids: readonly NetworkId[]) =>
      `\\theta^{${l}} := ${matrix(rows(ids))} - ${num(alpha, digits).tex}${matrix(rows(ids, 'grad_'))} = ${matrix(rows(ids, 'new_'))}`;
    return {
      symbolic: `\\theta^{l}_{ji} := \\theta^{l}_{ji} - \\alpha\\,\\frac{\\partial J}{\\partial \\theta^{l}_{ji}}`,
      numeric: `\\begin{gathered}${layer(1, THETA1_IDS)} \\\\ ${layer(2, THETA2_IDS)}\\end{gathered}`,
    };
  },
};

/** J below a double's range: the loss from its log plus the printed λ/(2m)·Σθ², 3 digits. */
function underflowedJ(lnLoss: number, lambda: number, sq: number): Printed {
  const reg = Dec.div(Dec.mul(num(lambda).value, num(sq).value), Dec.parseDec(String(2 * M)));
  const value = Dec.roundSig(Dec.add(fromLn(lnLoss).value, reg), 3);
  return { tex: texDec(value), value, atom: true };
}

export function buildNetworkTimeline(p: NetParams): Timeline<NetworkId> {
  const specs: Spec[] = [
    weightedSum('z2_1', THETA1_IDS.slice(0, 3), X),
    activation('a2_1', 'z2_1'),
    weightedSum('z2_2', THETA1_IDS.slice(3), X),
    activation('a2_2', 'z2_2'),
    weightedSum('z3', THETA2_IDS, A2),
    activation('a3', 'z3'),
    {
      explain: 'step.J',
      phase: 'loss',
      writes: ['J'],
      // The λ term is written for any θ (Σ over l, j, i): its weights are used, not shown as read.
      reads: ['y', 'a3', 'lambda'],
      uses: ['z3', ...REG_IDS],
      // Evaluated from the logit z³ (softplus), never log of a rounded a³ (SPEC §5).
      compute: (get) => {
        const sq = REG_IDS.reduce((acc, t) => acc + get(t) ** 2, 0);
        return { J: crossEntropyFromLogit(get('z3'), get('y') as 0 | 1) / M + (get('lambda') / (2 * M)) * sq };
      },
      tex: (get) => {
        // a³ from the logit z³, as 1 − ε near 1 and from its log near 0: never log 0 or log(1 − 1).
        const [z3, y, lambda, J] = [get('z3'), get('y'), get('lambda'), get('J')];
        const p = probability(z3);
        const a = factor(p);
        const sq = REG_IDS.reduce((acc, t) => acc + get(t) ** 2, 0);
        // The loss alone underflows for a confident right answer; its log does not.
        const shownJ: Printed = J < 2.2250738585072014e-308 ? underflowedJ(lnSoftplus(y === 1 ? -z3 : z3) - Math.log(M), lambda, sq) : num(J);
        return {
          symbolic: `J = -\\frac{1}{m}\\left[y\\log a^{3} + (1-y)\\log(1-a^{3})\\right] + \\frac{\\lambda}{2m}\\sum_{l}\\sum_{j}\\sum_{i\\ge 1}(\\theta^{l}_{ji})^{2}`,
          numeric: `J = -\\frac{1}{${M}}\\left[${y}\\cdot\\log(${p.tex}) + ${1 - y}\\cdot\\log(1-${a})\\right] + \\frac{${num(lambda).tex}}{2\\cdot ${M}}\\cdot ${num(sq).tex} = ${shownJ.tex}`,
        };
      },
    },
    {
      explain: 'step.delta3',
      phase: 'backward',
      writes: ['delta3'],
      reads: ['a3', 'y'],
      uses: ['z3'],
      // a³ − y from the logit: for y = 1 it is −s(−z³), exact even when a³ rounds to 1.
      compute: (get) => ({ delta3: sigmoidMinusLabel(get('z3'), get('y') as 0 | 1) }),
      tex: (get) => {
        // For y = 1, a³ − 1 is −s(−z³): printed as such, never as 1 − 1 = a non-zero number.
        const [z3, y] = [get('z3'), get('y')];
        const result = y === 1 ? negate(probability(-z3)) : probability(z3);
        return {
          symbolic: '\\delta^{3} = a^{3} - y',
          numeric: `\\delta^{3} = ${factor(probability(z3))} - ${y} = ${result.tex}`,
        };
      },
    },
    ...A2.map((a, i) => weightGradient(THETA2_IDS[i], 'delta3', a)),
    ...hiddenUnitBackward(1),
    ...hiddenUnitBackward(2),
    updateStep,
    {
      explain: 'step.J_new',
      phase: 'update',
      writes: ['J_new'],
      // J(θ′) names the loss at the new weights: no value of the cache is read, J is shown for comparison.
      reads: [],
      uses: [...THETA_IDS.map((t) => `new_${t}` as NetworkId), 'x1', 'x2', 'y', 'lambda', 'J'],
      compute: (get) => {
        const w = THETA_IDS.map((t) => get(`new_${t}` as NetworkId));
        const sample = { x1: get('x1'), x2: get('x2'), y: get('y') as 0 | 1, lambda: get('lambda') };
        return { J_new: forward(sample, w.slice(0, 6) as unknown as Theta1, w.slice(6) as unknown as Theta2).J };
      },
      tex: (get) => ({
        symbolic: `J_{\\text{new}} = J(\\theta')`,
        numeric: `J = ${num(get('J')).tex} \\;\\longrightarrow\\; J_{\\text{new}} = ${num(get('J_new')).tex}`,
      }),
    },
  ];
  const timeline = buildSteps(networkGiven(p), specs);
  return { ...timeline, lnOf: networkLnOf(timeline) };
}

/**
 * ln|value| of the activations, s′ and δ³ from their logits, where the doubles underflow: a = s(z)
 * has ln a = −softplus(−z); s′ = s(z)s(−z) has ln s′ = −softplus(−z) − softplus(z); δ³ = a³ − y
 * is s(z³) for y = 0 and −s(−z³) for y = 1.
 */
function networkLnOf(t: Timeline<NetworkId>): (id: NetworkId) => number | undefined {
  const z = (id: string) => valueAt(t, t.steps.length, id as NetworkId);
  return (id) => {
    const a = /^a(\d)(_\d)?$/.exec(id);
    if (a && id !== 'a2_0') {
      const zv = z(`z${a[1]}${a[2] ?? ''}`);
      return zv === undefined ? undefined : -softplus(-zv);
    }
    const sp = /^sprime(\d_\d)$/.exec(id);
    if (sp) {
      const zv = z(`z${sp[1]}`);
      return zv === undefined ? undefined : -softplus(-zv) - softplus(zv);
    }
    if (id === 'delta3') {
      const zv = z('z3');
      return zv === undefined ? undefined : t.given.y === 1 ? -softplus(zv) : -softplus(-zv);
    }
    return undefined;
  };
}

/**
 * The network's steps in the source's order (SPEC §4.2): forward layer by layer, J, backward from
 * the output to the inputs, then the update and J_new. Share links depend on this order.
 */
import { crossEntropyFromLogit, sigmoid, sigmoidMinusLabel, sigmoidPrime } from './math';
import { forward, M, type NetParams, type Theta1, type Theta2 } from './network';
import { THETA1_IDS, THETA2_IDS, THETA_IDS, type NetworkId } from './ids';
import { buildSteps, type StepSpec, type Timeline } from './timeline';
import { texNumber as n } from './format';
import { texSymbol as s } from './tex';

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
    tex: (get) => ({
      symbolic: `${s(out)} = ${thetas.map((t, i) => `${s(t)}\\,${s(inputs[i])}`).join(' + ')}`,
      numeric: `${s(out)} = ${thetas.map((t, i) => `${n(get(t))}\\cdot ${n(get(inputs[i]))}`).join(' + ')} = ${n(get(out), false)}`,
    }),
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
      numeric: `${s(out)} = \\frac{1}{1+e^{-${n(get(zId))}}} = ${n(get(out), false)}`,
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
      const regN = regularized ? ` + ${n(get('lambda'))}\\cdot ${n(get(theta))}` : '';
      return {
        symbolic: `${s(out)} = \\frac{1}{m}\\,${s(delta)}\\,${s(input)}${reg}`,
        numeric: `${s(out)} = ${n(get(delta))}\\cdot ${n(get(input))}${regN} = ${n(get(out), false)}`,
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
      tex: (get) => ({
        symbolic: `${s(sp)} = ${s(a)}\\,(1-${s(a)})`,
        numeric: `${s(sp)} = ${n(get(a))}\\cdot(1-${n(get(a))}) = ${n(get(sp), false)}`,
      }),
    },
    {
      explain: 'step.delta2',
      phase: 'backward',
      writes: [d2],
      reads: [t2, 'delta3', sp],
      mults: 2,
      compute: (get) => ({ [d2]: get(t2) * get('delta3') * get(sp) }),
      tex: (get) => ({
        symbolic: `${s(d2)} = ${s(t2)}\\,\\delta^{3}\\,${s(sp)}`,
        numeric: `${s(d2)} = ${n(get(t2))}\\cdot ${n(get('delta3'))}\\cdot ${n(get(sp))} = ${n(get(d2), false)}`,
      }),
    },
    ...X.map((x, i) => weightGradient(THETA1_IDS[3 * (j - 1) + i], d2, x)),
  ];
}

const matrix = (rows: number[][]) => `\\begin{bmatrix}${rows.map((r) => r.map((v) => n(v, false)).join(' & ')).join('\\\\')}\\end{bmatrix}`;

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
    const rows = (ids: readonly NetworkId[], prefix = '') => {
      const v = ids.map((t) => get(`${prefix}${t}` as NetworkId));
      return ids.length === 6 ? [v.slice(0, 3), v.slice(3)] : [v];
    };
    const layer = (l: 1 | 2, ids: readonly NetworkId[]) =>
      `\\theta^{${l}} := ${matrix(rows(ids))} - ${n(get('alpha'))}${matrix(rows(ids, 'grad_'))} = ${matrix(rows(ids, 'new_'))}`;
    return {
      symbolic: `\\theta^{l}_{ji} := \\theta^{l}_{ji} - \\alpha\\,\\frac{\\partial J}{\\partial \\theta^{l}_{ji}}`,
      numeric: `\\begin{gathered}${layer(1, THETA1_IDS)} \\\\ ${layer(2, THETA2_IDS)}\\end{gathered}`,
    };
  },
};

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
      tex: (get) => ({
        symbolic: `J = -\\frac{1}{m}\\left[y\\log a^{3} + (1-y)\\log(1-a^{3})\\right] + \\frac{\\lambda}{2m}\\sum_{l}\\sum_{j}\\sum_{i\\ge 1}(\\theta^{l}_{ji})^{2}`,
        numeric: `J = -\\left[${n(get('y'))}\\log ${n(get('a3'))} + ${n(1 - get('y'))}\\log(1-${n(get('a3'))})\\right] + \\frac{${n(get('lambda'), false)}}{2}\\cdot ${n(REG_IDS.reduce((acc, t) => acc + get(t) ** 2, 0))} = ${n(get('J'), false)}`,
      }),
    },
    {
      explain: 'step.delta3',
      phase: 'backward',
      writes: ['delta3'],
      reads: ['a3', 'y'],
      uses: ['z3'],
      // a³ − y from the logit: for y = 1 it is −s(−z³), exact even when a³ rounds to 1.
      compute: (get) => ({ delta3: sigmoidMinusLabel(get('z3'), get('y') as 0 | 1) }),
      tex: (get) => ({
        symbolic: '\\delta^{3} = a^{3} - y',
        numeric: `\\delta^{3} = ${n(get('a3'))} - ${n(get('y'))} = ${n(get('delta3'), false)}`,
      }),
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
        numeric: `J = ${n(get('J'), false)} \\;\\longrightarrow\\; J_{\\text{new}} = ${n(get('J_new'), false)}`,
      }),
    },
  ];
  return buildSteps(networkGiven(p), specs);
}

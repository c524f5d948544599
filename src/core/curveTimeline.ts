/**
 * The curve chapters as timelines of the same record type (SPEC §1.1–1.3): the sigmoid built
 * one transformation at a time, the loss from −log, and s' = s(1−s) derived in five lines.
 * The point z is given. Values past a double's range (e^{1000}) or underflowed to 0
 * (e^{−1000}) are written in the formulas from their logarithms (curveValues), never as ∞.
 */
import type { CurveId } from './ids';
import { curveValues } from './curves';
import { negLogOneMinusSigmoid, negLogSigmoid, sigmoid, sigmoidPrime } from './math';
import { buildSteps, type Phase, type StepSpec, type Timeline } from './timeline';
import { texSymbol as s } from './tex';
import { factor, num, onePlus, positive, probability } from './honestTex';

export type CurveChapter = 'sigmoid' | 'loss' | 'derivative';
type Spec = StepSpec<CurveId>;
type Get = (id: CurveId) => number;

/** Explain keys of the derivation's lines start with this; the view lists those steps as the derivation. */
export const DERIVATION_PREFIX = 'curve.derive.';

/** A positive value in TeX; from its log where the double overflows or underflows. */
export function texPositive(x: number, ln: number | undefined): string {
  return ln === undefined ? num(x).tex : positive(x, ln).tex;
}

/** lhs = a = b = …, one equals sign per line once there are several, so narrow columns need not scroll. */
export function texChain(lhs: string, ...rhs: string[]): string {
  if (rhs.length < 2) return `${lhs} = ${rhs.join('')}`;
  return `\\begin{aligned} ${lhs} &= ${rhs.join(' \\\\ &= ')} \\end{aligned}`;
}

/**
 * The TeX numbers of every curve value at the step's z (the one given every step reads), each in
 * the form its formula needs to stay true: s(z) near 1 as 1 − ε, 1 + e^{−z} near 1 as 1 + ε.
 * `s`, `oneMinusS` and `onePlus` are ready to be factors (parenthesised where needed).
 */
function numbers(get: Get) {
  const z = get('z');
  const at = curveValues(z);
  const tex = (id: CurveId) => texPositive(at[id].value, at[id].ln);
  const sum = onePlus(at.exp_neg_z.value, -z);
  return {
    z: num(z).tex,
    negZ: num(-z).tex,
    e: tex('exp_neg_z'),
    onePlus: factor(sum),
    /** 1 + e^{−z} as a result: only when the sum is shorter than its terms. */
    onePlusResult: sum.atom ? sum.tex : null,
    s: factor(probability(z)),
    sWhole: probability(z).tex,
    oneMinusS: factor(probability(-z)),
    oneMinusSWhole: probability(-z).tex,
    sPrime: tex('sigmoid_prime'),
    tex,
  };
}

interface Line {
  explain: string;
  out?: CurveId;
  /** The quantities the symbolic formula shows (SPEC §4.2); every line also uses z for its numbers. */
  reads?: CurveId[];
  /** What a derivation line names on its left without reading it (s′(z)). */
  names?: CurveId[];
  phase?: Phase;
  compute?: (z: number) => number;
  symbolic: string;
  numeric: (x: ReturnType<typeof numbers>) => string;
}

function spec({ explain, out, reads = [], names, phase = 'forward', compute, symbolic, numeric }: Line): Spec {
  return {
    explain,
    phase,
    writes: out ? [out] : [],
    reads,
    // Every value is computed, and its numbers written, at the marked point z.
    uses: ['z'],
    names,
    compute: (get) => (out && compute ? { [out]: compute(get('z')) } : {}),
    tex: (get) => ({ symbolic, numeric: numeric(numbers(get)) }),
  };
}

const SIGMOID_TEX = '\\frac{1}{1+e^{-z}}';

const SIGMOID_STEPS: Spec[] = [
  spec({
    explain: 'curve.step.exp_z',
    out: 'exp_z',
    compute: Math.exp,
    symbolic: 'e^{z}',
    numeric: (x) => `e^{${x.z}} = ${x.tex('exp_z')}`,
  }),
  spec({
    explain: 'curve.step.exp_neg_z',
    out: 'exp_neg_z',
    compute: (z) => Math.exp(-z),
    symbolic: 'e^{-z}',
    numeric: (x) => `e^{${x.negZ}} = ${x.e}`,
  }),
  spec({
    explain: 'curve.step.one_plus_exp_neg_z',
    out: 'one_plus_exp_neg_z',
    reads: ['exp_neg_z'],
    compute: (z) => 1 + Math.exp(-z),
    symbolic: `${s('exp_neg_z')} \\;\\mapsto\\; ${s('one_plus_exp_neg_z')}`,
    // 1 + 5.08×10⁻⁴³⁵ has no shorter honest form: then the sum itself is the value.
    numeric: (x) => (x.onePlusResult ? `1 + ${x.e} = ${x.onePlusResult}` : `1 + ${x.e}`),
  }),
  // Evaluated from z itself so that neither sign overflows (SPEC §5).
  spec({
    explain: 'curve.step.sigmoid',
    out: 'sigmoid',
    reads: ['one_plus_exp_neg_z'],
    compute: sigmoid,
    symbolic: `s(z) = ${SIGMOID_TEX}`,
    numeric: (x) => texChain(`s(${x.z})`, `\\frac{1}{${x.onePlusResult ?? `1 + ${x.e}`}}`, x.sWhole),
  }),
];

const prediction = (explain: string) =>
  spec({
    explain,
    out: 'sigmoid',
    reads: ['z'],
    compute: sigmoid,
    symbolic: `s(z) = ${SIGMOID_TEX}`,
    numeric: (x) => texChain(`s(${x.z})`, `\\frac{1}{1 + ${x.e}}`, x.sWhole),
  });

const LOSS_STEPS: Spec[] = [
  prediction('curve.loss.sigmoid'),
  spec({
    explain: 'curve.step.neg_log_sigmoid',
    out: 'neg_log_sigmoid',
    reads: ['sigmoid'],
    phase: 'loss',
    compute: negLogSigmoid,
    symbolic: `${s('sigmoid')} \\;\\mapsto\\; ${s('neg_log_sigmoid')}`,
    numeric: (x) => texChain(`-\\log s(${x.z})`, `-\\log(${x.sWhole})`, x.tex('neg_log_sigmoid')),
  }),
  spec({
    explain: 'curve.step.neg_log_one_minus_sigmoid',
    out: 'neg_log_one_minus_sigmoid',
    reads: ['sigmoid'],
    phase: 'loss',
    compute: negLogOneMinusSigmoid,
    symbolic: `${s('sigmoid')} \\;\\mapsto\\; ${s('neg_log_one_minus_sigmoid')}`,
    numeric: (x) => texChain(`-\\log(1 - s(${x.z}))`, `-\\log(${x.oneMinusSWhole})`, x.tex('neg_log_one_minus_sigmoid')),
  }),
];

/** The source's five lines (§2), one step each; the second is where s'(z) is first known. */
const DERIVATION: Line[] = [
  {
    explain: `${DERIVATION_PREFIX}differentiate`,
    reads: ['z'],
    names: ['sigmoid_prime'],
    symbolic: `s'(z) = \\left(${SIGMOID_TEX}\\right)'`,
    numeric: (x) => `s'(${x.z}) = \\left.\\frac{d}{dz}\\,${SIGMOID_TEX}\\,\\right|_{z=${x.z}}`,
  },
  {
    explain: `${DERIVATION_PREFIX}chainRule`,
    out: 'sigmoid_prime',
    reads: ['z'],
    compute: sigmoidPrime,
    symbolic: `s'(z) = \\frac{e^{-z}}{(1+e^{-z})^{2}}`,
    numeric: (x) => texChain(`s'(${x.z})`, `\\frac{${x.e}}{(1 + ${x.e})^{2}}`, x.sPrime),
  },
  {
    explain: `${DERIVATION_PREFIX}addSubtractOne`,
    reads: ['z'],
    names: ['sigmoid_prime'],
    symbolic: `s'(z) = \\frac{1+e^{-z}-1}{(1+e^{-z})^{2}}`,
    numeric: (x) => texChain(`s'(${x.z})`, `\\frac{1 + ${x.e} - 1}{${x.onePlus.startsWith('(') ? x.onePlus : `(${x.onePlus})`}^{2}}`, x.sPrime),
  },
  {
    explain: `${DERIVATION_PREFIX}split`,
    reads: ['z'],
    names: ['sigmoid_prime'],
    symbolic: `s'(z) = \\frac{1}{1+e^{-z}}\\left(1-\\frac{1}{1+e^{-z}}\\right)`,
    numeric: (x) =>
      texChain(
        `s'(${x.z})`,
        `\\frac{1}{${x.onePlusResult ?? `1 + ${x.e}`}}\\left(1 - \\frac{1}{${x.onePlusResult ?? `1 + ${x.e}`}}\\right)`,
        `${x.s} \\cdot ${x.oneMinusS}`,
        x.sPrime,
      ),
  },
  {
    explain: `${DERIVATION_PREFIX}recognise`,
    reads: ['sigmoid'],
    names: ['sigmoid_prime'],
    symbolic: "s'(z) = s(z)\\,(1-s(z))",
    numeric: (x) => texChain(`s'(${x.z})`, `s(${x.z})\\,(1 - s(${x.z}))`, `${x.s} \\cdot ${x.oneMinusS}`, x.sPrime),
  },
];

const SPECS: Record<CurveChapter, Spec[]> = {
  sigmoid: SIGMOID_STEPS,
  loss: LOSS_STEPS,
  derivative: [prediction('curve.derivative.sigmoid'), ...DERIVATION.map((line) => spec({ phase: 'backward', ...line }))],
};

export const CURVE_CHAPTER_IDS: Record<CurveChapter, readonly CurveId[]> = {
  sigmoid: ['z', 'exp_z', 'exp_neg_z', 'one_plus_exp_neg_z', 'sigmoid'],
  loss: ['z', 'sigmoid', 'neg_log_sigmoid', 'neg_log_one_minus_sigmoid'],
  derivative: ['z', 'sigmoid', 'sigmoid_prime'],
};

export function buildCurveTimeline(chapter: CurveChapter, z: number): Timeline<CurveId> {
  return buildSteps<CurveId>({ z }, SPECS[chapter]);
}

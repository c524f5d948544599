/**
 * The curve chapters as timelines of the same record type (SPEC §1.1–1.3): the sigmoid built
 * one transformation at a time, the loss from −log, and s' = s(1−s). The point z is given.
 * e^{±z} passes a double's range for |z| > 709: the record then holds Infinity and views
 * show the value from curveValues(z).ln instead (SPEC §4.2).
 */
import type { CurveId } from './ids';
import { negLogOneMinusSigmoid, negLogSigmoid, sigmoid, sigmoidPrime } from './math';
import { buildSteps, type StepSpec, type Timeline } from './timeline';
import { texNumber as n } from './format';
import { texSymbol as s } from './tex';

export type CurveChapter = 'sigmoid' | 'loss' | 'derivative';
type Spec = StepSpec<CurveId>;

/** A value for TeX: e^{±z} past a double is written from its exponent instead of as Infinity. */
const tn = (x: number, wrap = true) => (Number.isFinite(x) ? n(x, wrap) : '\\infty');

function curve(out: CurveId, reads: CurveId[], f: (get: (id: CurveId) => number) => number, symbolic: string): Spec {
  return {
    explain: `curve.step.${out}`,
    phase: 'forward',
    writes: [out],
    // Every curve value is read at the marked point z, which the numeric line names.
    reads: reads.includes('z') ? reads : [...reads, 'z'],
    compute: (get) => ({ [out]: f(get) }),
    tex: (get) => ({
      symbolic: `${s(out)} = ${symbolic}`,
      numeric: `${s(out)}\\big|_{z=${n(get('z'), false)}} = ${tn(get(out), false)}`,
    }),
  };
}

const exp = curve('exp_z', ['z'], (get) => Math.exp(get('z')), 'e^{z}');
const expNeg = curve('exp_neg_z', ['z'], (get) => Math.exp(-get('z')), 'e^{-z}');
const onePlus = curve('one_plus_exp_neg_z', ['exp_neg_z'], (get) => 1 + get('exp_neg_z'), '1 + e^{-z}');
// Evaluated from z itself so that neither sign overflows (SPEC §5).
const sig = (reads: CurveId[], symbolic: string) => curve('sigmoid', reads, (get) => sigmoid(get('z')), symbolic);
const negLogS = curve('neg_log_sigmoid', ['sigmoid', 'z'], (get) => negLogSigmoid(get('z')), '-\\log s(z)');
const negLog1mS = curve('neg_log_one_minus_sigmoid', ['sigmoid', 'z'], (get) => negLogOneMinusSigmoid(get('z')), '-\\log(1 - s(z))');
const sPrime = curve('sigmoid_prime', ['sigmoid', 'z'], (get) => sigmoidPrime(get('z')), 's(z)\\,(1 - s(z))');

const SPECS: Record<CurveChapter, Spec[]> = {
  sigmoid: [exp, expNeg, onePlus, sig(['one_plus_exp_neg_z', 'z'], '\\frac{1}{1 + e^{-z}}')],
  loss: [sig(['z'], '\\frac{1}{1 + e^{-z}}'), negLogS, negLog1mS],
  derivative: [sig(['z'], '\\frac{1}{1 + e^{-z}}'), sPrime],
};

export const CURVE_CHAPTER_IDS: Record<CurveChapter, readonly CurveId[]> = {
  sigmoid: ['z', 'exp_z', 'exp_neg_z', 'one_plus_exp_neg_z', 'sigmoid'],
  loss: ['z', 'sigmoid', 'neg_log_sigmoid', 'neg_log_one_minus_sigmoid'],
  derivative: ['z', 'sigmoid', 'sigmoid_prime'],
};

export function buildCurveTimeline(chapter: CurveChapter, z: number): Timeline<CurveId> {
  return buildSteps<CurveId>({ z }, SPECS[chapter]);
}

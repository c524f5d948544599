/**
 * The network's quantity ids (SPEC §7), built and parsed in one place. §4.2's 2-2-1 ids are the
 * case L = 3, m = 1, K = 1. Layer 1 is the input, L the output; every index is one digit (s ≤ 6).
 *
 *   x0, x{i}[@s]              inputs (x0: the bias, never per sample)
 *   y[@s], y_{k}[@s]          labels (plain y when K = 1)
 *   theta{l}_{ji}             θ^l_{ji}, and grad_theta…, new_theta…, Delta… with the same indices
 *   z{l}_{j}[@s], a{l}_{j}[@s], delta{l}_{j}[@s], sprime{l}_{j}[@s]
 *                             (the output layer drops _1 when K = 1: z3, a3, delta3)
 *   a{l}_0                    a hidden layer's bias unit, never per sample
 *   J[@s], J_new, lambda, alpha
 *
 * `@s` (sample s, from 1) is written only when m > 1.
 */
import type { Layers } from './engine';

export type NetIdKind =
  | 'x'
  | 'y'
  | 'theta'
  | 'grad_theta'
  | 'new_theta'
  | 'Delta'
  | 'z'
  | 'a'
  | 'delta'
  | 'sprime'
  | 'J'
  | 'J_new'
  | 'lambda'
  | 'alpha';

/** A parsed id. Absent fields are absent from the id: no `j` on z3, no `sample` when m = 1. */
export interface NetId {
  kind: NetIdKind;
  /** Layer (θ, Δ: the layer the weight leaves; z, a, δ, s′: the unit's layer). */
  l?: number;
  /** Unit of layer l (z, a, δ, s′; 0 = bias unit a{l}_0), row of θ. */
  j?: number;
  /** Column of θ (0 = bias), or the input x_i. */
  i?: number;
  /** Output k of y_k. */
  k?: number;
  /** Sample, from 1. */
  sample?: number;
}

const WEIGHT = /^(theta|grad_theta|new_theta|Delta)([1-9])_([0-9])([0-9])$/;
const UNIT = /^(z|a|delta|sprime)([1-9])(?:_([0-9]))?(?:@([1-9]))?$/;
const INPUT = /^x([0-9])(?:@([1-9]))?$/;
const LABEL = /^y(?:_([1-9]))?(?:@([1-9]))?$/;
const LOSS = /^J(?:@([1-9]))?$/;

const withSample = (p: NetId, s: string | undefined): NetId => (s === undefined ? p : { ...p, sample: Number(s) });

/** The structured form of a network id, or null for any other string (graph and curve ids too). */
export function parseId(id: string): NetId | null {
  if (id === 'J_new' || id === 'lambda' || id === 'alpha') return { kind: id };
  let m: RegExpExecArray | null;
  if ((m = WEIGHT.exec(id))) return { kind: m[1] as NetIdKind, l: Number(m[2]), j: Number(m[3]), i: Number(m[4]) };
  if ((m = UNIT.exec(id))) {
    const [, kind, l, j, s] = m;
    // Units live in layers 2…L (the bias a{l}_0 in hidden layers); s′ of hidden units only.
    if (Number(l) < 2) return null;
    if (j === '0' && (kind !== 'a' || s !== undefined)) return null;
    const p: NetId = j === undefined ? { kind: kind as NetIdKind, l: Number(l) } : { kind: kind as NetIdKind, l: Number(l), j: Number(j) };
    return withSample(p, s);
  }
  if ((m = INPUT.exec(id))) return m[1] === '0' && m[2] !== undefined ? null : withSample({ kind: 'x', i: Number(m[1]) }, m[2]);
  if ((m = LABEL.exec(id))) return withSample(m[1] === undefined ? { kind: 'y' } : { kind: 'y', k: Number(m[1]) }, m[2]);
  if ((m = LOSS.exec(id))) return withSample({ kind: 'J' }, m[1]);
  return null;
}

/** The id of a parsed form: formatId(parseId(id)) === id for every network id. */
export function formatId(p: NetId): string {
  const at = p.sample === undefined ? '' : `@${p.sample}`;
  switch (p.kind) {
    case 'x':
      return `x${p.i}${at}`;
    case 'y':
      return `y${p.k === undefined ? '' : `_${p.k}`}${at}`;
    case 'theta':
    case 'grad_theta':
    case 'new_theta':
    case 'Delta':
      return `${p.kind}${p.l}_${p.j}${p.i}`;
    case 'z':
    case 'a':
    case 'delta':
    case 'sprime':
      return `${p.kind}${p.l}${p.j === undefined ? '' : `_${p.j}`}${at}`;
    case 'J':
      return `J${at}`;
    default:
      return p.kind;
  }
}

/** Builders of every id of one network: the shape decides `_1` on the output, m decides `@s`. */
export interface NetIds {
  readonly L: number;
  readonly K: number;
  readonly m: number;
  x(i: number, sample?: number): string;
  y(k: number, sample?: number): string;
  theta(l: number, j: number, i: number): string;
  grad(l: number, j: number, i: number): string;
  newTheta(l: number, j: number, i: number): string;
  Delta(l: number, j: number, i: number): string;
  /** z^l_j; layer l's activation a^l_i, with a(1, i) the input x_i and a(l, 0) the bias unit. */
  z(l: number, j: number, sample?: number): string;
  a(l: number, j: number, sample?: number): string;
  delta(l: number, j: number, sample?: number): string;
  sprime(l: number, j: number, sample?: number): string;
  /** J@s when m > 1 (sample s's loss term); J for the whole batch. */
  J(sample?: number): string;
}

export function netIds(layers: Layers, m = 1): NetIds {
  const L = layers.length;
  const K = layers[L - 1];
  const at = (s?: number) => (m > 1 && s !== undefined ? `@${s}` : '');
  const unit = (kind: string) => (l: number, j: number, s?: number) => `${kind}${l}${l === L && K === 1 ? '' : `_${j}`}${at(s)}`;
  const weight = (kind: string) => (l: number, j: number, i: number) => `${kind}${l}_${j}${i}`;
  const z = unit('z');
  const a = unit('a');
  return {
    L,
    K,
    m,
    x: (i, s) => (i === 0 ? 'x0' : `x${i}${at(s)}`),
    y: (k, s) => `y${K === 1 ? '' : `_${k}`}${at(s)}`,
    theta: weight('theta'),
    grad: weight('grad_theta'),
    newTheta: weight('new_theta'),
    Delta: weight('Delta'),
    z,
    a: (l, j, s) => (l === 1 ? (j === 0 ? 'x0' : `x${j}${at(s)}`) : j === 0 ? `a${l}_0` : a(l, j, s)),
    delta: unit('delta'),
    sprime: unit('sprime'),
    J: (s) => (s === undefined ? 'J' : `J${at(s)}`),
  };
}

/** Every θ^l id in row-major order, bias column first: θ¹ then θ² … (grad_, new_ by prefix). */
export function thetaIds(layers: Layers): string[] {
  const ids = netIds(layers);
  return layers.slice(1).flatMap((s, k) => Array.from({ length: s * (layers[k] + 1) }, (_, w) => ids.theta(k + 1, Math.floor(w / (layers[k] + 1)) + 1, w % (layers[k] + 1))));
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const digits = (n: number, set: string) => [...String(n)].map((c) => set[+c]).join('');

/** The unit's layer and index as TeX: z^{2}_{1}, z^{3} (output, K = 1). */
const unitTex = (v: string, p: NetId) => `${v}^{${p.l}}${p.j === undefined ? '' : `_{${p.j}}`}`;
/** Sample s as the source writes it, a superscript (s) on the whole symbol. */
const sampleTex = (base: string, p: NetId, bare = false) => (p.sample === undefined ? base : bare ? `${base}^{(${p.sample})}` : `{${base}}^{(${p.sample})}`);

/** The TeX symbol of a parsed network id, in the source's notation. */
export function netTex(p: NetId): string {
  switch (p.kind) {
    case 'x':
      return sampleTex(`x_{${p.i}}`, p, true);
    case 'y':
      return sampleTex(p.k === undefined ? 'y' : `y_{${p.k}}`, p, true);
    case 'theta':
      return `\\theta^{${p.l}}_{${p.j}${p.i}}`;
    case 'grad_theta':
      return `\\frac{\\partial J}{\\partial \\theta^{${p.l}}_{${p.j}${p.i}}}`;
    case 'new_theta':
      return `\\theta'^{${p.l}}_{${p.j}${p.i}}`;
    case 'Delta':
      return `\\Delta^{${p.l}}_{${p.j}${p.i}}`;
    case 'z':
    case 'a':
      return sampleTex(unitTex(p.kind, p), p);
    case 'delta':
      return sampleTex(unitTex('\\delta', p), p);
    case 'sprime':
      return `s'(${netTex({ ...p, kind: 'z' })})`;
    case 'J':
      return p.sample === undefined ? 'J' : `J^{(${p.sample})}`;
    case 'J_new':
      return 'J_{\\text{new}}';
    case 'lambda':
      return '\\lambda';
    case 'alpha':
      return '\\alpha';
  }
}

const sampleLabel = (base: string, p: NetId) => (p.sample === undefined ? base : `${base}⁽${digits(p.sample, SUP)}⁾`);

/** Plain-text (Unicode) name of a parsed id, except the two that need words (see labels.ts). */
export function netLabel(p: NetId): string {
  const unit = (v: string) => `${v}${digits(p.l ?? 0, SUP)}${p.j === undefined ? '' : digits(p.j, SUB)}`;
  const weight = (v: string) => `${v}${digits(p.l ?? 0, SUP)}${digits(p.j ?? 0, SUB)}${digits(p.i ?? 0, SUB)}`;
  switch (p.kind) {
    case 'x':
      return sampleLabel(`x${digits(p.i ?? 0, SUB)}`, p);
    case 'y':
      return sampleLabel(p.k === undefined ? 'y' : `y${digits(p.k, SUB)}`, p);
    case 'theta':
    case 'new_theta':
      return weight('θ');
    case 'grad_theta':
      return `∂J/∂${weight('θ')}`;
    case 'Delta':
      return weight('Δ');
    case 'z':
    case 'a':
      return sampleLabel(unit(p.kind), p);
    case 'delta':
      return sampleLabel(unit('δ'), p);
    case 'sprime':
      return `s′(${sampleLabel(unit('z'), p)})`;
    case 'J':
      return sampleLabel('J', p);
    case 'J_new':
      return 'J_new';
    case 'lambda':
      return 'λ';
    case 'alpha':
      return 'α';
  }
}

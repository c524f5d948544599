/** Plain-text (Unicode) names of quantities, in the source's notation, for tables and ledgers. */
import type { Lang } from '../../core/url';
import { translate } from '../../i18n';

const SUP: Record<string, string> = { '1': '¹', '2': '²', '3': '³' };
const SUB: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂' };
const DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const sub = (s: string) => [...s].map((c) => SUB[c] ?? c).join('');

const FIXED: Record<string, string> = {
  x0: 'x₀',
  x1: 'x₁',
  x2: 'x₂',
  y: 'y',
  lambda: 'λ',
  alpha: 'α',
  z3: 'z³',
  a3: 'a³',
  J: 'J',
  delta3: 'δ³',
  z: 'z',
  exp_z: 'eᶻ',
  exp_neg_z: 'e⁻ᶻ',
  one_plus_exp_neg_z: '1 + e⁻ᶻ',
  sigmoid: 's(z)',
  sigmoid_prime: 's′(z)',
  neg_log_sigmoid: '−log s(z)',
  neg_log_one_minus_sigmoid: '−log(1 − s(z))',
};

export function quantityLabel(id: string, lang: Lang): string {
  if (FIXED[id]) return FIXED[id];
  let m: RegExpExecArray | null;
  if ((m = /^theta(\d)_(\d\d)$/.exec(id))) return `θ${SUP[m[1]]}${sub(m[2])}`;
  if ((m = /^grad_(theta\d_\d\d)$/.exec(id))) return `∂J/∂${quantityLabel(m[1], lang)}`;
  if ((m = /^new_(theta\d_\d\d)$/.exec(id))) return translate(lang, 'label.new', { name: quantityLabel(m[1], lang) });
  if (id === 'J_new') return translate(lang, 'label.J_new');
  if ((m = /^([az])(\d)_(\d)$/.exec(id))) return `${m[1]}${SUP[m[2]]}${sub(m[3])}`;
  if ((m = /^sprime2_(\d)$/.exec(id))) return `s′(z²${sub(m[1])})`;
  if ((m = /^delta2_(\d)$/.exec(id))) return `δ²${sub(m[1])}`;
  // The graph chapter; a digit is a diamond of the chain (chain=k): c1 is c₁.
  if ((m = /^([a-e])(\d+)$/.exec(id))) return `${m[1]}${[...m[2]].map((c) => DIGITS[+c]).join('')}`;
  if ((m = /^d([a-e]\d*)_d([a-e]\d*)$/.exec(id))) return `∂${quantityLabel(m[1], lang)}/∂${quantityLabel(m[2], lang)}`;
  if ((m = /^t_([ab]\d*)_([a-e]\d*)$/.exec(id)))
    return translate(lang, 'label.tangent', { of: quantityLabel(m[2], lang), seed: quantityLabel(m[1], lang) });
  return id;
}

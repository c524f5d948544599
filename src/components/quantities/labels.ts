/** Plain-text (Unicode) names of quantities, in the source's notation, for tables and ledgers. */
import type { Lang } from '../../core/url';
import { translate } from '../../i18n';
import { netLabel, parseId } from '../../core/netIds';
import type { IdScope } from '../../core/tex';

const DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** The curve chapters' and the graph's one diamond's fixed names. */
const FIXED: Record<string, string> = {
  z: 'z',
  exp_z: 'eᶻ',
  exp_neg_z: 'e⁻ᶻ',
  one_plus_exp_neg_z: '1 + e⁻ᶻ',
  sigmoid: 's(z)',
  sigmoid_prime: 's′(z)',
  neg_log_sigmoid: '−log s(z)',
  neg_log_one_minus_sigmoid: '−log(1 − s(z))',
};

/** Whose ids a chapter's a2, a4, a5 are: the network's output (L = 2, 4, 5) or the graph chain's diamonds. */
export const labelScope = (chapter: string): IdScope | undefined => (chapter === 'graph' ? 'graph' : chapter === 'network' ? 'network' : undefined);

/**
 * The name of a quantity in plain text. Network ids are parsed by core/netIds (a2, a4, a5 read as
 * a graph diamond's a unless `scope` is 'network', as texSymbol does).
 */
export function quantityLabel(id: string, lang: Lang, scope?: IdScope): string {
  if (FIXED[id]) return FIXED[id];
  const net = scope === 'graph' || (scope !== 'network' && /^a[245]$/.test(id)) ? null : parseId(id);
  if (net?.kind === 'new_theta') return translate(lang, 'label.new', { name: netLabel({ ...net, kind: 'theta' }) });
  if (net?.kind === 'J_new') return translate(lang, 'label.J_new');
  if (net) return netLabel(net);
  let m: RegExpExecArray | null;
  // The graph chapter; a digit is a diamond of the chain (chain=k): c1 is c₁.
  if ((m = /^([a-e])(\d+)$/.exec(id))) return `${m[1]}${[...m[2]].map((c) => DIGITS[+c]).join('')}`;
  if ((m = /^d([a-e]\d*)_d([a-e]\d*)$/.exec(id))) return `∂${quantityLabel(m[1], lang)}/∂${quantityLabel(m[2], lang)}`;
  if ((m = /^t_([ab]\d*)_([a-e]\d*)$/.exec(id)))
    return translate(lang, 'label.tangent', { of: quantityLabel(m[2], lang), seed: quantityLabel(m[1], lang) });
  return id;
}

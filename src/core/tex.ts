/** TeX symbols for quantity ids, in the source's notation (θ¹₁₂ is \theta^{1}_{12}). */

import { netTex, parseId } from './netIds';

/** Ids of the other chapters (the curves, the graph's one diamond): fixed symbols. */
const FIXED: Record<string, string> = {
  a: 'a',
  b: 'b',
  c: 'c',
  d: 'd',
  e: 'e',
  z: 'z',
  exp_z: 'e^{z}',
  exp_neg_z: 'e^{-z}',
  one_plus_exp_neg_z: '1+e^{-z}',
  sigmoid: 's(z)',
  sigmoid_prime: "s'(z)",
  neg_log_sigmoid: '-\\log s(z)',
  neg_log_one_minus_sigmoid: '-\\log(1-s(z))',
};

/** The graph chapter; a digit is a diamond of the chain (chain=k, graphChain.ts): c1 is c₁. */
const GRAPH: [RegExp, (...m: string[]) => string][] = [
  [/^([a-e])(\d+)$/, (v, i) => `${v}_{${i}}`],
  [/^d([a-e]\d*)_d([a-e]\d*)$/, (f, x) => `\\frac{\\partial ${texSymbol(f)}}{\\partial ${texSymbol(x)}}`],
  [/^t_([ab]\d*)_([a-e]\d*)$/, (x, f) => `\\dot{${texSymbol(f)}}_{${texSymbol(x)}}`],
];

/**
 * Which chapter's reading an id takes where two chapters use the same string: a2, a4, a5 are the
 * output of a network with K = 1 (L = 2, 4, 5) and a diamond of the graph's chain. a3 is the
 * network's, as it always was. Without a scope the graph reading wins for those three.
 */
export type IdScope = 'network' | 'graph';
const AMBIGUOUS = /^a[245]$/;

/** The TeX symbol of a quantity id; unknown ids are returned as \text{…} so nothing is lost. */
export const texSymbol = (id: string): string => texSymbolIn(id);

// Formulas ask for the same few hundred symbols over and over: each is worked out once.
const MEMO = new Map<string, string>();

/** texSymbol with the reading of shared ids chosen by the chapter. */
export function texSymbolIn(id: string, scope?: IdScope): string {
  const key = `${scope ?? ''}:${id}`;
  let tex = MEMO.get(key);
  if (tex === undefined) MEMO.set(key, (tex = symbolOf(id, scope)));
  return tex;
}

function symbolOf(id: string, scope?: IdScope): string {
  if (FIXED[id]) return FIXED[id];
  const net = scope === 'graph' ? null : parseId(id);
  if (net && (scope === 'network' || !AMBIGUOUS.test(id))) return netTex(net);
  for (const [re, make] of GRAPH) {
    const m = re.exec(id);
    if (m) return make(...m.slice(1));
  }
  if (net) return netTex(net);
  return `\\text{${id.replace(/[^A-Za-z0-9 ]/g, ' ')}}`;
}

/** The network chapter's symbols: texSymbol with the network's reading of shared ids. */
export const netSymbol = (id: string): string => texSymbolIn(id, 'network');

/**
 * Boxes every occurrence of the `boxed` quantities' symbols in a TeX formula, leaving the
 * `protect`ed symbols whole (z²₁ inside the name s'(z²₁) of the quantity being written is not a
 * cached term): the view uses it to show which terms of the current formula come from the cache.
 * A symbol matches only as a whole token: the d of \partial or the c of \cdot is never boxed.
 */
export function boxSymbols(
  tex: string,
  boxed: readonly string[],
  protect: readonly string[] = [],
  symbol: (id: string) => string = texSymbol,
): string {
  const token = (sym: string) =>
    new RegExp(`(?<![\\\\A-Za-z])${sym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g');
  // One pass, longest first, kept and boxed together: a symbol inside a longer one is taken with
  // the longer one, whichever list either is in (J inside J^{(1)}). A kept symbol is never boxed.
  const kept = new Set(protect.map((id) => symbol(id)));
  const all = [...new Set([...kept, ...boxed.map((id) => symbol(id))])].sort((a, b) => b.length - a.length);
  // Placeholders are control characters around a number, which no symbol contains.
  const slot = (k: number) => `\u0000${k}\u0001`;
  let out = tex;
  all.forEach((sym, k) => (out = out.replace(token(sym), slot(k))));
  all.forEach((sym, k) => (out = out.split(slot(k)).join(kept.has(sym) ? sym : `\\boxed{${sym}}`)));
  return out;
}

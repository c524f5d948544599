/** TeX symbols for quantity ids, in the source's notation (θ¹₁₂ is \theta^{1}_{12}). */

const FIXED: Record<string, string> = {
  x0: 'x_{0}',
  x1: 'x_{1}',
  x2: 'x_{2}',
  y: 'y',
  lambda: '\\lambda',
  alpha: '\\alpha',
  z3: 'z^{3}',
  a3: 'a^{3}',
  J: 'J',
  J_new: 'J_{\\text{new}}',
  delta3: '\\delta^{3}',
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

const PATTERNS: [RegExp, (...m: string[]) => string][] = [
  [/^theta(\d)_(\d\d)$/, (l, ji) => `\\theta^{${l}}_{${ji}}`],
  [/^grad_theta(\d)_(\d\d)$/, (l, ji) => `\\frac{\\partial J}{\\partial \\theta^{${l}}_{${ji}}}`],
  [/^new_theta(\d)_(\d\d)$/, (l, ji) => `\\theta'^{${l}}_{${ji}}`],
  [/^([az])(\d)_(\d)$/, (v, l, j) => `${v}^{${l}}_{${j}}`],
  [/^sprime2_(\d)$/, (j) => `s'(z^{2}_{${j}})`],
  [/^delta2_(\d)$/, (j) => `\\delta^{2}_{${j}}`],
  // The graph chapter; a digit is a diamond of the chain (chain=k, graphChain.ts): c1 is c₁.
  [/^([a-e])(\d+)$/, (v, i) => `${v}_{${i}}`],
  [/^d([a-e]\d*)_d([a-e]\d*)$/, (f, x) => `\\frac{\\partial ${texSymbol(f)}}{\\partial ${texSymbol(x)}}`],
  [/^t_([ab]\d*)_([a-e]\d*)$/, (x, f) => `\\dot{${texSymbol(f)}}_{${texSymbol(x)}}`],
];

/** The TeX symbol of a quantity id; unknown ids are returned as \text{…} so nothing is lost. */
export function texSymbol(id: string): string {
  if (FIXED[id]) return FIXED[id];
  for (const [re, make] of PATTERNS) {
    const m = re.exec(id);
    if (m) return make(...m.slice(1));
  }
  return `\\text{${id.replace(/[^A-Za-z0-9 ]/g, ' ')}}`;
}

/**
 * Boxes every occurrence of the `boxed` quantities' symbols in a TeX formula, leaving the
 * `protect`ed symbols whole (z²₁ inside the name s'(z²₁) of the quantity being written is not a
 * cached term): the view uses it to show which terms of the current formula come from the cache.
 * A symbol matches only as a whole token: the d of \partial or the c of \cdot is never boxed.
 */
export function boxSymbols(tex: string, boxed: readonly string[], protect: readonly string[] = []): string {
  // Longest first, so that a symbol inside a longer one is taken with the longer one.
  const byLength = (ids: readonly string[]) => [...new Set(ids.map(texSymbol))].sort((a, b) => b.length - a.length);
  const token = (sym: string) =>
    new RegExp(`(?<![\\\\A-Za-z])${sym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g');
  // Placeholders are made of control characters, which no symbol contains.
  const slot = (kind: string, k: number) => `\u0000${kind}${String.fromCharCode(0x10 + k)}\u0000`;
  const kept = byLength(protect);
  const hits = byLength(boxed);
  let out = tex;
  kept.forEach((sym, k) => (out = out.replace(token(sym), slot('\u0001', k))));
  hits.forEach((sym, k) => (out = out.replace(token(sym), slot('\u0002', k))));
  hits.forEach((sym, k) => (out = out.split(slot('\u0002', k)).join(`\\boxed{${sym}}`)));
  kept.forEach((sym, k) => (out = out.split(slot('\u0001', k)).join(sym)));
  return out;
}

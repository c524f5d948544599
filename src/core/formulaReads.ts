/**
 * Which quantities a symbolic formula shows (SPEC §4.2: a step's reads are exactly these). The
 * same whole-token, longest-first matching as boxSymbols, so what is read is what can be boxed.
 */
import { texSymbol } from './tex';

/**
 * TeX that is a rule for any index or a name, not one quantity's value: J in ∂J/∂θˡⱼᵢ is not the
 * value of J, nor is J(θ′), the loss at the new weights.
 */
export const NOTATION: readonly string[] = [
  '\\frac{\\partial J}{\\partial \\theta^{l}_{ji}}',
  '\\theta^{l}_{ji}',
  "J(\\theta')",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const token = (sym: string) => new RegExp(`(?<![\\\\A-Za-z])${escape(sym)}(?![A-Za-z])`, 'g');

/**
 * How often each of `ids` occurs in `tex`, the `names` (what the step writes or names on its
 * left) and NOTATION taken out first, longer symbols before the shorter ones they contain.
 */
export function symbolCounts(
  tex: string,
  ids: readonly string[],
  names: readonly string[] = [],
  symbol: (id: string) => string = texSymbol,
): Map<string, number> {
  const kept = [...names.map((id) => symbol(id)), ...NOTATION];
  const own = new Map(ids.filter((id) => !names.includes(id)).map((id) => [symbol(id), id]));
  // Only symbols that occur as text at all need a whole-token match.
  const all = [...new Set([...kept, ...own.keys()])].filter((sym) => tex.includes(sym)).sort((a, b) => b.length - a.length);
  const counts = new Map<string, number>();
  let rest = tex;
  for (const sym of all) {
    rest = rest.replace(token(sym), () => {
      const id = kept.includes(sym) ? undefined : own.get(sym);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      return '\u0000';
    });
  }
  return counts;
}

/** The quantities among `ids` that the formula shows, in the order of `ids`. */
export function symbolsIn(
  tex: string,
  ids: readonly string[],
  names: readonly string[] = [],
  symbol: (id: string) => string = texSymbol,
): string[] {
  const counts = symbolCounts(tex, ids, names, symbol);
  return ids.filter((id) => counts.has(id));
}

import { describe, expect, it } from 'vitest';
import { boxSymbols, texSymbol } from './tex';

describe('TeX symbols', () => {
  it('write ids in the source notation', () => {
    expect(texSymbol('theta1_12')).toBe('\\theta^{1}_{12}');
    expect(texSymbol('grad_theta2_10')).toBe('\\frac{\\partial J}{\\partial \\theta^{2}_{10}}');
    expect(texSymbol('sprime2_1')).toBe("s'(z^{2}_{1})");
    expect(texSymbol('de_dc')).toBe('\\frac{\\partial e}{\\partial c}');
  });

  it('box the cached terms of a formula, a symbol inside a longer one untouched', () => {
    const tex = "\\delta^{2}_{1} = \\theta^{2}_{11}\\,\\delta^{3}\\,s'(z^{2}_{1})";
    expect(boxSymbols(tex, ['delta3', 'sprime2_1'])).toBe(
      "\\delta^{2}_{1} = \\theta^{2}_{11}\\,\\boxed{\\delta^{3}}\\,\\boxed{s'(z^{2}_{1})}",
    );
    expect(boxSymbols("s'(z^{2}_{1}) = a^{2}_{1}", ['z2_1', 'a2_1'], ['sprime2_1'])).toBe(
      "s'(z^{2}_{1}) = \\boxed{a^{2}_{1}}",
    );
  });

  it('box a one-letter symbol only where it stands alone', () => {
    expect(boxSymbols('\\frac{\\partial e}{\\partial c} = d', ['d'], ['de_dc'])).toBe('\\frac{\\partial e}{\\partial c} = \\boxed{d}');
    expect(boxSymbols('e = c \\cdot d', ['c', 'd'], ['e'])).toBe('e = \\boxed{c} \\cdot \\boxed{d}');
    expect(boxSymbols('c = a + b', ['a', 'b'], ['c'])).toBe('c = \\boxed{a} + \\boxed{b}');
  });
});

import { describe, expect, it } from 'vitest';
import { formatLog, formatNumber, formatShown, logValueAttr, quantityAttr, quantityText, texNumber, valueAttr } from './format';

describe('number display', () => {
  it('rounds to four significant digits without trailing zeros or -0', () => {
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.00001234)).toBe('-1.234e-5');
    expect(formatNumber(1234567)).toBe('1.235e6');
    expect(formatNumber(12345.6)).toBe('12346');
    expect(formatNumber(-999999.4)).toBe('-999999');
    expect(formatNumber(9999.96)).toBe('10000');
    expect(formatNumber(NaN)).toBe('—');
  });

  it('writes e^1000 from its logarithm, never Infinity', () => {
    expect(logValueAttr(1000)).toBe('1.97007111401705e434');
    expect(formatLog(1000)).toBe('1.97×10⁴³⁴');
    expect(logValueAttr(-1000)).toMatch(/^5\.07595889754\d*e-435$/);
  });

  it('keeps full precision in data-value and wraps negative factors in TeX', () => {
    expect(valueAttr(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(valueAttr(-0)).toBe('0');
    expect(texNumber(-0.5)).toBe('(-0.5)');
    expect(texNumber(-0.5, false)).toBe('-0.5');
    expect(texNumber(3e-7)).toBe('3\\times 10^{-7}');
  });
});

describe('numbers for people', () => {
  it('write powers of ten one way, ×10 with a superscript, in tables and figure alike', () => {
    expect(formatShown(-0.00001234)).toBe('-1.234×10⁻⁵');
    expect(formatShown(1234567)).toBe('1.235×10⁶');
    expect(formatShown(0.8808)).toBe('0.8808');
    expect(formatShown(4.248e-18, 4, true)).toBe('4.25×10⁻¹⁸');
    expect(formatShown(-6.793e-15, 4, true)).toBe('-6.79×10⁻¹⁵');
  });

  it('show underflowed and subnormal values from their logarithm, as overflow', () => {
    // e^{−1000} is 0 as a double, s(−745) a subnormal 4.941e-324: neither is the value.
    expect(quantityText(0, -1000)).toBe('5.08×10⁻⁴³⁵');
    expect(quantityAttr(0, -1000)).toBe('5.07595889754946e-435');
    const lnS745 = -745 - Math.log1p(Math.exp(-745));
    expect(quantityText(5e-324, lnS745)).toBe('2.82×10⁻³²⁴');
    expect(quantityAttr(5e-324, lnS745)).toMatch(/^2\.8\d{13}e-324$/);
    expect(quantityText(-0, -1000)).toBe('-5.08×10⁻⁴³⁵');
    expect(quantityText(Infinity, 1000)).toBe('1.97×10⁴³⁴');
    expect(quantityText(0.25, Math.log(0.25))).toBe('0.25');
    expect(quantityAttr(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});

import { describe, expect, it } from 'vitest';
import { formatLog, formatNumber, logValueAttr, texNumber, valueAttr } from './format';

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
    expect(formatLog(1000)).toBe('1.97×10^434');
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

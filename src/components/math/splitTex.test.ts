import { describe, expect, it } from 'vitest';
import { layouts, rowsOf } from './splitTex';

describe('layouts of a long formula', () => {
  it('breaks a chain of equalities at its top-level = signs only', () => {
    const tex = 'z^{3} = \\theta_{0} + \\left( a = b \\right) = {c = d} = 0.18';
    expect(layouts(tex)[1]).toBe('\\begin{aligned}z^{3} &= \\theta_{0} + \\left( a = b \\right) \\\\ &= {c = d} \\\\ &= 0.18\\end{aligned}');
  });

  it('breaks before binary + and − but never after a sign or inside braces', () => {
    const tex = 'J = -0.5 \\cdot -1 + e^{-z} - 2';
    expect(layouts(tex).at(-1)).toBe('\\begin{aligned}J &= -0.5 \\cdot -1 \\\\ &\\quad {}+ e^{-z} \\\\ &\\quad {}- 2\\end{aligned}');
  });

  it('reads the rows of a gathered block and equations set side by side', () => {
    const tex = '\\begin{gathered}\\theta^{1} := \\begin{bmatrix}1 & 2\\end{bmatrix} - 0.5 = 3 \\\\ b = 4 \\qquad c = 5\\end{gathered}';
    expect(rowsOf(tex)).toEqual(['\\theta^{1} := \\begin{bmatrix}1 & 2\\end{bmatrix} - 0.5 = 3', 'b = 4', 'c = 5']);
    expect(layouts(tex)[2]).toBe(
      '\\begin{aligned}\\theta^{1} &:= \\begin{bmatrix}1 & 2\\end{bmatrix} \\\\ &\\quad {}- 0.5 \\\\ &= 3 \\\\ b &= 4 \\\\ c &= 5\\end{aligned}',
    );
  });

  it('re-aligns an aligned block and leaves a formula with nothing to break as it is', () => {
    expect(rowsOf('\\begin{aligned} s &= a \\\\ &= b \\end{aligned}')).toEqual(['s = a', '= b']);
    expect(layouts('\\frac{a}{b} = c')).toEqual(['\\frac{a}{b} = c']);
  });

  it('does not take two environments side by side for one block', () => {
    expect(rowsOf('\\begin{aligned}a\\end{aligned} = \\begin{aligned}b\\end{aligned}')).toHaveLength(1);
  });
});

describe('a long formula', () => {
  it('is split at every top-level relation and operator, however long', () => {
    const terms = Array.from({ length: 3000 }, (_, k) => `\\theta_{${k}} x_{${k}}`);
    const tex = `z = ${terms.join(' + ')} = 1`;
    const broken = layouts(tex).at(-1)!;
    expect(broken.split('\\\\')).toHaveLength(3001);
    expect(layouts(tex)[1]).toBe(`\\begin{aligned}z &= ${terms.join(' + ')} \\\\ &= 1\\end{aligned}`);
  });
});

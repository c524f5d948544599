import { describe, expect, it } from 'vitest';
import { shapeOf } from './fitter';

describe('the shape a fit is remembered by', () => {
  it('keeps every character but the digits, so equal shapes set equally wide', () => {
    expect(shapeOf('a^{3} = -0.125 + 1.5')).toBe('a^{0} = -0.000 + 0.0');
    expect(shapeOf('-0.125')).toBe(shapeOf('-9.876'));
    expect(shapeOf('0.125')).not.toBe(shapeOf('-0.125'));
    expect(shapeOf('0.12')).not.toBe(shapeOf('0.125'));
  });
});

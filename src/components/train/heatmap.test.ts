import { describe, expect, it } from 'vitest';
import { domainOf, paintHeatmap, rgbOf } from './heatmap';

describe('heatmap', () => {
  it('reads the palette in every form a stylesheet may hold', () => {
    expect(rgbOf('#fff')).toEqual([255, 255, 255]);
    expect(rgbOf(' #0b5cad')).toEqual([11, 92, 173]);
    expect(rgbOf('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(rgbOf('var(--x)')).toEqual([128, 128, 128]);
  });

  it('is the background at 0.5, leans to each label’s colour away from it, and copies rows top to bottom', () => {
    const px = new Uint8ClampedArray(4 * 4);
    // Row 0 (top): 0.5 and 1; row 1: 0 and NaN.
    paintHeatmap(px, [0.5, 1, 0, NaN], 2, [200, 0, 0], [0, 0, 200], [255, 255, 255], 0.5);
    expect([...px.slice(0, 4)]).toEqual([255, 255, 255, 255]);
    expect([...px.slice(4, 8)]).toEqual([128, 128, 228, 255]);
    expect([...px.slice(8, 12)]).toEqual([228, 128, 128, 255]);
    expect([...px.slice(12, 16)]).toEqual([255, 255, 255, 255]);
  });

  it('keeps the custom view fixed while points stay inside it', () => {
    expect(domainOf([[0.2, 1.4, 1]], true)).toEqual({ x: [-1.5, 1.5], y: [-1.5, 1.5] });
    const wide = domainOf([[3, 0, 1]], true);
    expect(wide.x[1]).toBeGreaterThan(3);
    const logic = domainOf([[0, 0, 0], [1, 1, 0]]);
    expect(logic.x[0]).toBeLessThan(0);
    expect(logic.x[1]).toBeGreaterThan(1);
  });
});

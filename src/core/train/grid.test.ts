import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { predict, workspace, type Label } from '../engine';
import { accuracyOf, predictGrid } from './grid';

const value = fc.double({ min: -5, max: 5, noNaN: true });
const net = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }).chain((rest) => {
  const layers = [2, ...rest];
  return fc.record({
    layers: fc.constant(layers),
    theta: fc.tuple(...layers.slice(1).map((s, k) => fc.array(value, { minLength: s * (layers[k] + 1), maxLength: s * (layers[k] + 1) }))),
  });
});

test.prop([net, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })])('the heatmap holds the output at each cell’s centre, row 0 at the top', ({ layers, theta }, cols, rows) => {
  const K = layers.at(-1)!;
  const grid = { x1: [-1, 2] as const, x2: [-0.5, 1.5] as const, cols, rows };
  const ws = workspace(layers);
  for (let k = 0; k < K; k++) {
    const out = predictGrid(layers, theta, grid, k);
    expect(out).toHaveLength(cols * rows);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = [-1 + (c + 0.5) * (3 / cols), 1.5 - (r + 0.5) * (2 / rows)];
        expect(out[r * cols + c]).toBe(Math.fround(predict(ws, theta, x)[k]));
      }
    }
  }
});

test.prop([net, fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 10 })])('accuracy counts the points whose every output is on the right side of 0.5', ({ layers, theta }, xs) => {
  const K = layers.at(-1)!;
  const ws = workspace(layers);
  const samples = xs.map(([x1, x2], i) => ({ x: [x1, x2], y: Array.from({ length: K }, (_, k) => ((i + k) % 2) as Label) }));
  const right = samples.filter((s) => [...predict(ws, theta, s.x)].every((a, k) => (s.y[k] === 1 ? a > 0.5 : a < 0.5))).length;
  expect(accuracyOf(layers, theta, samples)).toBe(right / samples.length);
});

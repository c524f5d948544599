import { describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DATASETS } from '../url';
import { batchProblem, batchSizeOf, dataSetOf, extentOf, type DataKeys } from './datasets';

const keys = (over: Partial<DataKeys>): DataKeys => ({ dataset: 'xor', n: 100, noise: 0.1, seed: null, points: null, layers: [2, 2, 1], ...over });

describe('data sets', () => {
  it('xor, and, or are exactly the four points with their truth tables', () => {
    const corners = [[0, 0], [0, 1], [1, 0], [1, 1]];
    const tables = { xor: [0, 1, 1, 0], and: [0, 0, 0, 1], or: [0, 1, 1, 1] };
    for (const [name, labels] of Object.entries(tables)) {
      const { samples, problem } = dataSetOf(keys({ dataset: name as 'xor' }));
      expect(problem).toBeNull();
      expect(samples.map((s) => s.x)).toEqual(corners);
      expect(samples.map((s) => s.y)).toEqual(labels.map((y) => [y]));
    }
    // With K outputs every output carries the label.
    expect(dataSetOf(keys({ layers: [2, 3, 2] })).samples[1].y).toEqual([1, 1]);
  });

  test.prop([fc.constantFrom('circles', 'moons', 'blobs' as const), fc.integer({ min: 10, max: 500 }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.option(fc.integer({ min: -1e9, max: 1e9 })), fc.integer({ min: 1, max: 4 })], { numRuns: 40 })(
    'circles, moons, blobs: n points in range, both classes, the same for the same keys',
    (dataset, n, noise, seed, K) => {
      const k = keys({ dataset, n, noise, seed, layers: [2, 3, K] });
      const { samples, problem } = dataSetOf(k);
      expect(problem).toBeNull();
      expect(samples).toHaveLength(n);
      expect(dataSetOf(k)).toEqual({ samples, problem });
      // Radius 1 (or 1.5 for the moons' offset), plus the Gaussian noise: 8 sd bounds it.
      const bound = 1.6 + 8 * (noise + 0.15);
      expect(samples.every((s) => s.x.length === 2 && s.x.every((x) => Math.abs(x) < bound))).toBe(true);
      expect(samples.every((s) => s.y.length === K)).toBe(true);
      const oneHot = dataset === 'blobs' && K > 1;
      expect(samples.every((s) => (oneHot ? s.y.filter((y) => y === 1).length === 1 : new Set(s.y).size === 1))).toBe(true);
      const classes = dataset === 'blobs' ? Math.max(2, K) : 2;
      expect(new Set(samples.map((s) => s.y.join())).size).toBe(Math.min(classes, n));
    },
    60_000,
  );

  it('another seed gives other points; no seed is seed 1', () => {
    const a = dataSetOf(keys({ dataset: 'circles', seed: 1 })).samples;
    expect(dataSetOf(keys({ dataset: 'circles' })).samples).toEqual(a);
    expect(dataSetOf(keys({ dataset: 'circles', seed: 2 })).samples).not.toEqual(a);
  });

  it('uses only operations every browser rounds alike (no cos, sin, log, exp)', () => {
    const spies = (['cos', 'sin', 'log', 'exp', 'log1p', 'pow'] as const).map((f) => vi.spyOn(Math, f));
    for (const dataset of ['circles', 'moons', 'blobs'] as const) dataSetOf(keys({ dataset, n: 500, noise: 0.3, layers: [2, 4, 3] }));
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('noise 0 gives the clean shapes', () => {
    for (const s of dataSetOf(keys({ dataset: 'circles', noise: 0 })).samples) {
      const r = Math.hypot(s.x[0], s.x[1]);
      expect(s.y[0] === 1 ? r <= 0.5 : r >= 0.7 && r <= 1).toBe(true);
    }
  });

  it('custom is the points; problems are named, not thrown', () => {
    const points = [[0.5, -1, 1], [2, 3, 0]];
    expect(dataSetOf(keys({ dataset: 'custom', points })).samples).toEqual([{ x: [0.5, -1], y: [1] }, { x: [2, 3], y: [0] }]);
    expect(dataSetOf(keys({ dataset: 'custom' }))).toEqual({ samples: [], problem: 'train.problem.noPoints' });
    for (const dataset of DATASETS) expect(dataSetOf(keys({ dataset, points, layers: [3, 2, 1] }))).toEqual({ samples: [], problem: 'train.problem.inputs' });
  });

  it('batch sizes and the extent', () => {
    expect(batchSizeOf(null, 40)).toBe(40);
    expect(batchSizeOf(500, 40)).toBe(40);
    expect(batchSizeOf(8, 40)).toBe(8);
    expect(batchProblem(500, 40)).toBe('batch');
    expect(batchProblem(40, 40)).toBeNull();
    expect(extentOf(dataSetOf(keys({})).samples)).toEqual({ x1: [-0.1, 1.1], x2: [-0.1, 1.1] });
  });
});

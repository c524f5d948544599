import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { lossOf, runBatch, updated, type Label, type Sample } from '../engine';
import { accuracyOf } from './grid';
import { createTrainer, WEIGHT_LIMIT, type TrainConfig } from './trainer';

/** An independent full-batch gradient descent: plain arrays, its own forward and backward, same addition order. */
function plainDescent(layers: number[], theta0: number[][], samples: Sample[], alpha: number, lambda: number, epochs: number) {
  const s = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const softplus = (z: number) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  const L = layers.length;
  const m = samples.length;
  let theta = theta0.map((t) => [...t]);
  const loss = () => {
    let total = 0;
    let sq = 0;
    for (const { x, y } of samples) {
      let a = [...x];
      let z: number[] = [];
      for (let l = 0; l < L - 1; l++) {
        z = [];
        for (let j = 0; j < layers[l + 1]; j++) {
          let sum = theta[l][j * (layers[l] + 1)];
          for (let i = 0; i < layers[l]; i++) sum += theta[l][j * (layers[l] + 1) + 1 + i] * a[i];
          z.push(sum);
        }
        a = z.map(s);
      }
      let term = 0;
      z.forEach((zk, k) => (term += y[k] === 1 ? softplus(-zk) : softplus(zk)));
      total += term;
    }
    theta.forEach((t, l) => t.forEach((w, i) => (sq += i % (layers[l] + 1) === 0 ? 0 : w * w)));
    return total / m + (lambda / (2 * m)) * sq;
  };
  for (let e = 0; e < epochs; e++) {
    const Delta = theta.map((t) => t.map(() => 0));
    for (const { x, y } of samples) {
      const as: number[][] = [[...x]];
      const zs: number[][] = [[]];
      for (let l = 0; l < L - 1; l++) {
        const z: number[] = [];
        for (let j = 0; j < layers[l + 1]; j++) {
          let sum = theta[l][j * (layers[l] + 1)];
          for (let i = 0; i < layers[l]; i++) sum += theta[l][j * (layers[l] + 1) + 1 + i] * as[l][i];
          z.push(sum);
        }
        zs.push(z);
        as.push(z.map(s));
      }
      let delta = zs[L - 1].map((z, k) => (y[k] === 1 ? -s(-z) : s(z)));
      for (let l = L - 2; l >= 0; l--) {
        const w = layers[l] + 1;
        delta.forEach((d, j) => {
          Delta[l][j * w] += d;
          for (let i = 0; i < layers[l]; i++) Delta[l][j * w + 1 + i] += d * as[l][i];
        });
        if (l === 0) break;
        delta = as[l].map((_, i) => {
          let sum = 0;
          delta.forEach((d, j) => (sum += theta[l][j * w + 1 + i] * d));
          return sum * (s(zs[l][i]) * s(-zs[l][i]));
        });
      }
    }
    theta = theta.map((t, l) => t.map((w, i) => w - alpha * (Delta[l][i] / m + (i % (layers[l] + 1) === 0 ? 0 : (lambda / m) * w))));
  }
  return { theta, J: loss() };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const value = fc.double({ min: -3, max: 3, noNaN: true });

const problem = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 })
  .map((rest) => [2, ...rest])
  .chain((layers) =>
    fc.record({
      layers: fc.constant(layers),
      theta0: fc.tuple(...layers.slice(1).map((s, k) => fc.array(value, { minLength: s * (layers[k] + 1), maxLength: s * (layers[k] + 1) }))),
      samples: fc.array(
        fc.record({
          x: fc.array(value, { minLength: 2, maxLength: 2 }),
          y: fc.array(fc.constantFrom<Label>(0, 1), { minLength: layers.at(-1)!, maxLength: layers.at(-1)! }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      alpha: fc.double({ min: 0.01, max: 3, noNaN: true }),
      lambda: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2, noNaN: true })),
      epochs: fc.integer({ min: 0, max: 200 }),
    }),
  );

const XOR: Sample[] = [
  { x: [0, 0], y: [0] },
  { x: [0, 1], y: [1] },
  { x: [1, 0], y: [1] },
  { x: [1, 1], y: [0] },
];
const base: TrainConfig = { layers: [2, 2, 1], theta0: [[0.1, 0.4, -0.3, -0.2, 0.7, 0.5], [0.2, -0.6, 0.9]], samples: XOR, alpha: 0.5, lambda: 0.1, batch: null, seed: 1 };

describe('trainer, full batch', () => {
  test.prop([problem], { numRuns: 60 })('equals a plain full-batch gradient descent', ({ layers, theta0, samples, alpha, lambda, epochs }) => {
    const t = createTrainer({ layers, theta0, samples, alpha, lambda, batch: null, seed: 7 });
    t.goTo(epochs);
    // With α·λ/m > 2 the weights grow without bound: the trainer stops before a weight leaves
    // WEIGHT_LIMIT, where the plain descent's next epoch indeed leaves it.
    const reached = t.epoch;
    expect(reached === epochs || t.diverged === reached + 1).toBe(true);
    if (t.diverged !== null) expect(plainDescent(layers, theta0, samples, alpha, lambda, reached + 1).theta.flat().some((w) => !(Math.abs(w) <= WEIGHT_LIMIT))).toBe(true);
    const ref = plainDescent(layers, theta0, samples, alpha, lambda, reached);
    t.weights().forEach((row, l) => row.forEach((w, i) => expect(close(w, ref.theta[l][i])).toBe(true)));
    expect(close(t.record().J, ref.J)).toBe(true);
  }, 60_000);

  it('one epoch is the engine’s update, bit for bit', () => {
    const t = createTrainer(base);
    const r = runBatch(base.layers, base.theta0, XOR, base.lambda);
    expect(t.record(0).J).toBe(r.J);
    expect(t.nextGradient().map((g) => [...g])).toEqual(r.D.map((g) => [...g]));
    t.run(1);
    expect(t.weights()).toEqual(updated(base.theta0, r.D, base.alpha));
    expect(t.record(1).gradNorm[1]).toBe(Math.sqrt(r.D[1].reduce((s, g) => s + g * g, 0)));
  });

  it('the 2-2-1 kernel and the general one train to the same bits', () => {
    const fast = createTrainer({ ...base, alpha: 3 });
    const general = createTrainer({ ...base, alpha: 3, kernel: 'general' });
    fast.goTo(500);
    general.goTo(500);
    expect(fast.weights()).toEqual(general.weights());
    expect([...fast.series().J]).toEqual([...general.series().J]);
  });

  it('goes back and forth to the same weights and records', () => {
    const t = createTrainer({ ...base, alpha: 2 });
    t.goTo(3000);
    const w3000 = t.weights();
    const J = Float64Array.from(t.series().J);
    t.goTo(2999);
    t.goTo(1234);
    const w1234 = t.weights();
    t.reset();
    expect(t.epoch).toBe(0);
    expect(t.weights()).toEqual(base.theta0);
    t.run(1234);
    expect(t.weights()).toEqual(w1234);
    t.goTo(3000);
    expect(t.weights()).toEqual(w3000);
    expect([...t.series().J]).toEqual([...J]);
  });

  it('reaches a far epoch in budgeted slices, reporting progress', () => {
    let clock = 0;
    const now = () => (clock += 1);
    const t = createTrainer({ ...base, samples: Array.from({ length: 100 }, (_, i) => XOR[i % 4]) });
    const fractions: number[] = [];
    for (let p = t.advance(2000, 3, now); !p.done; p = t.advance(2000, 3, now)) fractions.push(p.fraction);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const direct = createTrainer({ ...base, samples: Array.from({ length: 100 }, (_, i) => XOR[i % 4]) });
    direct.goTo(2000);
    expect(t.weights()).toEqual(direct.weights());
  });

  it('stops before a slice as long as the last one would overrun the budget', () => {
    let clock = 0;
    // Every look at the clock finds one more millisecond gone: each slice takes 1 ms.
    const now = () => (clock += 1);
    const t = createTrainer({ ...base, samples: Array.from({ length: 300 }, (_, i) => XOR[i % 4]) });
    const start = clock + 1;
    const p = t.advance(1000, 3.5, now);
    expect(p.done).toBe(false);
    expect(clock - start).toBeLessThanOrEqual(3.5);
    expect(t.epoch).toBeGreaterThan(0);
  });
});

describe('trainer, mini-batches', () => {
  const data: Sample[] = Array.from({ length: 10 }, (_, i) => ({ x: [i / 10, (i * 7) % 10 / 10], y: [(i % 2) as Label] }));
  const config: TrainConfig = { ...base, samples: data, batch: 3 };

  it('visits every point once an epoch in ⌈m/b⌉ steps, the last smaller', () => {
    const t = createTrainer(config);
    expect(t.stepsPerEpoch).toBe(4);
    expect(t.nextBatch().indices).toHaveLength(3);
    // Replaying the epoch by hand with the engine, batch by batch, gives the trainer's weights.
    let theta: number[][] = base.theta0.map((r) => [...r]);
    const order: number[] = [];
    const probe = createTrainer(config);
    for (let s = 0; s < 4; s++) {
      const size = s < 3 ? 3 : 1;
      const shuffled = shuffledOrder(probe);
      const batch = shuffled.slice(s * 3, s * 3 + size);
      order.push(...batch);
      theta = updated(theta, runBatch(base.layers, theta, batch.map((i) => data[i]), base.lambda).D, base.alpha);
    }
    expect([...order].sort((a, b) => a - b)).toEqual(data.map((_, i) => i));
    t.run(1);
    expect(t.weights()).toEqual(theta);
  });

  it('same seed, same weights; another seed, another order', () => {
    const a = createTrainer(config);
    const b = createTrainer(config);
    const c = createTrainer({ ...config, seed: 2 });
    expect(c.nextBatch().indices).not.toEqual(a.nextBatch().indices);
    a.run(50);
    b.goTo(50);
    c.run(50);
    expect(a.weights()).toEqual(b.weights());
    expect(a.weights()).not.toEqual(c.weights());
  });

  it('the next batch’s gradient is what the next step applies', () => {
    const t = createTrainer(config);
    t.run(5);
    const { samples } = t.nextBatch();
    const r = runBatch(base.layers, t.weights(), samples, base.lambda);
    expect(t.nextGradient().map((g) => [...g])).toEqual(r.D.map((g) => [...g]));
  });
});

describe('trainer records', () => {
  it('J and accuracy of each epoch are those of its weights, bit for bit', () => {
    const samples: Sample[] = Array.from({ length: 9 }, (_, i) => ({ x: [Math.sin(i), Math.cos(3 * i)], y: [(i % 3 === 0 ? 1 : 0) as Label, (i % 2) as Label] }));
    for (const batch of [null, 2]) {
      const t = createTrainer({ layers: [2, 3, 2], theta0: [[0.5, -1, 0.3, 0.2, 0.1, -0.4, 0.9, -0.8, 0.6], [0.1, 0.2, -0.3, 0.4, -0.5, 0.6, 0.7, -0.8]], samples, alpha: 1.5, lambda: 0.2, batch, seed: 3 });
      for (const e of [0, 1, 7, 40]) {
        t.goTo(e);
        expect(t.record().J).toBe(lossOf([2, 3, 2], t.weights(), samples, 0.2));
        expect(t.record().accuracy).toBe(accuracyOf([2, 3, 2], t.weights(), samples));
      }
      expect(t.series().J).toHaveLength(41);
    }
  });

  it('an empty data set trains nothing and reports no NaN', () => {
    const t = createTrainer({ ...base, samples: [] });
    expect(t.advance(10, Infinity)).toEqual({ epoch: 0, target: 0, done: true, fraction: 1 });
    expect(t.record()).toEqual({ epoch: 0, J: 0, accuracy: 0, gradNorm: [0, 0] });
    expect(t.nextBatch().indices).toEqual([]);
  });
});

/** The trainer's order for its current epoch: the full order is the concatenation of the batches. */
function shuffledOrder(t: ReturnType<typeof createTrainer>): number[] {
  const big = createTrainer({ ...t.config, batch: t.m - 1 });
  big.goTo(t.epoch);
  const first = big.nextBatch().indices;
  return [...first, ...t.config.samples.map((_, i) => i).filter((i) => !first.includes(i))];
}

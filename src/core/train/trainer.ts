/**
 * Training (SPEC §8): the update step of §7 repeated, epoch after epoch, deterministic from the
 * config alone, so `epoch=N` in a link gives the same weights everywhere.
 *
 * One epoch with batch = m is one full-batch step θ := θ − α·D. With batch b < m the points are
 * visited in an order shuffled for each epoch (shuffleOrder: from the seed and the epoch number
 * alone, so any epoch can be recomputed on its own), ⌈m/b⌉ steps, each with §7's D of its batch
 * (1/b, λ/b; the last batch may be smaller).
 *
 * Records per epoch e (the weights after e epochs): J of the whole data set (λ term included),
 * accuracy, and ‖D^l‖ of the last step of epoch e (for e = 0: of the step the first epoch starts
 * with). The config is fixed: a change of α, λ, batch, data or initial weights is a new trainer.
 */
import { DEFAULT_DATA_SEED, batchSizeOf } from './datasets';
import { accumulate, createNet, packData, setTheta, squares, thetaOf, type Data, type Net } from './kernel';
import { applyUpdate, gradientOf, norm, regularizationOf } from './update';
import { MAX_EPOCH, type NextBatch, type TrainConfig, type TrainProgress, type TrainRecord } from './types';
import { History } from './history';
import { accumulate221, applyUpdate221, isShape221 } from './kernel221';
import { shuffleOrder } from './shuffle';

export { WEIGHT_LIMIT } from './update';
export { MAX_EPOCH, type NextBatch, type TrainConfig, type TrainProgress, type TrainRecord } from './types';

/** Snapshots every so many sample-steps, so going back one epoch recomputes at most this many. */
const SNAPSHOT_SAMPLES = 8192;
/**
 * How many sample-steps run between two looks at the clock in advance(): a look costs far less
 * than 256 sample-steps, and a frame's budget is overrun by at most that much work.
 */
const CLOCK_SAMPLES = 256;

export class Trainer {
  readonly config: TrainConfig;
  readonly m: number;
  /** The batch size used, b. */
  readonly batchSize: number;
  readonly stepsPerEpoch: number;
  private readonly net: Net;
  private readonly data: Data;
  private readonly seed: number;
  private readonly order: Int32Array;
  private readonly norms: Float64Array;
  private readonly history: History;
  private readonly snapshots = new Map<number, Float64Array>();
  private readonly interval: number;
  private readonly views: Float64Array[];
  /** The seed's shape: its batches go through the 2-2-1 kernel. */
  private readonly is221: boolean;
  /** Epochs until the next snapshot is due. */
  private untilSnapshot = 0;
  private current = 0;
  private divergedAt: number | null = null;

  constructor(config: TrainConfig) {
    const { layers, samples } = config;
    this.config = config;
    this.m = samples.length;
    this.batchSize = batchSizeOf(config.batch, this.m);
    this.stepsPerEpoch = this.m === 0 ? 0 : Math.ceil(this.m / this.batchSize);
    this.net = createNet(layers);
    this.data = packData(samples, layers[0], layers[layers.length - 1]);
    this.seed = config.seed ?? DEFAULT_DATA_SEED;
    this.order = new Int32Array(this.m);
    this.norms = new Float64Array(layers.length - 1);
    this.history = new History(layers.length - 1);
    this.interval = Math.max(1, Math.ceil(SNAPSHOT_SAMPLES / Math.max(1, this.m)));
    this.is221 = isShape221(layers) && config.kernel !== 'general';
    this.views = Array.from({ length: layers.length - 1 }, (_, k) => this.net.theta.subarray(this.net.tOff[k], this.net.tOff[k + 1]));
    this.reset();
  }

  /** Back to epoch 0 and the same initial weights (records already computed stay valid). */
  reset(): void {
    setTheta(this.net, this.config.theta0);
    this.current = 0;
    this.untilSnapshot = this.interval;
    if (!this.snapshots.has(0)) {
      this.snapshots.set(0, Float64Array.from(this.net.theta));
      this.firstRecord();
    }
  }

  /** Epochs done. */
  get epoch(): number {
    return this.current;
  }

  /** The epoch whose update left WEIGHT_LIMIT (training stops one before it), or null. */
  get diverged(): number | null {
    return this.divergedAt;
  }

  /** The current θ¹ … θ^{L−1}, new arrays. */
  weights(): number[][] {
    return thetaOf(this.net);
  }

  /** The current θ per layer as live views (no copy; they change as training runs: copy to keep). */
  thetaViews(): readonly Float64Array[] {
    return this.views;
  }

  /** The record of epoch e (default: the current one); e must be ≤ the current epoch. */
  record(e = this.current): TrainRecord {
    return this.history.record(Math.min(e, this.current));
  }

  /** J, accuracy and ‖D^l‖ of epochs 0 … current, as views (copy to keep). */
  series(): { J: Float64Array; accuracy: Float64Array; gradNorm: Float64Array[] } {
    return this.history.series(this.current + 1);
  }

  /** Runs n more epochs (at once: for many sample-steps use advance()). */
  run(n: number): void {
    this.goTo(this.current + n);
  }

  /** Epoch N exactly, back or forward; going back restores a snapshot and recomputes from it. */
  goTo(target: number): void {
    this.advance(target, Infinity);
  }

  /**
   * Towards epoch `target`, for at most `budgetMs` (read from `now`): the UI calls it once a
   * frame until done, so a long way (epoch=100000) shows its progress and never blocks input.
   */
  advance(target: number, budgetMs: number, now: () => number = () => performance.now()): TrainProgress {
    // No points, nothing to train on: the trainer stays at epoch 0.
    const limit = this.m === 0 ? 0 : this.divergedAt === null ? MAX_EPOCH : this.divergedAt - 1;
    const goal = Math.max(0, Math.min(Math.floor(target), limit));
    const start = budgetMs === Infinity ? 0 : now();
    this.history.reserve(goal);
    if (goal < this.current) this.restore(goal);
    const perCheck = Math.max(1, Math.floor(CLOCK_SAMPLES / Math.max(1, this.m)));
    let since = 0;
    let last = start;
    while (this.current < goal) {
      if (!this.stepEpoch()) {
        this.divergedAt = this.current + 1;
        this.restore(this.current);
        break;
      }
      if (++since >= perCheck) {
        since = 0;
        if (budgetMs !== Infinity) {
          // Stop when the next slice, as long as the last one, would end past the budget.
          const t = now();
          const slice = t - last;
          last = t;
          if (t - start + slice > budgetMs) break;
        }
      }
    }
    this.ensureRecord();
    const done = this.current === goal || this.divergedAt !== null;
    return { epoch: this.current, target: goal, done, fraction: done || goal === 0 ? 1 : this.current / goal };
  }

  /** The points the next step will use (for "Open in stepper", SPEC §10). */
  nextBatch(): NextBatch {
    const indices = Array.from({ length: Math.min(this.batchSize, this.m) }, (_, i) => i);
    if (this.batchSize < this.m) {
      const order = new Int32Array(this.m);
      shuffleOrder(order, this.seed, this.current);
      for (let i = 0; i < indices.length; i++) indices[i] = order[i];
    }
    return { indices, samples: indices.map((i) => this.config.samples[i]) };
  }

  /** D of the next step (the gradient the stepper shows for nextBatch()), per layer. */
  nextGradient(): Float64Array[] {
    const { indices } = this.nextBatch();
    accumulate(this.net, this.data, Int32Array.from(indices), 0, indices.length, true);
    const D = gradientOf(this.net, indices.length, this.config.lambda);
    this.net.Delta.fill(0);
    return D;
  }

  /** Forward and backward of a batch into Δ. */
  private pass(order: Int32Array | null, from: number, to: number): void {
    if (this.is221) accumulate221(this.net, this.data, order, from, to);
    else accumulate(this.net, this.data, order, from, to, true);
  }

  /** The update of a batch of b into θ, with ‖D^l‖ into this.norms; false when a weight left WEIGHT_LIMIT. */
  private update(b: number): boolean {
    const { net, config } = this;
    return this.is221 ? applyUpdate221(net, b, config.alpha, config.lambda, this.norms) : applyUpdate(net, b, config.alpha, config.lambda, this.norms);
  }

  /** One epoch on the net; false when a weight left WEIGHT_LIMIT (the net is then invalid). */
  private stepEpoch(): boolean {
    const { net, m, batchSize: b, config, history } = this;
    const e = this.current;
    let ok = true;
    if (b >= m) {
      // The full-batch pass at θ_e yields J and accuracy of epoch e on the way.
      this.pass(null, 0, m);
      history.setEval(e, net.loss / m + regularizationOf(net, config.lambda, m), net.correct / m);
      ok = this.update(m);
    } else {
      shuffleOrder(this.order, this.seed, e);
      for (let s = 0; s < m && ok; s += b) {
        const to = Math.min(s + b, m);
        this.pass(this.order, s, to);
        ok = this.update(to - s);
      }
    }
    if (!ok) return false;
    this.current = e + 1;
    history.setNorms(this.current, this.norms);
    if (b < m) this.evaluate();
    if (--this.untilSnapshot <= 0) {
      this.untilSnapshot = this.interval;
      if (!this.snapshots.has(this.current)) this.snapshots.set(this.current, Float64Array.from(net.theta));
    }
    return true;
  }

  /** J and accuracy at the current weights. */
  private evaluate(): void {
    const { net, data, m } = this;
    if (m === 0) return this.history.setEval(this.current, 0, 0);
    accumulate(net, data, null, 0, m, false);
    this.history.setEval(this.current, net.loss / m + regularizationOf(net, this.config.lambda, m), net.correct / m);
  }

  private ensureRecord(): void {
    if (!this.history.hasEval(this.current)) this.evaluate();
  }

  /** Epoch 0: J and accuracy at θ₀, and the norms of the first step's D. */
  private firstRecord(): void {
    this.evaluate();
    if (this.m === 0) return;
    const D = this.nextGradient();
    this.history.setNorms(0, D.map(norm));
  }

  /** The weights of epoch e ≤ the furthest reached: the snapshot at or before it, then forward. */
  private restore(e: number): void {
    const at = Math.floor(e / this.interval) * this.interval;
    this.net.theta.set(this.snapshots.get(at)!);
    squares(this.net);
    this.net.Delta.fill(0);
    this.current = at;
    this.untilSnapshot = this.interval;
    while (this.current < e) this.stepEpoch();
  }
}

export const createTrainer = (config: TrainConfig): Trainer => new Trainer(config);

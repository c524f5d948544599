/**
 * The decision heatmap and accuracy for any weights (the trainer's, or a stepper's), on the
 * trainer's flat kernel: a 100 × 100 grid is 10 000 forward passes with nothing allocated but
 * the result.
 */
import type { Layers, Sample } from '../engine';
import { accumulate, createNet, forward, packData, setTheta, type Net } from './kernel';

export interface Grid {
  /** The x₁ range, left to right. */
  x1: readonly [number, number];
  /** The x₂ range, bottom to top. */
  x2: readonly [number, number];
  cols: number;
  rows: number;
}

const nets = new WeakMap<Layers, Net>();
/** One net per shape array: the heatmap redraws every frame with the same `layers`. */
function netFor(layers: Layers, theta: readonly ArrayLike<number>[]): Net {
  let net = nets.get(layers);
  if (!net) nets.set(layers, (net = createNet(layers)));
  setTheta(net, theta);
  return net;
}

/**
 * Output a^L_k (k from 0) at the centre of every cell, row-major with row 0 at the top
 * (x₂ high), as a canvas ImageData is laid out: cell (c, r) is at
 * x₁ = lo + (c + ½)·w/cols, x₂ = hi − (r + ½)·h/rows. Writes into `out` when it has the size.
 */
export function predictGrid(layers: Layers, theta: readonly ArrayLike<number>[], grid: Grid, k = 0, out?: Float32Array): Float32Array {
  const { cols, rows } = grid;
  const result = out && out.length === cols * rows ? out : new Float32Array(cols * rows);
  const net = netFor(layers, theta);
  const o = net.uOff[net.L - 1] + k;
  const x = new Float64Array(layers[0]);
  const dx = (grid.x1[1] - grid.x1[0]) / cols;
  const dy = (grid.x2[1] - grid.x2[0]) / rows;
  for (let r = 0; r < rows; r++) {
    x[1] = grid.x2[1] - (r + 0.5) * dy;
    for (let c = 0; c < cols; c++) {
      x[0] = grid.x1[0] + (c + 0.5) * dx;
      forward(net, x, 0);
      result[r * cols + c] = net.a[o];
    }
  }
  return result;
}

/** Share of samples whose every output is on the right side of 0.5 (0 for no samples). */
export function accuracyOf(layers: Layers, theta: readonly ArrayLike<number>[], samples: readonly Sample[]): number {
  if (samples.length === 0) return 0;
  const net = netFor(layers, theta);
  accumulate(net, packData(samples, layers[0], layers[layers.length - 1]), null, 0, samples.length, false);
  return net.correct / samples.length;
}

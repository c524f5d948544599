/**
 * The trainer's records, one per epoch, in growable typed arrays: up to 100 000 epochs are a few
 * megabytes, and a chart reads them without an object per epoch.
 */
import type { TrainRecord } from './types';

export class History {
  private J = new Float64Array(256);
  private accuracy = new Float64Array(256);
  private norms: Float64Array[];
  /** Epochs whose J and accuracy are known (a full-batch epoch learns them on its next pass). */
  private known = new Uint8Array(256);

  constructor(private readonly layersOfWeights: number) {
    this.norms = Array.from({ length: layersOfWeights }, () => new Float64Array(256));
  }

  /** Room for epochs 0 … e, so that the setters need not check (advance() reserves its goal). */
  reserve(e: number): void {
    if (e < this.J.length) return;
    const size = Math.max(e + 1, this.J.length * 2);
    const grow = <T extends Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.J = grow(this.J);
    this.accuracy = grow(this.accuracy);
    this.known = grow(this.known);
    this.norms = this.norms.map(grow);
  }

  setEval(e: number, J: number, accuracy: number): void {
    this.J[e] = J;
    this.accuracy[e] = accuracy;
    this.known[e] = 1;
  }

  hasEval(e: number): boolean {
    return e < this.known.length && this.known[e] === 1;
  }

  setNorms(e: number, norms: ArrayLike<number>): void {
    for (let l = 0; l < this.layersOfWeights; l++) this.norms[l][e] = norms[l];
  }

  record(e: number): TrainRecord {
    return { epoch: e, J: this.J[e], accuracy: this.accuracy[e], gradNorm: this.norms.map((n) => n[e]) };
  }

  /** Views of epochs 0 … count − 1. */
  series(count: number): { J: Float64Array; accuracy: Float64Array; gradNorm: Float64Array[] } {
    return { J: this.J.subarray(0, count), accuracy: this.accuracy.subarray(0, count), gradNorm: this.norms.map((n) => n.subarray(0, count)) };
  }
}

/**
 * Training's share of each frame (SPEC §6: no training frame may be long); the frame that trains
 * (the cycle's quiet one, frameClock.ts) takes the shares of the frames since. It starts at
 * TRAIN_BUDGET_MS; after a missed frame (an interval between animation frames of 1.5 display
 * periods or more) it halves, down to MIN_MS, and it grows back by STEP_MS a frame on time. On a
 * laptop that keeps up nothing changes; on one whose frames run over, or while the machine is busy
 * with something else, training yields its time to the frame instead of adding to it.
 */

/** Milliseconds of training per frame on time: at CPU 4× slower, three of them (one cycle's) still leave a quiet frame on time. */
export const TRAIN_BUDGET_MS = 2.5;
/** Never less: training still moves on a machine that misses most frames. */
export const MIN_MS = 0.5;
/** Back from MIN_MS to TRAIN_BUDGET_MS in ~40 frames on time (0.7 s at 60 Hz). */
export const STEP_MS = 0.05;

export class FrameBudget {
  /** Milliseconds of training for the frame that began at the last `frame()` call. */
  ms = TRAIN_BUDGET_MS;
  /** The display's period: the shortest interval seen between two animation frames. */
  private period = Infinity;
  private last = NaN;

  /** An animation frame began at `now` (its timestamp); returns this frame's training time. */
  frame(now: number): number {
    const gap = now - this.last;
    this.last = now;
    if (!(gap > 0)) return this.ms;
    this.period = Math.min(this.period, gap);
    this.ms = gap >= 1.5 * this.period ? Math.max(MIN_MS, this.ms / 2) : Math.min(TRAIN_BUDGET_MS, this.ms + STEP_MS);
    return this.ms;
  }

  /** The loop stopped: the next frame's interval says nothing about frames missed. */
  rest(): void {
    this.last = NaN;
  }
}

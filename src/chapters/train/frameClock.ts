/**
 * Which view of the training chapter redraws in which frame (SPEC §6: no training frame may be
 * long). While the trainer moves, each frame redraws one slot in turn: the numbers (epoch, J,
 * accuracy, ‖θ‖, the controls and the store's epoch) every other frame, and one heavy view (the
 * plot, a chart, the network figure, the weight table) in between. Once the trainer stops, every
 * view is redrawn at once, so a paused or stepped state is exact everywhere.
 *
 * An external store: a view subscribes to its own version only, so a frame re-renders just the
 * view whose turn it is.
 */
import { useCallback, useSyncExternalStore } from 'react';

export const TRAIN_VIEWS = ['status', 'plot', 'loss', 'accuracy', 'norms', 'network', 'table'] as const;
export type TrainViewId = (typeof TRAIN_VIEWS)[number];

/** The order of the slots while moving: the numbers between every two heavy views. */
export const ROTATION: readonly TrainViewId[] = TRAIN_VIEWS.slice(1).flatMap((v) => ['status', v] as TrainViewId[]);

const each = <T>(value: T) => Object.fromEntries(TRAIN_VIEWS.map((v) => [v, value])) as Record<TrainViewId, T>;

export class FrameClock {
  /** Per view: a number bumped whenever it should redraw. */
  private readonly versions = each(0);
  /** Per view: the trainer's epoch when it was last redrawn. */
  private readonly epochs: Record<TrainViewId, number>;
  private turn = 0;
  private count = 0;
  private still = true;
  private readonly listeners = new Set<() => void>();

  constructor(epoch = 0) {
    this.epochs = each(epoch);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  version(view: TrainViewId): number {
    return this.versions[view];
  }

  /** True once the trainer stopped (every view shows its exact state); false while it moves. */
  get settled(): boolean {
    return this.still;
  }

  /** The oldest epoch any view shows. */
  get shownEpoch(): number {
    return Math.min(...TRAIN_VIEWS.map((v) => this.epochs[v]));
  }

  /**
   * One frame: the trainer is at `epoch`; `settled` says it stopped there. Returns the views
   * told to redraw (every one when settled, else the next in turn).
   */
  frame(epoch: number, settled: boolean): readonly TrainViewId[] {
    const views = settled ? TRAIN_VIEWS : [ROTATION[this.turn++ % ROTATION.length]];
    if (settled) this.turn = 0;
    this.count++;
    for (const v of views) {
      this.versions[v] = this.count;
      this.epochs[v] = epoch;
    }
    this.still = settled;
    for (const listener of this.listeners) listener();
    return views;
  }
}

/** The version of one view: the component re-renders only when its own turn comes. */
export function useFrameVersion(clock: FrameClock, view: TrainViewId): number {
  // A stable snapshot function: a new one each render would make React re-check it after every commit.
  const read = useCallback(() => clock.version(view), [clock, view]);
  return useSyncExternalStore(clock.subscribe, read);
}

/** Whether the trainer has stopped (the views draw their fine forms then). */
export function useSettled(clock: FrameClock): boolean {
  const read = useCallback(() => clock.settled, [clock]);
  return useSyncExternalStore(clock.subscribe, read);
}

/**
 * Which view of the training chapter redraws in which frame (SPEC §6: no training frame may be
 * long). While the trainer moves, the frames go in cycles of three, one cycle per heavy view (the
 * plot, a chart, the network figure, the weight table): the numbers (epoch, J, accuracy, ‖θ‖, the
 * controls and the store's epoch), then the heavy view, then a frame that redraws nothing. A view
 * off screen skips its cycle. Once the trainer stops, every view is redrawn at once, so a paused
 * or stepped state is exact everywhere, on screen or not.
 *
 * Why the quiet frame: at 4× CPU throttle a frame that redraws a view has little of its 16.7 ms
 * left for anything else, so the training (useTrainer.ts) waits for the quiet frame. Measured
 * alternately at 4×: the visible views' cycles without the quiet frame missed 7–10 % of frames,
 * with it 0.4–3.4 % (SPEC §6's p95 allows 5 %).
 *
 * An external store: a view subscribes to its own version only, so a frame re-renders just the
 * view whose turn it is.
 */
import { useCallback, useSyncExternalStore } from 'react';

export const TRAIN_VIEWS = ['status', 'plot', 'loss', 'accuracy', 'norms', 'network', 'table'] as const;
export type TrainViewId = (typeof TRAIN_VIEWS)[number];
export type HeavyView = Exclude<TrainViewId, 'status'>;
const HEAVY = TRAIN_VIEWS.slice(1) as readonly HeavyView[];
/** Frames per cycle: the numbers, one heavy view, nothing. */
export const CYCLE = 3;

const each = <T>(value: T) => Object.fromEntries(TRAIN_VIEWS.map((v) => [v, value])) as Record<TrainViewId, T>;

export class FrameClock {
  /** Per view: a number bumped whenever it should redraw. */
  private readonly versions = each(0);
  /** Per view: the trainer's epoch when it was last redrawn. */
  private readonly epochs: Record<TrainViewId, number>;
  /** The heavy views whose element is off screen (IntersectionObserver, useOnScreen). */
  private readonly hidden = new Set<HeavyView>();
  /** The heavy views on screen, in order: kept as `show()` changes, read every frame. */
  private onScreen: readonly HeavyView[] = HEAVY;
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

  /** The oldest epoch a view on screen shows (the numbers count as on screen). */
  get shownEpoch(): number {
    let oldest = this.epochs.status;
    for (const v of this.onScreen) oldest = Math.min(oldest, this.epochs[v]);
    return oldest;
  }

  /** Whether a heavy view's element is on screen; an off-screen view skips its turns while moving. */
  show(view: HeavyView, onScreen: boolean): void {
    if (onScreen) this.hidden.delete(view);
    else this.hidden.add(view);
    this.onScreen = HEAVY.filter((v) => !this.hidden.has(v));
  }

  /**
   * One frame: the trainer is at `epoch`; `settled` says it stopped there. Returns the views
   * told to redraw (every one when settled, else the current slot's, possibly none).
   */
  frame(epoch: number, settled: boolean): readonly TrainViewId[] {
    const views = settled ? TRAIN_VIEWS : this.slot();
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

  /** Whether the next frame, if the trainer still moves, redraws nothing (the frame training gets). */
  get quietNext(): boolean {
    return this.slotAt(this.turn).length === 0;
  }

  private slot(): readonly TrainViewId[] {
    return this.slotAt(this.turn++);
  }

  /** Slot `turn` of the cycles of the views on screen (with none on screen: the numbers every CYCLE frames). */
  private slotAt(turn: number): readonly TrainViewId[] {
    const onScreen = this.onScreen;
    const slot = turn % (CYCLE * Math.max(1, onScreen.length));
    const phase = slot % CYCLE;
    if (phase === 0) return ['status'];
    if (phase === 1 && onScreen.length > 0) return [onScreen[(slot - phase) / CYCLE]];
    return [];
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

/**
 * A ref for a heavy view's outer element: tells the clock whether it is on screen. Without
 * IntersectionObserver (or once unmounted) the view counts as on screen.
 */
export function useOnScreen(clock: FrameClock, view: HeavyView): (el: Element | null) => (() => void) | undefined {
  return useCallback(
    (el: Element | null) => {
      if (!el || typeof IntersectionObserver === 'undefined') return undefined;
      const observer = new IntersectionObserver((entries) => clock.show(view, entries[entries.length - 1].isIntersecting));
      observer.observe(el);
      return () => {
        observer.disconnect();
        clock.show(view, true);
      };
    },
    [clock, view],
  );
}

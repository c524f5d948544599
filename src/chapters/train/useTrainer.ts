/**
 * The trainer behind the chapter (SPEC §8): made from the URL keys alone (a new one whenever a
 * key it depends on changes), and driven by one animation-frame loop that chases the store's
 * `epoch` (a link's epoch=N, one epoch on or back) or, while training, moves it on. Frames take
 * turns (frameClock.ts): one redraws the numbers, one a view, one trains; a frame's training is
 * bounded by a time budget, which shrinks while frames are missed (frameBudget.ts), so input and
 * painting never wait for it. Once the trainer stops, every view shows its state.
 */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useAppStore } from '../../store/context';
import { weightsOf } from '../../core/netState';
import { batchSizeOf, dataSetOf, type DataSet } from '../../core/train/datasets';
import { createTrainer, type Trainer } from '../../core/train/trainer';
import { FrameClock } from './frameClock';
import { FrameBudget } from './frameBudget';

/**
 * While training, the store's epoch (and with it the URL and every store subscriber) follows the
 * trainer at most this often; the chapter's numbers show the trainer's own epoch in between.
 */
export const STORE_SYNC_MS = 1000;

export interface TrainerView {
  trainer: Trainer;
  data: DataSet;
  /** Which view redraws in which frame (frameClock.ts). */
  clock: FrameClock;
}

/** The epoch the trainer can reach for a wanted one: training stops before an update that diverges. */
export const reachable = (trainer: Trainer, epoch: number): number => (trainer.diverged === null ? epoch : Math.min(epoch, trainer.diverged - 1));

export function useTrainer(): TrainerView {
  const store = useAppStore();
  const k = useApp(
    useShallow((s) => ({
      layers: s.layers,
      t1: s.t1,
      t2: s.t2,
      t3: s.t3,
      t4: s.t4,
      dataset: s.dataset,
      n: s.n,
      noise: s.noise,
      seed: s.seed,
      points: s.points,
      alpha: s.alpha,
      lambda: s.lambda,
      batch: s.batch,
    })),
  );
  const data = useMemo(
    () => dataSetOf({ dataset: k.dataset, n: k.n, noise: k.noise, seed: k.seed, points: k.points, layers: k.layers }),
    [k.dataset, k.n, k.noise, k.seed, k.points, k.layers],
  );
  const trainer = useMemo(
    () =>
      createTrainer({
        layers: k.layers,
        theta0: weightsOf(k),
        samples: data.samples,
        alpha: k.alpha,
        lambda: k.lambda,
        batch: batchSizeOf(k.batch, data.samples.length),
        seed: k.seed,
      }),
    // weightsOf reads exactly t1…t4 and layers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [k.layers, k.t1, k.t2, k.t3, k.t4, data, k.alpha, k.lambda, k.batch, k.seed],
  );
  const [clock] = useState(() => new FrameClock());
  useEffect(() => {
    let raf = 0;
    let synced = -Infinity;
    /** Frames since training last ran (the frames that redraw a view leave it to the next quiet one). */
    let owed = 0;
    const budget = new FrameBudget();
    const kick = () => {
      if (raf === 0) raf = requestAnimationFrame(tick);
    };
    // The loop stops: neither the pause nor the frames before it count when it starts again.
    const rest = () => {
      budget.rest();
      owed = 0;
    };
    const tick = (frameStart: number) => {
      raf = 0;
      const ms = budget.frame(frameStart);
      const s = store.getState();
      if (s.chapter !== 'train' || data.samples.length === 0) return rest();
      // Everything a frame changes renders inside this callback, before the frame's style and paint.
      flushSync(() => {
        const goal = reachable(trainer, s.epoch);
        // Training takes the frames that redraw nothing (frameClock.ts), with the time and the
        // epochs of the frames since; from rest (one epoch on, a link) it starts at once.
        owed++;
        if (clock.settled || clock.quietNext) {
          // While training the trainer leads and the store's epoch follows (STORE_SYNC_MS);
          // otherwise (a link's epoch, one epoch, a new α) the trainer chases the store's epoch.
          if (s.training && trainer.epoch >= goal) trainer.advance(trainer.epoch + s.trainSpeed * owed, ms * owed);
          else if (trainer.epoch !== goal) trainer.advance(goal, ms * owed);
          owed = 0;
        }
        // Training stops at an update that would diverge (J rising is shown up to there).
        if (s.training && trainer.diverged !== null) store.setState({ epoch: trainer.epoch, training: false });
        const now = store.getState();
        const moving = now.training || trainer.epoch !== reachable(trainer, now.epoch);
        const views = clock.frame(trainer.epoch, !moving);
        if (now.training && views.includes('status') && now.epoch !== trainer.epoch && performance.now() - synced >= STORE_SYNC_MS) {
          synced = performance.now();
          now.setEpoch(trainer.epoch);
        }
      });
      const after = store.getState();
      if (after.training || trainer.epoch !== reachable(trainer, after.epoch)) kick();
      else rest();
    };
    // A new trainer (or data) is shown whole at once, then chased.
    clock.frame(trainer.epoch, true);
    // Pause and one epoch on or back start from the epoch this trainer reached (trainActions.ts).
    store.setState({ liveEpoch: () => trainer.epoch });
    kick();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.epoch !== prev.epoch || s.training !== prev.training || s.chapter !== prev.chapter) kick();
    });
    return () => {
      unsubscribe();
      if (raf) cancelAnimationFrame(raf);
      // The next trainer (a new α while playing) goes on from the epoch this one reached.
      const s = store.getState();
      store.setState({ liveEpoch: null, ...(s.training && trainer.epoch > s.epoch ? { epoch: trainer.epoch } : {}) });
    };
  }, [store, trainer, data, clock]);
  return { trainer, data, clock };
}

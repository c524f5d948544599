/**
 * The trainer behind the chapter (SPEC §8): made from the URL keys alone (a new one whenever a
 * key it depends on changes), and driven by one animation-frame loop that chases the store's
 * `epoch` (a link's epoch=N, one epoch on or back) or, while training, moves it on. Every frame's
 * training is bounded by a time budget, so input and painting never wait for it.
 */
import { useEffect, useMemo, useReducer } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useAppStore } from '../../store/context';
import { weightsOf } from '../../core/netState';
import { batchSizeOf, dataSetOf, type DataSet } from '../../core/train/datasets';
import { createTrainer, type Trainer } from '../../core/train/trainer';

/** Milliseconds of training per frame: leaves the rest of a 16.7 ms frame to React and painting. */
export const TRAIN_BUDGET_MS = 5;

export interface TrainerView {
  trainer: Trainer;
  data: DataSet;
  /** Bumped whenever the trainer moved, so views derived from it recompute. */
  version: number;
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
  const [version, bump] = useReducer((v: number) => v + 1, 0);
  useEffect(() => {
    let frame = 0;
    const kick = () => {
      if (frame === 0) frame = requestAnimationFrame(tick);
    };
    const tick = () => {
      frame = 0;
      const s = store.getState();
      if (s.chapter !== 'train' || data.samples.length === 0) return;
      const goal = reachable(trainer, s.epoch);
      // Catch up with the wanted epoch first (a new α while playing recomputes the way there).
      if (trainer.epoch !== goal) trainer.advance(goal, TRAIN_BUDGET_MS);
      else if (s.training) {
        trainer.advance(trainer.epoch + s.trainSpeed, TRAIN_BUDGET_MS);
        s.setEpoch(trainer.epoch);
        // Training stops at an update that would diverge (J rising is shown up to there).
        if (trainer.diverged !== null) store.setState({ training: false });
      }
      bump();
      const now = store.getState();
      if (now.training || trainer.epoch !== reachable(trainer, now.epoch)) kick();
    };
    bump();
    kick();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.epoch !== prev.epoch || s.training !== prev.training || s.chapter !== prev.chapter) kick();
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [store, trainer, data]);
  return { trainer, data, version };
}

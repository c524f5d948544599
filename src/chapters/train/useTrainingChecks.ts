/**
 * The keys only the training chapter can check, because they need the data (SPEC §8): a `batch`
 * larger than the data set, and a shape whose inputs the data sets cannot feed. Each is fixed in
 * the state and named in the page's notice (never echoed).
 */
import { useEffect } from 'react';
import { useAppStore } from '../../store/context';
import { fallbackWeights } from '../../core/netState';
import { batchProblem, type DataSet } from '../../core/train/datasets';
import { thetaKeys } from '../../store/trainActions';

export function useTrainingChecks(data: DataSet, m: number): void {
  const store = useAppStore();
  useEffect(() => {
    const s = store.getState();
    if (data.problem === 'train.problem.inputs') {
      // Every data set has two inputs: keep the hidden layers and outputs, with the seeded weights of that shape.
      const layers = [2, ...s.layers.slice(1)];
      const fixed = thetaKeys(fallbackWeights(layers, s.seed));
      s.fixTraining({ layers, ...fixed, points: null }, ['layers']);
    } else if (batchProblem(s.batch, m)) s.fixTraining({ batch: null }, ['batch']);
  }, [store, data, m]);
}

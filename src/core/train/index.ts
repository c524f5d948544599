/**
 * The training chapter's pure core (SPEC §8): data sets, the trainer, the heatmap, the presets.
 *
 * A sketch of its use:
 *   const { samples, problem } = dataSetOf(state);            // problem: an i18n key, samples [] then
 *   const trainer = createTrainer({ layers, theta0: weightsOf(state), samples, alpha, lambda, batch, seed });
 *   trainer.advance(state.epoch, 8);                          // once a frame until .done (epoch=N links)
 *   trainer.goTo(trainer.epoch - 1);                          // PageUp: recomputed from a snapshot
 *   trainer.record() / trainer.series();                      // J, accuracy, ‖D^l‖ (current / all epochs)
 *   trainer.nextBatch(); trainer.weights();                   // "Open in stepper": data and t1…t4
 *   predictGrid(layers, trainer.thetaViews(), grid, k, out);  // heatmap (≈ 64×64 per frame is cheap)
 * The config is fixed: another α, λ, batch, data set or initial θ is another trainer.
 */
export { DEFAULT_DATA_SEED, batchProblem, batchSizeOf, dataSetOf, extentOf, type DataKeys, type DataProblem, type DataSet } from './datasets';
export { MAX_EPOCH, WEIGHT_LIMIT, Trainer, createTrainer, type NextBatch, type TrainConfig, type TrainProgress, type TrainRecord } from './trainer';
export { accuracyOf, predictGrid, type Grid } from './grid';
export { PRESETS, presetById, type TrainPreset } from './presets';

/** The training chapter's pure core (SPEC §8): data sets, the trainer, the heatmap, the presets. */
export { DEFAULT_DATA_SEED, batchProblem, batchSizeOf, dataSetOf, extentOf, type DataKeys, type DataProblem, type DataSet } from './datasets';
export { MAX_EPOCH, WEIGHT_LIMIT, Trainer, createTrainer, type NextBatch, type TrainConfig, type TrainProgress, type TrainRecord } from './trainer';
export { accuracyOf, predictGrid, type Grid } from './grid';
export { PRESETS, presetById, type TrainPreset } from './presets';

import { useMemo } from 'react';
import { useApp } from '../../store/context';
import { useShownStepAttrs, useT } from '../../store/hooks';
import { sampleToRow } from '../../core/netState';
import { TrainControls } from '../../components/train/TrainControls';
import { TrainSettings } from '../../components/train/TrainSettings';
import { TrainStatus } from '../../components/train/TrainStatus';
import { TrainCharts } from '../../components/train/TrainCharts';
import { PlotPanel } from '../../components/train/PlotPanel';
import { WeightsTable } from '../../components/train/WeightsTable';
import { TrainTerms } from '../../components/train/TrainTerms';
import { Bridge } from '../../components/train/Bridge';
import { FilePanel } from '../../components/train/FilePanel';
import { LiveNetwork } from '../../components/train/LiveNetwork';
import { Moments } from '../../components/train/Moments';
import { useTrainer } from './useTrainer';
import { useFrameVersion } from './frameClock';
import { useTrainingChecks } from './useTrainingChecks';
import './train.css';
import './train-figures.css';
import './train-fields.css';
import './train-present.css';

/** ‖θ‖ over every non-bias weight: what λ shrinks. */
function weightNorm(layers: readonly number[], theta: readonly ArrayLike<number>[]): number {
  let sq = 0;
  theta.forEach((w, k) => {
    const width = layers[k] + 1;
    for (let i = 0; i < w.length; i++) if (i % width !== 0) sq += w[i] ** 2;
  });
  return Math.sqrt(sq);
}

/**
 * The update step repeated (SPEC §8): the data over the decision heatmap, J, accuracy and the
 * gradient norms over epochs, the live weights, and every setting. `data-epoch` is the epoch asked
 * for (while training: the one reached) and `data-shown-epoch` the oldest one on screen: tests
 * wait for the two to agree, which happens only once every view shows the epoch asked for.
 */
export function TrainChapter() {
  const t = useT();
  const shown = useShownStepAttrs('train');
  const { trainer, data, clock } = useTrainer();
  useTrainingChecks(data, trainer.m);
  // The root and the numbers redraw in the numbers' turn (every other frame while training).
  const version = useFrameVersion(clock, 'status');
  const target = useApp((s) => s.epoch);
  const training = useApp((s) => s.training);
  const layers = trainer.config.layers;
  const record = trainer.record();
  const theta = trainer.thetaViews();
  const rows = useMemo(() => data.samples.map(sampleToRow), [data]);
  const diverged = trainer.diverged !== null && trainer.epoch === trainer.diverged - 1 && target > trainer.epoch;
  // While training, the store's epoch follows the trainer only now and then: the epoch reached is the one shown.
  const epoch = training ? record.epoch : target;
  return (
    <div className="train-chapter" {...shown} data-epoch={epoch} data-shown-epoch={Math.min(clock.shownEpoch, record.epoch)} data-version={version}>
      <h2 className="chapter-title">{t('chapter.train')}</h2>
      <p className="train-lead">{t('train.lead')}</p>
      <TrainControls busy={!training && record.epoch !== target && !diverged} epoch={epoch} />
      <TrainStatus record={record} target={target} diverged={diverged} weightNorm={weightNorm(layers, theta)} />
      {data.problem && (
        <p className="notice" role="status">
          {t(data.problem)}
        </p>
      )}
      <div className="train-stage">
        <PlotPanel layers={layers} theta={theta} rows={rows} clock={clock} />
        <TrainCharts trainer={trainer} clock={clock} />
      </div>
      <div className="train-panels">
        <div className="train-side">
          <LiveNetwork layers={layers} theta={theta} clock={clock} />
          <WeightsTable layers={layers} theta={theta} trainer={trainer} clock={clock} />
        </div>
        <div className="train-side">
          <Moments />
          <TrainSettings m={trainer.m} />
        </div>
        <div className="train-side">
          <Bridge trainer={trainer} />
          <TrainTerms />
          <FilePanel trainer={trainer} rows={rows} />
        </div>
      </div>
    </div>
  );
}

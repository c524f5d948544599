import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { EPOCH_MAX, TRAIN_SPEEDS, type TrainSpeed } from '../../store/trainActions';

interface Props {
  /** The trainer is on its way to the epoch asked for: one epoch on or back waits. */
  busy: boolean;
  /** The epoch on screen (while training, ahead of the store's, which follows it now and then). */
  epoch: number;
}

/** Play / Pause, one epoch on or back, Reset to the same initial weights, and the speed (SPEC §4.3, §8). */
export function TrainControls({ busy, epoch }: Props) {
  const t = useT();
  const training = useApp((s) => s.training);
  const speed = useApp((s) => s.trainSpeed);
  const { toggleTraining, epochBy, resetTraining, setTrainSpeed } = useActions();
  return (
    <div className="step-controls train-controls" role="group" aria-label={t('train.controls')}>
      <div className="buttons">
        <button type="button" onClick={toggleTraining} aria-pressed={training} className="primary" disabled={epoch >= EPOCH_MAX && !training}>
          <span aria-hidden="true">{training ? '❚❚ ' : '▶ '}</span>
          {training ? t('controls.pause') : t('controls.play')}
        </button>
        <button type="button" onClick={() => epochBy(-1)} disabled={epoch === 0 || busy}>
          <span aria-hidden="true">◀ </span>
          {t('train.backEpoch')}
        </button>
        <button type="button" onClick={() => epochBy(1)} disabled={epoch >= EPOCH_MAX || busy}>
          {t('train.oneEpoch')}
          <span aria-hidden="true"> ▶</span>
        </button>
        <button type="button" onClick={resetTraining} disabled={epoch === 0 && !training}>
          <span aria-hidden="true">⟲ </span>
          {t('controls.reset')}
        </button>
      </div>
      <label className="speed">
        {t('train.speed')}
        <select value={speed} onChange={(e) => setTrainSpeed(Number(e.currentTarget.value) as TrainSpeed)}>
          {TRAIN_SPEEDS.map((v) => (
            <option key={v} value={v}>
              {t('train.speedOption', { n: v })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

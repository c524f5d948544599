import { Quantity } from '../quantities/Quantity';
import { formatNumber } from '../../core/format';
import { useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import type { TrainRecord } from '../../core/train/trainer';

interface Props {
  record: TrainRecord;
  /** The epoch asked for (a link's epoch=N) while the trainer is still on its way there. */
  target: number;
  diverged: boolean;
  /** ‖θ‖ without the bias weights (what λ shrinks). */
  weightNorm: number;
}

/** Epoch, J and accuracy now (SPEC §8 ids), and the progress of a long way to a linked epoch. */
export function TrainStatus({ record, target, diverged, weightNorm }: Props) {
  const t = useT();
  const computing = record.epoch < target && !diverged;
  const training = useApp((s) => s.training);
  // Said once the epoch settles (one epoch, a link, a pause), never frame by frame while playing.
  const said = training || computing ? '' : t('train.announce', { epoch: record.epoch, J: formatNumber(record.J), acc: `${Math.round(record.accuracy * 100)} %` });
  return (
    <div className="train-status" role="group" aria-label={t('train.status')}>
      <p>
        <span className="train-status-name">{t('train.epoch')}</span> <Quantity id="epoch" value={record.epoch} state="given" />
      </p>
      <p>
        <span className="train-status-name">{t('train.loss')}</span>{' '}
        {Number.isFinite(record.J) ? <Quantity id="J" value={record.J} state="done" /> : <span>—</span>}
      </p>
      <p>
        <span className="train-status-name">{t('train.accuracy')}</span> <Quantity id="accuracy" value={record.accuracy} state="done" />
        <span aria-hidden="true" className="muted">
          {' '}
          ({Math.round(record.accuracy * 100)} %)
        </span>
      </p>
      <p>
        <span className="train-status-name">{t('train.weightNorm')}</span> <Quantity id="theta_norm" value={weightNorm} state="done" />
      </p>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {computing && (
        <p className="train-progress" role="status">
          <progress max={target} value={record.epoch} aria-label={t('train.computing', { k: record.epoch, n: target })} />
          <span>{t('train.computing', { k: record.epoch, n: target })}</span>
        </p>
      )}
      {diverged && (
        <p className="train-diverged" role="status">
          {t('train.diverged')}
        </p>
      )}
    </div>
  );
}

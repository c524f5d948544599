import { memo } from 'react';
import { sampleToRow } from '../../core/netState';
import type { Trainer } from '../../core/train/trainer';
import { useActions } from '../../store/context';
import { useT } from '../../store/hooks';

/** The network chapter takes at most 8 samples (SPEC §7). */
export const STEPPER_MAX = 8;

/**
 * "Open in stepper" (SPEC §10): the network chapter at step 0 with the current weights and the
 * next batch, so stepping there reproduces the gradient of the next update. A history entry:
 * Back returns here, at the same epoch.
 */
function BridgeView({ trainer }: { trainer: Trainer }) {
  const t = useT();
  const { openInStepper } = useActions();
  const size = Math.min(trainer.batchSize, trainer.m);
  return (
    <section className="train-bridge" aria-labelledby="train-bridge-title">
      <h3 id="train-bridge-title" className="visually-hidden">
        {t('train.stepper')}
      </h3>
      <button
        type="button"
        disabled={trainer.m === 0}
        onClick={() => {
          const rows = trainer.nextBatch().samples.slice(0, STEPPER_MAX).map(sampleToRow);
          openInStepper({ weights: trainer.weights(), rows });
        }}
      >
        {t('train.stepper')}
        <span aria-hidden="true"> →</span>
      </button>
      <p className="muted">{size > STEPPER_MAX ? t('train.stepperFirst8', { n: size }) : t('train.stepperNote', { n: size })}</p>
    </section>
  );
}

/** Memoized: it changes with its props, not with every frame of training. */
export const Bridge = memo(BridgeView);

import { memo } from 'react';
import { useT } from '../../store/hooks';

/** Epoch, batch and step, one line each: the words Playground users found confusing (issue #12). */
function TrainTermsView() {
  const t = useT();
  return (
    <section className="train-terms" aria-labelledby="train-terms-title">
      <h3 id="train-terms-title">{t('train.terms')}</h3>
      <ul>
        <li>{t('train.term.epoch')}</li>
        <li>{t('train.term.batch')}</li>
        <li>{t('train.term.step')}</li>
      </ul>
    </section>
  );
}

/** Memoized: it changes with its props, not with every frame of training. */
export const TrainTerms = memo(TrainTermsView);

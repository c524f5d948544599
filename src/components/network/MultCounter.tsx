import { memo } from 'react';
import { useT, useViewTimeline, useDeferredStep, useViewNet } from '../../store/hooks';
import { isSeedShape } from '../../core/netState';
import { thetaIds } from '../../core/netIds';
import { multsDone, naiveMults } from '../../core/derive';

/**
 * Chain-rule multiplications so far: naive (the same partials, each multiplied out from scratch)
 * against this backward pass. Both counts carry data-quantity (SPEC §7: mults_naive, mults_backprop).
 */
export const MultCounter = memo(function MultCounter() {
  const t = useT();
  const timeline = useViewTimeline();
  const k = useDeferredStep();
  // The shape the views' timeline is of (an edit reaches both in the same render).
  const { layers, samples } = useViewNet();
  const m = samples.length;
  const seedCase = isSeedShape(layers) && m === 1;
  const total = naiveMults(timeline, timeline.steps.length);
  const rows = [
    { key: 'naive', n: naiveMults(timeline, k) },
    { key: 'backprop', n: multsDone(timeline, k) },
  ];
  return (
    <section className="mult-counter" aria-labelledby="mult-title">
      <h3 id="mult-title">{t('mults.title')}</h3>
      {rows.map(({ key, n }) => (
        <div key={key} className={`mult-row ${key}`}>
          <span className="mult-name">{t(`mults.${key}`)}</span>
          <span className="mult-bar" aria-hidden="true">
            <span style={{ transform: `scaleX(${total ? n / total : 0})` }} />
          </span>
          <span className="mult-n" data-count={key} data-quantity={`mults_${key}`} data-value={String(n)} data-state="done">
            {n}
          </span>
        </div>
      ))}
      <p className="mult-counted">{t('mults.counted')}</p>
      <p className="muted">
        {t(seedCase ? 'mults.note' : 'mults.noteShape', { naive: total, backprop: multsDone(timeline, timeline.steps.length), n: thetaIds(layers).length, m })}
      </p>
    </section>
  );
});

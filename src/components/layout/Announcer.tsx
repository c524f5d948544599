import { useApp } from '../../store/context';
import { useT, useTimeline, useDeferredStep } from '../../store/hooks';
import { currentStep } from '../../core/derive';
import { formatNumber } from '../../core/format';
import { quantityLabel } from '../quantities/labels';

/** Reads each step out through a live region: the counter, the sentence, and the values it wrote. */
export function Announcer() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const k = useDeferredStep();
  const timeline = useTimeline();
  const step = currentStep(timeline, k);
  const n = timeline.steps.length;
  const values = step
    ? step.writes
        .slice(0, 3)
        .map((id) => `${quantityLabel(id, lang)} = ${formatNumber(step.values[id] as number)}`)
        .join(', ')
    : '';
  const text = step ? `${t('controls.counter', { k, n })}. ${t(step.explain)} ${values}.` : t('controls.counter', { k, n });
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}

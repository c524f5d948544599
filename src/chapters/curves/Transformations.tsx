import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { quantityLabel } from '../../components/quantities/labels';
import { useCurveView } from './useCurveView';

/** The chain e^z → e^{−z} → 1 + e^{−z} → s(z), one entry per step record, the current one marked; each opens its step. */
export function Transformations() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { seek } = useActions();
  const { steps, k } = useCurveView();
  return (
    <nav className="transformations" aria-label={t('curve.transform.title')}>
      <h3>{t('curve.transform.title')}</h3>
      <ol>
        {steps.map((s) => {
          const id = s.writes[0];
          const done = s.index < k;
          return (
            <li key={s.index} className={done ? 'done' : 'pending'}>
              <button type="button" onClick={() => seek(s.index + 1)} aria-current={s.index === k - 1 ? 'step' : undefined}>
                <span className="transform-name">{quantityLabel(id, lang)}</span>
                <span className="transform-move">{t(`curve.transform.${id}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

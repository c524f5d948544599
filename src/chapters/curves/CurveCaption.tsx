import { useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { Tex } from '../../components/math/Tex';
import { quantityLabel } from '../../components/quantities/labels';
import { useCurveView } from './useCurveView';

/**
 * The current step: one sentence, then its formula symbolic and with the numbers. Like the
 * shared caption, without the network's phase names (a curve has no forward or backward pass).
 */
export function CurveCaption() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { step } = useCurveView();
  return (
    <section className="step-caption" aria-label={t('curve.caption')}>
      {!step ? (
        <p className="explain">{t('controls.start')}</p>
      ) : (
        <>
          <p className="explain">{t(step.explain)}</p>
          <div className="formula">
            <span className="formula-label">{t('step.formula')}</span>
            <Tex tex={step.tex.symbolic} display />
          </div>
          <div className="formula">
            <span className="formula-label">{t('step.withNumbers')}</span>
            <Tex tex={step.tex.numeric} display />
          </div>
          {step.hits.length > 0 && (
            <p className="reuses">{t('step.reuses', { ids: step.hits.map((id) => quantityLabel(id, lang)).join(t('list.sep')) })}</p>
          )}
        </>
      )}
    </section>
  );
}

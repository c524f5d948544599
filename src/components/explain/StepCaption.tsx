import { memo } from 'react';
import { useApp } from '../../store/context';
import { useT, useViewTimeline, useDeferredStep } from '../../store/hooks';
import { currentStep } from '../../core/derive';
import { Formula } from '../math/Formula';
import { quantityLabel } from '../quantities/labels';
import { boxSymbols, netSymbol, texSymbol } from '../../core/tex';

/** The current step: its phase, one sentence, and its formula symbolic then with numbers. */
export const StepCaption = memo(function StepCaption() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  // a2, a4, a5 are a network's output there (K = 1), a diamond of the graph's chain elsewhere.
  const scope = useApp((s) => (s.chapter === 'network' ? 'network' : undefined));
  const k = useDeferredStep();
  const step = currentStep(useViewTimeline(), k);
  if (!step) {
    return (
      <section className="step-caption" aria-label={t('step.formula')}>
        <p className="explain">{t('controls.start')}</p>
      </section>
    );
  }
  // Each cache phrase must be true of this step: the boxed line only when a term is boxed.
  const symbolic = boxSymbols(step.tex.symbolic, step.hits, step.names, scope ? netSymbol : texSymbol);
  const boxed = symbolic.includes('\\boxed{');
  return (
    <section className="step-caption" aria-label={t('step.formula')}>
      <p className="phase">{t(`phase.${step.phase}`)}</p>
      <p className="explain">{t(step.explain, step.explainArgs)}</p>
      <span className="formula-label">{t('step.formula')}</span>
      <Formula tex={symbolic} label={t('step.formula')} />
      <span className="formula-label">{t('step.withNumbers')}</span>
      <Formula tex={step.tex.numeric} label={t('step.withNumbers')} />
      {step.hits.length > 0 && (
        <p className="reuses">
          {t('step.reuses', { ids: step.hits.map((id) => quantityLabel(id, lang, scope)).join(t('list.sep')) })}
          {boxed && `${lang === 'zh' ? '' : ' '}${t('step.boxed')}`}
        </p>
      )}
    </section>
  );
});

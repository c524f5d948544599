import { useActions, useApp } from '../../store/context';
import { useT, useTimeline } from '../../store/hooks';
import { urlStateOf } from '../../store/urlSync';
import { encode } from '../../core/url';
import { stateAt } from '../../core/derive';
import type { Score } from '../../core/practice';
import { Formula } from '../math/Formula';
import { Quantity } from '../quantities/Quantity';
import { labelScope, quantityLabel } from '../quantities/labels';

/** At the end: every missed step with its formula and the right values, each a link to that step. */
export function PracticeReview({ score }: { score: Score }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const scope = useApp((s) => labelScope(s.chapter));
  const k = useApp((s) => s.step);
  const timeline = useTimeline();
  const store = useActions();
  const hrefOf = (at: number) => `?${encode({ ...urlStateOf(store), step: at })}`;
  return (
    <section className="practice-review" aria-label={t('practice.missed')}>
      <h3>{t('practice.missed')}</h3>
      {score.missed.length === 0 && <p>{t('practice.noneMissed')}</p>}
      <ol>
        {score.missed.map((index) => {
          const step = timeline.steps[index];
          if (!step) return null;
          return (
            <li key={index}>
              <a
                href={hrefOf(index + 1)}
                onClick={(e) => {
                  // The link works opened in a new tab too; here it moves the cursor in place.
                  e.preventDefault();
                  store.seek(index + 1);
                }}
              >
                {t('practice.goTo', { k: index + 1 })}
              </a>
              <Formula tex={step.tex.symbolic} label={t('step.formula')} />
              <p className="practice-review-values">
                {step.writes.map((id, i) => (
                  <span key={id}>
                    {i > 0 && t('list.sep')}
                    {quantityLabel(id, lang, scope)} ={' '}
                    <Quantity id={id} value={step.values[id]} state={stateAt(timeline, k, id)} ln={timeline.lnOf?.(id)} />
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

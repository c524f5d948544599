import { useT } from '../../store/hooks';
import { DERIVATION_PREFIX } from '../../core/curveTimeline';
import { Tex } from '../../components/math/Tex';
import { useCurveView } from './useCurveView';

/** The short name of a line's algebraic move, e.g. curve.derive.split → curve.move.split. */
export const moveKey = (explain: string) => `curve.move.${explain.slice(DERIVATION_PREFIX.length)}`;

/**
 * The source's five-line derivation of s'(z), one line per step: the lines reached so far, each
 * with its move named and with z's numbers substituted. Which lines exist comes from the records.
 */
export function Derivation() {
  const t = useT();
  const view = useCurveView();
  const all = view.steps.filter((s) => s.explain.startsWith(DERIVATION_PREFIX));
  const shown = all.filter((s) => s.index < view.k);
  return (
    <section className="derivation" aria-labelledby="derivation-title">
      <h3 id="derivation-title">{t('curve.derive.title')}</h3>
      <p className="muted">{t('curve.derive.progress', { n: shown.length, total: all.length })}</p>
      {shown.length === 0 ? (
        <p>{t('curve.derive.none')}</p>
      ) : (
        <ol className="derivation-lines">
          {shown.map((s) => (
            <li key={s.index} aria-current={s === view.step ? 'step' : undefined}>
              <p className="move">{t(moveKey(s.explain))}</p>
              <div className="derivation-pair">
                <div className="formula">
                  <Tex tex={s.tex.symbolic} display />
                </div>
                <div className="formula formula-numeric">
                  <Tex tex={s.tex.numeric} display />
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

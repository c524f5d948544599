/** The words a plot needs: why −log is the loss (with the source's slip corrected), and saturation. */
import { useT } from '../../store/hooks';
import { Tex } from '../../components/math/Tex';

export function WhyLoss() {
  const t = useT();
  return (
    <section className="curve-note" aria-labelledby="why-loss-title">
      <h3 id="why-loss-title">{t('curve.why.title')}</h3>
      <p>{t('curve.why.closeness')}</p>
      <p>{t('curve.why.combined')}</p>
      <div className="formula">
        <Tex tex="J = -\left[\,y\log s(z) + (1-y)\log(1-s(z))\,\right]" display />
      </div>
      <p>{t('curve.why.total')}</p>
      <p className="slip">
        <strong>{t('curve.slip.title')}</strong> {t('curve.slip.text')}
      </p>
    </section>
  );
}

export function SaturationNote() {
  const t = useT();
  return (
    <section className="curve-note" aria-labelledby="saturation-title">
      <h3 id="saturation-title">{t('curve.saturation.title')}</h3>
      <p>{t('curve.saturation.peak')}</p>
      <p>{t('curve.saturation.flat')}</p>
      <p>{t('curve.saturation.cheap')}</p>
    </section>
  );
}

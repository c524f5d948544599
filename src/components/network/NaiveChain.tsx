import { memo } from 'react';
import { useApp } from '../../store/context';
import { useT, useViewTimeline } from '../../store/hooks';
import { writerOf } from '../../core/derive';
import { useCursorView } from '../quantities/useCursorView';
import { quantityLabel } from '../quantities/labels';
import { Formula } from '../math/Formula';
import { naiveChainTex, theta1Gradient, type NaiveChainValues } from './naiveChainTex';
import './derivations.css';

/**
 * At a θ¹ gradient: the full chain-rule product beside the cached form, the factors δ²_j holds
 * braced. Not the step's main formula, so nothing here is boxed or counted as a cache read.
 */
export const NaiveChain = memo(function NaiveChain() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const timeline = useViewTimeline();
  const view = useCursorView({ deferred: true });
  const at = view.step && theta1Gradient(view.step.writes);
  if (!at) return null;
  const { j, i } = at;
  const get = (id: string) => view.value(id);
  const raw = {
    z3: get('z3'), y: get('y'), theta2_1j: get(`theta2_1${j}`), z2_j: get(`z2_${j}`), x_i: get(`x${i}`),
    delta2_j: get(`delta2_${j}`), lambda: get('lambda'), theta1_ji: get(`theta1_${j}${i}`), grad: get(`grad_theta1_${j}${i}`),
  };
  // Only the one-sample 2-layer-hidden example has these ids; other shapes show no such view.
  if (Object.values(raw).some((v) => v === undefined)) return null;
  const tex = naiveChainTex(j, i, raw as NaiveChainValues);
  const delta = `delta2_${j}`;
  const weights = ['0', '1', '2'].map((k) => quantityLabel(`theta1_${j}${k}`, lang)).join(t('list.sep'));
  return (
    <section className="naive-chain" aria-labelledby="naive-chain-title">
      <h3 id="naive-chain-title">{t('naive.title')}</h3>
      <div className="naive-pair">
        <div>
          <p className="move">{t('naive.full')}</p>
          <Formula tex={tex.naive} label={t('naive.full')} />
          <Numbers tex={tex.naiveNumbers} label={t('naive.fullNumbers')} />
        </div>
        <div>
          <p className="move">{t('naive.cached')}</p>
          <Formula tex={tex.cached} label={t('naive.cached')} />
          <Numbers tex={tex.cachedNumbers} label={t('naive.cachedNumbers')} />
        </div>
      </div>
      <p className="naive-note">
        {t('naive.note', { delta: quantityLabel(delta, lang), k: writerOf(timeline, delta) + 1, weights })}
      </p>
      <p className="muted">{t('naive.source')}</p>
    </section>
  );
});

/** A formula's line with the numbers, muted like the derivation chapter's. */
function Numbers({ tex, label }: { tex: string; label: string }) {
  return (
    <div className="formula-numeric">
      <Formula tex={tex} label={label} />
    </div>
  );
}

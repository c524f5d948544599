import { useMemo } from 'react';
import { useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { gradientCheck } from '../../core/gradcheck';
import { isSeedShape, samplesOf, weightsOf } from '../../core/netState';
import { formatShown } from '../../core/format';
import { Quantity } from '../quantities/Quantity';
import { quantityLabel } from '../quantities/labels';
import { useCursorView } from '../quantities/useCursorView';

/**
 * Backpropagation's gradients against central differences of J. The analytic column follows the
 * stepper (blank until its step has run); the numeric one is the independent witness, always shown.
 */
export function GradCheckPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [layers, t1, t2, t3, t4, data, x1, x2, y, lambda] = [
    useApp((s) => s.layers), useApp((s) => s.t1), useApp((s) => s.t2), useApp((s) => s.t3), useApp((s) => s.t4),
    useApp((s) => s.data), useApp((s) => s.x1), useApp((s) => s.x2), useApp((s) => s.y), useApp((s) => s.lambda),
  ];
  const rows = useMemo(() => {
    const s = { layers, t1, t2, t3, t4, data, x1, x2, y };
    return gradientCheck({ layers, theta: weightsOf(s), samples: samplesOf(s), lambda });
  }, [layers, t1, t2, t3, t4, data, x1, x2, y, lambda]);
  const view = useCursorView({ deferred: true });
  return (
    <section className="grad-check" aria-labelledby="gradcheck-title">
      <h3 id="gradcheck-title">{t('gradcheck.title')}</h3>
      <p className="muted">{t('gradcheck.about')}</p>
      {/* A larger shape's table scrolls inside its panel (SPEC §10); the 2-2-1 one is laid out as it always was. */}
      <div className={isSeedShape(layers) ? undefined : 'sample-scroll'}>
        <table>
          <thead>
            <tr>
              <th scope="col">θ</th>
              <th scope="col">{t('gradcheck.analytic')}</th>
              <th scope="col">{t('gradcheck.numeric')}</th>
              <th scope="col">{t('gradcheck.diff')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ theta, numeric }) => {
              const id = `grad_${theta}`;
              const state = view.state(id);
              const analytic = view.value(id);
              return (
                <tr key={theta}>
                  <th scope="row">{quantityLabel(theta, lang, 'network')}</th>
                  <td>
                    <Quantity id={id} value={analytic} state={state} />
                  </td>
                  <td className="quantity">{formatShown(numeric, 8)}</td>
                  <td className="quantity">{state === 'pending' || analytic === undefined ? '' : formatShown(Math.abs(analytic - numeric), 2)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

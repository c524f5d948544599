import { useMemo } from 'react';
import { useApp } from '../../store/context';
import { useNetParams, useT } from '../../store/hooks';
import { gradientCheck } from '../../core/gradcheck';
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
  const params = useNetParams();
  const rows = useMemo(() => gradientCheck(params), [params]);
  const view = useCursorView({ deferred: true });
  return (
    <section className="grad-check" aria-labelledby="gradcheck-title">
      <h3 id="gradcheck-title">{t('gradcheck.title')}</h3>
      <p className="muted">{t('gradcheck.about')}</p>
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
          {rows.map((r) => {
            const id = `grad_${r.theta}`;
            const state = view.state(id);
            return (
              <tr key={r.theta}>
                <th scope="row">{quantityLabel(r.theta, lang)}</th>
                <td>
                  <Quantity id={id} value={view.value(id)} state={state} />
                </td>
                <td className="quantity">{formatShown(r.numeric, 8)}</td>
                <td className="quantity">{state === 'pending' ? '' : formatShown(r.diff, 2)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

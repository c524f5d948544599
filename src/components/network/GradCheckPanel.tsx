import { useMemo, memo } from 'react';
import { useApp } from '../../store/context';
import { useT, useViewNet } from '../../store/hooks';
import { gradientCheck } from '../../core/gradcheck';
import { isSeedShape } from '../../core/netState';
import { formatShown } from '../../core/format';
import { Quantity } from '../quantities/Quantity';
import { quantityLabel } from '../quantities/labels';
import { useCursorView } from '../quantities/useCursorView';

/**
 * Backpropagation's gradients against central differences of J. The analytic column follows the
 * stepper (blank until its step has run); the numeric one is the independent witness, always shown.
 */
export const GradCheckPanel = memo(function GradCheckPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  // The views' network (an edit reaches it in a transition): the check is redone once per edit, never inside a slider's input.
  const net = useViewNet();
  const { layers } = net;
  const rows = useMemo(() => gradientCheck({ layers: net.layers, theta: net.theta, samples: net.samples, lambda: net.lambda }), [net]);
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
});

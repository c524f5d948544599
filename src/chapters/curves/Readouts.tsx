import { useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import type { CurveId } from '../../core/ids';
import { Quantity } from '../../components/quantities/Quantity';
import { quantityLabel } from '../../components/quantities/labels';
import { useCurveView } from './useCurveView';

/**
 * The values at the marker, exactly as the values table has them (same records, same states):
 * a value appears once its step has run. `xDomain` is the plot's, to say when z lies beyond it.
 */
export function Readouts({ ids, xDomain }: { ids: readonly CurveId[]; xDomain: readonly [number, number] }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const view = useCurveView();
  const off = view.z < xDomain[0] || view.z > xDomain[1];
  return (
    <div className="curve-readouts">
      <dl>
        {ids.map((id) => {
          const state = view.state(id);
          return (
            <div key={id} className={`readout state-${state}`}>
              <dt>{quantityLabel(id, lang)}</dt>
              <dd>
                <Quantity id={id} value={view.value(id)} state={state} ln={view.ln(id)} />
                {state === 'pending' && <span className="pending-note">{t('table.pending')}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      {off && <p className="off-plot">{t('curve.offPlot', { from: xDomain[0], to: xDomain[1] })}</p>}
    </div>
  );
}

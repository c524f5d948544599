import './shapes.css';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { weightsOf } from '../../core/netState';
import { RANGES } from '../../core/ranges';
import { CompactNumber } from './CompactNumber';
import { netIds } from '../../core/netIds';
import { quantityLabel } from '../quantities/labels';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The weights of any shape as one compact matrix of fields per layer: row j is unit j of layer
 * l + 1, column i its input i (0 = bias). Focusing a field lights its edge and shows its label on the figure.
 */
export function WeightMatrix() {
  const t = useT();
  const layers = useApp((s) => s.layers);
  const ts = [useApp((s) => s.t1), useApp((s) => s.t2), useApp((s) => s.t3), useApp((s) => s.t4)];
  const weights = weightsOf({ layers, t1: ts[0], t2: ts[1], t3: ts[2], t4: ts[3] });
  const ids = netIds(layers);
  const { setWeight, setFocusedWeight } = useActions();
  return (
    <div className="weight-matrices">
      {weights.map((w, k) => {
        const l = k + 1;
        const cols = layers[k] + 1;
        const rows = layers[k + 1];
        return (
          <div key={l} className="weight-matrix">
            <table>
              <caption>{t('weights.layer', { sup: SUP[l], l, rows, cols, next: l + 1 })}</caption>
              <thead>
                <tr>
                  <th scope="col" aria-hidden="true" />
                  {Array.from({ length: cols }, (_, i) => (
                    <th key={i} scope="col">{i}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: rows }, (_, r) => (
                  <tr key={r}>
                    <th scope="row">{r + 1}</th>
                    {Array.from({ length: cols }, (_, i) => (
                      <td key={i}>
                        <CompactNumber
                          label={quantityLabel(ids.theta(l, r + 1, i), 'en', 'network')}
                          value={w[r * cols + i]}
                          min={RANGES.theta.min}
                          max={RANGES.theta.max}
                          onChange={(v) => setWeight(l, r + 1, i, v)}
                          onFocus={() => setFocusedWeight(ids.theta(l, r + 1, i))}
                          onBlur={() => setFocusedWeight(null)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

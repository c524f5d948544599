import { memo } from 'react';
import { useT, useViewNet } from '../../store/hooks';
import { isSeedShape } from '../../core/netState';
import { MatrixViewShape } from './MatrixViewShape';
import { texNumber } from '../../core/format';
import { Formula } from '../math/Formula';
import { useCursorView, type CursorView } from '../quantities/useCursorView';

/** A matrix of the values at the cursor; a value not computed yet shows as a blank box. */
function bmatrix(view: CursorView, rows: string[][]): string {
  const cell = (id: string) => {
    const v = id === '1' ? 1 : view.value(id);
    return v === undefined ? '\\square' : texNumber(v, false);
  };
  return `\\begin{bmatrix}${rows.map((r) => r.map(cell).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/** The same numbers in the source's matrix form (SPEC §1.5), with the δ² slip of the source corrected. */
export const MatrixView = memo(function MatrixView() {
  const t = useT();
  const view = useCursorView({ deferred: true });
  // The seed's 2-2-1 with one sample keeps its hand-set lines; any other network is generated.
  const net = useViewNet();
  const seedCase = isSeedShape(net.layers) && net.samples.length === 1;
  const m = (rows: string[][]) => bmatrix(view, rows);
  const lines = [
    `\\theta^{1} = ${m([['theta1_10', 'theta1_11', 'theta1_12'], ['theta1_20', 'theta1_21', 'theta1_22']])}\\qquad a^{1} = ${m([['x0'], ['x1'], ['x2']])}`,
    `z^{2} = \\theta^{1} a^{1} = ${m([['z2_1'], ['z2_2']])}\\qquad a^{2} = \\begin{bmatrix}1 \\\\ s(z^{2})\\end{bmatrix} = ${m([['a2_0'], ['a2_1'], ['a2_2']])}`,
    `\\theta^{2} = ${m([['theta2_10', 'theta2_11', 'theta2_12']])}\\qquad z^{3} = \\theta^{2} a^{2} = ${m([['z3']])}\\qquad \\delta^{3} = a^{3} - y = ${m([['delta3']])}`,
    `\\delta^{2} = (\\theta^{2}_{:,1:})^{\\mathsf T}\\,\\delta^{3} \\odot s'(z^{2}) = ${m([['theta2_11'], ['theta2_12']])}${m([['delta3']])} \\odot ${m([['sprime2_1'], ['sprime2_2']])} = ${m([['delta2_1'], ['delta2_2']])}`,
    `\\frac{\\partial J}{\\partial \\theta^{1}} = \\delta^{2} (a^{1})^{\\mathsf T} + \\lambda\\,\\bigl[\\,0 \\;\\; \\theta^{1}_{:,1:}\\bigr] = ${m([['grad_theta1_10', 'grad_theta1_11', 'grad_theta1_12'], ['grad_theta1_20', 'grad_theta1_21', 'grad_theta1_22']])}`,
    `\\frac{\\partial J}{\\partial \\theta^{2}} = \\delta^{3} (a^{2})^{\\mathsf T} + \\lambda\\,\\bigl[\\,0 \\;\\; \\theta^{2}_{:,1:}\\bigr] = ${m([['grad_theta2_10', 'grad_theta2_11', 'grad_theta2_12']])}`,
  ];
  return (
    <section className="matrix-view" aria-labelledby="matrix-title">
      <h3 id="matrix-title">{t('matrix.title')}</h3>
      {seedCase ? lines.map((tex, i) => <Formula key={i} tex={tex} label={t('matrix.line', { n: i + 1 })} />) : <MatrixViewShape />}
      <aside className="slip" aria-labelledby="slip-title">
        <h4 id="slip-title">{t('slips.title')}</h4>
        <ul>
          <li>{t('slips.delta2')}</li>
          <li>{t('slips.a2index')}</li>
          <li>{t('slips.sign')}</li>
        </ul>
      </aside>
    </section>
  );
});

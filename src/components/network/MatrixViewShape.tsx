import { useT, useViewTimeline, useViewNet } from '../../store/hooks';
import { texNumber } from '../../core/format';
import { netIds } from '../../core/netIds';
import { Formula } from '../math/Formula';
import { useCursorView, type CursorView } from '../quantities/useCursorView';
import { figureSample } from './figureIds';

const range = (n: number, from = 1) => Array.from({ length: n }, (_, k) => k + from);

function bmatrix(view: CursorView, rows: string[][]): string {
  const cell = (id: string) => {
    const v = id === '1' ? 1 : view.value(id);
    return v === undefined ? '\\square' : texNumber(v, false);
  };
  return `\\begin{bmatrix}${rows.map((r) => r.map(cell).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/**
 * The matrix form for any shape, layer by layer, for the sample the figure shows: the forward
 * z = θa, a = s(z), the backward δ = (θ without its bias column)ᵀδ ⊙ s′(z), and the gradients
 * (D, the batch's, when m > 1). A matrix wider than its box scrolls inside it (SPEC §10).
 */
export function MatrixViewShape() {
  const t = useT();
  // The shape the views' timeline is of (an edit reaches both in the same render).
  const { layers, samples } = useViewNet();
  const m = samples.length;
  const timeline = useViewTimeline();
  const view = useCursorView({ deferred: true });
  const at = m > 1 ? figureSample(timeline.steps, view.k) : 1;
  const ids = netIds(layers, m);
  const L = layers.length;
  const mx = (rows: string[][]) => bmatrix(view, rows);
  const col = (f: (j: number) => string, n: number, from = 1) => range(n, from).map((j) => [f(j)]);
  const theta = (l: number, from = 0) => range(layers[l], 1).map((j) => range(layers[l - 1] + 1 - from, from).map((i) => ids.theta(l, j, i)));
  const lines: string[] = [];
  for (let l = 1; l < L; l++) {
    const a = col((i) => (i === 0 ? '1' : ids.a(l, i, at)), layers[l - 1] + 1, 0);
    lines.push(`z^{${l + 1}} = \\theta^{${l}} a^{${l}} = ${mx(theta(l))} ${mx(a)} = ${mx(col((j) => ids.z(l + 1, j, at), layers[l]))}`);
    lines.push(`a^{${l + 1}} = s(z^{${l + 1}}) = ${mx(col((j) => ids.a(l + 1, j, at), layers[l]))}`);
  }
  lines.push(`\\delta^{${L}} = a^{${L}} - y = ${mx(col((k) => ids.delta(L, k, at), layers[L - 1]))}`);
  for (let l = L - 1; l >= 2; l--) {
    const tT = range(layers[l - 1]).map((i) => range(layers[l]).map((j) => ids.theta(l, j, i)));
    lines.push(
      `\\delta^{${l}} = (\\theta^{${l}}_{:,1:})^{\\mathsf T}\\,\\delta^{${l + 1}} \\odot s'(z^{${l}}) = ${mx(tT)} ${mx(col((k) => ids.delta(l + 1, k, at), layers[l]))} \\odot ${mx(col((j) => ids.sprime(l, j, at), layers[l - 1]))} = ${mx(col((j) => ids.delta(l, j, at), layers[l - 1]))}`,
    );
  }
  for (let l = L - 1; l >= 1; l--) {
    const grads = range(layers[l]).map((j) => range(layers[l - 1] + 1, 0).map((i) => ids.grad(l, j, i)));
    const sum = m > 1 ? `\\frac{1}{m}\\sum_{i=1}^{m} \\delta^{${l + 1}(i)} (a^{${l}(i)})^{\\mathsf T}` : `\\delta^{${l + 1}} (a^{${l}})^{\\mathsf T}`;
    lines.push(`\\frac{\\partial J}{\\partial \\theta^{${l}}} = ${sum} + ${m > 1 ? '\\tfrac{\\lambda}{m}' : '\\lambda'}\\,\\bigl[\\,0 \\;\\; \\theta^{${l}}_{:,1:}\\bigr] = ${mx(grads)}`);
  }
  return (
    <>
      {m > 1 && <p className="muted">{t('network.figureSample', { i: at, m })}</p>}
      {lines.map((tex, i) => (
        <div key={i} className="matrix-scroll">
          <Formula tex={tex} label={t('matrix.line', { n: i + 1 })} />
        </div>
      ))}
    </>
  );
}

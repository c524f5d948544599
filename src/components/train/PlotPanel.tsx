import { useMemo, useState } from 'react';
import type { Layers } from '../../core/engine';
import { predictGrid } from '../../core/train/grid';
import type { Rows } from '../../core/url';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { POINTS_MAX } from '../../store/trainActions';
import { DecisionPlot } from './DecisionPlot';
import { domainOf } from './heatmap';

/** Cells per side of the heatmap: 3 600 forward passes a frame, smoothed by the canvas's scaling. */
export const GRID = 60;

interface Props {
  layers: Layers;
  theta: readonly ArrayLike<number>[];
  rows: Rows;
  /** Bumped when the trainer moved (the weights are live views). */
  version: number;
}

/** The decision plot with its choices: which output (K > 1), and for custom data the label to add. */
export function PlotPanel({ layers, theta, rows, version }: Props) {
  const t = useT();
  const dataset = useApp((s) => s.dataset);
  const points = useApp((s) => s.points);
  const { setPoints } = useActions();
  const K = layers[layers.length - 1];
  const [chosen, setOutput] = useState(0);
  const output = Math.min(chosen, K - 1);
  const [label, setLabel] = useState<0 | 1>(1);
  const custom = dataset === 'custom';
  const domain = useMemo(() => domainOf(rows, custom), [rows, custom]);
  const grid = useMemo(
    () => predictGrid(layers, theta, { x1: domain.x, x2: [domain.y[0], domain.y[1]], cols: GRID, rows: GRID }, output),
    // The weights are live views the trainer moves: version says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layers, theta, domain, output, version],
  );
  const current = points ?? [];
  const edit = custom
    ? {
        label,
        full: current.length >= POINTS_MAX,
        add: (x1: number, x2: number) => setPoints([...current, [x1, x2, ...Array.from({ length: K }, (_, k) => (K > 1 ? (k === output ? label : 1 - label) : label))]]),
        remove: (i: number) => setPoints(current.filter((_, k) => k !== i)),
      }
    : undefined;
  return (
    <div className="train-plot-panel">
      {K > 1 && (
        <label className="train-output">
          {t('train.output')}
          <select value={output} onChange={(e) => setOutput(Number(e.currentTarget.value))}>
            {Array.from({ length: K }, (_, k) => (
              <option key={k} value={k}>
                {t('train.outputK', { k: k + 1 })}
              </option>
            ))}
          </select>
        </label>
      )}
      <DecisionPlot rows={rows} s1={layers[0]} output={output} grid={grid} G={GRID} domain={domain} edit={edit} />
      {custom && (
        <div className="train-custom">
          <div role="radiogroup" aria-label={t('train.custom.label')} className="label-choice">
            <span>{t('train.custom.label')}</span>
            {([1, 0] as const).map((v) => (
              <label key={v}>
                <input type="radio" name="train-label" checked={label === v} onChange={() => setLabel(v)} /> {v}
              </label>
            ))}
          </div>
          <span className="muted">{t('train.custom.count', { n: current.length, max: POINTS_MAX })}</span>
          <button type="button" onClick={() => setPoints(null)} disabled={current.length === 0}>
            {t('train.custom.clear')}
          </button>
          {current.length === 0 && <p className="muted">{t('train.custom.empty')}</p>}
        </div>
      )}
    </div>
  );
}

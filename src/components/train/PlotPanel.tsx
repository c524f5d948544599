import { memo, useMemo, useState } from 'react';
import type { Layers } from '../../core/engine';
import { predictGrid } from '../../core/train/grid';
import type { Rows } from '../../core/url';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { POINTS_MAX } from '../../store/trainActions';
import { DecisionPlot } from './DecisionPlot';
import { useFrameVersion, useOnScreen, useSettled, type FrameClock } from '../../chapters/train/frameClock';
import { domainOf } from './heatmap';

/** Cells per side of the heatmap: 3 600 forward passes, smoothed by the canvas's scaling. */
export const GRID = 60;
/** While training moves: a quarter of the passes (the boundary moves too fast to see the difference). */
export const COARSE_GRID = 30;

interface Props {
  layers: Layers;
  theta: readonly ArrayLike<number>[];
  rows: Rows;
  /** Says when to redraw (the plot's turn while training): the weights are live views. */
  clock: FrameClock;
}

/** The decision plot with its choices: which output (K > 1), and for custom data the label to add. */
function PlotPanelView({ layers, theta, rows, clock }: Props) {
  const version = useFrameVersion(clock, 'plot');
  const onScreen = useOnScreen(clock, 'plot');
  // While training moves: the heatmap at COARSE_GRID, the exact GRID once it stops.
  const coarse = !useSettled(clock);
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
  const G = coarse ? COARSE_GRID : GRID;
  const grid = useMemo(
    () => predictGrid(layers, theta, { x1: domain.x, x2: [domain.y[0], domain.y[1]], cols: G, rows: G }, output),
    // The weights are live views the trainer moves: version says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layers, theta, domain, output, version, G],
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
    <div className="train-plot-panel" ref={onScreen}>
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
      <DecisionPlot rows={rows} s1={layers[0]} output={output} grid={grid} G={G} domain={domain} edit={edit} />
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

/** Redrawn in its turn while training, or when its own settings change. */
export const PlotPanel = memo(PlotPanelView);

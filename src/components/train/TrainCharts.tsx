import { useState } from 'react';
import { useT } from '../../store/hooks';
import { COLORS } from '../../theme';
import { SeriesChart } from './SeriesChart';

const LAYER_COLORS = [COLORS.positive, COLORS.active, COLORS.reused, COLORS.recomputed];
const LAYER_DASHES = [undefined, '6 4', '2 3', '10 3 2 3'];
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

interface Props {
  count: number;
  J: Float64Array;
  accuracy: Float64Array;
  norms: readonly Float64Array[];
}

/** J over epochs (linear or log), accuracy, and each layer's gradient norm on a log scale. */
export function TrainCharts({ count, J, accuracy, norms }: Props) {
  const t = useT();
  const [log, setLog] = useState(false);
  return (
    <div className="train-charts">
      <SeriesChart title={t('train.lossChart')} series={[{ key: 'J', label: 'J', values: J, color: COLORS.accent }]} count={count} log={log}>
        <label className="train-log">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.currentTarget.checked)} /> {t('train.logScale')}
        </label>
      </SeriesChart>
      <SeriesChart
        title={t('train.accChart')}
        series={[{ key: 'acc', label: t('train.accuracy'), values: accuracy, color: COLORS.reused }]}
        count={count}
        domain={[0, 1]}
        format={(x) => `${(x * 100).toFixed(1)} %`}
      />
      <SeriesChart
        title={t('train.normsChart')}
        series={norms.map((values, k) => ({ key: `n${k}`, label: `‖θ${SUP[k + 1]}‖`, values, color: LAYER_COLORS[k % 4], dash: LAYER_DASHES[k % 4] }))}
        count={count}
        log
      >
        <ul className="train-legend" aria-hidden="true">
          {norms.map((_, k) => (
            <li key={k}>
              <svg width="26" height="10">
                <line x1="0" x2="26" y1="5" y2="5" stroke={LAYER_COLORS[k % 4]} strokeWidth="2.5" strokeDasharray={LAYER_DASHES[k % 4]} />
              </svg>
              θ{SUP[k + 1]}
            </li>
          ))}
        </ul>
        {norms.length > 2 && <p className="muted">{t('train.normsNote')}</p>}
      </SeriesChart>
    </div>
  );
}

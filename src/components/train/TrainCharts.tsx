import { memo, useState, type ComponentType, type RefCallback } from 'react';
import { useFrameVersion, useOnScreen, useSettled, type FrameClock } from '../../chapters/train/frameClock';
import type { Trainer } from '../../core/train/trainer';
import { useT } from '../../store/hooks';
import { COLORS } from '../../theme';
import { SeriesChart } from './SeriesChart';

const LAYER_COLORS = [COLORS.positive, COLORS.active, COLORS.reused, COLORS.recomputed];
const LAYER_DASHES = [undefined, '6 4', '2 3', '10 3 2 3'];
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * One chart's props: the trainer, whose records it reads as it renders, and `version`, which
 * says when to redraw (a chart is redrawn in its turn while training, not every frame).
 */
interface ChartProps {
  trainer: Trainer;
  version: number;
  /** While training moves: coarser paths (SeriesChart). */
  coarse: boolean;
  /** The chart's figure: whether it is on screen decides whether it takes its turns (frameClock.ts). */
  onScreen: RefCallback<HTMLElement>;
}

/** A chart that follows its own turn in the frame clock. */
function Follow({ trainer, clock, view, Chart }: { trainer: Trainer; clock: FrameClock; view: 'loss' | 'accuracy' | 'norms'; Chart: ComponentType<ChartProps> }) {
  return <Chart trainer={trainer} version={useFrameVersion(clock, view)} coarse={!useSettled(clock)} onScreen={useOnScreen(clock, view)} />;
}

function LossChartView({ trainer, coarse, onScreen }: ChartProps) {
  const t = useT();
  const [log, setLog] = useState(false);
  const { J } = trainer.series();
  return (
    <SeriesChart title={t('train.lossChart')} series={[{ key: 'J', label: 'J', values: J, color: COLORS.accent }]} count={J.length} log={log} coarse={coarse} onScreen={onScreen}>
      <label className="train-log">
        <input type="checkbox" checked={log} onChange={(e) => setLog(e.currentTarget.checked)} /> {t('train.logScale')}
      </label>
    </SeriesChart>
  );
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const UNIT: [number, number] = [0, 1];

function AccuracyChartView({ trainer, coarse, onScreen }: ChartProps) {
  const t = useT();
  const { accuracy } = trainer.series();
  return (
    <SeriesChart
      title={t('train.accChart')}
      series={[{ key: 'acc', label: t('train.accuracy'), values: accuracy, color: COLORS.reused }]}
      count={accuracy.length}
      domain={UNIT}
      format={percent}
      coarse={coarse}
      onScreen={onScreen}
    />
  );
}

function NormsChartView({ trainer, coarse, onScreen }: ChartProps) {
  const t = useT();
  const norms = trainer.series().gradNorm;
  return (
    <SeriesChart
      title={t('train.normsChart')}
      series={norms.map((values, k) => ({ key: `n${k}`, label: `‖θ${SUP[k + 1]}‖`, values, color: LAYER_COLORS[k % 4], dash: LAYER_DASHES[k % 4] }))}
      count={norms[0]?.length ?? 0}
      log
      coarse={coarse}
      onScreen={onScreen}
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
  );
}

const LossChart = memo(LossChartView);
const AccuracyChart = memo(AccuracyChartView);
const NormsChart = memo(NormsChartView);

/** J over epochs (linear or log), accuracy, and each layer's gradient norm on a log scale; each redraws in its turn. */
function TrainChartsView({ trainer, clock }: { trainer: Trainer; clock: FrameClock }) {
  return (
    <div className="train-charts">
      <Follow trainer={trainer} clock={clock} view="loss" Chart={LossChart} />
      <Follow trainer={trainer} clock={clock} view="accuracy" Chart={AccuracyChart} />
      <Follow trainer={trainer} clock={clock} view="norms" Chart={NormsChart} />
    </div>
  );
}

export const TrainCharts = memo(TrainChartsView);

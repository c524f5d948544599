import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { CURVE_FUNCTIONS } from '../../core/curves';
import { Plot } from '../../components/plots/Plot';
import { DragArea, ZMarker } from '../../components/plots/ZMarker';
import { quantityLabel } from '../../components/quantities/labels';
import { CurveLabel, CurvePath, Dot, KeyPoint } from './PlotParts';
import { useCurveView } from './useCurveView';
import { markerText } from './ZField';

const negLog = (p: number) => -Math.log(p);
const LOSSES = ['neg_log_sigmoid', 'neg_log_one_minus_sigmoid'] as const;
const log = (p: number) => Math.log(p);

/**
 * −log p on (0, 1) beside log p, so the picture itself says which one decreases (SPEC §2), with
 * the prediction marked at the probability given to the true label: s(z) if y = 1, 1 − s(z) if y = 0.
 */
function NegLogPlot() {
  const t = useT();
  const y = useApp((s) => s.y);
  const view = useCurveView();
  const s = view.value('sigmoid');
  const loss = view.value(y === 1 ? 'neg_log_sigmoid' : 'neg_log_one_minus_sigmoid');
  // 1 − s(z) as s(−z): exact where 1 − s would round to 0.
  const p = s === undefined ? undefined : y === 1 ? s : CURVE_FUNCTIONS.sigmoid(-view.z);
  return (
    <Plot title={t('curve.plot.negLog')} xDomain={[0, 1]} yDomain={[-4, 4]} xLabel="p" yLabel="y" aspect={0.7}>
      {(frame, clip) => (
        <>
          <CurvePath frame={frame} clip={clip} f={log} className="curve-ghost" />
          <CurveLabel
            frame={frame}
            x={0.3}
            y={log(0.3)}
            text={t('curve.label.log')}
            className="curve-label-ghost"
            dx={6}
            dy={24}
          />
          <CurvePath frame={frame} clip={clip} f={negLog} className="curve-main" />
          <CurveLabel
            frame={frame}
            x={0.3}
            y={negLog(0.3)}
            text={t('curve.label.negLog')}
            className="curve-label-main"
            dx={6}
            dy={-12}
          />
          <KeyPoint frame={frame} x={1} y={0} label="(1, 0)" anchor="end" />
          {p !== undefined && (
            <g className="prediction">
              <line className="prediction-guide" x1={frame.x(p)} x2={frame.x(p)} y1={frame.top} y2={frame.bottom} />
              <text
                className="plot-note plot-note-strong"
                x={Math.min(frame.right - 4, Math.max(frame.left + 4, frame.x(p)))}
                y={frame.top - 8}
                textAnchor={p > 0.5 ? 'end' : 'start'}
              >
                {t(y === 1 ? 'curve.label.pIsS' : 'curve.label.pIsOneMinusS')}
              </text>
              {loss !== undefined && <Dot frame={frame} x={p} y={loss} className="dot-main" />}
            </g>
          )}
        </>
      )}
    </Plot>
  );
}

/** Both losses as functions of z, the one for the current label drawn strong; the marker sets z. */
function LossZPlot() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const y = useApp((s) => s.y);
  const { setParam } = useActions();
  const view = useCurveView();
  const onZ = (z: number) => setParam('z', z);
  const shown = (id: 'sigmoid' | 'neg_log_sigmoid' | 'neg_log_one_minus_sigmoid') => view.written.includes(id);
  const role = (id: 'neg_log_sigmoid' | 'neg_log_one_minus_sigmoid') =>
    (id === 'neg_log_sigmoid') === (y === 1) ? 'main' : 'other';
  const f = CURVE_FUNCTIONS;
  // A legend, not labels on the curves: both names are long and the plot may be 350 px wide.
  const legend = LOSSES.some(shown) && (
    <ul className="plot-legend">
      {LOSSES.filter(shown).map((id) => (
        <li key={id}>
          <svg width="34" height="12" aria-hidden="true">
            <line className={`curve curve-${role(id)}`} x1="2" x2="32" y1="6" y2="6" />
          </svg>
          {t(id === 'neg_log_sigmoid' ? 'curve.label.lossY1' : 'curve.label.lossY0', { name: quantityLabel(id, lang) })}
        </li>
      ))}
    </ul>
  );
  return (
    <Plot
      title={t('curve.plot.lossZ')}
      xDomain={[-6, 6]}
      yDomain={[-0.5, 6]}
      xLabel="z"
      yLabel={t('curve.axis.loss')}
      aspect={0.7}
      footer={legend}
    >
      {(frame, clip) => (
        <>
          <DragArea frame={frame} onChange={onZ} />
          {shown('sigmoid') && (
            <>
              <CurvePath frame={frame} clip={clip} f={f.sigmoid} className="curve-ghost" />
              <CurveLabel
                frame={frame}
                x={4.2}
                y={f.sigmoid(4.2)}
                text={quantityLabel('sigmoid', lang)}
                className="curve-label-ghost"
                dy={22}
              />
            </>
          )}
          {LOSSES.filter(shown).map((id) => (
            <CurvePath key={id} frame={frame} clip={clip} f={f[id]} className={`curve-${role(id)}`} />
          ))}
          {shown('neg_log_sigmoid') && <KeyPoint frame={frame} x={0} y={Math.LN2} label="(0, ln 2)" dy={-12} />}
          {(['sigmoid', 'neg_log_sigmoid', 'neg_log_one_minus_sigmoid'] as const).filter(shown).map((id) => (
            <Dot
              key={id}
              frame={frame}
              x={view.z}
              y={f[id](view.z)}
              className={id === 'sigmoid' ? 'dot-ghost' : `dot-${role(id)}`}
            />
          ))}
          <ZMarker frame={frame} z={view.z} onChange={onZ} label={t('curve.marker')} valueText={markerText(view.z)} />
        </>
      )}
    </Plot>
  );
}

/** The label y: the network's own label too (one sample, one truth), so switching it here switches it there. */
export function LabelToggle() {
  const t = useT();
  const y = useApp((s) => s.y);
  const { setLabel } = useActions();
  return (
    <div className="label-toggle" role="group" aria-label={t('curve.y.label')}>
      <span aria-hidden="true">{t('curve.y.label')}</span>
      {([1, 0] as const).map((v) => (
        <button key={v} type="button" aria-pressed={y === v} onClick={() => setLabel(v)}>
          y = {v}
        </button>
      ))}
    </div>
  );
}

export function LossFigure() {
  return (
    <div className="loss-plots" data-figure="">
      <NegLogPlot />
      <LossZPlot />
    </div>
  );
}

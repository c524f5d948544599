import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { CURVE_FUNCTIONS } from '../../core/curves';
import { Plot } from '../../components/plots/Plot';
import { DragArea, ZMarker } from '../../components/plots/ZMarker';
import { quantityLabel } from '../../components/quantities/labels';
import type { Frame } from '../../components/plots/geometry';
import { CurveLabel, CurvePath, Dot, KeyPoint } from './PlotParts';
import { useCurveView } from './useCurveView';
import { markerText } from './ZField';

const { sigmoid, sigmoid_prime: sigmoidPrime } = CURVE_FUNCTIONS;
/** Past this |z|, s'(z) < 0.02: the sigmoid is flat and passes almost no gradient back. */
export const SATURATED_AT = 4;

/** The tangent to s at z, over the whole plot (a line; the clip path cuts it). */
function Tangent({ frame, clip, z }: { frame: Frame; clip: string; z: number }) {
  const [a, b] = frame.x.domain();
  const [s, slope] = [sigmoid(z), sigmoidPrime(z)];
  // Far out, z − a is huge but the slope is 0: the line is y = s exactly, never 0 × ∞.
  const at = (x: number) => (slope === 0 ? s : s + slope * (x - z));
  return (
    <line
      className="tangent"
      clipPath={`url(#${clip})`}
      x1={frame.x(a)}
      x2={frame.x(b)}
      y1={frame.y(at(a))}
      y2={frame.y(at(b))}
    />
  );
}

/** Bands where |z| ≥ SATURATED_AT, named once. */
function Saturation({ frame }: { frame: Frame }) {
  const t = useT();
  const [a, b] = frame.x.domain();
  const band = (x0: number, x1: number) => (
    <rect
      className="saturated"
      x={frame.x(x0)}
      y={frame.top}
      width={frame.x(x1) - frame.x(x0)}
      height={frame.bottom - frame.top}
    />
  );
  return (
    <g>
      {band(a, -SATURATED_AT)}
      {band(SATURATED_AT, b)}
      <text className="plot-note" x={frame.right - 6} y={frame.y(0.5)} textAnchor="end">
        {t('curve.label.saturated')}
      </text>
    </g>
  );
}

/** s and s' = s(1 − s) on shared axes, the tangent at z with slope s'(z), and the peak s'(0) = ¼. */
export function DerivativeFigure() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { setParam } = useActions();
  const view = useCurveView();
  const onZ = (z: number) => setParam('z', z);
  const hasS = view.written.includes('sigmoid');
  const hasPrime = view.written.includes('sigmoid_prime');
  return (
    <Plot title={t('curve.plot.derivative')} xDomain={[-6, 6]} yDomain={[-0.15, 1.15]} xLabel="z" yLabel="y" chapterFigure>
      {(frame, clip) => (
        <>
          {hasPrime && <Saturation frame={frame} />}
          <DragArea frame={frame} onChange={onZ} />
          <line className="plot-guide" x1={frame.left} x2={frame.right} y1={frame.y(1)} y2={frame.y(1)} />
          {hasS && (
            <>
              <CurvePath frame={frame} clip={clip} f={sigmoid} className="curve-main" />
              <CurveLabel
                frame={frame}
                x={-2.6}
                y={sigmoid(-2.6)}
                text={quantityLabel('sigmoid', lang)}
                className="curve-label-main"
                anchor="end"
                dx={-6}
                dy={-12}
              />
            </>
          )}
          {hasPrime && (
            <>
              <CurvePath frame={frame} clip={clip} f={sigmoidPrime} className="curve-prime" />
              <CurveLabel
                frame={frame}
                x={1.7}
                y={sigmoidPrime(1.7)}
                text={quantityLabel('sigmoid_prime', lang)}
                className="curve-label-prime"
                dx={10}
                dy={-6}
              />
              <KeyPoint frame={frame} x={0} y={0.25} label={t('curve.label.peak')} dy={-12} />
              <Tangent frame={frame} clip={clip} z={view.z} />
            </>
          )}
          {hasS && <Dot frame={frame} x={view.z} y={sigmoid(view.z)} className="dot-main" />}
          {hasPrime && <Dot frame={frame} x={view.z} y={sigmoidPrime(view.z)} className="dot-prime" />}
          <ZMarker frame={frame} z={view.z} onChange={onZ} label={t('curve.marker')} valueText={markerText(view.z)} />
        </>
      )}
    </Plot>
  );
}

import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { CURVE_FUNCTIONS } from '../../core/curves';
import type { CurveId } from '../../core/ids';
import { Plot } from '../../components/plots/Plot';
import { DragArea, ZMarker } from '../../components/plots/ZMarker';
import { quantityLabel } from '../../components/quantities/labels';
import type { Frame } from '../../components/plots/geometry';
import { CurveLabel, CurvePath, Dot, HLine, KeyPoint, MorphPath } from './PlotParts';
import { useCurveView } from './useCurveView';
import { markerText } from './ZField';

type Built = 'exp_z' | 'exp_neg_z' | 'one_plus_exp_neg_z' | 'sigmoid';
const BUILT: readonly CurveId[] = ['exp_z', 'exp_neg_z', 'one_plus_exp_neg_z', 'sigmoid'];
const FLAT = () => 0;

/** Where each curve's name sits: beside it at a height where no other curve of the chapter passes. */
const LABEL_AT: Record<Built, { x: number; anchor: 'start' | 'end'; dx: number; dy: number }> = {
  exp_z: { x: Math.log(2.6), anchor: 'start', dx: 10, dy: 6 },
  exp_neg_z: { x: -Math.log(2.6), anchor: 'end', dx: -10, dy: 6 },
  one_plus_exp_neg_z: { x: -Math.log(0.45), anchor: 'start', dx: 10, dy: 0 },
  sigmoid: { x: Math.log(0.85 / 0.15), anchor: 'start', dx: 8, dy: 22 },
};

/** The asymptotes and marked points of the curve being built (SPEC §1.1). */
function Marks({ frame, id }: { frame: Frame; id: Built }) {
  const t = useT();
  switch (id) {
    case 'exp_z':
      return <KeyPoint frame={frame} x={0} y={1} label="(0, 1)" anchor="end" />;
    case 'exp_neg_z':
      return <KeyPoint frame={frame} x={0} y={1} label="(0, 1)" />;
    case 'one_plus_exp_neg_z':
      return (
        <>
          <HLine frame={frame} y={1} label={t('curve.asymptote', { y: '1' })} />
          <KeyPoint frame={frame} x={0} y={2} label="(0, 2)" />
        </>
      );
    case 'sigmoid':
      return (
        <>
          <HLine frame={frame} y={1} label={t('curve.asymptote', { y: '1' })} />
          <KeyPoint frame={frame} x={0} y={0.5} label="(0, ½)" dy={26} />
        </>
      );
  }
}

/** §1.1 on one plot: each step's curve morphs out of the previous one, which stays as a ghost. */
export function SigmoidFigure() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { setParam } = useActions();
  const view = useCurveView();
  const built = view.written.filter((id): id is Built => BUILT.includes(id));
  const current = built.at(-1);
  const f = current ? CURVE_FUNCTIONS[current] : FLAT;
  const onZ = (z: number) => setParam('z', z);
  const label = (frame: Frame, id: Built, className: string) => {
    const at = LABEL_AT[id];
    return (
      <CurveLabel
        frame={frame}
        x={at.x}
        y={CURVE_FUNCTIONS[id](at.x)}
        text={quantityLabel(id, lang)}
        className={className}
        anchor={at.anchor}
        dx={at.dx}
        dy={at.dy}
      />
    );
  };
  return (
    <Plot title={t('curve.plot.sigmoid')} xDomain={[-5, 5]} yDomain={[-0.5, 3.5]} xLabel="z" yLabel="y" chapterFigure>
      {(frame, clip) => (
        <>
          <DragArea frame={frame} onChange={onZ} />
          {built.slice(0, -1).map((id) => (
            <g key={id} className="ghost">
              <CurvePath frame={frame} clip={clip} f={CURVE_FUNCTIONS[id]} className="curve-ghost" />
              {label(frame, id, 'curve-label-ghost')}
            </g>
          ))}
          <MorphPath frame={frame} clip={clip} f={f} className={current ? 'curve-main' : 'curve-hidden'} />
          {current && (
            <>
              {label(frame, current, 'curve-label-main')}
              <Marks frame={frame} id={current} />
              <text className="plot-note" x={frame.right - 8} y={frame.y(-0.25)} dy="0.35em" textAnchor="end">
                {t(`curve.note.${current}`)}
              </text>
              <Dot frame={frame} x={view.z} y={f(view.z)} className="dot-main" />
            </>
          )}
          <ZMarker frame={frame} z={view.z} onChange={onZ} label={t('curve.marker')} valueText={markerText(view.z)} />
        </>
      )}
    </Plot>
  );
}

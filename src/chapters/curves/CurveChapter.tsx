import type { ReactNode } from 'react';
import { useApp } from '../../store/context';
import { useShownStepAttrs, useT } from '../../store/hooks';
import { curveValues } from '../../core/curves';
import type { CurveId } from '../../core/ids';
import { CURVE_CHAPTER_IDS, type CurveChapter as CurveChapterId } from '../../core/curveTimeline';
import { StepControls } from '../../components/controls/StepControls';
import { ValuesTable } from '../../components/quantities/ValuesTable';
import { BackLink } from './BackLink';
import { CurveCaption } from './CurveCaption';
import { Derivation } from './Derivation';
import { DerivativeFigure } from './DerivativeFigure';
import { LabelToggle, LossFigure } from './LossFigure';
import { SaturationNote, WhyLoss } from './Notes';
import { Readouts } from './Readouts';
import { SigmoidFigure } from './SigmoidFigure';
import { Transformations } from './Transformations';
import { ZField } from './ZField';
import './curves.css';

interface Layout {
  figure: ReactNode;
  /** The x-domain of the plot that carries the z marker. */
  zDomain: readonly [number, number];
  tools?: ReactNode;
  /** Under the plot, at the plot's width (the derivation's long lines need it). */
  below?: ReactNode;
  side?: ReactNode;
  /** Two plots side by side need the whole width: the current step then goes under them. */
  wide?: boolean;
}

const LAYOUTS: Record<CurveChapterId, () => Layout> = {
  sigmoid: () => ({ figure: <SigmoidFigure />, zDomain: [-5, 5], side: <Transformations /> }),
  loss: () => ({ figure: <LossFigure />, zDomain: [-6, 6], tools: <LabelToggle />, side: <WhyLoss />, wide: true }),
  derivative: () => ({ figure: <DerivativeFigure />, zDomain: [-6, 6], below: <Derivation />, side: <SaturationNote /> }),
};

/** A curve chapter: the plot with its z marker first, the current step beside it, then every value. */
export function CurveChapter({ chapter }: { chapter: CurveChapterId }) {
  const t = useT();
  const z = useApp((s) => s.z);
  const { figure, zDomain, tools, below, side, wide } = LAYOUTS[chapter]();
  const shown = useShownStepAttrs(chapter);
  return (
    <div className={`curve-chapter curve-chapter-${chapter}`} {...shown}>
      <div className="curve-head">
        <h2 className="chapter-title">{t(`chapter.${chapter}`)}</h2>
        <BackLink />
      </div>
      <StepControls />
      <div className={`curve-stage${wide ? ' curve-stage-wide' : ''}`}>
        <div className="curve-figure">
          {figure}
          <div className="curve-tools">
            <ZField />
            {tools}
          </div>
          <Readouts ids={CURVE_CHAPTER_IDS[chapter]} xDomain={zDomain} />
          {below}
        </div>
        <div className="curve-side">
          <CurveCaption />
          {side}
        </div>
      </div>
      <div className="curve-panels">
        <ValuesTable lnOf={(id) => curveValues(z)[id as CurveId]?.ln} />
      </div>
    </div>
  );
}

import { useShownStepAttrs, useT } from '../../store/hooks';
import { useApp } from '../../store/context';
import { StepControls } from '../../components/controls/StepControls';
import { StepList } from '../../components/controls/StepList';
import { StepCaption } from '../../components/explain/StepCaption';
import { ValuesTable } from '../../components/quantities/ValuesTable';
import { NetworkFigure } from '../../components/network/NetworkFigure';
import { FigureLegend } from '../../components/network/FigureLegend';
import { CurveLinks } from '../../components/network/CurveLinks';
import { CacheLedger } from '../../components/network/CacheLedger';
import { MultCounter } from '../../components/network/MultCounter';
import { ParamPanel } from '../../components/network/ParamPanel';
import { ShapeEditor } from '../../components/network/ShapeEditor';
import { DepthChart } from '../../components/network/DepthChart';
import { DeltaSizes } from '../../components/network/DeltaSizes';
import { GradCheckPanel } from '../../components/network/GradCheckPanel';
import { MatrixView } from '../../components/network/MatrixView';
import { Delta3Derivation } from '../../components/network/Delta3Derivation';
import { NaiveChain } from '../../components/network/NaiveChain';
import { KeepTraining } from '../../components/train/KeepTraining';
import { HoldOutOfSight } from '../../components/layout/HoldOutOfSight';
import { useAfterFirstCommit } from '../../components/layout/later';
import './network.css';

/** The heart of the app (SPEC §1.5): the figure and the current step first, then every other view. */
export function NetworkChapter() {
  const t = useT();
  const shown = useShownStepAttrs('network');
  // The panels below the figure are out of sight on a first visit: they mount in a background
  // render just after the first commit, so the figure and the current step paint without waiting
  // for their ~1,500 elements (SPEC §6 chapter ready). `data-all-views` says when they are there;
  // tests' act() flushes that render. The views beside the figure stay in the first commit: every
  // quantity is on the page two frames after the first one appears (what the SPEC §4 contract
  // check reads), and deferring them too took longer than that on a slow machine.
  const later = useAfterFirstCommit();
  // While playing, the figure's highlights change at once instead of easing over 450 ms: every
  // eased frame restyles and repaints the figure, which on a slow laptop cost most of the frames
  // that missed 60 fps (SPEC §6 autoplay); a step taken by hand still eases.
  const playing = useApp((s) => s.playing);
  return (
    <div className="network-chapter" data-playing={playing ? '1' : '0'} data-all-views={later ? '1' : '0'} {...shown}>
      <h2 className="chapter-title">{t('chapter.network')}</h2>
      <StepControls />
      <KeepTraining />
      <div className="net-stage">
        <div className="net-figure-col">
          <NetworkFigure />
          <FigureLegend />
          <CurveLinks />
          <DeltaSizes />
        </div>
        <div className="net-side">
          <StepCaption />
          <Delta3Derivation />
          <NaiveChain />
          <CacheLedger />
          <MultCounter />
        </div>
      </div>
      <HoldOutOfSight className="net-panels">
        {/* The first four stand where they always stood; the shape's own panels come after them. */}
        {later && (
          <>
            <StepList />
            <ParamPanel />
            <GradCheckPanel />
            <MatrixView />
            <ShapeEditor />
            <DepthChart />
            <ValuesTable />
          </>
        )}
      </HoldOutOfSight>
    </div>
  );
}

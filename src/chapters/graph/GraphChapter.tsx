import { useShownStepAttrs, useT } from '../../store/hooks';
import { StepControls } from '../../components/controls/StepControls';
import { StepCaption } from '../../components/explain/StepCaption';
import { ValuesTable } from '../../components/quantities/ValuesTable';
import { GraphFigure } from '../../components/graph/GraphFigure';
import { ModeSelector } from './ModeSelector';
import { GraphInputs } from './GraphInputs';
import { GraphTally } from './GraphTally';
import { GraphCounter } from './GraphCounter';
import { ChainField } from './ChainField';
import './graph.css';

/** e = (a+b)(b+1) by summing over paths, by forward mode and by reverse mode (SPEC §1.4). */
export function GraphChapter() {
  const t = useT();
  const shown = useShownStepAttrs('graph');
  return (
    <div className="graph-chapter" {...shown}>
      <h2 className="chapter-title">{t('chapter.graph')}</h2>
      <div className="graph-main">
        <GraphFigure />
        <div className="graph-side">
          <p className="graph-intro">{t('graph.intro')}</p>
          <ModeSelector />
          <GraphInputs />
          <ChainField />
          <StepControls />
          <StepCaption />
          <GraphCounter />
          <GraphTally />
        </div>
      </div>
      <div className="graph-lower">
        <ValuesTable />
      </div>
    </div>
  );
}

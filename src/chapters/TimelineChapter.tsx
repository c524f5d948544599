import type { ReactNode } from 'react';
import { StepControls } from '../components/controls/StepControls';
import { StepCaption } from '../components/explain/StepCaption';
import { ValuesTable } from '../components/quantities/ValuesTable';

/** A chapter's frame: its figure (if any), the step controls, the current step and every value. */
export function TimelineChapter({ title, children, lnOf }: { title: string; children?: ReactNode; lnOf?: (id: string) => number | undefined }) {
  return (
    <>
      <h2 className="chapter-title">{title}</h2>
      {children}
      <StepControls />
      <div className="chapter-body">
        <StepCaption />
        <ValuesTable lnOf={lnOf} />
      </div>
    </>
  );
}

import type { ReactNode } from 'react';
import { useActions } from '../../store/context';
import type { CurveChapter } from '../../core/curveTimeline';
import './plots.css';

/**
 * Opens a curve chapter at a point z (e.g. a hidden unit's z²ⱼ), remembering where it came from.
 * It opens at the chapter's last step, so the whole curve and the marker at z show at once.
 */
export function CurveLink({ chapter, z, children }: { chapter: CurveChapter; z: number; children: ReactNode }) {
  const { openCurveAt, seekEnd } = useActions();
  return (
    <button
      type="button"
      className="curve-link"
      onClick={() => {
        openCurveAt(chapter, z);
        seekEnd();
      }}
    >
      {children}
    </button>
  );
}

import type { ReactNode } from 'react';
import { useActions } from '../../store/context';
import type { CurveChapter } from '../../core/curveTimeline';
import { DOUBLE_DIGITS, snapToDigits } from '../../core/snap';
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
        // The digits a double holds: 0.6, not 0.6000000000000001, in z and in the link it writes.
        openCurveAt(chapter, snapToDigits(z, DOUBLE_DIGITS));
        seekEnd();
      }}
    >
      {children}
    </button>
  );
}

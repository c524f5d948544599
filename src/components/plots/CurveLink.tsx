import type { ReactNode } from 'react';
import { useActions } from '../../store/context';
import { buildCurveTimeline, type CurveChapter } from '../../core/curveTimeline';
import type { CurveId } from '../../core/ids';
import { DOUBLE_DIGITS, snapToDigits } from '../../core/snap';
import './plots.css';

/**
 * Opens a curve chapter at a point z (e.g. a hidden unit's z²ⱼ), remembering where it came from.
 * It opens at the step that draws `show` (the curve the link is about, e.g. the loss of the
 * example's label), else at the chapter's last step, so the curve and the marker at z show at once.
 */
export function CurveLink({ chapter, z, show, children }: { chapter: CurveChapter; z: number; show?: CurveId; children: ReactNode }) {
  const { openCurveAt } = useActions();
  return (
    <button
      type="button"
      className="curve-link"
      onClick={() => {
        // The digits a double holds: 0.6, not 0.6000000000000001, in z and in the link it writes.
        const at = snapToDigits(z, DOUBLE_DIGITS);
        const k = show === undefined ? -1 : buildCurveTimeline(chapter, at).steps.findIndex((s) => s.writes.includes(show));
        openCurveAt(chapter, at, k >= 0 ? k + 1 : undefined);
      }}
    >
      {children}
    </button>
  );
}

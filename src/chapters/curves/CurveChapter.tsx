import { useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { curveValues } from '../../core/curves';
import type { CurveId } from '../../core/ids';
import type { CurveChapter as CurveChapterId } from '../../core/curveTimeline';
import { TimelineChapter } from '../TimelineChapter';

/** Curve values past a double's range (e^1000) are shown from their logarithm. */
export function CurveChapter({ chapter }: { chapter: CurveChapterId }) {
  const t = useT();
  const z = useApp((s) => s.z);
  return <TimelineChapter title={t(`chapter.${chapter}`)} lnOf={(id) => curveValues(z)[id as CurveId]?.ln} />;
}

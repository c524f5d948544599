import { useApp } from '../store/context';
import { useT } from '../store/hooks';
import { curveValues } from '../core/curves';
import type { CurveId } from '../core/ids';
import { TimelineChapter } from './TimelineChapter';

/** The current chapter. Curve values past a double's range are shown from their logarithm. */
export function Chapter() {
  const t = useT();
  const chapter = useApp((s) => s.chapter);
  const z = useApp((s) => s.z);
  const lnOf = chapter !== 'network' && chapter !== 'graph' ? (id: string) => curveValues(z)[id as CurveId]?.ln : undefined;
  return <TimelineChapter key={chapter} title={t(`chapter.${chapter}`)} lnOf={lnOf} />;
}

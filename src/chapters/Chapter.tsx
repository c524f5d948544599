import { lazy, Suspense } from 'react';
import { useApp } from '../store/context';

// Every chapter loads on demand: the first paint needs only the page's frame (SPEC §6 budget).
const NetworkChapter = lazy(() => import('./network/NetworkChapter').then((m) => ({ default: m.NetworkChapter })));
const GraphChapter = lazy(() => import('./graph/GraphChapter').then((m) => ({ default: m.GraphChapter })));
const CurveChapter = lazy(() => import('./curves/CurveChapter').then((m) => ({ default: m.CurveChapter })));

/** The current chapter; each area owns its folder under chapters/. */
export function Chapter() {
  const chapter = useApp((s) => s.chapter);
  return (
    <Suspense fallback={<div className="chapter-loading" aria-busy="true" />}>
      {chapter === 'network' ? <NetworkChapter /> : chapter === 'graph' ? <GraphChapter /> : <CurveChapter key={chapter} chapter={chapter} />}
    </Suspense>
  );
}

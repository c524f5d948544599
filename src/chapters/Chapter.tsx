import { lazy, Suspense, type ComponentType } from 'react';
import { useApp } from '../store/context';
import { loadStrings, type Area } from '../i18n/load';

/** A chapter's code and its strings, loaded together when it is first opened. */
function chapter<P extends object>(area: Area, load: () => Promise<ComponentType<P>>) {
  return lazy(() => Promise.all([load(), loadStrings(area)]).then(([component]) => ({ default: component })));
}

// Every chapter loads on demand: the first paint needs only the page's frame (SPEC §6 budget).
const NetworkChapter = chapter('network', () => import('./network/NetworkChapter').then((m) => m.NetworkChapter));
const GraphChapter = chapter('graph', () => import('./graph/GraphChapter').then((m) => m.GraphChapter));
const TrainChapter = chapter('train', () => import('./train/TrainChapter').then((m) => m.TrainChapter));
const CurveChapter = chapter('curves', () => import('./curves/CurveChapter').then((m) => m.CurveChapter));

/**
 * The current chapter; each area owns its folder under chapters/. The boundary is keyed by the
 * chapter so the one left unmounts at once: kept hidden while the next chunk loads, it would stay
 * subscribed to a store that has moved on, and weigh thousands of invisible elements.
 */
export function Chapter() {
  const chapter = useApp((s) => s.chapter);
  return (
    <Suspense key={chapter} fallback={<div className="chapter-loading" aria-busy="true" />}>
      {chapter === 'network' ? (
        <NetworkChapter />
      ) : chapter === 'graph' ? (
        <GraphChapter />
      ) : chapter === 'train' ? (
        <TrainChapter />
      ) : (
        <CurveChapter key={chapter} chapter={chapter} />
      )}
    </Suspense>
  );
}

import { lazy, Suspense, type ComponentType } from 'react';
import { useApp } from '../store/context';
import { loadStrings, type Area } from '../i18n/load';
import type { ChapterId } from '../core/url';

/** A chapter's code and its strings, loaded together when it is first opened or preloaded, once. */
function chapter<P extends object>(area: Area, load: () => Promise<ComponentType<P>>) {
  let started: Promise<{ default: ComponentType<P> }> | undefined;
  let loaded: { default: ComponentType<P> } | undefined;
  const start = () =>
    (started ??= Promise.all([load(), loadStrings(area)]).then(([component]) => (loaded = { default: component })));
  // Arrived before React first asks for it (preloaded): a thenable that answers at once, so the
  // chapter renders in the same pass. Given a promise, even a settled one, React commits the
  // fallback first and renders the chapter in a retry of its own, sliced between frames (at CPU
  // 4× slower that pass alone cost ~0.3 s of SPEC §6's chapter ready).
  const Component = lazy(() => (loaded ? ({ then: (resolve: (m: typeof loaded) => void) => resolve(loaded) } as Promise<{ default: ComponentType<P> }>) : start()));
  return { Component, start };
}

// Every chapter loads on demand: the first paint needs only the page's frame (SPEC §6 budget).
const network = chapter('network', () => import('./network/NetworkChapter').then((m) => m.NetworkChapter));
const graph = chapter('graph', () => import('./graph/GraphChapter').then((m) => m.GraphChapter));
const train = chapter('train', () => import('./train/TrainChapter').then((m) => m.TrainChapter));
const curves = chapter('curves', () => import('./curves/CurveChapter').then((m) => m.CurveChapter));
const NetworkChapter = network.Component;
const GraphChapter = graph.Component;
const TrainChapter = train.Component;
const CurveChapter = curves.Component;

/**
 * Starts loading the URL's chapter while the entry waits for the timeline builders, so its module
 * is evaluated by the time React first renders it: a dynamic import whose file has arrived still
 * waits its turn behind the page's loading tasks (~0.1 s at CPU 4× slower), and the chapter's
 * import used to start only once the builders' had finished. The promise settles (never
 * rejects) once the chapter is there or has failed: a failure surfaces where it did before, when
 * the chapter renders.
 */
export function preloadChapter(id: ChapterId): Promise<void> {
  const c = id === 'network' ? network : id === 'graph' ? graph : id === 'train' ? train : curves;
  return c.start().then(
    () => undefined,
    () => undefined,
  );
}

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

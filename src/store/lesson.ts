/**
 * The lesson as the clicker walks it (SPEC §3, §4.3): the chapters in order, the graph chapter once
 * per method. A new chapter is one more entry here.
 */
import type { ChapterId, UrlState } from '../core/url';
import type { GraphMode } from '../core/graphTimeline';

export interface Stop {
  chapter: ChapterId;
  /** Only for the graph chapter: the method this stop shows. */
  mode?: GraphMode;
}

export const LESSON: readonly Stop[] = [
  { chapter: 'sigmoid' },
  { chapter: 'loss' },
  { chapter: 'derivative' },
  { chapter: 'graph', mode: 'paths' },
  { chapter: 'graph', mode: 'forward' },
  { chapter: 'graph', mode: 'reverse' },
  { chapter: 'network' },
  // The last stop: PageDown there runs one epoch (trainKeys.ts), so the lesson ends here (SPEC §10).
  { chapter: 'train' },
];

/** The stop the page is at: its chapter, and for a chapter with several stops the one of its mode. */
export function lessonIndex(s: Pick<UrlState, 'chapter' | 'mode'>): number {
  const exact = LESSON.findIndex((x) => x.chapter === s.chapter && (x.mode === undefined || x.mode === s.mode));
  return exact >= 0 ? exact : LESSON.findIndex((x) => x.chapter === s.chapter);
}

/** The stop after (+1) or before (−1) the current one, if the lesson has one. */
export function neighbourStop(s: Pick<UrlState, 'chapter' | 'mode'>, direction: 1 | -1): Stop | undefined {
  const i = lessonIndex(s);
  return i < 0 ? undefined : LESSON[i + direction];
}

import { useEffect, useState } from 'react';
import { useApp } from '../../store/context';
import { useT, useTimeline, useDeferredStep } from '../../store/hooks';
import { currentStep } from '../../core/derive';
import { formatNumber } from '../../core/format';
import { loadStrings, type Area } from '../../i18n/load';
import type { ChapterId, Lang } from '../../core/url';
import type { Step } from '../../core/timeline';
import { labelScope, quantityLabel } from '../quantities/labels';

type T = (key: string, vars?: Record<string, string | number>) => string;

const areaOf = (chapter: ChapterId): Area => (chapter === 'network' || chapter === 'graph' || chapter === 'train' ? chapter : 'curves');

/**
 * What the live region says at step k of n: the counter, the step's sentence and the values it
 * wrote, in the language's punctuation. Empty while the sentence's strings have not loaded:
 * a screen reader must never read out a key.
 */
export function announcement(chapter: ChapterId, step: Step<string> | undefined, k: number, n: number, lang: Lang, t: T): string {
  // A chapter without steps (training counts epochs, and speaks them itself) is only named.
  if (n === 0) return t('announce.open', { chapter: t(`chapter.${chapter}`) });
  const counter = t('controls.counter', { k, n });
  // Step 0 is where a chapter opens (a link, the clicker crossing over): say which one.
  if (!step) return t('announce.start', { chapter: t(`chapter.${chapter}`), counter });
  const explain = t(step.explain, step.explainArgs);
  if (explain === step.explain) return '';
  const values = step.writes
    .slice(0, 3)
    .map((id) => `${quantityLabel(id, lang, labelScope(chapter))} = ${formatNumber(step.values[id] as number)}`)
    .join(t('announce.join'));
  return t('announce.step', { counter, explain, values });
}

/** Reads each step out through a live region, once the chapter's strings are there to say it. */
export function Announcer() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const chapter = useApp((s) => s.chapter);
  const area = areaOf(chapter);
  const k = useDeferredStep();
  const timeline = useTimeline();
  // The chapter's strings load with its code: speak again once they have (loading twice is free).
  const [, setLoaded] = useState<Area | null>(null);
  useEffect(() => {
    let live = true;
    loadStrings(area).then(() => live && setLoaded(area), () => {});
    return () => {
      live = false;
    };
  }, [area]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement(chapter, currentStep(timeline, k), k, timeline.steps.length, lang, t)}
    </div>
  );
}

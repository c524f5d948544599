import { useCallback } from 'react';
import { useApp } from './context';
import { selectTimeline } from './timelines';
import { translate, type DictKey } from '../i18n';
import type { Timeline } from '../core/timeline';

/** The current chapter's timeline (memoized in timelines.ts, so this selector is stable). */
export function useTimeline(): Timeline<string> {
  return useApp(selectTimeline);
}

/** t(key, vars) in the current language. */
export function useT(): (key: DictKey | string, vars?: Record<string, string | number>) => string {
  const lang = useApp((s) => s.lang);
  return useCallback((key, vars) => translate(lang, key, vars), [lang]);
}

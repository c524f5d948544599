import { describe, expect, it } from 'vitest';
import { buildGraphTimeline } from '../../core/graphTimeline';
import { stateAt } from '../../core/derive';
import { graph as graphEn } from '../../i18n/en/graph';
import { graph as graphZh } from '../../i18n/zh/graph';
import { common as commonEn } from '../../i18n/en/common';
import { common as commonZh } from '../../i18n/zh/common';

const CACHE_WORDS = /cache|缓存/i;

describe('summing over paths keeps nothing', () => {
  it('shows no read as a cache hit, and no caption of its steps speaks of the cache', () => {
    for (const k of [1, 3]) expectNoCache(buildGraphTimeline(2, 1, 'paths', k));
  });
});

function expectNoCache(t: ReturnType<typeof buildGraphTimeline>) {
  const strings: Record<string, string> = { ...commonEn, ...graphEn };
  const zh: Record<string, string> = { ...commonZh, ...graphZh };
  for (const s of t.steps) {
    expect(s.hits, s.explain).toEqual([]);
    for (const id of s.reads) expect(stateAt(t, s.index + 1, id), `${s.explain} ${id}`).toBe('read');
    // Every caption shown for the step: its sentence, present in both languages, never about a cache.
    expect(strings[s.explain], s.explain).toBeTruthy();
    expect(strings[s.explain], s.explain).not.toMatch(CACHE_WORDS);
    expect(zh[s.explain], s.explain).not.toMatch(CACHE_WORDS);
  }
  for (const key of ['graph.pass.paths', 'graph.pass.before.paths', 'graph.pass.chainPaths', 'graph.pass.before.chainPaths', 'graph.about.paths']) {
    expect(strings[key], key).toBeTruthy();
    expect(strings[key]).not.toMatch(CACHE_WORDS);
    expect(zh[key]).not.toMatch(CACHE_WORDS);
  }
}

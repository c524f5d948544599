import { describe, expect, it } from 'vitest';
import { Announcer, announcement } from './Announcer';
import { renderWithStore } from '../../test/render';
import { translate } from '../../i18n';
import { CHAPTERS } from '../../core/url';
import { selectTimeline } from '../../store/timelines';
import { decode } from '../../core/url';
import type { Step } from '../../core/timeline';

const live = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
/** A dictionary key as the announcer might leak it: word.word with no space (step.delta2, curve.step.sigmoid). */
const KEY = /\b[a-z]+\.[a-z_]+[a-z0-9_.]*\b/i;

describe('Announcer', () => {
  it('names the chapter at step 0, where a chapter opens', () => {
    renderWithStore(<Announcer />, 'chapter=graph&lang=zh');
    expect(live()).toMatch(/^计算图。第 0 步，共 \d+ 步。$/);
  });

  it('only names a chapter that has no steps (training speaks its epochs itself)', () => {
    const t = (key: string, vars?: Record<string, string | number>) => translate('en', key, { shape: '2-2-1', ...vars });
    expect(announcement('train', undefined, 0, 0, 'en', t)).toBe(`${translate('en', 'chapter.train')}.`);
    expect(announcement('train', undefined, 0, 0, 'zh', (k, v) => translate('zh', k, v))).toBe(`${translate('zh', 'chapter.train')}。`);
  });

  it('reads the step in English words and punctuation', () => {
    renderWithStore(<Announcer />, 'chapter=network&step=1&lang=en');
    expect(live()).toMatch(/^Step 1 of 23\. Hidden unit 1 adds up its inputs.* z²₁ = 0\.6\.$/);
  });

  it('reads every step of every chapter in both languages with no key, Chinese ending in 。', () => {
    for (const chapter of CHAPTERS) {
      const { steps } = selectTimeline(decode(`chapter=${chapter}`).state);
      const n = steps.length;
      for (const lang of ['en', 'zh'] as const) {
        for (let k = 0; k <= n; k++) {
          const { unmount } = renderWithStore(<Announcer />, `chapter=${chapter}&step=${k}&lang=${lang}`);
          const text = live();
          expect(text, `${chapter} ${k} ${lang}`).not.toMatch(KEY);
          if (lang === 'zh') {
            expect(text, `${chapter} ${k}`).toMatch(/。$/);
            // The sentence may hold math, e.g. the point (0, 1); the announcer's own joints may not.
            const own = k === 0 ? text : text.replace(translate('zh', steps[k - 1].explain), '');
            expect(own, `${chapter} ${k}`).not.toMatch(/[.,] |\.$/);
          } else expect(text).toMatch(/\.$/);
          unmount();
        }
      }
    }
  });

  it('says nothing until the chapter’s strings are there, never the key', () => {
    const step = { explain: 'step.delta2_1', writes: ['delta2_1'], values: { delta2_1: 0.5 } } as unknown as Step<string>;
    const missing = (key: string, vars?: Record<string, string | number>) => (key === 'step.delta2_1' ? key : translate('en', key, vars));
    expect(announcement('network', step, 14, 23, 'en', missing)).toBe('');
  });

  it('joins the values with Chinese commas', () => {
    const step = { explain: 'step.x', writes: ['a', 'b'], values: { a: 2, b: 1 } } as unknown as Step<string>;
    const t = (key: string, vars?: Record<string, string | number>) => (key === 'step.x' ? '给定输入。' : translate('zh', key, vars));
    expect(announcement('graph', step, 1, 6, 'zh', t)).toBe('第 1 步，共 6 步。给定输入。a = 2，b = 1。');
  });
});

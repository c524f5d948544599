/**
 * Formulas always whole (issue #9): every step of every chapter, at a laptop, a projector and a
 * phone, normal and presenter, English and Chinese. A box that clips sideways (overflow-x not
 * visible, content wider than the box) hides part of a number; a formula wider than its box spills
 * out of it; a page wider than the window scrolls sideways. Each chapter opens once per
 * configuration and moves on with the "Next step" button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, open, waitForShown, type Browser, waitForPlots } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  [1280, 720],
  [1920, 1080],
  [390, 844],
] as const;
const CHAPTERS = ['chapter=sigmoid', 'chapter=loss', 'chapter=derivative', 'chapter=graph&mode=paths', 'chapter=graph&mode=forward', 'chapter=graph&mode=reverse', 'chapter=network'];
const NEXT = { en: 'Next step', zh: '下一步' } as const;
const SCRUBBER = { en: 'Step', zh: '步骤' } as const;

/** Every displayed formula has been fitted to its box as it is now (FitTex publishes both widths). */
async function waitForFit(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      [...document.querySelectorAll<HTMLElement>('.tex-display')].every(
        (e) =>
          e.dataset.fitWidth === String(e.clientWidth) &&
          e.dataset.fitContent === (e.firstElementChild as HTMLElement).getBoundingClientRect().width.toFixed(1),
      ),
    undefined,
    { timeout: 30_000, polling: 'raf' },
  );
}


/** What a person would find cut off or sideways-scrolling on the page as it is now. */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const name = (e: Element) => `${e.tagName.toLowerCase()}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
    // KaTeX's own boxes clip on purpose (MathML for screen readers, struts): its output is checked below.
    for (const e of document.querySelectorAll('body *:not(.katex *)')) {
      if (e.clientWidth <= 1 || e.scrollWidth <= e.clientWidth + 1) continue;
      if (getComputedStyle(e).overflowX !== 'visible') bad.push(`${name(e)} scrolls sideways: ${e.scrollWidth} > ${e.clientWidth}`);
    }
    for (const k of document.querySelectorAll('.tex-display .katex')) {
      const box = k.closest('.tex-display')!.getBoundingClientRect();
      const r = k.getBoundingClientRect();
      if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
        bad.push(`formula ${Math.round(r.width)} px wide in a ${Math.round(box.width)} px box: ${k.textContent?.slice(0, 50)}`);
      }
    }
    const page = document.scrollingElement!;
    if (page.scrollWidth > innerWidth + 1) bad.push(`the page scrolls sideways: ${page.scrollWidth} > ${innerWidth}`);
    return bad;
  });
}

describe('no formula or panel is cut off', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const present of [false, true]) {
      for (const [w, h] of SIZES) {
        const config = `${w}×${h} ${present ? 'presenter' : 'normal'} ${lang}`;
        it(`every step of every chapter at ${config}`, { timeout: 180_000 }, async () => {
          const problems: string[] = [];
          const found: string[] = [];
          for (const chapter of CHAPTERS) {
            const tracked = await open(browser, `${chapter}&lang=${lang}&step=0${present ? '&present=1' : ''}`);
            const { page } = tracked;
            await page.setViewportSize({ width: w, height: h });
            // Panels below the fold skip layout until scrolled to; a person scrolls, the walk shows them all.
            // A style rule, not a pass over the elements there now: the network chapter mounts its
            // panels below the figure in a render after the first commit, perhaps after this line.
            await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
            const n = Number(await page.getByRole('slider', { name: SCRUBBER[lang], exact: true }).getAttribute('max'));
            expect(n, chapter).toBeGreaterThan(0);
            for (let step = 0; step <= n; step++) {
              if (step > 0) await page.getByRole('button', { name: NEXT[lang], exact: true }).click();
              await waitForShown(page, { step });
              await waitForFit(page);
              await waitForPlots(page);
              for (const p of await overflows(page)) found.push(`${chapter} step ${step} at ${config}: ${p}`);
            }
            problems.push(...tracked.problems);
            await page.close();
          }
          expect(found).toEqual([]);
          expect(problems).toEqual([]);
        });
      }
    }
  }
});

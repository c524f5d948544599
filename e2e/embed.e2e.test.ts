/**
 * The embed (`embed=1`) in a slide's frame (issue #9): at 800×500 the whole sigmoid plot shows
 * with the step beside it; in a 620×400 frame no label leaves its figure and nothing scrolls
 * sideways, in any chapter. The embed URL is opened directly at the frame's size.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launch, open, type Browser, waitForPlots } from './browser';

const browsers: Browser[] = [];
afterAll(async () => {
  for (const b of browsers) await b.close();
});
async function browserAt(width: number, height: number): Promise<Browser> {
  const b = await launch({ width, height });
  browsers.push(b);
  return b;
}


describe('embedded in a frame', () => {
  let narrow: Browser | undefined;
  it('800×500: the whole sigmoid plot and the step show without scrolling', async () => {
    const { page, problems } = await open(await browserAt(800, 500), 'chapter=sigmoid&lang=en&embed=1&step=4');
    await waitForPlots(page);
    const boxes = await page.evaluate(() =>
      ['.plot-svg', '.step-caption .explain', '.step-caption .tex-display'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { sel, top: r.top, bottom: r.bottom, right: r.right };
      }),
    );
    for (const b of boxes) {
      expect(b.top, b.sel).toBeGreaterThanOrEqual(0);
      expect(b.bottom, b.sel).toBeLessThanOrEqual(500);
      expect(b.right, b.sel).toBeLessThanOrEqual(800);
    }
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(501);
    expect(problems).toEqual([]);
  });

  for (const chapter of ['sigmoid', 'loss', 'derivative', 'graph&mode=reverse', 'network']) {
    it(`620×400, chapter=${chapter}: labels stay inside their figures and nothing scrolls sideways`, async () => {
      narrow ??= await browserAt(620, 400);
      const { page, problems } = await open(narrow, `chapter=${chapter}&lang=en&embed=1&step=999`);
      await waitForPlots(page);
      const out = await page.evaluate(() => {
        const bad: string[] = [];
        for (const t of document.querySelectorAll('svg text')) {
          const r = t.getBoundingClientRect();
          const svg = t.closest('svg')!.getBoundingClientRect();
          if (r.width > 0 && (r.left < svg.left - 1 || r.right > svg.right + 1)) bad.push(`"${t.textContent}" leaves its figure`);
        }
        for (const f of document.querySelectorAll('.plot-svg, .network-figure, .graph-svg')) {
          if (f.getBoundingClientRect().height < 100) bad.push(`${f.getAttribute('class')} is squeezed to ${Math.round(f.getBoundingClientRect().height)} px`);
        }
        const se = document.scrollingElement!;
        if (se.scrollWidth > innerWidth + 1) bad.push(`the page scrolls sideways: ${se.scrollWidth}`);
        return bad;
      });
      expect(out).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

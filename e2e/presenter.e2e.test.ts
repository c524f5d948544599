/**
 * Presenter mode fits one screen (issue #9): at a 1920×1080 projector and a 1280×720 one, in
 * every chapter, the figure, the step's explanation and its formula are all on screen together
 * and the page does not scroll; on the projector the plots' tick and axis labels are at least
 * 24 px, near the size of the text beside them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, open, waitForShown, type Browser, waitForPlots } from './browser';

const CHAPTERS = ['chapter=sigmoid', 'chapter=loss', 'chapter=derivative', 'chapter=graph&mode=paths', 'chapter=graph&mode=reverse', 'chapter=network'];
const FIGURE = '.plot-svg, .network-figure, .graph-svg';


/** The parts of the screen that must show, each with its box; and whether the page scrolls. */
function screenOf(page: Page) {
  return page.evaluate((figure) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width };
    };
    const shown = (sel: string) => [...document.querySelectorAll(sel)].map(box).filter((b) => b.width > 0);
    return {
      scrollHeight: document.scrollingElement!.scrollHeight,
      innerHeight,
      innerWidth,
      parts: { figure: shown(figure), explanation: shown('.step-caption .explain'), formula: shown('.step-caption .tex-display') },
      plotText: [...document.querySelectorAll('.plot-tick, .plot-axis-label')].map((e) => parseFloat(getComputedStyle(e).fontSize)),
    };
  }, FIGURE);
}

for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  describe(`presenter mode at ${w}×${h}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch({ width: w, height: h });
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const chapter of CHAPTERS) {
      it(`${chapter}: figure, explanation and formula fit the screen at every step`, { timeout: 120_000 }, async () => {
        const { page, problems } = await open(browser, `${chapter}&lang=en&present=1&step=0`);
        const n = Number(await page.getByRole('slider', { name: 'Step', exact: true }).getAttribute('max'));
        const found: string[] = [];
        for (let step = 0; step <= n; step++) {
          if (step > 0) await page.getByRole('button', { name: 'Next step', exact: true }).click();
          await waitForShown(page, { step });
          await waitForPlots(page);
          const s = await screenOf(page);
          if (s.scrollHeight > s.innerHeight + 1) found.push(`step ${step}: the page is ${s.scrollHeight} px tall`);
          expect(s.parts.figure.length, `step ${step}: a figure`).toBeGreaterThan(0);
          if (step > 0) expect(s.parts.formula.length, `step ${step}: a formula`).toBeGreaterThan(0);
          for (const [part, boxes] of Object.entries(s.parts)) {
            for (const b of boxes) {
              if (b.top < -1 || b.bottom > s.innerHeight + 1 || b.left < -1 || b.right > s.innerWidth + 1) {
                found.push(`step ${step}: the ${part} is off screen (${Math.round(b.top)}–${Math.round(b.bottom)} px)`);
              }
            }
          }
          if (w === 1920 && s.plotText.length > 0) {
            const smallest = Math.min(...s.plotText);
            if (smallest < 24) found.push(`step ${step}: plot text ${smallest} px`);
          }
        }
        expect(found).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      });
    }

    it('Chinese: the last step of every chapter fits the screen too', { timeout: 120_000 }, async () => {
      const found: string[] = [];
      for (const chapter of CHAPTERS) {
        const { page, problems } = await open(browser, `${chapter}&lang=zh&present=1&step=999`);
        await waitForPlots(page);
        const s = await screenOf(page);
        if (s.scrollHeight > s.innerHeight + 1) found.push(`${chapter}: the page is ${s.scrollHeight} px tall`);
        for (const [part, boxes] of Object.entries(s.parts)) {
          if (boxes.length === 0) found.push(`${chapter}: no ${part}`);
          for (const b of boxes) if (b.bottom > s.innerHeight + 1) found.push(`${chapter}: the ${part} is below the fold`);
        }
        found.push(...problems);
        await page.close();
      }
      expect(found).toEqual([]);
    });
  });
}

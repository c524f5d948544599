import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, open, readQuantities, waitForShown, type Browser } from './browser';
import { buildGraphTimeline, GRAPH_MODES, type GraphMode } from '../src/core/graphTimeline';
import { graphValues } from '../src/core/graph';
import { mulberry32 } from '../src/core/rng';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks "Next step" to the end; returns every step's quantities, step 0 first. */
async function stepToEnd(page: Page) {
  const next = page.getByRole('button', { name: 'Next step', exact: true });
  const snaps = [await readQuantities(page)];
  while (await next.isEnabled()) {
    await next.click();
    snaps.push(await readQuantities(page));
  }
  return snaps;
}

/** Text that spills out of its box in the figure, and pairs of boxes that overlap. */
const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.graph-box')];
    const rects = boxes.map((b) => b.querySelector('rect')!.getBoundingClientRect());
    const inside = (t: DOMRect, r: DOMRect) =>
      t.left >= r.left - 1 && t.right <= r.right + 1 && t.top >= r.top - 1 && t.bottom <= r.bottom + 1;
    const out = boxes.flatMap((b, i) =>
      [...b.querySelectorAll('text')]
        .filter((t) => t.textContent && !inside(t.getBoundingClientRect(), rects[i]))
        .map((t) => `spills: ${t.textContent}`),
    );
    rects.forEach((p, i) =>
      rects.slice(i + 1).forEach((q, j) => {
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) {
          out.push(`overlap: ${boxes[i].textContent} / ${boxes[i + 1 + j].textContent}`);
        }
      }),
    );
    return out;
  });

describe('graph chapter in Chromium', () => {
  const r = mulberry32(20261123);
  const ab = (): [number, number] => [Math.round((r() * 20 - 10) * 100) / 100, Math.round((r() * 20 - 10) * 100) / 100];

  for (const mode of GRAPH_MODES) {
    const [a, b] = ab();
    it(`steps through ${mode} mode and shows the direct formula's values (a=${a}, b=${b})`, async () => {
      const { page, problems } = await open(browser, `chapter=graph&lang=en&mode=${mode}&a=${a}&b=${b}`);
      const snaps = await stepToEnd(page);
      expect(snaps.length - 1).toBe(buildGraphTimeline(a, b, mode).steps.length);
      const end = snaps.at(-1)!;
      for (const [id, want] of Object.entries(graphValues(a, b))) expect(Number(end[id]?.value), id).toBeCloseTo(want, 9);
      const recomputed = snaps.some((q) => Object.values(q).some((x) => x.state === 'recomputed'));
      expect(recomputed).toBe(mode === 'paths');
      expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined|Infinity/);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('marks ∂e/∂c reused whenever reverse mode multiplies it into ∂e/∂a or ∂e/∂b', async () => {
    const { page, problems } = await open(browser, 'chapter=graph&lang=en&mode=reverse');
    const snaps = await stepToEnd(page);
    const uses = snaps.filter((q) => q.de_da.state === 'active' || q.de_db.state === 'active');
    expect(uses).toHaveLength(2);
    for (const q of uses) expect(q.de_dc.state).toBe('reused');
    const mark = page
      .locator('.graph-edge-label')
      .filter({ has: page.locator('[data-quantity="de_dc"]') })
      .locator('.graph-mark');
    expect(await mark.textContent()).toBe('↺');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('marks ∂e/∂c computed again, ×2, on the path b → c → e when summing over paths', async () => {
    const { page, problems } = await open(browser, 'chapter=graph&lang=en&mode=paths&step=8');
    expect((await readQuantities(page)).de_dc.state).toBe('recomputed');
    const label = page.locator('.graph-edge-label').filter({ has: page.locator('[data-quantity="de_dc"]') });
    expect(await label.locator('.graph-mark').textContent()).toBe('×2');
    expect(await page.getByText('Path 2 of 3: b → c → e').count()).toBe(1);
    await page.keyboard.press('PageDown');
    expect((await readQuantities(page)).de_dc.state).toBe('done');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is operable from the keyboard: method buttons, inputs, and a refused value', async () => {
    const { page, problems } = await open(browser, 'chapter=graph&lang=en&mode=paths');
    const forward = page.getByRole('button', { name: 'Forward mode' });
    await forward.focus();
    await page.keyboard.press('Enter');
    expect(await forward.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.url()).toContain('mode=forward');
    const a = page.getByRole('spinbutton', { name: 'a' });
    await a.fill('5');
    await page.keyboard.press('End');
    await a.blur();
    await page.keyboard.press('End');
    const q = await readQuantities(page);
    expect([q.c.value, q.e.value, q.de_da.value, q.de_db.value]).toEqual(['6', '12', '2', '8']);
    await a.fill('');
    await a.pressSequentially('-');
    expect(await page.getByText(/Enter a number from -1,000,000 to 1,000,000/).count()).toBe(1);
    expect((await readQuantities(page)).a.value).toBe('5');
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const [lang, width] of [
    ['en', 390],
    ['zh', 390],
    ['en', 1280],
  ] as const) {
    it(`fits every label in its box without overlaps at ${width} px (${lang})`, async () => {
      const narrow = await launch({ width, height: 844 });
      try {
        for (const mode of ['paths', 'forward', 'reverse'] as GraphMode[]) {
          const { page, problems } = await open(
            narrow,
            `chapter=graph&lang=${lang}&mode=${mode}&a=-123456.7&b=0.0001234&step=99`,
          );
          expect(await layoutProblems(page), mode).toEqual([]);
          const overflow = await page.evaluate(
            () => document.querySelector('.graph-figure')!.scrollWidth - document.querySelector('.graph-figure')!.clientWidth,
          );
          expect(overflow, mode).toBeLessThanOrEqual(0);
          expect(problems).toEqual([]);
          await page.close();
        }
      } finally {
        await narrow.close();
      }
    });
  }

  it('never says "cache" while summing over paths, and counts by one rule in every mode', async () => {
    const { page, problems } = await open(browser, 'chapter=graph&lang=en&mode=paths');
    const caption = page.getByRole('region', { name: 'Formula' });
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    while (await next.isEnabled()) {
      await next.click();
      await waitForShown(page);
      expect(await caption.innerText()).not.toMatch(/cache/i);
      expect(Object.values(await readQuantities(page)).some((q) => q.state === 'reused')).toBe(false);
    }
    const q = await readQuantities(page);
    expect([q.mults_naive.value, q.mults_backprop.value]).toEqual(['3', '3']);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`grows a chain of 10 diamonds from the keyboard, legible at ${width} px: the naive count explodes`, async () => {
      const sized = await launch({ width, height: 844 });
      try {
        const { page, problems } = await open(sized, 'chapter=graph&lang=en&mode=reverse&chain=9');
        const slider = page.getByRole('slider', { name: 'Diamonds in a row (chain)' });
        await slider.focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => page.url()).toContain('chain=10');
        await page.keyboard.press('PageDown');
        await slider.blur();
        await page.keyboard.press('End');
        await waitForShown(page, { step: buildGraphTimeline(2, 1, 'reverse', 10).steps.length });
        const q = await readQuantities(page);
        expect(q.mults_backprop.value).toBe('57');
        expect(Number(q.mults_naive.value)).toBeGreaterThan(50_000);
        expect(await layoutProblems(page)).toEqual([]);
        // The figure scrolls inside its own box, with a visible cue, and the page does not.
        const scroll = await page.evaluate(() => {
          const box = document.querySelector('.chain-scroll')!;
          return { inside: box.scrollWidth - box.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
        });
        expect(scroll.inside).toBeGreaterThan(0);
        expect(scroll.page).toBeLessThanOrEqual(0);
        expect(await page.getByText('Scroll sideways to see all 10 diamonds →').isVisible()).toBe(true);
        const fontPx = await page.$eval('.chain-svg .graph-node-value, .chain-svg .graph-value', (el) => el.getBoundingClientRect().height);
        expect(fontPx).toBeGreaterThanOrEqual(12);
        expect(problems).toEqual([]);
        await page.close();
      } finally {
        await sized.close();
      }
    });
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, open, waitForShown, type Browser } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe-core violations inside one region. */
async function violations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string }[] };
    const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<Result> } }).axe;
    const r = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  }, selector);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ width: 390, height: 844 });
});
afterAll(async () => {
  await browser?.close();
});

/** Formula boxes inside the region that hide part of a formula (scrollWidth beyond clientWidth), as a person sees it. */
const hidden = (page: Page, selector: string) =>
  page.$$eval(`${selector} .formula`, (els) =>
    els
      .filter((e) => getComputedStyle(e).overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.getAttribute('aria-label') ?? e.className),
  );

describe('the δ³ derivation and the naive chain on a phone', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`typeset with KaTeX, no error, every line in its box, no accessibility violation (${lang})`, async () => {
      const { page, problems } = await open(browser, `chapter=network&step=8&lang=${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? 'Why a³ − y?' : '为什么是 a³ − y？' }).press('Enter');
      await waitForShown(page, { step: 8 });
      const lines = page.locator('.net-derivation .katex');
      expect(await lines.count()).toBe(10);
      expect(await page.locator('.net-derivation .katex-error').count()).toBe(0);
      expect(await hidden(page, '.net-derivation')).toEqual([]);
      expect(await violations(page, '.net-derivation')).toEqual([]);
      for (const step of [14, 21]) {
        await page.goto(page.url().replace(/step=\d+/, `step=${step}`));
        await waitForShown(page, { step });
        expect(await page.locator('.naive-chain .katex').count()).toBe(4);
        expect(await page.locator('.naive-chain .katex-error').count()).toBe(0);
        expect(await hidden(page, '.naive-chain')).toEqual([]);
        expect(await violations(page, '.naive-chain')).toEqual([]);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

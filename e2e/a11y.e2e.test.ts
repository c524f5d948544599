import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { baseURL, launch, waitForShown, type Browser } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CHAPTERS: [string, string][] = [
  ['network', 'chapter=network&step=13'],
  ['graph', 'chapter=graph&mode=reverse&step=6'],
  ['sigmoid', 'chapter=sigmoid&step=3&z=1.5'],
  ['loss', 'chapter=loss&step=2&z=-1'],
  ['derivative', 'chapter=derivative&step=2&z=2'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core)', () => {
  for (const [name, query] of CHAPTERS) {
    it(`${name}: no serious or critical violation in either language or theme`, async () => {
      const page = await browser.context.newPage();
      const found: string[] = [];
      for (const lang of ['en', 'zh']) {
        for (const theme of ['light', 'dark']) {
          await page.goto(`${baseURL()}?${query}&lang=${lang}&theme=${theme}`);
          // The chapter, its deferred views and its formulas, all shown: a timeout here is a failure.
          await waitForShown(page, { chapter: name });
          // A CSP forbids adding a script tag; evaluating the source directly is allowed.
          await page.evaluate(axeSource);
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
            const r = await axe.run({ resultTypes: ['violations'] });
            return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          });
          found.push(...violations.map((v) => `${lang}/${theme}: ${v}`));
        }
      }
      expect(found).toEqual([]);
      await page.close();
    });
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, type Browser } from './browser';

/** [query, keys the notice must name, the chapter that must render]; every query also gets lang=en. */
const BAD: [string, string[], string][] = [
  ['x1=NaN', ['x1'], 'network'],
  ['x1=Infinity', ['x1'], 'network'],
  ['x1=-Infinity', ['x1'], 'network'],
  ['x1=1e309', ['x1'], 'network'],
  ['x1=', ['x1'], 'network'],
  ['x2=abc', ['x2'], 'network'],
  ['x2=0x1A', ['x2'], 'network'],
  ['x1=1001', ['x1'], 'network'],
  ['y=2', ['y'], 'network'],
  ['y=-1', ['y'], 'network'],
  ['y=0.5', ['y'], 'network'],
  ['y=', ['y'], 'network'],
  ['t1=1,2,3', ['t1'], 'network'],
  ['t1=1,2,3,4,5,6,7', ['t1'], 'network'],
  ['t1=,,,,,', ['t1'], 'network'],
  ['t1=1,2,3,4,5,NaN', ['t1'], 'network'],
  ['t2=1,2', ['t2'], 'network'],
  ['t2=1;2;3', ['t2'], 'network'],
  ['t2=1e400,0,0', ['t2'], 'network'],
  ['lambda=-1', ['lambda'], 'network'],
  ['lambda=101', ['lambda'], 'network'],
  ['lambda=NaN', ['lambda'], 'network'],
  ['alpha=0', ['alpha'], 'network'],
  ['alpha=-0.5', ['alpha'], 'network'],
  ['alpha=11', ['alpha'], 'network'],
  ['seed=1.5', ['seed'], 'network'],
  ['seed=abc', ['seed'], 'network'],
  ['step=-3', ['step'], 'network'],
  ['step=1.5', ['step'], 'network'],
  ['step=abc', ['step'], 'network'],
  ['step=99999999999999999999', ['step'], 'network'],
  ['chapter=nope', ['chapter'], 'sigmoid'],
  ['chapter=', ['chapter'], 'sigmoid'],
  ['chapter=%3Cscript%3Ealert(1)%3C%2Fscript%3E', ['chapter'], 'sigmoid'],
  ['lang=fr', ['lang'], 'network'],
  ['chapter=sigmoid&z=NaN', ['z'], 'sigmoid'],
  ['chapter=derivative&z=1001', ['z'], 'derivative'],
  ['chapter=loss&z=-Infinity', ['z'], 'loss'],
  ['chapter=graph&a=1e7', ['a'], 'graph'],
  ['chapter=graph&b=NaN', ['b'], 'graph'],
  ['chapter=graph&mode=sideways', ['mode'], 'graph'],
  ['chapter=graph&mode=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', ['mode'], 'graph'],
  ['chapter=graph&a=1,2', ['a'], 'graph'],
  ['present=yes', ['present'], 'network'],
  ['embed=2', ['embed'], 'network'],
  ['theme=purple', ['theme'], 'network'],
  ['x1=1&x1=2', ['x1'], 'network'],
  ['chapter=graph&chapter=loss', ['chapter'], 'graph'],
  ['x1=%27%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E', ['x1'], 'network'],
  [`x1=${'9'.repeat(10000)}`, ['x1'], 'network'],
  ['x1=%EF%BC%91%EF%BC%92', ['x1'], 'network'],
  ['x2=%D9%A3', ['x2'], 'network'],
  ['t1=1,2,3,4,5,%EF%BC%96', ['t1'], 'network'],
  ['x1=%00', ['x1'], 'network'],
  ['chapter=loss&z=%E2%80%AE1', ['z'], 'loss'],
  ['lambda=1e2&alpha=1e-999&y=true', ['alpha', 'y'], 'network'],
  // Any shape (SPEC §7): bad shapes, counts that do not fit the shape, bad batches.
  ['layers=2,0,1', ['layers'], 'network'],
  ['layers=2,7,1', ['layers'], 'network'],
  ['layers=2', ['layers'], 'network'],
  ['layers=2,2,2,2,2,1', ['layers'], 'network'],
  ['layers=2,3,1&t1=1,2,3,4,5,6', ['t1'], 'network'],
  ['layers=3,4,2&t2=1,2,3', ['t2'], 'network'],
  ['layers=2,3,2,1&t4=1', ['t4'], 'network'],
  [`data=${'1,2,1;'.repeat(8)}1,2,0`, ['data'], 'network'],
  ['data=1,2,0.5', ['data'], 'network'],
  ['data=1,2', ['data'], 'network'],
  ['layers=3,4,2&data=1,2,3,1', ['data'], 'network'],
  [`data=${'1,'.repeat(5000)}1`, ['data'], 'network'],
  ['granularity=matrix', ['granularity'], 'network'],
  ['data=1,2,1&x1=3', ['x1'], 'network'],
];
/** A quantity every chapter shows from its first step on. */
const MARKER: Record<string, string> = { network: 'x1', graph: 'a', sigmoid: 'z', loss: 'z', derivative: 'z' };
/** Raw text from the URLs that must never be shown back. */
const ECHO = /alert\(|<script|<img|onerror|purple|sideways|nope|9{50}|(?:1,){20}/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile and malformed URLs', () => {
  it(`renders each of ${BAD.length} bad URLs with defaults and a notice naming the bad keys, and nothing else`, async () => {
    expect(BAD.length).toBeGreaterThanOrEqual(70);
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    for (const [query, keys, chapter] of BAD) {
      // A bare URL opens the sigmoid (SPEC §3): the network's keys are tried in the network chapter.
      await page.goto(`${baseURL()}?${chapter === 'network' ? 'chapter=network&' : ''}${query}&lang=en`);
      await page.waitForSelector(`[data-quantity="${MARKER[chapter]}"]`, { state: 'attached' });
      const notice = await page.getByRole('status', { name: 'Link settings' }).innerText();
      for (const key of keys) expect(notice, query).toMatch(new RegExp(`\\b${key}\\b`));
      const text = await page.locator('body').innerText();
      expect(text, query).not.toMatch(/NaN|undefined|Infinity/);
      expect(text, query).not.toMatch(ECHO);
      const values = await page.$$eval('[data-value]', (els) => els.map((e) => e.getAttribute('data-value') ?? ''));
      expect(values.filter((v) => /NaN|undefined|Infinity/.test(v)), query).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll('script:not([src]), img').length), query).toBe(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 360_000); // 70 page loads: minutes on a busy 2-core machine, not the default minute
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { launch, readQuantities, type Browser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline and self-contained builds', () => {
  it('opens the single-file build from file://, under its CSP, with math and no request anywhere', async () => {
    const file = inject('singleFile');
    expect(file, inject('setupError')).toBeTruthy();
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).toContain('data:font/woff2');
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => !/^(file|data|blob):/.test(r.url()) && problems.push(`request: ${r.url()}`));
    await page.goto(`file://${file}?chapter=network&lang=zh&step=13`);
    await page.waitForSelector('.katex');
    const q = await readQuantities(page);
    expect(q.delta2_1.state).toBe('active');
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    expect((await readQuantities(page)).grad_theta1_10.state).toBe('active');
    // KaTeX's own font, loaded from the inlined data, is in use.
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('serves dist/ with a CSP that forbids inline script, and only relative asset paths', () => {
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    expect(html).toMatch(/script-src 'self';/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(?:src|href)="\/(?!\/)/);
  });
});

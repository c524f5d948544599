import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, open, type Browser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function exported(page: Page, item: string): Promise<Buffer> {
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  return readFileSync((await download.path())!);
}

/** The counter, the scrubber and the URL must tell the same step. */
async function consistent(page: Page) {
  await page.waitForTimeout(450); // the URL is written at most every 300 ms
  const counter = await page.locator('.counter').innerText();
  const [, k, n] = /Step (\d+) of (\d+)/.exec(counter)!.map(Number);
  expect(Number(await page.getByRole('slider', { name: 'Step' }).inputValue())).toBe(k);
  expect(Number(new URL(page.url()).searchParams.get('step') ?? 0)).toBe(k);
  expect(await page.getByRole('button', { name: 'Next step', exact: true }).isDisabled()).toBe(k === n);
  expect(await page.getByRole('button', { name: 'Previous step', exact: true }).isDisabled()).toBe(k === 0);
}

describe('classroom use in Chromium', () => {
  it('exports the figure as SVG and PNG and the steps as a CSV worksheet', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en&step=13&theme=dark');
    const svg = (await exported(page, 'Figure as SVG')).toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('data-quantity="delta2_1"');
    expect(svg).toMatch(/fill:\s*rgb\(20, 23, 28\)/); // the dark page background travels with it
    const png = await exported(page, 'Figure as PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    const csv = (await exported(page, 'Every step as CSV')).toString('utf8');
    expect(csv.startsWith('\uFEFF"Step","Phase","Quantity","Value (4 significant digits)","Value (full precision)","Reads"')).toBe(true);
    expect(csv).toMatch(/\r\n13,"Backward pass","δ²₁",[-0-9.e]+,[-0-9.e]+,"θ²₁₁, δ³, s′\(z²₁\)"\r\n/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('presents with P, lists the keys with ?, blanks with B, and leaves with Esc', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en');
    const root = page.locator('html');
    await page.keyboard.press('p');
    await expect.poll(() => root.getAttribute('data-present')).toBe('1');
    expect(await page.locator('.net-panels').isVisible()).toBe(false);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.counter').innerText()).toBe('Step 1 of 23');
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    await page.keyboard.press('b');
    expect(await page.locator('.blackout').isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await page.locator('.blackout').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => root.getAttribute('data-present')).toBe('0');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('announces each step with its sentence and values', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en');
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    const live = page.locator('[aria-live="polite"]');
    await expect.poll(() => live.innerText()).toMatch(/^Step 1 of 23\. Hidden unit 1 adds up its inputs.* z²₁ = 0\.6\.$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stays consistent under rapid input: held keys, 50 Play/Pause clicks, dragging and resizing while playing', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight', { delay: 0 });
    await consistent(page);
    const play = page.locator('.step-controls .buttons button').nth(1);
    for (let i = 0; i < 50; i++) await play.click({ delay: 0 });
    await consistent(page);
    await page.keyboard.press('Home');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await play.click();
    const slider = page.getByRole('slider', { name: 'θ²₁₁' });
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + box.height / 2);
    await page.mouse.down();
    for (const [w, h, at] of [[900, 700, 0.8], [390, 844, 0.2], [1280, 720, 0.6]]) {
      await page.mouse.move(box.x + box.width * at, box.y + box.height / 2, { steps: 5 });
      await page.setViewportSize({ width: w, height: h });
    }
    await page.mouse.up();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 20_000 });
    await consistent(page);
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined|Infinity/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

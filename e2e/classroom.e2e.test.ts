import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, open, waitForShown, type Browser } from './browser';

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
  // The URL is written at most every 300 ms: wait until it has caught up with the counter.
  await page.waitForFunction(() => {
    const shown = /(\d+) of/.exec(document.querySelector('.counter')?.textContent ?? '');
    return shown !== null && (new URLSearchParams(location.search).get('step') ?? '0') === shown[1];
  });
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

  it('runs a whole lesson from the clicker: PageDown from the sigmoid’s step 0 through the network into training', async () => {
    const { page, problems } = await open(browser, 'lang=en');
    const stops = [['sigmoid'], ['loss'], ['derivative'], ['graph', 'paths'], ['graph', 'forward'], ['graph', 'reverse'], ['network']];
    let presses = 0;
    for (const [chapter, mode] of stops) {
      await waitForShown(page, { chapter, step: 0 });
      expect(new URL(page.url()).searchParams.get('mode') ?? 'reverse').toBe(mode ?? 'reverse');
      const n = Number(/of (\d+)/.exec(await page.locator('.counter').innerText())![1]);
      for (let k = 1; k <= n; k++) {
        await page.keyboard.press('PageDown');
        presses++;
        await waitForShown(page, { chapter, step: k });
      }
      expect(await page.getByRole('button', { name: 'Next step', exact: true }).isDisabled()).toBe(true);
      if (chapter !== 'network') {
        await page.keyboard.press('PageDown');
        presses++;
      }
    }
    // The lesson goes on to train (SPEC §10): there PageDown runs one epoch, PageUp at epoch 0 returns.
    expect(await page.getByRole('button', { name: 'Next: Training' }).count()).toBe(1);
    await page.keyboard.press('PageDown');
    await waitForShown(page, { chapter: 'train' });
    await page.keyboard.press('PageDown');
    await page.locator('[data-chapter="train"][data-epoch="1"][data-shown-epoch="1"]').waitFor();
    await page.keyboard.press('PageUp');
    await page.locator('[data-chapter="train"][data-epoch="0"][data-shown-epoch="0"]').waitFor();
    await page.keyboard.press('PageUp');
    await waitForShown(page, { chapter: 'network', step: 23 });
    expect(presses).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('returns with the browser’s Back button to the chapter and step left, and Forward comes again', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en&step=5');
    await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Computational graph/ }).click();
    await waitForShown(page, { chapter: 'graph', step: 0 });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await waitForShown(page, { chapter: 'graph', step: 2 });
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '2');
    await page.goBack();
    await waitForShown(page, { chapter: 'network', step: 5 });
    expect(new URL(page.url()).searchParams.get('chapter')).toBe('network');
    await page.goForward();
    await waitForShown(page, { chapter: 'graph', step: 2 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('goes full screen with one P on a present=1 link', async () => {
    const { page, problems } = await open(browser, 'chapter=sigmoid&lang=en&present=1');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
    expect(await page.locator('html').getAttribute('data-present')).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('announces a step opened from a link in words, in Chinese with Chinese punctuation', async () => {
    const { page, problems } = await open(browser, 'chapter=sigmoid&lang=zh&step=4');
    const live = page.locator('[aria-live="polite"]');
    await expect.poll(() => live.innerText()).toMatch(/^第 4 步，共 4 步。取倒数.*s\(z\) = 0\.5。$/);
    expect(await live.innerText()).not.toMatch(/curve\.step/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/**
 * The training chapter in the built app (SPEC §8, §10): it trains and pauses; "Open in stepper"
 * opens the network chapter whose gradients are exactly the trainer's next step (checked against
 * the core trainer run here, from the page's own link); Back returns to the same epoch; a link's
 * epoch=N shows N epochs' weights; custom points are added by click and by keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, open, waitForShown, type Browser } from './browser';
import { decode } from '../src/core/url';
import { weightsOf } from '../src/core/netState';
import { dataSetOf } from '../src/core/train/datasets';
import { createTrainer } from '../src/core/train/trainer';
import { runBatch } from '../src/core/engine';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The core trainer for the page's current link, at the epoch the link names. */
function trainerOf(url: string) {
  const s = decode(new URL(url).search).state;
  const samples = dataSetOf(s).samples;
  const trainer = createTrainer({ layers: s.layers, theta0: weightsOf(s), samples, alpha: s.alpha, lambda: s.lambda, batch: s.batch, seed: s.seed });
  trainer.goTo(s.epoch);
  return trainer;
}

/** The epoch on screen once it has caught up with the one asked for. */
async function shownEpoch(page: Page, want?: number): Promise<number> {
  await page.waitForFunction(
    (w) => {
      const root = document.querySelector<HTMLElement>('[data-chapter="train"]');
      return !!root && root.dataset.epoch === root.dataset.shownEpoch && (w === null || root.dataset.epoch === String(w));
    },
    want ?? null,
    { timeout: 30_000, polling: 'raf' },
  );
  return Number(await page.locator('[data-chapter="train"]').getAttribute('data-shown-epoch'));
}

const value = async (page: Page, id: string) => Number(await page.locator(`[data-quantity="${id}"]`).first().getAttribute('data-value'));
/** The URL is written a few times a second: wait until it says the epoch on screen. */
const urlAt = async (page: Page, epoch: number) => {
  await page.waitForFunction((e) => new URLSearchParams(location.search).get('epoch') === (e === 0 ? null : String(e)), epoch, { timeout: 10_000 });
  return page.url();
};
/**
 * SPEC §8's tolerance. The reference runs in Node, not in the page's browser: the two engines'
 * Math.exp may differ in the last bit, which a chaotic run (large α) amplifies, so the runs
 * compared here are smooth ones; bit-equality is checked within the browser itself.
 */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('training chapter', () => {
  it('trains, pauses, opens the next batch in the stepper with the exact next gradient, and Back returns to that epoch', async () => {
    const { page, problems } = await open(browser, 'chapter=train&dataset=xor&batch=1&seed=3&alpha=2');
    await shownEpoch(page, 0);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-chapter="train"]')?.dataset.shownEpoch) >= 30, undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const epoch = await shownEpoch(page);
    expect(epoch).toBeGreaterThanOrEqual(30);
    const reference = trainerOf(await urlAt(page, epoch));
    expect(reference.epoch).toBe(epoch);
    // The page's weights and J are the core trainer's, run from the page's own link.
    const w = reference.weights();
    for (const [l, j, i] of [[1, 1, 0], [1, 2, 2], [2, 1, 1]]) expect(close(await value(page, `theta${l}_${j}${i}`), w[l - 1][(j - 1) * 3 + i])).toBe(true);
    expect(close(await value(page, 'J'), reference.record().J)).toBe(true);
    const D = reference.nextGradient();
    // The same link opened afresh gives the same weights, to the bit (SPEC §8: deterministic).
    const again = await browser.context.newPage();
    await again.goto(page.url());
    await shownEpoch(again, epoch);
    for (const id of ['theta1_10', 'theta1_22', 'theta2_12', 'J']) expect(await value(again, id)).toBe(await value(page, id));
    await again.close();

    await page.getByRole('button', { name: 'Open in stepper' }).click();
    await waitForShown(page, { chapter: 'network', step: 0 });
    await page.keyboard.press('End');
    await waitForShown(page, { chapter: 'network' });
    for (let l = 1; l <= 2; l++)
      for (let j = 1; j <= (l === 1 ? 2 : 1); j++)
        for (let i = 0; i <= 2; i++) expect(close(await value(page, `grad_theta${l}_${j}${i}`), D[l - 1][(j - 1) * 3 + i]), `grad_theta${l}_${j}${i}`).toBe(true);
    await expect(page.getByRole('link', { name: /Keep training/ }).count()).resolves.toBe(1);

    await page.goBack();
    expect(await shownEpoch(page, epoch)).toBe(epoch);
    expect(await value(page, 'epoch')).toBe(epoch);
    // The clicker: PageDown one epoch on, PageUp one back (recomputed to the same weights).
    const before = await value(page, 'theta1_11');
    await page.keyboard.press('PageDown');
    expect(await shownEpoch(page, epoch + 1)).toBe(epoch + 1);
    await page.keyboard.press('PageUp');
    expect(await shownEpoch(page, epoch)).toBe(epoch);
    expect(await value(page, 'theta1_11')).toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a link at epoch N with the weights and J of N epochs, and never shows NaN when α is too large', async () => {
    const { page, problems } = await open(browser, 'chapter=train&dataset=circles&layers=2,4,4,1&n=200&alpha=1&epoch=300');
    await shownEpoch(page, 300);
    const reference = trainerOf(page.url());
    expect(close(await value(page, 'J'), reference.record().J)).toBe(true);
    expect(close(await value(page, 'accuracy'), reference.record().accuracy)).toBe(true);
    expect(close(await value(page, 'grad_norm3'), reference.record().gradNorm[2])).toBe(true);
    expect(close(await value(page, 'theta3_14'), reference.weights()[2][4])).toBe(true);
    // The batch is the whole set (200 points): the stepper takes its first 8, whose gradient it shows.
    await expect(page.getByText(/the stepper shows the first 8, and the gradient there is for those 8 only/).count()).resolves.toBe(1);
    const first8 = reference.nextBatch().samples.slice(0, 8);
    const D8 = runBatch([2, 4, 4, 1], reference.weights(), first8, 0).D;
    await page.getByRole('button', { name: 'Open in stepper' }).click();
    await waitForShown(page, { chapter: 'network', step: 0 });
    await page.keyboard.press('End');
    await waitForShown(page, { chapter: 'network' });
    for (let i = 0; i <= 4; i++) expect(close(await value(page, `grad_theta3_1${i}`), D8[2][i]), `grad_theta3_1${i}`).toBe(true);
    expect(close(await value(page, 'grad_theta1_21'), D8[0][4])).toBe(true);
    await page.goBack();
    expect(await shownEpoch(page, 300)).toBe(300);
    await page.getByRole('button', { name: 'α·λ too large' }).click();
    // Training stops before the update that would overflow, and says so.
    await page.getByText(/the weights have run away/).waitFor({ timeout: 30_000 });
    expect(Number(await page.locator('[data-chapter="train"]').getAttribute('data-shown-epoch'))).toBeLessThan(200);
    const text = await page.locator('[data-chapter="train"]').innerText();
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(Number.isFinite(await value(page, 'J'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('leaves a view off screen alone while training, redraws it once scrolled to, and shows it exact once paused', async () => {
    const { page, problems } = await open(browser, 'chapter=train&dataset=xor&seed=3&alpha=2');
    await shownEpoch(page, 0);
    const table = page.locator('.train-weights');
    // At 1280×720 the weight table is below the fold.
    expect((await table.boundingBox())!.y).toBeGreaterThan(720);
    const start = await value(page, 'theta1_10');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-chapter="train"]')?.dataset.shownEpoch) >= 30, undefined, { timeout: 30_000 });
    expect(await value(page, 'epoch')).toBeGreaterThanOrEqual(30);
    expect(await value(page, 'theta1_10')).toBe(start);
    await table.scrollIntoViewIfNeeded();
    await page.waitForFunction((v) => Number(document.querySelector('[data-quantity="theta1_10"]')?.getAttribute('data-value')) !== v, start, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const epoch = await shownEpoch(page);
    const reference = trainerOf(await urlAt(page, epoch));
    expect(close(await value(page, 'theta1_10'), reference.weights()[0][0])).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('adds custom points by click and by keyboard, writes them to points=, and removes one by click', async () => {
    const { page, problems } = await open(browser, 'chapter=train&dataset=custom');
    const plot = page.getByRole('application', { name: 'Data and decision boundary' });
    const box = (await page.locator('.train-plot-click').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.25);
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.locator('.train-point').count()).resolves.toBe(2);
    await page.waitForFunction(() => (new URLSearchParams(location.search).get('points') ?? '').split(';').length === 2, undefined, { timeout: 10_000 });
    // The arrows moved the cursor, not the epoch.
    expect(await value(page, 'epoch')).toBe(0);
    await page.locator('.train-point').first().click();
    await expect(page.locator('.train-point').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps training from the network chapter’s update step with its weights', async () => {
    const { page, problems } = await open(browser, 'chapter=network&step=23&t1=0.3,-1,2,0.5,1.5,-0.7&t2=1,-2,0.25');
    await page.getByRole('link', { name: /Keep training/ }).click();
    expect(await shownEpoch(page, 0)).toBe(0);
    expect(await value(page, 'theta1_12')).toBe(2);
    expect(await value(page, 'theta2_11')).toBe(-2);
    expect(new URL(page.url()).searchParams.get('chapter')).toBe('train');
    expect(problems).toEqual([]);
    await page.close();
  });
});

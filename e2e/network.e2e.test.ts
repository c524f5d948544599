import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, readQuantities, type Browser } from './browser';
import { buildNetworkTimeline } from '../src/core/networkTimeline';
import { valueAt } from '../src/core/derive';
import { decode, encode } from '../src/core/url';
import { mulberry32 } from '../src/core/rng';
import type { NetParams } from '../src/core/network';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A random but replayable example: the seed is in the test name. */
function randomParams(seed: number): NetParams {
  const r = mulberry32(seed);
  const u = (lo: number, hi: number) => Math.round((lo + (hi - lo) * r()) * 100) / 100;
  return {
    x1: u(-3, 3),
    x2: u(-3, 3),
    y: r() < 0.5 ? 0 : 1,
    t1: [u(-2, 2), u(-2, 2), u(-2, 2), u(-2, 2), u(-2, 2), u(-2, 2)],
    t2: [u(-2, 2), u(-2, 2), u(-2, 2)],
    lambda: [0, 0.1, 1][Math.floor(r() * 3)],
    alpha: [0.1, 0.5, 1][Math.floor(r() * 3)],
  };
}

describe('network chapter in Chromium', () => {
  for (const seed of [7, 20261123]) {
    it(`steps to the end with "Next step" and shows the core's values (example seed ${seed})`, async () => {
      const p = randomParams(seed);
      const query = encode({ ...decode('').state, ...p, chapter: 'network', lang: 'en' });
      const { page, problems } = await open(browser, query);
      const next = page.getByRole('button', { name: 'Next step', exact: true });
      const timeline = buildNetworkTimeline(p);
      let clicks = 0;
      while (await next.isEnabled()) {
        await next.click();
        clicks++;
      }
      expect(clicks).toBe(timeline.steps.length);
      await expect.poll(() => page.url()).toContain(`step=${clicks}`);
      const q = await readQuantities(page);
      const ids = [...Object.keys(timeline.given), ...timeline.steps.flatMap((s) => s.writes)];
      for (const id of ids) {
        const want = valueAt(timeline, clicks, id);
        expect(Number(q[id]?.value), id).toBeCloseTo(want as number, 12);
      }
      expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined|Infinity/);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('opens at the step in the URL, marks the cache hit, and steps back with the keyboard', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en&step=13');
    const q = await readQuantities(page);
    expect(q.delta2_1.state).toBe('active');
    expect(q.delta3.state).toBe('reused');
    expect(q.sprime2_1.state).toBe('reused');
    await page.keyboard.press('PageUp');
    expect((await readQuantities(page)).delta2_1.state).toBe('pending');
    await page.keyboard.press('End');
    expect((await readQuantities(page)).J_new.state).toBe('active');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('marks the cached value read at every δ²ⱼ and ∂J/∂θ step, in every view', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en');
    const timeline = buildNetworkTimeline(decode('').state);
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    for (const step of timeline.steps) {
      await next.click();
      const written = step.writes[0];
      const needs = /^delta2_/.test(written) ? ['delta3'] : /^grad_theta2_/.test(written) ? ['delta3'] : /^grad_theta1_(\d)/.exec(written) ? [`delta2_${written[12]}`] : [];
      for (const id of needs) {
        const marks = () => page.$$eval(`[data-quantity="${id}"]`, (els) => els.map((e) => e.getAttribute('data-state')));
        expect((await marks()).length, `${id} at ${written}`).toBeGreaterThanOrEqual(2);
        await expect.poll(async () => [...new Set(await marks())], { message: `${id} at ${written}` }).toEqual(['reused']);
      }
    }
    const ledger = page.getByRole('region', { name: 'Cache' });
    const q = await readQuantities(page);
    expect([q.mults_naive.value, q.mults_backprop.value]).toEqual(['27', '15']);
    await expect.poll(() => ledger.getByRole('row', { name: /δ³/ }).innerText()).toMatch(/reused ×5/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('never shows the naive count below backprop, at any step', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en');
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    while (await next.isEnabled()) {
      await next.click();
      const q = await readQuantities(page);
      expect(Number(q.mults_naive.value), page.url()).toBeGreaterThanOrEqual(Number(q.mults_backprop.value));
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('changes a weight by dragging its edge, keeping the step', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en&step=5');
    const before = Number(await page.locator('[data-quantity="z3"]').first().getAttribute('data-value'));
    const hit = page.locator('.edge-hit').nth(7); // θ²₁₁
    const box = (await hit.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 60, { steps: 6 });
    await page.mouse.up();
    const after = Number(await page.locator('[data-quantity="z3"]').first().getAttribute('data-value'));
    expect(after).toBeGreaterThan(before);
    await expect.poll(() => page.url()).toMatch(/t2=0\.2,[-0-9.]+,0\.9&step=5/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('plays through to the end at 4× and stops', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'Next step', exact: true }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names an ignored URL key without echoing its value', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en&x1=%3Cscript%3Ealert(1)%3C/script%3E&t2=1,2');
    const notice = page.getByRole('status').filter({ hasText: 'x1' });
    await expect.poll(() => notice.innerText()).toMatch(/x1, t2/);
    expect(await page.content()).not.toContain('<script>alert');
    expect(problems).toEqual([]);
    await page.close();
  });
});

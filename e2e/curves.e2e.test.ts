import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, readQuantities, type Browser } from './browser';
import { CURVE_CHAPTER_IDS, type CurveChapter } from '../src/core/curveTimeline';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The reference, written directly (softplus for the losses), with the logs of values past a double. */
const sig = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const softplus = (z: number) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
const reference = (z: number): Record<string, number> => ({
  z,
  exp_z: Math.exp(z),
  exp_neg_z: Math.exp(-z),
  one_plus_exp_neg_z: 1 + Math.exp(-z),
  sigmoid: sig(z),
  sigmoid_prime: sig(z) * sig(-z),
  neg_log_sigmoid: softplus(-z),
  neg_log_one_minus_sigmoid: softplus(z),
});
const lnReference = (z: number): Record<string, number> => ({ exp_z: z, exp_neg_z: -z, one_plus_exp_neg_z: softplus(-z) });
/** "1.97007111401705e434" → its natural log. */
const lnOfText = (s: string) => {
  const m = /^(\d+(?:\.\d+)?)e\+?(\d+)$/.exec(s);
  return m ? Math.log(Number(m[1])) + Number(m[2]) * Math.LN10 : NaN;
};

const CHAPTERS: CurveChapter[] = ['sigmoid', 'loss', 'derivative'];
const MARKER = 'Point z on the curve';

describe('curve chapters in Chromium', () => {
  for (const chapter of CHAPTERS) {
    for (const z of [1.5, 1000, -1000]) {
      it(`${chapter} opened at z=${z} shows every value of its last step correctly`, async () => {
        const { page, problems } = await open(browser, `chapter=${chapter}&lang=en&z=${z}&step=99`);
        await expect.poll(() => page.getByRole('button', { name: 'Next step', exact: true }).isDisabled()).toBe(true);
        const q = await readQuantities(page);
        const [want, ln] = [reference(z), lnReference(z)];
        for (const id of CURVE_CHAPTER_IDS[chapter]) {
          const shown = q[id]?.value;
          expect(shown, id).toBeTruthy();
          if (Number.isFinite(want[id]))
            expect(Math.abs(Number(shown) - want[id]), id).toBeLessThanOrEqual(1e-12 * Math.max(1e-300, Math.abs(want[id])));
          else expect(Math.abs(lnOfText(shown) - ln[id]), id).toBeLessThanOrEqual(1e-9);
        }
        // Every view of a quantity agrees with the values table.
        const all = await page.$$eval('[data-quantity]', (els) =>
          els.map((e) => `${e.getAttribute('data-quantity')}=${e.getAttribute('data-value')}`),
        );
        for (const pair of all)
          expect(
            all.filter((p) => p.split('=')[0] === pair.split('=')[0]).every((p) => p === pair),
            pair,
          ).toBe(true);
        expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined|Infinity/);
        expect(
          await page.$$eval('svg path', (ps) => ps.map((p) => p.getAttribute('d') ?? '').filter((d) => /NaN|Infinity/.test(d))),
        ).toEqual([]);
        expect(await page.getByRole('slider', { name: MARKER }).count()).toBe(1);
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }

  it('builds the sigmoid step by step with "Next step", morphing without errors', async () => {
    const { page, problems } = await open(browser, 'chapter=sigmoid&lang=en&z=0.5');
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    for (const id of ['exp_z', 'exp_neg_z', 'one_plus_exp_neg_z', 'sigmoid']) {
      await next.click();
      await expect.poll(async () => (await readQuantities(page))[id]?.state).toBe('active');
    }
    await expect.poll(() => page.url()).toContain('step=4');
    expect(await page.locator('path.curve-ghost').count()).toBe(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves the marker with the arrow keys and by dragging; PageDown still steps', async () => {
    const { page, problems } = await open(browser, 'chapter=derivative&lang=en&step=3');
    const marker = page.getByRole('slider', { name: MARKER });
    await marker.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readQuantities(page)).z.value).toBe('0.1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByText('Step 4 of 6').count()).toBeGreaterThan(0);
    expect((await readQuantities(page)).z.value).toBe('0.1');
    await expect.poll(() => page.url()).toMatch(/z=0\.1(&|$)/);
    const box = await page.locator('.z-marker-handle').boundingBox();
    if (!box) throw new Error('no marker handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Number((await readQuantities(page)).z.value)).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names a malformed z and draws the chapter at z = 0', async () => {
    const { page, problems } = await open(browser, 'chapter=sigmoid&lang=en&z=NaN');
    await expect.poll(() => page.getByRole('status', { name: 'Link settings' }).innerText()).toMatch(/\bz\b/);
    expect((await readQuantities(page)).z.value).toBe('0');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390 px screen in Chinese, with the plots inside it', async () => {
    const phone = await launch({ width: 390, height: 844 }, 'zh-CN');
    try {
      for (const chapter of CHAPTERS) {
        const { page, problems } = await open(phone, `chapter=${chapter}&lang=zh&z=1.5&step=99`);
        await page.getByRole('slider', { name: '曲线上的点 z' }).waitFor();
        const wide = await page.$$eval('.curve-chapter *', (els) =>
          els.filter((e) => !e.closest('.katex-mathml, .formula') && e.getBoundingClientRect().right > 391).map((e) => e.tagName),
        );
        expect(wide, chapter).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      }
    } finally {
      await phone.close();
    }
  });
});

/**
 * The network chapter for shapes other than the seed's (SPEC §7): every number on the page, at the
 * last step, against the dense engine computed here independently, and every gradient against a
 * central difference of J; m = 1 and m > 1, K = 1 and K > 1; no console errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, type Browser } from './browser';
import { decode } from '../src/core/url';
import { samplesOf, weightsOf } from '../src/core/netState';
import { lossOf, runBatch, updated } from '../src/core/engine';
import { centralDifference } from '../src/core/gradcheck';
import { parseId } from '../src/core/netIds';
import { backpropCount, naiveCount } from '../src/core/netCounts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CASES = [
  { name: '2-3-2-1, m = 1, K = 1', query: 'layers=2,3,2,1&lambda=0.3' },
  { name: '3-4-2, m = 4, K = 2', query: 'layers=3,4,2&data=0.5,-1,1,1,0;0,1,0.5,0,1;1,1,-1,1,1;-0.5,0,2,0,0' },
  { name: '2-2-1, m = 3', query: 'data=0.5,-1,1;2,0.25,0;-1,1,1&seed=9&t1=0.3,-1,2,0.5,0.5,-0.5&t2=1,-2,0.7' },
  { name: '2-6-6-6-1, m = 1', query: 'layers=2,6,6,6,1&seed=4' },
];

/** What the engine says each network id holds once every step has run. */
function expected(query: string): (id: string) => number | undefined {
  const s = decode(query).state;
  const layers = s.layers;
  const theta = weightsOf(s);
  const samples = samplesOf(s);
  const batch = runBatch(layers, theta, samples, s.lambda);
  const next = updated(theta, batch.D, s.alpha);
  const width = (l: number) => layers[l - 1] + 1;
  return (id) => {
    const p = parseId(id);
    if (!p) return undefined;
    const tr = batch.traces[(p.sample ?? 1) - 1];
    const w = (p.j! - 1) * width(p.l!) + p.i!;
    switch (p.kind) {
      case 'x':
        return p.i === 0 ? 1 : samples[(p.sample ?? 1) - 1].x[p.i! - 1];
      case 'y':
        return samples[(p.sample ?? 1) - 1].y[(p.k ?? 1) - 1];
      case 'theta':
        return theta[p.l! - 1][w];
      case 'grad_theta':
        return batch.D[p.l! - 1][w];
      case 'Delta':
        return batch.Delta[p.l! - 1][w];
      case 'new_theta':
        return next[p.l! - 1][w];
      case 'z':
      case 'a':
      case 'delta':
      case 'sprime': {
        const j = (p.j ?? 1) - 1;
        if (p.kind === 'a' && p.j === 0) return 1;
        const arr = { z: tr.z, a: tr.a, delta: tr.delta, sprime: tr.sprime }[p.kind];
        return arr[p.l! - 1][j];
      }
      case 'J':
        return p.sample === undefined ? batch.J : tr.loss;
      case 'lambda':
        return s.lambda;
      case 'alpha':
        return s.alpha;
      case 'J_new':
        return lossOf(layers, next, samples, s.lambda);
      default:
        return undefined;
    }
  };
}

describe('any network in Chromium', () => {
  for (const c of CASES) {
    it(`shows the engine's values at the last step and gradients that match central differences (${c.name})`, async () => {
      const query = `chapter=network&lang=en&${c.query}`;
      const { page, problems } = await open(browser, query);
      await page.keyboard.press('End');
      const root = page.locator('[data-shown-step]');
      await expect.poll(async () => (await root.getAttribute('data-step')) === (await root.getAttribute('data-shown-step')) && (await root.getAttribute('data-step')) !== '0').toBe(true);
      const rows = await page.$$eval('[data-quantity]', (els) => els.map((e) => [e.getAttribute('data-quantity')!, e.getAttribute('data-value')!]));
      const want = expected(query);
      let checked = 0;
      for (const [id, value] of rows) {
        if (id === 'mults_naive' || id === 'mults_backprop') continue;
        const v = want(id);
        expect(v, `${id} is a quantity of this network`).not.toBeUndefined();
        expect(Number(value), id).toBeCloseTo(v!, 10);
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
      // Every gradient on the page against (J(θ + h) − J(θ − h)) / 2h of the engine's J.
      const s = decode(query).state;
      const theta = weightsOf(s);
      const samples = samplesOf(s);
      const sizes = theta.map((t) => t.length);
      const split = (flat: readonly number[]) => {
        let at = 0;
        return sizes.map((n) => flat.slice(at, (at += n)));
      };
      const numeric = centralDifference((w) => lossOf(s.layers, split(w), samples, s.lambda), theta.flat());
      const offsets = sizes.map((_, k) => sizes.slice(0, k).reduce((a, b) => a + b, 0));
      const grads = rows.filter(([id]) => id.startsWith('grad_theta'));
      expect(new Set(grads.map(([id]) => id)).size).toBe(theta.flat().length);
      for (const [id, value] of grads) {
        const p = parseId(id)!;
        const k = offsets[p.l! - 1] + (p.j! - 1) * (s.layers[p.l! - 1] + 1) + p.i!;
        expect(Math.abs(Number(value) - numeric[k]), id).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric[k])));
      }
      // SPEC §7's counts, times m, at the end.
      const count = async (id: string) => Number(await page.locator(`[data-quantity="${id}"]`).first().getAttribute('data-value'));
      expect(await count('mults_naive')).toBe(naiveCount(s.layers) * samples.length);
      expect(await count('mults_backprop')).toBe(backpropCount(s.layers) * samples.length);
      expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined|Infinity|step\.\w/);
      expect(problems).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('edits the shape and the batch from the page, and the figure follows (ids with @i for m > 1)', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en');
    await page.getByRole('button', { name: 'Shape 3-4-2' }).click();
    await expect.poll(() => page.url()).toContain('layers=3,4,2');
    await page.getByRole('button', { name: 'Add a sample' }).click();
    await expect.poll(() => page.url()).toMatch(/data=[^&]*%3B|data=[^&]*;/);
    await page.keyboard.press('End');
    const figure = page.getByRole('img', { name: /3-4-2 network/ });
    await expect.poll(() => figure.locator('[data-quantity="a3_2@2"]').count()).toBeGreaterThan(0);
    expect(await figure.locator('[data-quantity="theta2_24"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});

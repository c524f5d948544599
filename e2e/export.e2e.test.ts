/** Export in every chapter: the figure on screen as SVG and PNG, from the Export menu, in the current theme. */
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

/** Opens the Export menu by its name and saves what one of its items downloads. */
async function exported(page: Page, item: string): Promise<{ name: string; data: Buffer }> {
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  return { name: download.suggestedFilename(), data: readFileSync((await download.path())!) };
}

interface Parsed {
  error: string | null;
  root: string;
  width: number;
  /** Nested SVGs: one per plot (or the figure itself). */
  parts: number;
  texts: string[];
  /** Long path data drawn by the figure (curves and edges, not tick marks). */
  paths: number;
  quantities: string[];
  background: string;
  /** Raster layers (a canvas on screen) embedded as PNG images. */
  images: number;
}

/** Parses the SVG in the page (DOMParser), as any other program that opens the file would. */
function parse(page: Page, text: string): Promise<Parsed> {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    return {
      error,
      root: `${root.namespaceURI} ${root.localName}`,
      width: Number(root.getAttribute('width')),
      parts: root.querySelectorAll(':scope > svg').length,
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      paths: [...root.querySelectorAll('path')].filter((p) => (p.getAttribute('d') ?? '').length > 200).length,
      quantities: [...root.querySelectorAll('[data-quantity]')].map((q) => q.getAttribute('data-quantity') ?? ''),
      background: root.querySelector(':scope > rect')?.getAttribute('style') ?? '',
      images: [...root.querySelectorAll(':scope > image')].filter((i) => (i.getAttribute('href') ?? '').startsWith('data:image/png;base64,')).length,
    };
  }, text);
}

/** A number with float noise: a run of 0s or 9s deep in its decimals (0.6000000000000001, 0.7999999999999999). */
const NOISE = /\d\.\d*(0{6,}|9{6,})\d/;

/** The width in the PNG's header (IHDR): bytes 16–19, big-endian. */
const pngWidth = (png: Buffer) => png.readUInt32BE(16);

interface Case {
  chapter: string;
  /** What the exported figure must show, checked on the parsed SVG. */
  check: (svg: Parsed) => void;
}

const CASES: Case[] = [
  {
    chapter: 'sigmoid',
    check: (svg) => {
      expect(svg.parts).toBe(1);
      expect(svg.paths).toBeGreaterThanOrEqual(1);
      expect(svg.texts).toContain('s(z)');
      expect(svg.texts.join(' ')).toContain('From eᶻ to the sigmoid');
    },
  },
  {
    chapter: 'loss',
    check: (svg) => {
      // Both plots, side by side in one file, with their titles and the legend.
      expect(svg.parts).toBeGreaterThanOrEqual(2);
      expect(svg.paths).toBeGreaterThanOrEqual(4);
      expect(svg.texts.join(' ')).toContain('−log p on (0, 1)');
      expect(svg.texts.join(' ')).toContain('The loss as a function of z');
      expect(svg.texts.join(' ')).toMatch(/−log s\(z\)/);
    },
  },
  {
    chapter: 'derivative',
    check: (svg) => {
      expect(svg.parts).toBe(1);
      expect(svg.paths).toBeGreaterThanOrEqual(2);
      expect(svg.texts).toContain('s′(z)');
    },
  },
  {
    chapter: 'graph',
    check: (svg) => {
      expect(svg.quantities).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd', 'e', 'de_da', 'de_db']));
      expect(svg.texts.join(' ')).toMatch(/∂e\/∂b/);
    },
  },
  {
    chapter: 'network',
    check: (svg) => {
      expect(svg.parts).toBe(1);
      expect(svg.quantities).toEqual(expect.arrayContaining(['x1', 'z2_1', 'a3', 'J', 'delta3', 'delta2_1']));
      expect(svg.texts.join(' ')).toMatch(/θ¹₁₀/);
    },
  },
  {
    chapter: 'train',
    check: (svg) => {
      // The decision heatmap is a canvas: it travels as an image under the points drawn over it.
      expect(svg.images).toBe(1);
      expect(svg.parts).toBeGreaterThanOrEqual(1);
    },
  },
];

describe('export in every chapter', () => {
  for (const { chapter, check } of CASES) {
    it(`${chapter}: SVG and PNG of the figure on screen, in the dark theme`, async () => {
      const { page, problems } = await open(browser, `chapter=${chapter}&lang=en&theme=dark&step=99`);
      await waitForShown(page, { chapter });
      const svgFile = await exported(page, 'Figure as SVG');
      expect(svgFile.name).toBe(`backprop-stepper-${chapter}.svg`);
      const text = svgFile.data.toString('utf8');
      expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const svg = await parse(page, text);
      expect(svg.error).toBeNull();
      expect(svg.root).toBe('http://www.w3.org/2000/svg svg');
      check(svg);
      // The theme travels with the file: the page's dark background, and the figure's own colours.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(svg.background).toContain(`fill:${bg}`);
      expect(bg).toBe('rgb(20, 23, 28)');
      expect(text).not.toMatch(/var\(--/);
      // What is on screen: the figure's size in the page.
      const box = await page.locator(`[data-chapter="${chapter}"] [data-figure]`).boundingBox();
      expect(svg.width).toBe(Math.ceil(box!.width));

      const png = (await exported(page, 'Figure as PNG')).data;
      expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
      expect(pngWidth(png)).toBe(2 * svg.width);
      expect(png.length).toBeGreaterThan(10_000);
      expect(await page.locator('body').innerText()).not.toMatch(NOISE);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('exports in Chinese too, with the Chinese plot titles', async () => {
    const { page, problems } = await open(browser, 'chapter=loss&lang=zh&step=99');
    await page.getByText('导出', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '图形导出为 SVG' }).click()]);
    const svg = await parse(page, readFileSync((await download.path())!).toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.parts).toBeGreaterThanOrEqual(2);
    expect(svg.texts.join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('no float noise', () => {
  it('a link from the network to a curve writes z as the number it is (0.6, not 0.6000000000000001)', async () => {
    const { page, problems } = await open(browser, 'chapter=network&lang=en&step=99');
    // z²₁ = 0.1·1 + 0.4·0.5 + (−0.3)(−1) in the default example: 0.6000000000000001 in binary.
    expect(await page.locator('[data-quantity="z2_1"]').first().getAttribute('data-value')).toBe('0.6000000000000001');
    await page.getByRole('button', { name: 's′(z²₁) on the derivative curve' }).click();
    await waitForShown(page, { chapter: 'derivative' });
    await expect.poll(() => new URL(page.url()).searchParams.get('z'), { timeout: 10_000 }).toBe('0.6');
    expect(page.url()).not.toMatch(NOISE);
    expect(await page.locator('body').innerText()).not.toMatch(NOISE);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('dragging the z marker and stepping it with the keys keep z clean', async () => {
    const { page, problems } = await open(browser, 'chapter=sigmoid&lang=en&z=0.2&step=99');
    const marker = page.getByRole('slider', { name: 'Point z on the curve' });
    await marker.focus();
    // 0.2 + 0.1 is 0.30000000000000004 in binary; the marker holds 0.3.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => marker.getAttribute('aria-valuenow')).toBe('0.3');
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => marker.getAttribute('aria-valuenow')).toBe('0.7');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => marker.getAttribute('aria-valuenow')).toBe('0.8');
    // A drag across the plot: every z it sets has at most two decimals.
    const area = page.locator('[data-figure] .plot-drag-area');
    const r = (await area.boundingBox())!;
    await page.mouse.move(r.x + r.width * 0.2, r.y + r.height / 2);
    await page.mouse.down();
    for (let k = 1; k <= 13; k++) await page.mouse.move(r.x + r.width * (0.2 + k * 0.0437), r.y + r.height / 2);
    await page.mouse.up();
    const z = await marker.getAttribute('aria-valuenow');
    expect(z).toMatch(/^-?\d+(\.\d{1,2})?$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('z'), { timeout: 10_000 }).toBe(z);
    expect(await page.locator('body').innerText()).not.toMatch(NOISE);
    expect(problems).toEqual([]);
    await page.close();
  });
});

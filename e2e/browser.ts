/** One headless Chromium per e2e file, and pages that record every console error and page error. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { pageShows } from './shown.mjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!path) throw new Error('No Chromium found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH.');
  return path;
}

export function baseURL(): string {
  const error = inject('setupError');
  if (error) throw new Error(error);
  return inject('baseURL');
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launch(viewport = { width: 1280, height: 720 }, locale = 'en-US'): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'bps-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
  });
  context.setDefaultTimeout(10_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TrackedPage {
  page: Page;
  /** Console errors, page errors and requests that left the origin, seen so far. */
  problems: string[];
}

export async function open(browser: Browser, query: string): Promise<TrackedPage> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseURL()).origin;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin) problems.push(`request left the origin: ${r.url()}`);
  });
  await page.goto(`${baseURL()}?${query}`, { waitUntil: 'load' });
  await waitForShown(page);
  return { page, problems };
}

/**
 * Waits until the page shows its cursor everywhere: the chapter has loaded (it can be a lazy
 * chunk), every view is mounted (`data-all-views` not 0), its deferred views show the same step
 * as the controls (`data-shown-step` equals `data-step`, published by the chapter root), no
 * formula is still waiting for KaTeX and the practice panel (a chunk of its own) is there if asked for.
 * `chapter` and `step`, when given, must match too. The timeout is generous: a cold chunk on a
 * busy 2-core machine can take seconds.
 */
export async function waitForShown(page: Page, want: { chapter?: string; step?: number } = {}, timeout = 30_000): Promise<void> {
  await page.waitForFunction(pageShows, want, { timeout, polling: 'raf' });
}

/** Every [data-quantity] on the page: id → {value, state} (the first element of each id). */
export async function readQuantities(page: Page): Promise<Record<string, { value: string; state: string }>> {
  // Views beside the figure follow the cursor a frame later (useDeferredStep): wait until they have.
  await waitForShown(page);
  const rows = await page.$$eval('[data-quantity]', (els) =>
    els.map((e) => [e.getAttribute('data-quantity') ?? '', e.getAttribute('data-value') ?? '', e.getAttribute('data-state') ?? '']),
  );
  const out: Record<string, { value: string; state: string }> = {};
  for (const [id, value, state] of rows) out[id] ??= { value, state };
  return out;
}

/** Every plot has been drawn at its box's width (a plot redraws when its box is measured, e.g. after a resize). */
export async function waitForPlots(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('.plot-box')].every((b) => {
        const svg = b.querySelector('svg');
        return svg && Number(svg.getAttribute('width')) === Math.floor(b.getBoundingClientRect().width);
      }),
    undefined,
    { timeout: 30_000, polling: 'raf' },
  );
}

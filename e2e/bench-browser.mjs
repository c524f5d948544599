// The browser side of `npm run bench`: every measurement starts from a cold browser (a fresh
// profile, so no HTTP cache, no compiled-code cache, no storage), as a first visit does.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { diskBytes } from './budget.mjs';

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const quantile = (xs, q) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
export const median = (xs) => quantile(xs, 0.5);

/** The same-origin page a cold browser opens first, so CPU throttling is in force before the app's first byte. */
export const BLANK = 'bench-blank.html';
export function addBlankPage(dist) {
  writeFileSync(join(dist, BLANK), '<!doctype html><link rel="icon" href="data:,"><title>blank</title>');
}

/**
 * A fresh Chromium on a new temporary profile, its one page on a blank page of the app's origin
 * with the CPU slowed `throttle` times. Throttling is set on the page's renderer; the app then
 * loads in the same renderer (same origin), so it runs throttled from its first script on
 * (`throttleCheck` in bench.mjs confirms the rate took).
 */
export async function launchCold(base, { throttle = 1, viewport = { width: 1280, height: 720 } } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bps-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args: ARGS, viewport, locale: 'en-US' });
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(new URL(BLANK, base).href);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return {
    context,
    page,
    cdp,
    errors,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fixed amount of script work, timed in the page: its ratio between two rates shows the throttle is in force. */
export const busyLoop = () => {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 5e6; i++) x += Math.sqrt(i);
  return [performance.now() - t0, x];
};

/**
 * The production build (or a copy of `from`, an existing build) served on loopback, for the bench
 * and the trace scripts: `{ base, dist, bytes, close }`, where `bytes` is the build on disk (before
 * the blank page is added); close stops the server and removes the copy.
 */
export async function servedBuild(prefix, from) {
  const { build, preview } = await import('vite');
  process.env.NODE_ENV = 'production';
  const dist = mkdtempSync(join(tmpdir(), prefix));
  if (from) cpSync(from, dist, { recursive: true });
  else await build({ logLevel: 'error', mode: 'production', build: { outDir: dist, emptyOutDir: true } });
  const bytes = diskBytes(dist);
  addBlankPage(dist);
  const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  return {
    base: server.resolvedUrls.local[0],
    dist,
    bytes,
    close: async () => {
      await server.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

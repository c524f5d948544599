#!/usr/bin/env node
// npm run bench: builds the production app, serves it on loopback, drives headless Chromium and
// prints one table of sizes and speeds against the budgets of SPEC §6. A measurement, not a test:
// it exits 0 whatever the figures (a payload-size test in payload.e2e.test.ts guards the budget).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { BUDGETS, diskBytes, firstPaintGzip } from './budget.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const median = (xs) => quantile(xs, 0.5);

process.env.NODE_ENV = 'production';
const dist = mkdtempSync(join(tmpdir(), 'bps-bench-'));
await build({ logLevel: 'error', mode: 'production', build: { outDir: dist, emptyOutDir: true } });
const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = server.resolvedUrls.local[0];
const profile = mkdtempSync(join(tmpdir(), 'bps-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS, viewport: { width: 1280, height: 720 } });

async function freshPage(throttle) {
  const page = await context.newPage();
  await page.goto(`${base}favicon-none`).catch(() => {}); // same origin first: throttling sticks to it
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

async function fcp(throttle, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(throttle);
    await page.goto(`${base}?chapter=network&lang=en`, { waitUntil: 'load' });
    await page.waitForSelector('[data-quantity]');
    times.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await page.close();
  }
  return median(times);
}

/** rAF intervals while the network chapter autoplays from start to end at 4 steps a second. */
async function autoplay(throttle) {
  const page = await freshPage(throttle);
  await page.goto(`${base}?chapter=network&lang=en`, { waitUntil: 'load' });
  await page.waitForSelector('.network-figure');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 60_000 });
  const frames = await page.evaluate(() => { window.__stop = true; return window.__frames; });
  await page.close();
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  return { p50: quantile(gaps, 0.5), p95: quantile(gaps, 0.95), n: gaps.length };
}

/** Dragging the θ²₁₁ slider: main-thread work per input event (handler + render + commit) and time to next paint. */
async function slider() {
  const page = await freshPage(1);
  await page.goto(`${base}?chapter=network&lang=en&step=23`, { waitUntil: 'load' });
  const range = page.getByRole('slider', { name: 'θ²₁₁' });
  await range.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.__work = [];
    window.__slow = [];
    let t0 = 0;
    // Capture at window runs before React's root listener; bubble at window runs after its sync commit.
    window.addEventListener('input', () => (t0 = performance.now()), { capture: true });
    window.addEventListener('input', () => window.__work.push(performance.now() - t0));
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'input' || e.name === 'pointermove') window.__slow.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  const box = await range.boundingBox();
  const y = box.y + box.height / 2;
  for (const [from, to] of [[0.1, 0.9], [0.9, 0.1], [0.1, 0.9]]) {
    await page.mouse.move(box.x + box.width * from, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * to, y, { steps: 60 });
    await page.mouse.up();
  }
  await page.waitForTimeout(300);
  const { work, slow } = await page.evaluate(() => ({ work: window.__work, slow: window.__slow }));
  await page.close();
  return { p95: quantile(work, 0.95), n: work.length, over33: slow.filter((d) => d > 33).length };
}

const rows = [];
const row = (name, value, unit, budget, ok) => rows.push([name, `${value.toFixed(unit === 'kB' ? 1 : 2)} ${unit}`, budget, ok === undefined ? '' : ok ? 'pass' : 'FAIL']);
try {
  const fp = firstPaintGzip(dist) / 1000;
  row('first-paint payload (HTML+JS+CSS, gzip)', fp, 'kB', `≤ ${BUDGETS.firstPaintKB} kB`, fp <= BUDGETS.firstPaintKB);
  const disk = diskBytes(dist) / 1e6;
  row('whole dist/ on disk', disk, 'MB', `≤ ${BUDGETS.distMB} MB`, disk <= BUDGETS.distMB);
  row('first contentful paint, 1×', await fcp(1), 'ms', '', undefined);
  const f4 = await fcp(4);
  row('first contentful paint, CPU 4× slower', f4, 'ms', `≤ ${BUDGETS.fcp4xMs} ms`, f4 <= BUDGETS.fcp4xMs);
  const a1 = await autoplay(1);
  row('autoplay frame interval p50, 1×', a1.p50, 'ms', '', undefined);
  row(`autoplay frame interval p95, 1× (${a1.n} frames)`, a1.p95, 'ms', `≤ ${BUDGETS.autoplayP95Ms} ms`, a1.p95 <= BUDGETS.autoplayP95Ms);
  const a4 = await autoplay(4);
  row('autoplay frame interval p50, CPU 4× slower', a4.p50, 'ms', '', undefined);
  row(`autoplay frame interval p95, CPU 4× slower (${a4.n} frames)`, a4.p95, 'ms', `≤ ${BUDGETS.autoplayP95Throttled4xMs} ms`, a4.p95 <= BUDGETS.autoplayP95Throttled4xMs);
  const s = await slider();
  row(`slider drag: main-thread work per input p95 (${s.n} inputs)`, s.p95, 'ms', `≤ ${BUDGETS.sliderWorkP95Ms} ms`, s.p95 <= BUDGETS.sliderWorkP95Ms);
  rows.push(["slider drag: inputs not shown by the next frame (> 33 ms)", String(s.over33), "0", s.over33 === 0 ? "pass" : "FAIL"]);
} finally {
  await context.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ['figure', 'value', 'budget', 'result'][c].length));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(['figure', 'value', 'budget', 'result']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
rows.forEach((r) => console.log(line(r)));

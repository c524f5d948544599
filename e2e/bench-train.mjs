#!/usr/bin/env node
// Training speed (SPEC §6): epochs per second and the rAF frame interval while the training
// chapter plays, for 2-2-1 xor and 2-4-4-1 circles (n = 200), at 1× and 4× CPU throttle.
// benchTrain() takes a persistent Chromium context launched as bench.mjs launches it and the
// base URL of the served production build; run directly (`node e2e/bench-train.mjs URL`) it
// launches its own Chromium against an app already served at URL and prints the table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const TRAIN_CASES = [
  { name: '2-2-1 xor', query: 'chapter=train&lang=en&dataset=xor&layers=2,2,1&alpha=2&seed=3' },
  { name: '2-4-4-1 circles n=200', query: 'chapter=train&lang=en&dataset=circles&layers=2,4,4,1&n=200&alpha=1' },
];
/** Epochs per frame while measuring: the fastest setting, where the per-frame budget binds. */
export const TRAIN_SPEED = '100';

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

async function measure(context, base, { query }, throttle, seconds) {
  const page = await context.newPage();
  await page.goto(`${base}favicon-none`).catch(() => {}); // same origin first: throttling sticks to it
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${base}?${query}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-chapter="train"][data-shown-epoch="0"]', { timeout: 60_000 });
  await page.getByRole('combobox', { name: /Speed/ }).selectOption(TRAIN_SPEED);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Frames are recorded in the page; the epoch is read at the first and last recorded frame.
  const result = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const frames = [];
        const epoch = () => Number(document.querySelector('[data-chapter="train"]').dataset.shownEpoch);
        let first = null;
        const tick = (t) => {
          frames.push(t);
          if (first === null) first = { t, epoch: epoch() };
          if (t - first.t < ms) requestAnimationFrame(tick);
          else resolve({ frames, epochs: epoch() - first.epoch, elapsed: t - first.t });
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.close();
  const gaps = result.frames.slice(1).map((t, i) => t - result.frames[i]);
  return { epochsPerSecond: (result.epochs / result.elapsed) * 1000, p50: quantile(gaps, 0.5), p95: quantile(gaps, 0.95), frames: gaps.length };
}

/** Every case at 1× and 4×: [{ name, throttle, epochsPerSecond, p50, p95, frames }]. */
export async function benchTrain(context, base, { seconds = 4 } = {}) {
  const out = [];
  for (const c of TRAIN_CASES) for (const throttle of [1, 4]) out.push({ name: c.name, throttle, ...(await measure(context, base, c, throttle, seconds)) });
  return out;
}

/** Rows for bench.mjs's table: [figure, value, budget, result]. */
export function trainRows(results, budgetP95Ms = 17) {
  return results.flatMap((r) => [
    [`training ${r.name}, epochs per second, ${r.throttle}× (${TRAIN_SPEED} epochs/frame)`, `${r.epochsPerSecond.toFixed(0)} /s`, '', ''],
    [`training ${r.name}, frame interval p95, ${r.throttle}× (${r.frames} frames)`, `${r.p95.toFixed(2)} ms`, r.throttle === 4 ? `≤ ${budgetP95Ms} ms` : '', r.throttle === 4 ? (r.p95 <= budgetP95Ms ? 'pass' : 'FAIL') : ''],
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const base = process.argv[2];
  if (!base) {
    console.error('usage: node e2e/bench-train.mjs http://127.0.0.1:PORT/  (a production build already served there)');
    process.exit(2);
  }
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const profile = mkdtempSync(join(tmpdir(), 'bps-bench-train-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args, viewport: { width: 1280, height: 720 } });
  try {
    for (const r of trainRows(await benchTrain(context, base.endsWith('/') ? base : `${base}/`))) console.log(`| ${r.join(' | ')} |`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

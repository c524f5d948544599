#!/usr/bin/env node
// npm run bench: builds the production app, serves it on loopback and measures, in headless
// Chromium with a fresh profile for every load (a first visit, nothing cached), what a person
// waits for (SPEC §6). Every figure is printed beside its budget; a missed budget prints MISSED
// but the exit code stays 0: only a broken run (a page error, a timeout) exits non-zero.
//
//   npm run bench                      5 cold loads per figure (medians), every chapter
//   BENCH_LOADS=3 npm run bench        fewer loads (quicker, noisier)
//   BENCH_ONLY=load,autoplay,slider,train,engine npm run bench   a subset of the sections
//   BENCH_CHAPTERS=network npm run bench                         loads of these chapters only
//   BENCH_DIST=dist npm run bench      measure an existing build instead of building
import { readFileSync } from 'node:fs';
import { BUDGETS } from './budget.mjs';
import { busyLoop, launchCold, median, servedBuild } from './bench-browser.mjs';
import { coldLoad } from './bench-load.mjs';
import { autoplay, slider } from './bench-interact.mjs';

const LOADS = Number(process.env.BENCH_LOADS) || 5;
const ONLY = new Set((process.env.BENCH_ONLY || 'load,autoplay,slider,train,engine').split(','));
// The chapters as the app lists them (a chapter added to CHAPTERS is benched without a change here).
const CHAPTERS = process.env.BENCH_CHAPTERS?.split(',') ??
  JSON.parse(/export const CHAPTERS = (\[[^\]]*\])/.exec(readFileSync(new URL('../src/core/url.ts', import.meta.url), 'utf8'))[1].replace(/'/g, '"'));

const rows = [];
const fmt = (v, unit) => (Number.isFinite(v) ? `${v.toFixed(unit === 'kB' || unit === 'MB' ? (unit === 'MB' ? 2 : 1) : unit === '×' ? 2 : 0)} ${unit}` : String(v));
/** One line of the table; `budget` is [limit, text] or undefined (a figure shown for context). */
function row(name, value, unit, budget) {
  const verdict = budget === undefined ? '' : value <= budget[0] ? 'ok' : 'MISSED';
  rows.push([name, fmt(value, unit), budget ? budget[1] : '', verdict]);
  console.error(`  ${name}: ${fmt(value, unit)} ${verdict}`);
}
const note = (name, text) => rows.push([name, text, '', '']);

const served = await servedBuild('bps-bench-', process.env.BENCH_DIST);
const { base, dist } = served;
const distSize = served.bytes;
let broken = false;

async function section(name, run) {
  if (!ONLY.has(name)) return;
  console.error(`${name}…`);
  try {
    await run();
  } catch (e) {
    broken = true;
    note(`${name}: BROKEN RUN`, String(e?.message ?? e).split('\n')[0].slice(0, 160));
  }
}

/**
 * The same script work at 1× and 4×, timed in the app's page of cold browsers: the rate really
 * applies. The shortest of several runs at each rate, alternating, so other load on the machine
 * (which only ever adds time) distorts the ratio less.
 */
async function throttleCheck() {
  const time = async (throttle) => {
    const b = await launchCold(base, { throttle });
    try {
      await b.page.goto(`${base}?chapter=sigmoid&lang=en`, { waitUntil: 'load' });
      await b.page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push((await b.page.evaluate(busyLoop))[0]);
      return Math.min(...runs);
    } finally {
      await b.close();
    }
  };
  const best = { 1: Infinity, 4: Infinity };
  for (let i = 0; i < 2; i++) for (const rate of [1, 4]) best[rate] = Math.min(best[rate], await time(rate));
  return best[4] / best[1];
}

try {
  row('whole dist/ on disk', distSize / 1e6, 'MB', [BUDGETS.distMB, `≤ ${BUDGETS.distMB} MB`]);
  await section('load', async () => {
    const ratio = await throttleCheck();
    row('CPU throttle check: the same loop at 4× ÷ at 1× (should be ≈ 4)', ratio, '×');
    for (const throttle of [1, 4]) {
      for (const chapter of CHAPTERS) {
        const loads = [];
        for (let i = 0; i < LOADS; i++) loads.push(await coldLoad({ base, dist, chapter, query: `chapter=${chapter}&lang=en`, throttle }));
        const fcp = median(loads.map((l) => l.fcp));
        const ready = median(loads.map((l) => l.ready));
        const tag = `${chapter}, ${throttle}×`;
        row(`first contentful paint, ${tag}`, fcp, 'ms', throttle === 4 ? [BUDGETS.fcp4xMs, `≤ ${BUDGETS.fcp4xMs} ms`] : undefined);
        row(`chapter ready, ${tag}`, ready, 'ms', throttle === 4 && chapter === 'network' ? [BUDGETS.networkReady4xMs, `≤ ${BUDGETS.networkReady4xMs} ms`] : undefined);
        if (throttle === 4 && chapter === 'network') {
          const payload = median(loads.map((l) => l.payload)) / 1000;
          row('first-paint payload: HTML+JS+CSS received before FCP (gzip -9), network, 4×', payload, 'kB', [BUDGETS.firstPaintKB, `≤ ${BUDGETS.firstPaintKB} kB`]);
          note('  files received before FCP (last load)', loads.at(-1).files.join(' '));
          note('  elements in the page once ready', String(loads.at(-1).nodes));
        }
      }
    }
  });
  await section('autoplay', async () => {
    for (const throttle of [1, 4]) {
      const a = await autoplay({ base, throttle });
      const limit = throttle === 1 ? BUDGETS.autoplayP95Ms : BUDGETS.autoplayP95Throttled4xMs;
      row(`autoplay frame interval p95, default speed, ${throttle}× (${a.n} frames)`, a.p95, 'ms', [limit, `≤ ${limit} ms`]);
      row(`  longest frame interval; ${a.over17} intervals > 17 ms`, a.max, 'ms');
      const fast = await autoplay({ base, throttle, speed: 4 });
      row(`autoplay frame interval p95, 4 steps/s, ${throttle}× (${fast.n} frames; ${fast.over17} > 17 ms)`, fast.p95, 'ms');
    }
  });
  await section('slider', async () => {
    for (const throttle of [1, 4]) {
      const s = await slider({ base, throttle });
      row(`slider drag: main-thread work per input p95, ${throttle}× (${s.n} inputs)`, s.p95, 'ms', throttle === 1 ? [BUDGETS.sliderWorkP95Ms, `≤ ${BUDGETS.sliderWorkP95Ms} ms`] : undefined);
      row(`slider drag: input to its paint p95, ${throttle}×`, s.shownP95, 'ms', throttle === 1 ? [BUDGETS.sliderEventMs, `≤ ${BUDGETS.sliderEventMs} ms`] : undefined);
      row(`slider drag: inputs shown later than the next frame (> ${BUDGETS.sliderEventMs} ms), ${throttle}×`, s.over33, '', throttle === 1 ? [0, '0'] : undefined);
    }
  });
  // Hook points: files other parts of the project provide; absent on a branch without them.
  //   e2e/bench-engine.mjs  export async function benchEngine(): { engineNs, unrolledNs, ratio }
  //   e2e/bench-train.mjs   export async function benchTrain(context, base):
  //     [{ name, throttle, epochsPerSecond, p50, p95, frames }], each case at 1× and 4×.
  await section('engine', async () => {
    const mod = await import('./bench-engine.mjs').catch(() => undefined);
    if (!mod?.benchEngine) return note('training engine vs hand-unrolled loop', 'not present (e2e/bench-engine.mjs)');
    const { engineNs, unrolledNs, ratio } = await mod.benchEngine();
    row('training engine, ns per sample-step', engineNs, 'ns');
    row('hand-unrolled 2-2-1 loop, ns per sample-step', unrolledNs, 'ns');
    row('engine ÷ hand-unrolled', ratio, '×', [BUDGETS.engineRatio, `≤ ${BUDGETS.engineRatio}× (aim 1.2×)`]);
  });
  await section('train', async () => {
    const mod = await import('./bench-train.mjs').catch(() => undefined);
    if (typeof mod?.benchTrain !== 'function') return note('training frame p95 and epochs/s', 'not present (e2e/bench-train.mjs)');
    // One cold browser for the training cases: each case opens its own page and sets its own throttle.
    const b = await launchCold(base);
    try {
      for (const r of await mod.benchTrain(b.context, base)) {
        row(`training ${r.name}: epochs per second, ${r.throttle}×`, r.epochsPerSecond, '/s');
        row(`training ${r.name}: frame interval p95, ${r.throttle}×`, r.p95, 'ms', r.throttle === 4 ? [BUDGETS.trainP95Throttled4xMs, `≤ ${BUDGETS.trainP95Throttled4xMs} ms`] : undefined);
      }
    } finally {
      await b.close();
    }
  });
} finally {
  await served.close();
}

const head = ['figure', 'value', 'budget', 'result'];
const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`Cold loads: fresh browser profile each, median of ${LOADS}. ${new Date().toISOString()}`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
rows.forEach((r) => console.log(line(r)));
const missed = rows.filter((r) => r[3] === 'MISSED').length;
console.log(missed ? `${missed} budget(s) MISSED.` : 'Every measured budget holds.');
if (broken) {
  console.log('BROKEN RUN: a section failed (see the table); its figures are missing.');
  process.exitCode = 1;
}

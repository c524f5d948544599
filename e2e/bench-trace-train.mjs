#!/usr/bin/env node
// Where a training frame's time goes: a Chromium trace (devtools.timeline and the V8 sampling
// profiler) of the training chapter playing at 100 epochs a frame (bench-train.mjs's cases),
// summarised as main-thread self time by kind and by event, script by function (self and
// inclusive), the main-thread tasks, and the thread CPU time per frame (tdur: what the frames
// cost whatever else the machine runs, so builds compare even on a loaded machine).
//
//   node e2e/bench-trace-train.mjs [xor|circles] [throttle] [--dist DIR] [--seconds S] [--no-profile] [--out trace.json]
import { writeFileSync } from 'node:fs';
import { launchCold, quantile, servedBuild } from './bench-browser.mjs';
import { TRAIN_CASES, TRAIN_SPEED } from './bench-train.mjs';
import { forEachSample, mainThread, selfTimes, threadOf, whereOf } from './trace-read.mjs';

const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const flag = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const which = positional[0] ?? 'circles';
const throttle = Number(positional[1]) || 4;
const seconds = Number(flag('--seconds')) || 3;
const trainCase = TRAIN_CASES.find((c) => c.name.includes(which)) ?? TRAIN_CASES[1];

// --no-profile: without the sampling profiler, whose interrupts inflate script time.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel',
  ...(process.argv.includes('--no-profile') ? [] : ['disabled-by-default-v8.cpu_profiler'])];

/** Script time by the innermost function of the app's code, inclusive of what it calls ("total") and self. */
function scriptByFunction(events) {
  const self = new Map();
  const total = new Map();
  forEachSample(events, (n, ms, _now, parentOf) => {
    if (!n || ['(idle)', '(program)'].includes(n.callFrame?.functionName)) return;
    const seen = new Set();
    let first = true;
    for (; n; n = parentOf(n)) {
      if (n.callFrame?.url) {
        const k = whereOf(n);
        if (first) self.set(k, (self.get(k) ?? 0) + ms);
        first = false;
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
        seen.add(k);
      } else if (first && n.callFrame?.functionName) {
        const k = `(${n.callFrame.functionName})`;
        self.set(k, (self.get(k) ?? 0) + ms);
      }
    }
  });
  return { self, total };
}

const table = (m, limit = 12) => [...m].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, v]) => `    ${k.slice(0, 70).padEnd(70)} ${v.toFixed(1).padStart(8)} ms`).join('\n');

const { base, close } = await servedBuild('bps-trace-train-', flag('--dist'));
const b = await launchCold(base, { throttle });
const { page, cdp } = b;
try {
  await page.goto(`${base}?${trainCase.query}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-chapter="train"][data-shown-epoch="0"]', { timeout: 60_000 });
  await page.getByRole('combobox', { name: /Speed/ }).selectOption(TRAIN_SPEED);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const gaps = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const frames = [];
        const tick = (t) => {
          frames.push(t);
          if (t - frames[0] < ms) requestAnimationFrame(tick);
          else resolve(frames.slice(1).map((f, i) => f - frames[i]));
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
  const epoch = await page.getAttribute('[data-chapter="train"]', 'data-shown-epoch');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await cdp.send('Tracing.end');
  await done;
  if (flag('--out')) writeFileSync(flag('--out'), JSON.stringify({ traceEvents: events }));
  const thread = mainThread(events);
  const { byKind, byName } = selfTimes(events, thread);
  const frames = gaps.length;
  console.log(`training ${trainCase.name}, CPU ${throttle}×, ${TRAIN_SPEED} epochs/frame: ${frames} frames in ${seconds} s, epoch ${epoch}; rAF interval p50 ${quantile(gaps, 0.5).toFixed(1)} p95 ${quantile(gaps, 0.95).toFixed(1)} max ${Math.max(...gaps).toFixed(1)} ms`);
  console.log('  by kind (self time, whole trace; per frame in brackets):');
  console.log(table(new Map([...byKind].map(([k, v]) => [`${k} (${(v / frames).toFixed(2)})`, v]))));
  console.log('  by event (self time):');
  console.log(table(byName, 18));
  const { self, total } = scriptByFunction(events);
  console.log('  script by function, self:');
  console.log(table(self, 20));
  console.log('  script by function, total (inclusive):');
  console.log(table(total, 30));
  const tasks = events.filter((e) => threadOf(e) === thread && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')).map((e) => e.dur / 1000);
  console.log(`  main-thread tasks: ${tasks.length}, p50 ${quantile(tasks, 0.5).toFixed(1)} p95 ${quantile(tasks, 0.95).toFixed(1)} max ${Math.max(...tasks).toFixed(1)} ms`);
  const counts = ['Layout', 'UpdateLayoutTree', 'Paint', 'FireAnimationFrame', 'TimerFire', 'MinorGC', 'MajorGC'].map((n) => `${n} ×${events.filter((e) => e.name === n && threadOf(e) === thread).length}`);
  console.log(`  counts: ${counts.join(', ')}`);
  // Thread CPU time (tdur) of the main-thread tasks: what the frames cost, whatever else the machine runs.
  const cpu = events.filter((e) => threadOf(e) === thread && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.tdur !== undefined && e.tdur < 200_000);
  const sum = (n) => events.filter((e) => threadOf(e) === thread && e.ph === 'X' && e.name === n && e.tdur !== undefined).reduce((s, e) => s + e.tdur, 0) / 1000;
  const cpuTotal = cpu.reduce((s, e) => s + e.tdur, 0) / 1000;
  const kinds = ['FireAnimationFrame', 'TimerFire', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'Commit'];
  console.log(`  thread CPU per frame (${frames} frames): ${(cpuTotal / frames).toFixed(2)} ms; ${kinds.map((n) => `${n} ${(sum(n) / frames).toFixed(2)}`).join(', ')}`);
  console.log(`  elements: ${await page.evaluate(() => document.getElementsByTagName('*').length)}`);
} finally {
  await b.close();
  await close();
}

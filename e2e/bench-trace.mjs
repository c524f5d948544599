#!/usr/bin/env node
// Where the main thread's time goes: a Chromium trace (CDP Tracing, devtools.timeline and the V8
// sampling profiler) of one cold load, of autoplay, or of a slider drag, summarised as
//   - main-thread time by kind (script, style, layout, paint, parse…), self time, nested events not counted twice;
//   - script time by the file its code came from (KaTeX's chunk, the entry, the chapter…), from the CPU samples;
//   - for a load: the waterfall of every request against first contentful paint.
//
//   node e2e/bench-trace.mjs load|autoplay|slider [throttle] [--dist DIR] [--out trace.json]
import { writeFileSync } from 'node:fs';
import { launchCold, servedBuild } from './bench-browser.mjs';
import { pageShows } from './shown.mjs';
import { forEachSample, mainThread, selfTimes, threadOf, whereOf } from './trace-read.mjs';

const [what = 'load', rate] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const flag = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const throttle = Number(rate) || (what === 'slider' ? 1 : 4);

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel',
  'disabled-by-default-v8.cpu_profiler'].join(',');


async function record(page, cdp, act) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES.split(','), excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  await act();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** CPU samples by the file of the innermost frame (hashes dropped): which chunk's code ran. */
function scriptByFile(events, from = -Infinity, to = Infinity) {
  const byFile = new Map();
  const byFunction = new Map();
  forEachSample(events, (n, ms, now, parentOf) => {
    if (now < from || now > to) return;
    const url = n?.callFrame?.url ?? '';
    const fn = n?.callFrame?.functionName ?? '';
    const file = url ? url.split('/').pop().replace(/-[\w-]{8}\.js$/, '.js') : fn === '(garbage collector)' ? '(GC)' : fn === '(program)' || fn === '(idle)' ? null : `(${fn || 'native'})`;
    if (file) byFile.set(file, (byFile.get(file) ?? 0) + ms);
    // The innermost function of the app's own code (a browser call such as getBoundingClientRect
    // is charged to the function that made it).
    let m = n;
    while (m && !m.callFrame?.url) m = parentOf(m);
    if (file && m) byFunction.set(whereOf(m), (byFunction.get(whereOf(m)) ?? 0) + ms);
  });
  return { byFile, byFunction };
}

const table = (m, limit = 12) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, v]) => `    ${k.padEnd(44)} ${v.toFixed(1).padStart(8)} ms`).join('\n');

function waterfall(events, thread) {
  const sends = events.filter((e) => e.name === 'ResourceSendRequest');
  const fin = new Map(events.filter((e) => e.name === 'ResourceFinish').map((e) => [e.args.data.requestId, e]));
  const t0 = Math.min(...sends.map((e) => e.ts));
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && threadOf(e) === thread) ?? events.find((e) => e.name === 'firstContentfulPaint');
  const lines = sends.map((e) => {
    const f = fin.get(e.args.data.requestId);
    const end = f ? (f.args.data.finishTime ? f.args.data.finishTime * 1e6 : f.ts) : NaN;
    return [(e.ts - t0) / 1000, (end - t0) / 1000, e.args.data.url.split('/').pop()];
  });
  return { t0, fcp: fcp ? (fcp.ts - t0) / 1000 : NaN, lines };
}

const { base, close } = await servedBuild('bps-trace-', flag('--dist'));
const b = await launchCold(base, { throttle });
const { page, cdp } = b;
// A load is traced to chapter ready (SPEC §6); an interaction starts with every view mounted.
const shown = () => page.waitForFunction(pageShows, { load: what === 'load' }, { timeout: 120_000, polling: 'raf' });
try {
  let steps = 0;
  let inputs = 0;
  if (what !== 'load') {
    // autoplay and slider: the load is not traced, only the interaction.
    await page.goto(`${base}?chapter=network&lang=en${what === 'slider' ? '&step=23' : ''}`, { waitUntil: 'load' });
    await shown();
  }
  const events = await record(page, cdp, async () => {
    if (what === 'load') {
      await page.goto(`${base}?chapter=network&lang=en`, { waitUntil: 'commit' });
      await shown();
    } else if (what === 'autoplay') {
      const before = Number(await page.getAttribute('[data-step]', 'data-step'));
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.waitForFunction((k) => Number(document.querySelector('[data-step]').dataset.step) >= k + 8, before, { timeout: 120_000 });
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      steps = Number(await page.getAttribute('[data-step]', 'data-step')) - before;
    } else {
      const range = page.getByRole('slider', { name: 'θ²₁₁' });
      await range.scrollIntoViewIfNeeded();
      const box = await range.boundingBox();
      const y = box.y + box.height / 2;
      await page.evaluate(() => window.addEventListener('input', () => (window.__inputs = (window.__inputs ?? 0) + 1)));
      await page.mouse.move(box.x + box.width * 0.1, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.9, y, { steps: 40 });
      await page.mouse.up();
      await shown();
      inputs = await page.evaluate(() => window.__inputs);
    }
  });
  if (flag('--out')) writeFileSync(flag('--out'), JSON.stringify({ traceEvents: events }));
  const thread = mainThread(events);
  const { byKind, byName, busy } = selfTimes(events, thread);
  const per = what === 'autoplay' ? steps : what === 'slider' ? inputs : 1;
  console.log(`${what} of the network chapter, CPU ${throttle}× slower, cold profile${per > 1 ? `; ${per} ${what === 'autoplay' ? 'steps' : 'input events'} (figures per whole trace, then per ${what === 'autoplay' ? 'step' : 'input'})` : ''}`);
  console.log(`  main thread busy: ${busy.toFixed(0)} ms${per > 1 ? ` (${(busy / per).toFixed(1)} ms each)` : ''}`);
  console.log('  by kind (self time):');
  console.log(table(byKind));
  console.log('  by event (self time):');
  console.log(table(byName, 16));
  console.log('  script by file (CPU samples of the innermost frame):');
  const { byFile, byFunction } = scriptByFile(events);
  console.log(table(byFile, 12));
  console.log('  script by function (innermost frame of the app\'s own code; minified names):');
  console.log(table(byFunction, 20));
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`  elements in the page: ${nodes}`);
  const counts = ['Layout', 'UpdateLayoutTree', 'Paint', 'FireAnimationFrame'].map((n) => `${n} ×${events.filter((e) => e.name === n && threadOf(e) === thread).length}`);
  console.log(`  counts: ${counts.join(', ')}`);
  const forced = events.filter((e) => e.name === 'Layout' && threadOf(e) === thread && e.args?.beginData?.stackTrace).length;
  console.log(`  layouts forced from script (with a JS stack): ${forced}`);
  if (what === 'load') {
    const w = waterfall(events, thread);
    console.log(`  requests (ms from the first request; first contentful paint at ${w.fcp.toFixed(0)} ms):`);
    for (const [s, e, url] of w.lines.sort((a, c) => a[0] - c[0])) console.log(`    ${s.toFixed(0).padStart(6)} → ${e.toFixed(0).padStart(6)}  ${url}`);
  }
} finally {
  await b.close();
  await close();
}

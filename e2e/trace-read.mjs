// Reading a Chromium trace (CDP Tracing events), shared by the trace scripts: which thread ran the
// app, self time per event and kind, and the V8 sampling profiler's samples.

/** Event names grouped the way DevTools' summary does. */
const KIND = {
  script: ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.run', 'V8.Execute', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'],
  compile: ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'CompileScript', 'v8.parseOnBackground', 'CacheScript'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'PaintImage', 'Commit', 'UpdateLayer', 'RasterTask', 'CompositeLayers'],
  html: ['ParseHTML'],
};
const kindOf = new Map(Object.entries(KIND).flatMap(([k, names]) => names.map((n) => [n, k])));
export const threadOf = (e) => `${e.pid}:${e.tid}`;

/** The renderer main thread that ran the app: the CrRendererMain with the most events. */
export function mainThread(events) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf);
  const count = new Map(names.map((k) => [k, 0]));
  for (const e of events) if (count.has(threadOf(e))) count.set(threadOf(e), count.get(threadOf(e)) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0][0];
}

/** Self time (ms) per kind and per event name on one thread: a parent's time excludes its children's. */
export function selfTimes(events, thread, from = -Infinity, to = Infinity) {
  const xs = events
    .filter((e) => threadOf(e) === thread && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byName = new Map();
  const stack = [];
  const add = (e, self) => byName.set(e.name, (byName.get(e.name) ?? 0) + self);
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) add(stack.at(-1), stack.pop().self);
    if (stack.length) stack.at(-1).self -= Math.min(e.dur, stack.at(-1).ts + stack.at(-1).dur - e.ts);
    stack.push({ ...e, self: e.dur });
  }
  while (stack.length) add(stack.at(-1), stack.pop().self);
  const byKind = new Map();
  let busy = 0;
  for (const [name, us] of byName) {
    const k = kindOf.get(name) ?? 'other';
    byKind.set(k, (byKind.get(k) ?? 0) + us / 1000);
    if (name !== 'ThreadControllerImpl::RunTask' && name !== 'RunTask') busy += us / 1000;
  }
  return { byKind, byName: new Map([...byName].map(([n, us]) => [n, us / 1000])), busy };
}

/** A profile node's place in the code, bundle hashes dropped: `name file.js:line:column`. */
export const whereOf = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop().replace(/-[\w-]{8}\.js$/, '.js')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;

/**
 * Every CPU sample of the V8 profiler, in order: `visit(node, ms, now, parentOf)` with the sample's
 * innermost node, the time it stands for, its clock (µs, the profile's) and a way up the stack.
 */
export function forEachSample(events, visit) {
  const nodes = new Map();
  const clock = new Map();
  for (const e of events.filter((e) => e.name === 'ProfileChunk' || e.name === 'Profile')) {
    const id = e.id ?? e.args?.data?.id;
    if (e.name === 'Profile') {
      clock.set(id, e.args.data.startTime);
      continue;
    }
    const p = e.args.data.cpuProfile ?? {};
    for (const n of p.nodes ?? []) nodes.set(`${id}:${n.id}`, n);
    const deltas = e.args.data.timeDeltas ?? [];
    const parentOf = (n) => nodes.get(`${id}:${n.parent}`);
    (p.samples ?? []).forEach((s, i) => {
      const now = (clock.get(id) ?? 0) + deltas[i];
      clock.set(id, now);
      visit(nodes.get(`${id}:${s}`), (deltas[i + 1] ?? 0) / 1000, now, parentOf);
    });
  }
}

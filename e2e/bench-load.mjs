// Cold loads: first contentful paint, chapter ready and the bytes received before the first paint.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes } from './budget.mjs';
import { launchCold } from './bench-browser.mjs';

/**
 * "Chapter ready", checked in the page at every animation frame from the first script on: the
 * chapter's root (`[data-chapter]`) shows the step its controls are at (`data-shown-step` equals
 * `data-step`), it holds its figure (an `svg` or a `canvas`) and its numbers (`[data-quantity]`), every plot is
 * drawn at its box's width, and no formula still waits for KaTeX (`.tex-loading`). The time is
 * `performance.now()` in the frame where all of this first holds, so the frame's paint follows
 * it at once. (KaTeX's web fonts may swap in later: text is already readable.)
 */
function readyProbe(chapter) {
  const ready = () => {
    const root = document.querySelector(`[data-chapter="${chapter}"][data-shown-step]`);
    if (!root || root.dataset.step !== root.dataset.shownStep) return false;
    if (!root.querySelector('svg, canvas') || !root.querySelector('[data-quantity]')) return false;
    if (document.querySelector('.tex-loading')) return false;
    return [...root.querySelectorAll('.plot-box')].every((b) => {
      const svg = b.querySelector('svg');
      return svg && Number(svg.getAttribute('width')) === Math.floor(b.getBoundingClientRect().width);
    });
  };
  if (location.pathname.endsWith('bench-blank.html')) return;
  const tick = () => {
    if (ready()) window.__benchReady = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const KINDS = new Set(['Document', 'Script', 'Stylesheet']);

/**
 * One cold load of `?query` at `throttle`: FCP and chapter ready (ms from navigation start), and
 * the HTML, JS and CSS whose response had fully arrived before the first contentful paint, as the
 * browser's network log shows them (CDP Network events against the Page lifecycle's
 * firstContentfulPaint, one clock), each counted at gzip -9 of the file in dist/.
 */
export async function coldLoad({ base, dist, chapter, query, throttle }) {
  const b = await launchCold(base, { throttle });
  try {
    const { page, cdp } = b;
    const requests = new Map();
    let fcpAt = NaN;
    cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type }));
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { finished: e.timestamp, encoded: e.encodedDataLength });
    });
    cdp.on('Page.lifecycleEvent', (e) => {
      if (e.name === 'firstContentfulPaint' && Number.isNaN(fcpAt)) fcpAt = e.timestamp;
    });
    await cdp.send('Network.enable');
    await cdp.send('Page.enable');
    await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
    await page.addInitScript(readyProbe, chapter);
    await page.goto(`${base}?${query}`, { waitUntil: 'commit' });
    // Polled with a plain evaluate, not waitForFunction: that one first injects Playwright's own
    // ~330 kB script into the page, whose compile (75–180 ms at CPU 4× slower, in traces) lands on
    // the page's main thread during the load it measures.
    const deadline = Date.now() + 120_000;
    while (!(await page.evaluate(() => window.__benchReady !== undefined))) {
      if (Date.now() > deadline) throw new Error(`${query}: the chapter was not ready within 120 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const { fcp, ready, nodes } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: window.__benchReady,
      nodes: document.getElementsByTagName('*').length,
    }));
    const before = [...requests.values()].filter((r) => KINDS.has(r.type) && r.finished <= fcpAt && r.url.startsWith(base));
    const files = before.map((r) => {
      const path = new URL(r.url).pathname.replace(new URL(base).pathname, '') || 'index.html';
      const file = join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
      return { path, gzip: existsSync(file) ? gzipBytes(file) : r.encoded };
    });
    if (b.errors.length) throw new Error(`the page reported errors: ${b.errors.join(' | ')}`);
    return { fcp, ready, nodes, payload: files.reduce((s, f) => s + f.gzip, 0), files: files.map((f) => f.path) };
  } finally {
    await b.close();
  }
}

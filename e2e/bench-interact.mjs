// Interaction on a cold-loaded page: autoplay through the network timeline and dragging a slider.
import { launchCold, quantile } from './bench-browser.mjs';
import { pageShows } from './shown.mjs';

const waitShown = (page) => page.waitForFunction(pageShows, {}, { timeout: 120_000, polling: 'raf' });

/**
 * rAF intervals while the network chapter plays from its first step to its last at `speed`
 * (undefined: the app's default speed, as SPEC §6 asks). Besides p50/p95, the longest interval
 * and how many exceed 17 ms: at 1 step a second only 1 frame in 60 shows a new step, so a p95
 * alone would hide a slow step.
 */
export async function autoplay({ base, throttle, speed }) {
  const b = await launchCold(base, { throttle });
  try {
    const { page } = b;
    await page.goto(`${base}?chapter=network&lang=en`, { waitUntil: 'load' });
    await waitShown(page);
    if (speed !== undefined) await page.getByRole('combobox', { name: 'Speed' }).selectOption(String(speed));
    // Frames are recorded in the page from the moment playback starts (the chapter root's
    // data-playing turns 1) to when it ends (back to 0), and the end is awaited in the page, not
    // polled from here: a locator's wait re-runs its role query over the whole page (accessible
    // names of ~2,700 elements) every 100–500 ms on the page's main thread, slow frames of its
    // own in the run it measures (20–40 ms each at CPU 4× slower); so does the click's
    // actionability check, before playback starts.
    const played = page.evaluate(
      () =>
        new Promise((resolve) => {
          const root = document.querySelector('[data-playing]');
          const frames = [];
          let playing = false;
          const tick = (t) => {
            frames.push(t);
            if (playing) requestAnimationFrame(tick);
          };
          new MutationObserver(() => {
            if (root.dataset.playing === '1' && !playing) {
              playing = true;
              requestAnimationFrame(tick);
            } else if (root.dataset.playing === '0' && playing) {
              playing = false;
              resolve(frames);
            }
          }).observe(root, { attributes: true, attributeFilter: ['data-playing'] });
        }),
    );
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    let timer;
    const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('playback did not end within 300 s')), 300_000)));
    const frames = await Promise.race([played, late]).finally(() => clearTimeout(timer));
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    if (b.errors.length) throw new Error(`the page reported errors: ${b.errors.join(' | ')}`);
    return { p50: quantile(gaps, 0.5), p95: quantile(gaps, 0.95), max: Math.max(...gaps), over17: gaps.filter((g) => g > 17.5).length, n: gaps.length };
  } finally {
    await b.close();
  }
}

/**
 * Dragging the θ²₁₁ slider three times across its range: main-thread work per input event
 * (from a capture listener on window, before React's, to a bubble listener after React's
 * synchronous commit), and how many inputs reached the screen more than 33 ms after the event
 * (not shown by the next frame; Event Timing does not report input or pointermove events).
 */
export async function slider({ base, throttle = 1 }) {
  const b = await launchCold(base, { throttle });
  try {
    const { page } = b;
    await page.goto(`${base}?chapter=network&lang=en&step=23`, { waitUntil: 'load' });
    await waitShown(page);
    const range = page.getByRole('slider', { name: 'θ²₁₁' });
    await range.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      window.__work = [];
      window.__shown = [];
      let t0 = 0;
      window.addEventListener('input', (e) => {
        t0 = performance.now();
        // When the change reached the screen: the frame after the input, then past its paint
        // (a message posted from requestAnimationFrame is handled once that frame is painted).
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__shown.push(performance.now() - e.timeStamp);
          channel.port2.postMessage(0);
        });
      }, { capture: true });
      window.addEventListener('input', () => window.__work.push(performance.now() - t0));
    });
    const box = await range.boundingBox();
    const y = box.y + box.height / 2;
    for (const [from, to] of [[0.1, 0.9], [0.9, 0.1], [0.1, 0.9]]) {
      await page.mouse.move(box.x + box.width * from, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * to, y, { steps: 60 });
      await page.mouse.up();
    }
    await waitShown(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { work, shown } = await page.evaluate(() => ({ work: window.__work, shown: window.__shown }));
    if (b.errors.length) throw new Error(`the page reported errors: ${b.errors.join(' | ')}`);
    return { p95: quantile(work, 0.95), n: work.length, over33: shown.filter((d) => d > 33).length, shownP95: quantile(shown, 0.95) };
  } finally {
    await b.close();
  }
}

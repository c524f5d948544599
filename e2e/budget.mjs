// SPEC §6's budgets, and what the first paint needs read from the built index.html (the page
// itself, its entry script and stylesheets and their modulepreloads). Shared by the payload test
// and the benchmark (which also measures the first-paint bytes from outside, over the network).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  firstPaintKB: 100,
  distMB: 1.5,
  fcp4xMs: 600,
  /** The network chapter's figure and numbers painted, cold, CPU 4× slower. */
  networkReady4xMs: 900,
  autoplayP95Ms: 17,
  autoplayP95Throttled4xMs: 17,
  trainP95Throttled4xMs: 17,
  sliderWorkP95Ms: 16,
  /** Event Timing duration: an input shown later than this missed the next frame. */
  sliderEventMs: 33,
  /** The training engine's ns per sample-step against a hand-unrolled 2-2-1 loop (1.2× is the aim). */
  engineRatio: 1.5,
};

export const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

export function firstPaintFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return ['index.html', ...new Set(refs)].map((f) => join(dist, f));
}

export function firstPaintGzip(dist) {
  return firstPaintFiles(dist).reduce((sum, f) => sum + gzipBytes(f), 0);
}

export function diskBytes(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    const s = statSync(p);
    return sum + (s.isDirectory() ? diskBytes(p) : s.size);
  }, 0);
}

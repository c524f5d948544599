// What the first paint needs, read from the built index.html: the page itself, its entry script
// and stylesheets and their modulepreloads (chapters and KaTeX load later). Shared by the payload
// test and the benchmark.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  firstPaintKB: 100,
  distMB: 1.5,
  fcp4xMs: 600,
  autoplayP95Ms: 17,
  autoplayP95Throttled4xMs: 34,
  sliderWorkP95Ms: 16,
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

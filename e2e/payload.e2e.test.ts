import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { BUDGETS, diskBytes, firstPaintFiles, firstPaintGzip } from './budget.mjs';

// Sizes, not timings: these hold on any machine.
describe('production build', () => {
  it(`needs at most ${BUDGETS.firstPaintKB} kB (gzip) for the first paint`, () => {
    const dist = inject('distDir');
    expect(dist, inject('setupError')).toBeTruthy();
    const files = firstPaintFiles(dist);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => /katex/i.test(f))).toBe(false);
    expect(firstPaintGzip(dist) / 1000).toBeLessThanOrEqual(BUDGETS.firstPaintKB);
  });

  it(`is at most ${BUDGETS.distMB} MB on disk`, () => {
    expect(diskBytes(inject('distDir')) / 1e6).toBeLessThanOrEqual(BUDGETS.distMB);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('marks the files a cold load runs, and only those, for compiling in the background', () => {
    const assets = join(inject('distDir'), 'assets');
    const firstLine = (prefix: string) => {
      const file = readdirSync(assets).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
      expect(file, `no ${prefix} chunk in the build`).toBeTruthy();
      return readFileSync(join(assets, file!), 'utf8').split('\n', 1)[0];
    };
    // V8 reads the hint on the first line only (build/plugins.ts).
    for (const chunk of ['index', 'chapters', 'network', 'graph', 'curves', 'train']) expect(firstLine(chunk), chunk).toBe('//# allFunctionsCalledOnLoad');
    expect(firstLine('katex')).not.toContain('allFunctionsCalledOnLoad');
  });
});

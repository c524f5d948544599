/**
 * Writes the run's counts to a file for scripts/test.mjs, which prints the closing
 * "Tests: N passed, N failed, N skipped" line. A file that failed to load counts as one failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export const COUNTS_FILE = 'node_modules/.cache/backprop-stepper/test-counts.json';

export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules) {
      let any = false;
      for (const t of m.children.allTests()) {
        any = true;
        const state = t.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      if (!any && m.state() === 'failed') counts.failed++;
      else if (m.errors().length > 0) counts.failed++;
    }
    mkdirSync(dirname(COUNTS_FILE), { recursive: true });
    writeFileSync(COUNTS_FILE, JSON.stringify(counts));
  }
}

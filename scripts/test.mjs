#!/usr/bin/env node
// The one test command: typecheck, lint, then unit, component and end-to-end tests (vitest),
// ending with the line CI reads: "Tests: N passed, N failed, N skipped".
// typecheck and lint count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const COUNTS_FILE = 'node_modules/.cache/backprop-stepper/test-counts.json';
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

if (!findChromium()) {
  if (process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian\'s chromium package for the end-to-end tests.');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  }
  if (!findChromium()) {
    console.log('No Chromium found: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH), then run npm test again.');
    console.log('Tests: 0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
}

// Chinese pages are measured in the e2e tests (formulas and labels must fit their boxes): without a
// CJK font every character is a fallback box of another width, so install one as root if none is there.
const hasCjkFont = () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim().length > 0;
if (!hasCjkFont() && process.getuid?.() === 0) {
  console.log('No Chinese font found: installing Debian\'s fonts-wqy-microhei for the end-to-end tests.');
  run('apt-get', ['install', '-y', '-qq', 'fonts-wqy-microhei']) || (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'fonts-wqy-microhei']));
}

const counts = { passed: 0, failed: 0, skipped: 0 };
for (const [name, args] of [['typecheck', ['run', '-s', 'typecheck']], ['lint', ['run', '-s', 'lint']]]) {
  console.log(`\n> ${name}`);
  if (run('npm', args)) counts.passed++;
  else {
    counts.failed++;
    console.log(`${name} failed`);
  }
}

rmSync(COUNTS_FILE, { force: true });
const vitestOk = run('npx', ['vitest', 'run']);
if (existsSync(COUNTS_FILE)) {
  const c = JSON.parse(readFileSync(COUNTS_FILE, 'utf8'));
  counts.passed += c.passed;
  counts.failed += c.failed;
  counts.skipped += c.skipped;
}
if (!vitestOk && counts.failed === 0) counts.failed++; // vitest crashed before reporting
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed === 0 ? 0 : 1);

/**
 * Builds the production app once and serves it for the end-to-end tests. It never throws:
 * a failure is handed to the e2e files (which then fail with its message) so that unit and
 * component tests still run.
 */
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
    singleFile: string;
    setupError: string;
  }
}

let server: PreviewServer | undefined;
const outDir = mkdtempSync(join(tmpdir(), 'bps-dist-'));
const singleDir = mkdtempSync(join(tmpdir(), 'bps-single-'));

export default async function setup(project: TestProject) {
  // vitest sets NODE_ENV=test, which would ship React's development build (TOOLCHAIN trap 2).
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // A fresh folder per run: dist/ stays yours, and two runs at once do not clobber each other.
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
    await build({ configFile: 'vite.single.config.ts', logLevel: 'warn', mode: 'production', build: { outDir: singleDir, emptyOutDir: true } });
    server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server has no local URL');
    project.provide('baseURL', url);
    project.provide('distDir', outDir);
    project.provide('singleFile', join(singleDir, 'index.html'));
    project.provide('setupError', '');
  } catch (e) {
    project.provide('baseURL', '');
    project.provide('distDir', '');
    project.provide('singleFile', '');
    project.provide('setupError', `building or serving the app failed: ${String((e as Error)?.message ?? e)}`);
  } finally {
    process.env.NODE_ENV = before;
  }
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(singleDir, { recursive: true, force: true });
  };
}

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compileHints, katexWoff2Only, productionCsp } from './build/plugins.ts';
import { bootShell } from './build/bootShell.ts';
import { chunkGroups, LOAD_PATH_CHUNKS } from './build/chunks.ts';

// Relative base: dist/ works from any sub-path (SPEC §4.4).
export default defineConfig({
  base: './',
  plugins: [react(), katexWoff2Only(), productionCsp(), bootShell(), compileHints(LOAD_PATH_CHUNKS)],
  build: {
    outDir: 'dist',
    target: 'es2022',
    // The load path in a few files, not forty (build/chunks.ts).
    rolldownOptions: { preserveEntrySignatures: false, output: { codeSplitting: { groups: chunkGroups(import.meta.dirname) } } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

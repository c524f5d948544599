import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { katexWoff2Only, singleFileCsp } from './build/plugins.ts';

// One index.html with every script, style and KaTeX font inlined: a lecturer can email it and
// open it from file:// with no server (SPEC §4.4).
export default defineConfig({
  base: './',
  plugins: [react(), katexWoff2Only(), viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp()],
  build: { outDir: 'dist-single', target: 'es2022', emptyOutDir: true },
});

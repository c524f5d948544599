import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'screenshots', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded generator in src/core/rng.ts.' }],
    },
  },
  {
    // The math core stays pure: no React, no DOM, no d3-selection (STYLE §1).
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*', 'd3-selection', 'd3-transition', 'zustand', 'zustand/*', 'katex', '../*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'history', 'localStorage', 'HTMLElement', 'Element'],
    },
  },
  {
    // A folder inside core (core/network/) imports its siblings in core, and still nothing outside it.
    files: ['src/core/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*', 'd3-selection', 'd3-transition', 'zustand', 'zustand/*', 'katex', '../../*'] }],
    },
  },
  {
    // Node scripts; e2e code also hands functions to page.evaluate, which run in the browser.
    files: ['e2e/**/*.{ts,mjs}', 'scripts/**/*.mjs', 'build/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

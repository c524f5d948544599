import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * V8's per-file compile hint (Chromium 136 on): a file whose first line is this comment has every
 * function compiled on the background thread that streams it in, instead of each one on the main
 * thread at its first call. On a chapter's cold load that first call is nearly every function of
 * React and of the chapter's code, all on the critical path: in a trace at CPU 4× slower, ~890
 * lazy compiles (~200 ms) on the main thread without it, ~40 (~15 ms) with it (SPEC §6 chapter
 * ready). Only the files a cold load runs at once carry it: KaTeX and the lazy panels are compiled
 * as they are used.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(chunkNames: readonly string[]): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own generateBundle, which puts its preload map on the first line: V8 reads
      // the hint only there.
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !(chunk.isEntry || chunkNames.includes(chunk.name))) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // One line more at the top: the map's first line maps nothing.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      },
    },
  };
}

/** KaTeX's CSS names woff2, woff and ttf for every font; every browser we target takes woff2. */
export function katexWoff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\("(woff|truetype)"\)/g, '');
    },
  };
}

function csp(scriptSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    // KaTeX positions glyphs with style attributes; the single-file build inlines its CSS.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const withCsp = (html: string, scriptSrc: string) =>
  html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp(scriptSrc)}" />`);

/** A meta CSP on the built page only: the dev server's inline React preamble would break under it. */
export function productionCsp(): Plugin {
  return { name: 'production-csp', apply: 'build', transformIndexHtml: (html) => withCsp(html, "'self'") };
}

/** For the single-file build, whose script is inline: allow exactly that script, by its hash. */
export function singleFileCsp(): Plugin {
  return {
    name: 'single-file-csp',
    apply: 'build',
    enforce: 'post',
    // After the bundle is written: the single-file plugin inlines the script only as it emits the page.
    writeBundle(options) {
      const path = join(options.dir ?? 'dist-single', 'index.html');
      const html = readFileSync(path, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
      if (scripts.length !== 1) this.error(`expected one inline script in the single-file build, found ${scripts.length}`);
      const hash = createHash('sha256').update(scripts[0], 'utf8').digest('base64');
      writeFileSync(path, withCsp(html, `'sha256-${hash}'`));
    },
  };
}

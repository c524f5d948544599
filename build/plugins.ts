import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

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

import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { common as en } from '../src/i18n/en/common.ts';
import { common as zh } from '../src/i18n/zh/common.ts';

/** Chapters whose code lives in a folder of another name (the three curve chapters share one). */
const FOLDER: Record<string, string> = { sigmoid: 'curves', loss: 'curves', derivative: 'curves' };

interface BootData {
  /** Files each chapter needs (the timeline builders, its chunk, the chunks it imports, its CSS, its strings), by chapter id. */
  chapters: Record<string, string[]>;
  fallback: string;
  /** KaTeX's chunk, its CSS and the two fonts nearly every formula uses. */
  katex: string[];
  /** The entry script. */
  entry: string;
}

/**
 * Runs in the page, from <head> (assets/boot-*.js), before anything is painted. It sets the page's language,
 * theme and mode from the URL (so the frame below paints as the app will). Once that first frame
 * is painted it starts fetching the URL's chapter (with the timeline builders) and its strings,
 * and runs the entry (fetched meanwhile: a modulepreload in <head>; Chromium runs a page's
 * module scripts before its first paint, so a <script type=module> would hold the frame back
 * until React has rendered), in parallel instead of after it (the entry asks for them only once
 * it has run: a waterfall of ~0.5 s at CPU 4× slower).
 */
function boot(d: BootData) {
  const q = new URLSearchParams(location.search);
  let lang = q.get('lang');
  if (lang !== 'en' && lang !== 'zh') {
    lang = 'en';
    for (const l of navigator.languages || []) {
      if (/^zh\b/i.test(l)) lang = 'zh';
      if (/^(zh|en)\b/i.test(l)) break;
    }
  }
  const root = document.documentElement;
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  root.dataset.present = q.get('present') === '1' ? '1' : '0';
  root.dataset.embed = q.get('embed') === '1' ? '1' : '0';
  // Any text may be in the URL (`__proto__` too): only the chapters listed are looked up.
  const id = q.get('chapter') ?? '';
  const preload = (files: string[]) => {
    for (const href of files) {
      const link = document.createElement('link');
      if (href.endsWith('.js')) link.rel = 'modulepreload';
      else {
        link.rel = 'preload';
        link.as = href.endsWith('.css') ? 'style' : 'font';
      }
      // As the entry's loader will ask for them (CORS mode), or the preload is not reused.
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
  };
  const afterPaint = (f: () => void) => requestAnimationFrame(() => setTimeout(f, 0));
  afterPaint(() => {
    preload(Object.hasOwn(d.chapters, id) ? d.chapters[id] : d.chapters[d.fallback]);
    // KaTeX once the app's first commit has painted (React replaces the frame in #root): no
    // chapter's first view waits for it (a formula that mounts asks for it itself), and its
    // 260 kB, parsed beside the chapter's own files on a 2-core laptop, its CSS and its fonts
    // delayed those files, the store and the first render (SPEC §6 chapter ready).
    const shell = document.getElementById('root');
    if (shell) {
      const replaced = new MutationObserver(() => {
        replaced.disconnect();
        afterPaint(() => preload(d.katex));
      });
      replaced.observe(shell, { childList: true });
    }
    // import(), not an inserted <script type=module>: Chromium runs an inserted (async) module
    // script at low priority, after the tasks of every pending load; at CPU 4× slower the entry
    // (fetched already) waited ~200 ms for the chapter's files and KaTeX to finish arriving.
    void import(new URL(d.entry, document.baseURI).href);
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const both = (key: keyof typeof en & keyof typeof zh) =>
  `<span class="boot-en">${esc(en[key])}</span><span class="boot-zh">${esc(zh[key])}</span>`;

/**
 * The page's frame (title and tagline, in the URL's or the browser's language) is in index.html
 * itself, so it paints as soon as the HTML and the stylesheet arrive, before the entry script has
 * run; React replaces it when it renders the same header. The boot script is a file of its own
 * (`assets/boot-*.js`): the page's CSP allows no inline script (SPEC §4.4).
 */
export function bootShell(): Plugin {
  let bootFile = '';
  let entryFile = '';
  return {
    name: 'boot-shell',
    apply: 'build',
    // Before Vite writes index.html (its plugin runs after the normal ones): the chunks are final.
    generateBundle(_, bundle) {
      const base = './';
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) this.error('boot-shell: no entry chunk');
      entryFile = entry.fileName;
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      /** A chunk, the chunks it imports (not those `skip` holds) and their CSS. */
      const closureOf = (fileName: string, skip: Set<string>, out = new Set<string>()) => {
        const c = byFile.get(fileName);
        if (!c || out.has(fileName) || skip.has(fileName)) return out;
        out.add(fileName);
        for (const css of c.viteMetadata?.importedCss ?? []) out.add(css);
        for (const dep of c.imports) closureOf(dep, skip, out);
        return out;
      };
      // The entry and what it imports are in <head> already (modulepreload and stylesheet).
      const loaded = closureOf(entry.fileName, new Set());
      const closure = (fileName: string) => closureOf(fileName, loaded);
      // By the modules a chunk holds: a chapter's component shares its chunk with its strings (build/chunks.ts).
      const modulesOf = (c: (typeof chunks)[number]) => c.moduleIds.map((m) => m.replace(/\\/g, '/'));
      const find = (re: RegExp) => chunks.filter((c) => modulesOf(c).some((m) => re.test(m)));
      // The timeline builders: the entry imports them before its first render, and every chapter needs them.
      const builders = find(/\/src\/store\/builders\.ts$/).flatMap((c) => [...closure(c.fileName)]);
      const chapters: Record<string, string[]> = {};
      const chapterModule = /\/src\/chapters\/(\w+)\/\w+Chapter\.tsx$/;
      for (const c of find(chapterModule)) {
        const area = modulesOf(c).map((m) => chapterModule.exec(m)?.[1]).find(Boolean)!;
        const strings = find(new RegExp(`/src/i18n/(en|zh)/${area}\\.ts$`)).flatMap((t) => [...closure(t.fileName)]);
        chapters[area] = [...new Set([...builders, ...closure(c.fileName), ...strings])].map((f) => base + f);
      }
      // Chapter ids the page accepts, each to its folder's files.
      for (const [id, folder] of Object.entries(FOLDER)) if (chapters[folder]) chapters[id] = chapters[folder];
      const katexChunk = find(/\/src\/components\/math\/katex\.ts$/)[0];
      const fonts = Object.values(bundle).filter((a) => a.type === 'asset' && /KaTeX_(Main-Regular|Math-Italic)-[\w-]+\.woff2$/.test(a.fileName));
      const data: BootData = {
        chapters,
        fallback: 'sigmoid',
        katex: [...(katexChunk ? closure(katexChunk.fileName) : []), ...fonts.map((f) => f.fileName)].map((f) => base + f),
        entry: base + entry.fileName,
      };
      const source = `(${boot.toString()})(${JSON.stringify(data)});\n`;
      bootFile = `assets/boot-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: bootFile, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!bootFile) return html;
        const tag = new RegExp(`<script type="module" crossorigin src="\\./${entryFile.replace(/[.]/g, '\\.')}"></script>`).exec(html);
        if (!tag) throw new Error('boot-shell: no entry script in index.html');
        const shell =
          '<div id="root"><div class="app boot-shell"><header class="app-header"><div class="brand">' +
          `<h1>${both('app.title')}</h1><p class="tagline">${both('app.tagline')}</p></div></header></div></div>`;
        const style =
          '<style>html[lang="zh-CN"] .boot-en, html:not([lang="zh-CN"]) .boot-zh, html[data-embed="1"] .boot-shell { display: none; }</style>';
        // The boot script is a classic one: it runs before the body is parsed, so the frame paints
        // in the URL's language; it is tiny, and fetched beside the stylesheet that blocks the
        // paint anyway.
        return html
          .replace(tag[0], `<link rel="modulepreload" crossorigin href="./${entryFile}">`)
          .replace('</head>', `  <script src="./${bootFile}"></script>\n    ${style}\n  </head>`)
          .replace('<div id="root"></div>', shell);
      },
    },
  };
}

import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadChapter } from './chapters/Chapter';
import { StoreProvider } from './store/context';
import { createStoreFromUrl } from './store/store';
import { syncUrl } from './store/urlSync';
import { decode } from './core/url';
import { browserLang } from './i18n';
import './styles/palette.css';
import './styles/base.css';
import './styles/header.css';
import './styles/controls.css';
import './styles/tables.css';
import './styles/toolbar.css';
import './styles/presenter.css';
import './styles/embed.css';

// The timeline builders come in their own chunk, after the shell has painted (store/timelines.ts).
// A promise, not a top-level await: the builders' chunk imports this one's modules, and a chunk
// still awaiting at its top level would never finish evaluating for them (build/chunks.ts).
// The store (and the URL's timeline) is built as soon as the builders are there, while the
// chapter's own chunk may still be arriving; React first renders once the chapter is there too,
// so its first commit holds the chapter instead of a loading placeholder (SPEC §6 chapter ready).
const url = decode(location.search, browserLang());
const chapter = preloadChapter(url.state.chapter);
void import('./store/builders')
  .then(() => {
    const store = createStoreFromUrl(url);
    syncUrl(store);
    return chapter.then(() => store);
  })
  .then((store) => {
    const root = createRoot(document.getElementById('root')!);
    // Synchronously, effects included: the first commit shows the chapter, so the keys (App's
    // listeners, attached by effects) must work from that frame on. A default render left its
    // effects to a task after the first paint, and a key pressed in between was lost.
    flushSync(() =>
      root.render(
        <StrictMode>
          <StoreProvider store={store}>
            <App />
          </StoreProvider>
        </StrictMode>,
      ),
    );
  });

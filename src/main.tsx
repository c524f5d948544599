import { StrictMode } from 'react';
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
const url = decode(location.search, browserLang());
preloadChapter(url.state.chapter);
void import('./store/builders').then(() => {
  const store = createStoreFromUrl(url);
  syncUrl(store);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
});

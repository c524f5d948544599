import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { StoreProvider } from './store/context';
import { createStoreFromUrl } from './store/store';
import { syncUrl } from './store/urlSync';
import { decode } from './core/url';
import { browserLang } from './i18n';
import './styles.css';

const store = createStoreFromUrl(decode(location.search, browserLang()));
syncUrl(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

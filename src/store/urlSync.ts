/**
 * Keeps the address bar in sync with the store (SPEC §4.1) through history.replaceState.
 * Chromium drops replaceState past ~100 calls in 10 s, so writes are throttled: at most one
 * every `interval` ms while playing or dragging, and always one when the changes stop.
 */
import type { StoreApi } from 'zustand/vanilla';
import { encode, URL_KEYS, type UrlState } from '../core/url';
import type { AppState } from './store';

export function urlStateOf(s: AppState): UrlState {
  return Object.fromEntries(URL_KEYS.map((k) => [k, s[k]])) as unknown as UrlState;
}

export function syncUrl(
  store: StoreApi<AppState>,
  write: (query: string) => void = (q) => history.replaceState(history.state, '', `?${q}${location.hash}`),
  interval = 300,
): () => void {
  let written = encode(urlStateOf(store.getState()));
  let lastWrite = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const query = encode(urlStateOf(store.getState()));
    if (query === written) return;
    written = query;
    lastWrite = Date.now();
    write(query);
  };
  write(written);
  const unsubscribe = store.subscribe(() => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastWrite + interval - Date.now());
    if (wait === 0) flush();
    else timer = setTimeout(flush, wait);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    flush();
  };
}

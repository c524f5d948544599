/**
 * Keeps the address bar in sync with the store (SPEC §4.1, §4.3). A change of chapter or graph
 * mode is a navigation: it adds a history entry (pushState), so Back returns to where the page
 * was; stepping and editing replace the current entry. Chromium drops replaceState past ~100
 * calls in 10 s, so those writes are throttled: at most one every `interval` ms while dragging
 * (the first FIRST_WRITE_MS after the change), and always one when the changes stop. While playing nothing is written (a write costs ~20 ms of
 * a slow machine's frame, every step): the address catches up when playback stops. Back and Forward (popstate) restore the
 * entry's chapter, mode and step.
 */
import type { StoreApi } from 'zustand/vanilla';
import { decode, encode, URL_KEYS, type UrlState } from '../core/url';
import type { AppState } from './store';
import { bridgedKeys } from './trainActions';

export function urlStateOf(s: AppState): UrlState {
  return Object.fromEntries(URL_KEYS.map((k) => [k, s[k]])) as unknown as UrlState;
}

export interface UrlWriter {
  replace: (query: string) => void;
  push: (query: string) => void;
}

const BROWSER: UrlWriter = {
  // An address that is already canonical (a shared link, a reload) is left as it is: replaceState
  // costs a slow machine ~5 ms, and the first write happens while the page loads (SPEC §6).
  replace: (q) => {
    if (location.search !== `?${q}`) history.replaceState(history.state, '', `?${q}${location.hash}`);
  },
  push: (q) => history.pushState(null, '', `?${q}`),
};

/** Calls back with the query string of the entry Back or Forward went to. */
export type PopStateSource = (onPop: (search: string) => void) => () => void;

const browserPopState: PopStateSource = (onPop) => {
  const listener = () => onPop(location.search);
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
};

/** What makes a history entry: the chapter and, within the graph chapter, its method. */
const placeOf = (s: AppState) => `${s.chapter} ${s.mode}`;

/** How long the first write of a burst waits: past the frame that shows the change. */
const FIRST_WRITE_MS = 50;

export function syncUrl(store: StoreApi<AppState>, writer: UrlWriter = BROWSER, interval = 300, popState: PopStateSource = browserPopState): () => void {
  let written = encode(urlStateOf(store.getState()));
  let lastWrite = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const write = (s: AppState, push: boolean) => {
    const query = encode(urlStateOf(s));
    if (query === written) return;
    written = query;
    lastWrite = Date.now();
    if (push) writer.push(query);
    else writer.replace(query);
  };
  const flush = () => {
    timer = undefined;
    write(store.getState(), false);
  };
  writer.replace(written);
  const unsubscribe = store.subscribe((s, previous) => {
    if (restoring) return;
    if (placeOf(s) !== placeOf(previous)) {
      // The entry being left keeps its last state (Back returns to that step); the new one is pushed at once.
      cancel();
      write(previous, false);
      write(s, true);
      return;
    }
    // Playing: written once playback stops (at the end, by Pause, or by any step that stops it).
    if (s.playing) return cancel();
    if (previous.playing) {
      cancel();
      return flush();
    }
    if (timer !== undefined) return;
    // Even the first write of a burst waits a little: written at once, its replaceState (~5 ms)
    // landed in the input that made the change, before that change was painted (a slider's first
    // input shown late, SPEC §6).
    timer = setTimeout(flush, Math.max(FIRST_WRITE_MS, lastWrite + interval - Date.now()));
  });
  /**
   * Entries left by Back or Forward while a throttled write for them was still pending: what
   * their address would have been (keyed by what it is), so coming back to them restores that.
   */
  const unsaved = new Map<string, string>();
  const stopListening = popState((search) => {
    // A pending write belonged to the entry just left: the address bar already shows another one.
    if (timer !== undefined || store.getState().playing) {
      const pending = encode(urlStateOf(store.getState()));
      if (pending !== written) unsaved.set(written, pending);
    }
    cancel();
    const arrived = search.replace(/^\?/, '');
    const target = unsaved.get(arrived) ?? arrived;
    unsaved.delete(arrived);
    const s = store.getState();
    const entry = decode(`?${target}`, s.lang).state;
    restoring = true;
    try {
      // The network and training keys travel with the entry: the bridge between them changes both (SPEC §10).
      s.restore({ chapter: entry.chapter, mode: entry.mode, step: entry.step, ...bridgedKeys(entry) });
    } finally {
      restoring = false;
    }
    written = arrived;
    flush();
  });
  return () => {
    unsubscribe();
    stopListening();
    cancel();
    flush();
  };
}

import { describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Chapter, preloadChapter } from './Chapter';
import { StoreProvider } from '../store/context';
import { createStoreFromUrl } from '../store/store';
import { decode } from '../core/url';

/** Renders the chapter once, synchronously, as main.tsx does, and returns what that first commit holds. */
function firstCommit(query: string) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const store = createStoreFromUrl(decode(query, 'en'));
  act(() =>
    flushSync(() =>
      root.render(
        <StoreProvider store={store}>
          <Chapter />
        </StoreProvider>,
      ),
    ),
  );
  const held = { chapter: container.querySelector('[data-chapter]') !== null, loading: container.querySelector('.chapter-loading') !== null };
  act(() => root.unmount());
  container.remove();
  return held;
}

describe('Chapter', () => {
  it('renders a chapter that has arrived in the same commit, without its loading placeholder (SPEC §6)', async () => {
    await preloadChapter('graph');
    expect(firstCommit('chapter=graph&lang=en')).toEqual({ chapter: true, loading: false });
  });

  it('shows the loading placeholder for a chapter that has not arrived yet', () => {
    expect(firstCommit('chapter=train&lang=en')).toEqual({ chapter: false, loading: true });
  });

  it('settles without rejecting, whatever the chapter', async () => {
    await expect(preloadChapter('sigmoid')).resolves.toBeUndefined();
  });
});

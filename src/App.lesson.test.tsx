import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { renderWithStore } from './test/render';
import { waitForChapter } from './test/wait';
import { syncUrl } from './store/urlSync';

const next = () => screen.getByRole('button', { name: 'Next step' });
const pressed = (name: string) => screen.getByRole('button', { name, pressed: true });

describe('a lesson from the clicker (SPEC §4.3)', () => {
  it('PageDown at a chapter’s end opens the graph’s paths at step 0; PageUp there returns to the end', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=derivative&step=99&lang=en');
    await waitForChapter('derivative', 6);
    expect(next()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next: Computational graph' })).toBeEnabled();
    // → and End stay within the chapter.
    await user.keyboard('{ArrowRight}{End}');
    expect(store.getState()).toMatchObject({ chapter: 'derivative', step: 6 });
    await user.keyboard('{PageDown}');
    await waitForChapter('graph', 0);
    expect(store.getState().mode).toBe('paths');
    expect(pressed('Sum over paths')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    await waitForChapter('derivative', 6);
  });

  it('walks the graph’s methods with the Next: control and PageUp, then goes on to the network', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=graph&mode=paths&step=99&lang=en');
    await waitForChapter('graph');
    const pathsEnd = store.getState().step;
    await user.click(screen.getByRole('button', { name: 'Next: Forward mode' }));
    expect(store.getState()).toMatchObject({ chapter: 'graph', mode: 'forward', step: 0 });
    await waitForChapter('graph', 0);
    expect(pressed('Forward mode')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Next: / })).not.toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(store.getState()).toMatchObject({ mode: 'paths', step: pathsEnd });
    await waitForChapter('graph', pathsEnd);
    act(() => store.getState().restore({ chapter: 'graph', mode: 'reverse', step: 99 }));
    await waitForChapter('graph', store.getState().step);
    await user.click(screen.getByRole('button', { name: 'Next: 2-2-1 network' }));
    await waitForChapter('network', 0);
  });

  it('goes on to train from the network’s last step; there PageDown runs an epoch, PageUp at epoch 0 returns', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=network&step=23&lang=en');
    await waitForChapter('network', 23);
    expect(screen.getByRole('button', { name: 'Next: Training' })).toBeEnabled();
    await user.keyboard('{PageDown}');
    await waitForChapter('train', 0);
    expect(store.getState()).toMatchObject({ chapter: 'train', epoch: 0 });
    await user.keyboard('{PageDown}{PageDown}');
    expect(store.getState()).toMatchObject({ chapter: 'train', epoch: 2 });
    await user.keyboard('{PageUp}{PageUp}');
    expect(store.getState().epoch).toBe(0);
    await user.keyboard('{PageUp}');
    await waitForChapter('network', 23);
  });

  it('names the next chapter and method in Chinese', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />, 'chapter=sigmoid&step=99&lang=zh');
    await waitForChapter('sigmoid', 4);
    expect(screen.getByRole('button', { name: '下一步' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '下一章：对数 → 损失' }));
    await waitForChapter('loss', 0);
    const nav = screen.getByRole('navigation', { name: '章节' });
    expect(within(nav).getByRole('link', { name: /对数 → 损失/ })).toHaveAttribute('aria-current', 'page');
  });

  it('names the next method in Chinese in the graph chapter', async () => {
    renderWithStore(<App />, 'chapter=graph&mode=forward&step=99&lang=zh');
    await waitForChapter('graph');
    expect(screen.getByRole('button', { name: '下一种方法：反向模式' })).toBeInTheDocument();
  });

  it('while the screen is blanked, any key only unblanks it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=network&step=3&lang=en');
    await waitForChapter('network', 3);
    await user.keyboard('b');
    expect(document.querySelector('.blackout')).not.toBeNull();
    await user.keyboard('{PageDown}');
    expect(document.querySelector('.blackout')).toBeNull();
    expect(store.getState().step).toBe(3);
    await user.keyboard('.');
    await user.keyboard('{ArrowLeft}');
    expect(document.querySelector('.blackout')).toBeNull();
    expect(store.getState().step).toBe(3);
    await user.keyboard('{PageDown}');
    expect(store.getState().step).toBe(4);
  });
});

describe('history (SPEC §4.3)', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('Back returns to the chapter, mode and step left, Forward comes again', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '?chapter=graph&mode=forward&lang=en&step=4');
    const { store } = renderWithStore(<App />, location.search);
    stop = syncUrl(store);
    await waitForChapter('graph', 4);
    const entries = history.length;
    const nav = screen.getByRole('navigation', { name: 'Chapters' });
    await user.click(within(nav).getByRole('link', { name: /2-2-1 network/ }));
    await waitForChapter('network', 0);
    expect(history.length).toBe(entries + 1);
    await user.keyboard('{PageDown}{PageDown}'); // stepping replaces the entry
    expect(history.length).toBe(entries + 1);
    const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await act(async () => {
      const done = popped();
      history.back();
      await done;
    });
    await waitForChapter('graph', 4);
    expect(store.getState().mode).toBe('forward');
    expect(new URLSearchParams(location.search).get('chapter')).toBe('graph');
    await act(async () => {
      const done = popped();
      history.forward();
      await done;
    });
    await waitForChapter('network', 2);
    expect(history.length).toBe(entries + 1);
  });
});

describe('presenting a present=1 link', () => {
  afterEach(() => {
    delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
  });

  it('goes full screen with one P', async () => {
    const user = userEvent.setup();
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    const requestFullscreen = vi.fn().mockResolvedValue(undefined);
    document.documentElement.requestFullscreen = requestFullscreen;
    const { store } = renderWithStore(<App />, 'chapter=sigmoid&present=1&lang=en');
    await waitForChapter('sigmoid');
    await user.keyboard('p');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    expect(store.getState().present).toBe(true);
  });
});

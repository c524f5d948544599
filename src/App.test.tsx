import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { renderWithStore } from './test/render';
import { waitForChapter } from './test/wait';

const quantity = (id: string) => document.querySelector(`[data-quantity="${id}"]`)!;

describe('App', () => {
  it('steps with the buttons and disables them at the ends', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />, 'chapter=network&lang=en');
    await waitForChapter('network');
    const prev = screen.getByRole('button', { name: 'Previous step' });
    const next = screen.getByRole('button', { name: 'Next step' });
    expect(prev).toBeDisabled();
    expect(quantity('z2_1')).toHaveAttribute('data-state', 'pending');
    expect(quantity('z2_1')).toHaveAttribute('data-value', '');
    await user.click(next);
    expect(quantity('z2_1')).toHaveAttribute('data-state', 'active');
    expect(screen.getByText('Step 1 of 23')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(quantity('z2_1')).toHaveAttribute('data-state', 'pending');
  });

  it('switches Play to Pause and back', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />, 'chapter=network&lang=en');
    await waitForChapter('network');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('moves with the step slider and the keys', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=network&lang=en');
    await waitForChapter('network');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(store.getState().step).toBe(2);
    const slider = screen.getByRole('slider', { name: 'Step' });
    fireEvent.change(slider, { target: { value: '5' } });
    expect(store.getState().step).toBe(5);
    // A focused slider owns the arrows, but PageDown still steps (a clicker must not be swallowed).
    slider.focus();
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().step).toBe(5);
    await user.keyboard('{PageDown}');
    expect(store.getState().step).toBe(6);
    slider.blur();
    await user.keyboard('{End}');
    expect(store.getState().step).toBe(23);
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    await user.keyboard('{Home}');
    expect(store.getState().step).toBe(0);
  });

  it('speaks Chinese, from the chapter list to the step buttons', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />, 'chapter=network&lang=zh');
    await waitForChapter('network');
    expect(screen.getByRole('group', { name: '步进控制' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一步' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^English/ }));
    expect(screen.getByRole('button', { name: 'Next step' })).toBeInTheDocument();
  });

  it('changes chapter from the navigation and resets the step', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=network&lang=en&step=5');
    await waitForChapter('network', 5);
    const nav = screen.getByRole('navigation', { name: 'Chapters' });
    await user.click(within(nav).getByRole('link', { name: /Computational graph/ }));
    expect(store.getState().chapter).toBe('graph');
    // The graph's chunk may still be loading: wait on the chapter root, not a scan of the page.
    await waitForChapter('graph', 0);
    expect(store.getState().step).toBe(0);
    expect(document.querySelector('[data-chapter="network"]')).toBeNull();
    expect(within(nav).getByRole('link', { name: /Computational graph/ })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(quantity('de_db')).toHaveAttribute('data-state', 'pending'));
  });

  it('opens the sigmoid chapter from a bare URL', async () => {
    renderWithStore(<App />, '');
    await waitForChapter('sigmoid', 0);
    const nav = screen.getByRole('navigation', { name: 'Chapters' });
    expect(within(nav).getByRole('link', { name: /exp → sigmoid/ })).toHaveAttribute('aria-current', 'page');
  });

  it('names malformed URL keys in a notice that can be dismissed', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />, 'chapter=network&lang=en&x1=abc&y=2&x2=1&x2=2');
    await waitForChapter('network');
    const notice = screen.getByRole('status', { name: 'Link settings' });
    expect(notice).toHaveTextContent('x1, y');
    expect(notice).toHaveTextContent('x2');
    expect(notice).not.toHaveTextContent('abc');
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Link settings' })).not.toBeInTheDocument();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../App';
import { renderWithStore } from '../../test/render';
import { waitForChapter } from '../../test/wait';
import { timelineCsv } from './exportFigure';
import { buildNetworkTimeline } from '../../core/networkTimeline';
import { DEFAULTS } from '../../core/url';

describe('lecturer tools', () => {
  it('toggles presenter mode with P and the button, and leaves it with Esc', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=network&lang=en');
    await waitForChapter('network');
    await user.keyboard('p');
    expect(store.getState().present).toBe(true);
    expect(document.documentElement.dataset.present).toBe('1');
    await user.keyboard('{Escape}');
    expect(store.getState().present).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(screen.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('does not take letters typed into a number field as shortcuts', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=network&lang=en');
    await waitForChapter('network');
    const field = screen.getByRole('textbox', { name: 'x₁' });
    await user.type(field, 'p');
    expect(store.getState().present).toBe(false);
  });

  it('copies the link and cycles the theme', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { store } = renderWithStore(<App />, 'chapter=network&lang=en');
    await waitForChapter('network');
    const bar = screen.getByRole('toolbar', { name: 'Share and present' });
    await user.click(within(bar).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(location.href);
    expect(await within(bar).findByText('Link copied')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Theme: System theme (change)' }));
    expect(store.getState().theme).toBe('dark');
  });

  it('hides the header when embedded', async () => {
    renderWithStore(<App />, 'chapter=network&lang=en&embed=1');
    await waitForChapter('network');
    expect(screen.queryByRole('navigation', { name: 'Chapters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });
});

describe('CSV worksheet', () => {
  it('lists the given values, then every step’s values, quoting what needs it', () => {
    const timeline = buildNetworkTimeline(DEFAULTS);
    const csv = timelineCsv(timeline, ['step', 'phase', 'id', 'name', 'value', 'reads'], (id) => `"${id}"`);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('step,phase,id,name,value,reads');
    expect(lines[1]).toBe('0,given,x0,"""x0""",1,');
    expect(lines).toContain(`1,forward,z2_1,"""z2_1""",${timeline.steps[0].values.z2_1},x0 x1 x2 theta1_10 theta1_11 theta1_12`);
    expect(lines.at(-1)).toBe(`23,update,J_new,"""J_new""",${timeline.steps[22].values.J_new},${timeline.steps[22].reads.join(' ')}`);
    // A header, 16 given values, 31 computed ones.
    expect(lines).toHaveLength(1 + 16 + 31);
  });
});

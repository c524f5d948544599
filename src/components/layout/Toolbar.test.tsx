import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../App';
import { renderWithStore } from '../../test/render';
import { waitForChapter } from '../../test/wait';
import { selectTimeline } from '../../store/timelines';

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
  }, 30_000);

  it('does not take letters typed into a number field as shortcuts', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=network&lang=en');
    await waitForChapter('network');
    const field = screen.getByRole('textbox', { name: 'x₁' });
    await user.type(field, 'p');
    expect(store.getState().present).toBe(false);
  }, 30_000);

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
  }, 30_000);

  it('hides the header when embedded', async () => {
    renderWithStore(<App />, 'chapter=network&lang=en&embed=1');
    await waitForChapter('network');
    expect(screen.queryByRole('navigation', { name: 'Chapters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  }, 30_000);
});

/** Clicks an item of the Export menu and returns what it downloads. */
async function exported(user: ReturnType<typeof userEvent.setup>, menu: string, item: string): Promise<{ name: string; blob: Blob }> {
  let blob: Blob | undefined;
  let name = '';
  const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:test';
  });
  // jsdom cannot navigate to a download: record the file name instead.
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  await user.click(screen.getByText(menu, { selector: 'summary' }));
  await user.click(screen.getByRole('button', { name: item }));
  // Export code loads at the first export: wait for the file.
  await waitFor(() => expect(blob).toBeDefined(), { timeout: 20_000 });
  created.mockRestore();
  click.mockRestore();
  if (!blob) throw new Error('nothing was downloaded');
  return { name, blob };
}

/** Significant digits of a number as written: "0.0623164506353461" has 15. */
const significant = (s: string) => s.replace(/^-|e.*$|\./g, '').replace(/^0+/, '').length;

const CHAPTERS = ['sigmoid', 'loss', 'derivative', 'graph', 'network'] as const;

describe('export', () => {
  for (const chapter of CHAPTERS) {
    it(`${chapter}: marks exactly one figure, and the worksheet lists every step of the chapter`, async () => {
      const user = userEvent.setup();
      const { store } = renderWithStore(<App />, `lang=en&chapter=${chapter}`);
      const chapterRoot = await waitForChapter(chapter);
      expect(chapterRoot.querySelectorAll('[data-figure]')).toHaveLength(1);
      const { name, blob } = await exported(user, 'Export', 'Every step as CSV');
      expect(name).toMatch(new RegExp(`^backprop-stepper-${chapter}.*\\.csv$`));
      const rows = (await blob.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      const timeline = selectTimeline(store.getState());
      expect(rows).toHaveLength(1 + Object.keys(timeline.given).length + timeline.steps.reduce((n, s) => n + Math.max(1, s.writes.length), 0));
      expect(new Set(rows.slice(1).map((r) => Number(r.split(',')[0])))).toEqual(new Set([0, ...timeline.steps.map((s) => s.index + 1)]));
      // Symbols, never ids; no float noise: at most the 15 digits a double holds.
      expect(rows.join('\n')).not.toMatch(/theta|grad_|delta|sprime|new_|exp_|neg_log|_prime/);
      for (const cell of rows.join(',').split(',')) if (/^-?[\d.]+(e[-+]?\d+)?$/.test(cell)) expect(significant(cell), cell).toBeLessThanOrEqual(15);
    }, 30_000);
  }

  it('writes the worksheet in Chinese, with the symbols of the app and clean numbers', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />, 'lang=zh&chapter=network');
    await waitForChapter('network');
    const { blob } = await exported(user, '导出', '全部步骤导出为 CSV');
    const rows = (await blob.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('"步骤","阶段","量","值（4 位有效数字）","值（完整精度）","读取"');
    expect(rows).toContain('0,"已知","θ¹₁₀",0.1,0.1,""');
    // z²₁ = 0.1·1 + 0.4·0.5 + (−0.3)(−1): 0.6000000000000001 in binary arithmetic, 0.6 here.
    expect(rows).toContain('1,"前向传播","z²₁",0.6,0.6,"x₀、x₁、x₂、θ¹₁₀、θ¹₁₁、θ¹₁₂"');
    expect(rows.find((r) => r.includes('"∂J/∂θ²₁₁"'))).toMatch(/^\d+,"反向传播","∂J\/∂θ²₁₁",-?[\d.]+,-?[\d.]+,"/);
    expect(rows.at(-1)).toMatch(/^23,"更新","更新后的 J",/);
  }, 30_000);

  it('says so when the chapter has no figure on screen yet', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />, 'lang=en&chapter=network');
    await waitForChapter('network');
    document.querySelector('[data-figure]')?.removeAttribute('data-figure');
    await user.click(screen.getByText('Export', { selector: 'summary' }));
    await user.click(screen.getByRole('button', { name: 'Figure as SVG' }));
    expect(await screen.findByText('This chapter has no figure to export.', {}, { timeout: 20_000 })).toBeInTheDocument();
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphChapter } from './GraphChapter';
import { renderWithStore } from '../../test/render';

const FIGURE = 'Computational graph of e = (a + b)(b + 1)';
/** The figure's element for a quantity id (the values table repeats it below). */
const inFigure = (id: string) => screen.getByRole('img', { name: FIGURE }).querySelector(`[data-quantity="${id}"]`)!;
const inTable = (id: string) => screen.getByRole('table', { name: /Every quantity/ }).querySelector(`[data-quantity="${id}"]`)!;

async function stepTo(user: ReturnType<typeof userEvent.setup>, k: number) {
  for (let i = 0; i < k; i++) await user.click(screen.getByRole('button', { name: 'Next step' }));
}

describe('graph chapter', () => {
  it('draws a and b given, the rest pending, before the first step', () => {
    renderWithStore(<GraphChapter />, 'chapter=graph&mode=paths&lang=en');
    expect(inFigure('a')).toHaveAttribute('data-state', 'given');
    expect(inFigure('a')).toHaveAttribute('data-value', '2');
    for (const id of ['c', 'd', 'e', 'dc_da', 'de_dc', 'de_da', 'de_db']) {
      expect(inFigure(id)).toHaveAttribute('data-state', 'pending');
      expect(inFigure(id)).toHaveAttribute('data-value', '');
    }
    expect(screen.getByRole('button', { name: 'Sum over paths' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Reverse mode' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('marks ∂e/∂c as computed again when summing over paths, and counts it in the tally', async () => {
    const user = userEvent.setup();
    renderWithStore(<GraphChapter />, 'chapter=graph&mode=paths&lang=en');
    await stepTo(user, 5);
    expect(inFigure('de_dc')).toHaveAttribute('data-state', 'active');
    await stepTo(user, 3);
    expect(inFigure('de_dc')).toHaveAttribute('data-state', 'recomputed');
    expect(inTable('de_dc')).toHaveAttribute('data-state', 'recomputed');
    expect(screen.getByText('Path 2 of 3: b → c → e')).toBeInTheDocument();
    expect(screen.getByText(/works it out again/)).toBeInTheDocument();
    const tally = screen.getByRole('table', { name: /Work done by each method/ });
    const row = within(tally).getByRole('row', { name: /Partials computed more than once/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0', '0']);
  });

  it('reads ∂e/∂c from the cache in reverse mode and ends with ∂e/∂a = 2, ∂e/∂b = 5', async () => {
    const user = userEvent.setup();
    renderWithStore(<GraphChapter />, 'chapter=graph&mode=reverse&lang=en&step=9');
    expect(inFigure('de_da')).toHaveAttribute('data-state', 'active');
    expect(inFigure('de_dc')).toHaveAttribute('data-state', 'reused');
    expect(screen.getByText(/seeded at e/)).toBeInTheDocument();
    await stepTo(user, 1);
    expect(inFigure('de_db')).toHaveAttribute('data-state', 'active');
    expect(inFigure('de_dc')).toHaveAttribute('data-state', 'reused');
    expect(inFigure('de_da')).toHaveAttribute('data-value', '2');
    expect(inFigure('de_db')).toHaveAttribute('data-value', '5');
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    expect(document.querySelector('[data-state="recomputed"]')).toBeNull();
  });

  it('runs one forward pass per input, seeded at b and then at a', async () => {
    renderWithStore(<GraphChapter />, 'chapter=graph&mode=forward&lang=en&step=11');
    expect(screen.getByText(/Pass 1 of 2: seeded at b/)).toBeInTheDocument();
    expect(inFigure('de_db')).toHaveAttribute('data-state', 'active');
    expect(inFigure('de_db')).toHaveAttribute('data-value', '5');
    expect(inFigure('t_b_c')).toHaveAttribute('data-state', 'reused');
    const user = userEvent.setup();
    await stepTo(user, 3);
    expect(screen.getByText(/Pass 2 of 2: seeded at a/)).toBeInTheDocument();
    expect(inFigure('de_da')).toHaveAttribute('data-value', '2');
    expect(inFigure('t_a_d')).toHaveAttribute('data-value', '0');
  });

  it('switches method with the keyboard and starts the new timeline from step 0', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphChapter />, 'chapter=graph&mode=paths&lang=en&step=4');
    const forward = screen.getByRole('button', { name: 'Forward mode' });
    forward.focus();
    await user.keyboard('{Enter}');
    expect(store.getState()).toMatchObject({ mode: 'forward', step: 0 });
    expect(forward).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Sum over paths' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('takes new inputs a and b, and refuses text that is not a number in range', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphChapter />, 'chapter=graph&mode=reverse&lang=en&step=10');
    const a = screen.getByRole('spinbutton', { name: 'a' });
    await user.clear(a);
    await user.type(a, '3');
    expect(store.getState().a).toBe(3);
    expect(inFigure('e')).toHaveAttribute('data-value', '8');
    expect(inFigure('de_db')).toHaveAttribute('data-value', '6');
    await user.clear(a);
    expect(a).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Enter a number from -1,000,000 to 1,000,000\. The figure keeps a = 3\./)).toBeInTheDocument();
    await user.click(a);
    await user.paste('2e7');
    expect(store.getState().a).toBe(3);
    expect(a).toHaveAccessibleDescription(/Enter a number/);
    const b = screen.getByRole('spinbutton', { name: 'b' });
    await user.clear(b);
    await user.type(b, '-2.5');
    expect(store.getState().b).toBe(-2.5);
    expect(b).toHaveAttribute('aria-invalid', 'false');
  });

  it('links to the network chapter from the tally', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphChapter />, 'chapter=graph&lang=en');
    expect(screen.getByText(/9 weights and one output/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the 2-2-1 network' }));
    expect(store.getState().chapter).toBe('network');
  });

  it('never speaks of the cache when summing over paths, and counts by one rule', async () => {
    const user = userEvent.setup();
    renderWithStore(<GraphChapter />, 'chapter=graph&mode=paths&lang=en');
    const caption = screen.getByRole('region', { name: 'Formula' });
    for (let i = 0; i < 11; i++) {
      await stepTo(user, 1);
      expect(caption).not.toHaveTextContent(/cache/i);
    }
    expect(inFigure('de_dc')).toHaveAttribute('data-state', 'read');
    const counter = screen.getByRole('region', { name: 'Multiplications so far' });
    expect(counter.querySelector('[data-quantity="mults_naive"]')).toHaveAttribute('data-value', '3');
    expect(counter.querySelector('[data-quantity="mults_backprop"]')).toHaveAttribute('data-value', '3');
    expect(within(counter).getByText(/multiplying by a seed’s 1 does not count/)).toBeInTheDocument();
    const tally = screen.getByRole('table', { name: /Work done by each method/ });
    const row = within(tally).getByRole('row', { name: /Multiplications/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '4', '3']);
  }, 30_000);

  it('grows a chain of diamonds from its slider: the naive count explodes, reverse mode grows linearly', () => {
    const { store } = renderWithStore(<GraphChapter />, 'chapter=graph&mode=reverse&lang=en&step=999');
    const slider = screen.getByRole('slider', { name: 'Diamonds in a row (chain)' });
    fireEvent.change(slider, { target: { value: '10' } });
    expect(store.getState().chain).toBe(10);
    act(() => store.getState().seekEnd());
    const counter = screen.getByRole('region', { name: 'Multiplications so far' });
    expect(counter.querySelector('[data-quantity="mults_backprop"]')).toHaveAttribute('data-value', '57');
    expect(Number(counter.querySelector('[data-quantity="mults_naive"]')!.getAttribute('data-value'))).toBeGreaterThan(50_000);
    expect(screen.getByRole('img', { name: /A chain of 10 diamonds/ })).toBeInTheDocument();
    expect(screen.getByText('Scroll sideways to see all 10 diamonds →')).toBeInTheDocument();
  });

  it('speaks Chinese', () => {
    renderWithStore(<GraphChapter />, 'chapter=graph&mode=reverse&lang=zh');
    expect(screen.getByRole('button', { name: '反向模式' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('img', { name: 'e = (a + b)(b + 1) 的计算图' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '前往 2-2-1 网络' })).toBeInTheDocument();
  });
});

import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NetworkChapter } from './NetworkChapter';
import { renderWithStore } from '../../test/render';
import { buildNetworkTimeline } from '../../core/networkTimeline';
import { DEFAULTS } from '../../core/url';

const all = (id: string) => [...document.querySelectorAll(`[data-quantity="${id}"]`)];
const states = (id: string) => all(id).map((e) => e.getAttribute('data-state'));

describe('network chapter', () => {
  it('draws every unit value and weight in the figure, and they agree with the values table', () => {
    renderWithStore(<NetworkChapter />, 'chapter=network&lang=en&step=23');
    const figure = screen.getByRole('img', { name: /2-2-1 network/ });
    for (const id of ['x1', 'x2', 'z2_1', 'a2_2', 'z3', 'a3', 'J', 'delta3', 'delta2_1', 'sprime2_2', 'theta1_12', 'grad_theta1_12', 'J_new']) {
      const inFigure = figure.querySelector(`[data-quantity="${id}"]`);
      expect(inFigure, id).not.toBeNull();
      expect(new Set(all(id).map((e) => e.getAttribute('data-value'))).size, id).toBe(1);
    }
  });

  it('marks δ³ reused in the figure, the ledger and the table while δ²₁ is computed', () => {
    const t = buildNetworkTimeline(DEFAULTS);
    const k = t.steps.findIndex((s) => s.writes.includes('delta2_1')) + 1;
    renderWithStore(<NetworkChapter />, `chapter=network&lang=en&step=${k}`);
    expect(new Set(states('delta3'))).toEqual(new Set(['reused']));
    expect(new Set(states('delta2_1'))).toEqual(new Set(['active']));
    const ledger = screen.getByRole('region', { name: 'Cache' });
    const row = within(ledger).getByRole('row', { name: /δ³/ });
    expect(row).toHaveTextContent('reused ×4');
    expect(within(row).getByLabelText('feeds the current formula')).toBeInTheDocument();
  });

  it('says when every view is mounted (the first commit holds the figure, the controls and the step)', () => {
    const { container } = renderWithStore(<NetworkChapter />, 'chapter=network&lang=en&step=3');
    // act() has flushed the background render that mounts the rest.
    expect(container.querySelector('[data-chapter="network"]')).toHaveAttribute('data-all-views', '1');
    expect(screen.getByRole('region', { name: 'Cache' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: /steps/i })).toBeInTheDocument();
  });

  it('counts 27 naive against 15 backprop multiplications at the end', () => {
    renderWithStore(<NetworkChapter />, 'chapter=network&lang=en&step=23');
    const counter = screen.getByRole('region', { name: 'Chain-rule multiplications so far' });
    expect(counter.querySelector('[data-count="naive"]')).toHaveTextContent('27');
    expect(counter.querySelector('[data-count="backprop"]')).toHaveTextContent('15');
  });

  it('never shows naive below backprop: at δ²₁ both have spent 6, with the counting note', () => {
    renderWithStore(<NetworkChapter />, 'chapter=network&lang=en&step=13');
    const counter = screen.getByRole('region', { name: 'Chain-rule multiplications so far' });
    expect(counter.querySelector('[data-quantity="mults_naive"]')).toHaveAttribute('data-value', '6');
    expect(counter.querySelector('[data-quantity="mults_backprop"]')).toHaveAttribute('data-value', '6');
    expect(within(counter).getByText(/not 1\/m, not the λ term/)).toBeInTheDocument();
  });

  it('says nothing of boxed terms at the update step, where nothing is boxed', () => {
    renderWithStore(<NetworkChapter />, 'chapter=network&lang=en&step=22');
    const caption = screen.getByRole('region', { name: 'Formula' });
    expect(caption).not.toHaveTextContent(/Boxed terms|Read from the cache/);
  });

  it('recomputes live from a weight field while the cursor keeps its place', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<NetworkChapter />, 'chapter=network&lang=en&step=7');
    const field = screen.getByRole('textbox', { name: 'θ²₁₁' });
    await user.clear(field);
    await user.type(field, '2');
    expect(store.getState().t2[1]).toBe(2);
    expect(store.getState().step).toBe(7);
    const z3 = 0.2 + 2 * Number(all('a2_1')[0].getAttribute('data-value')) + 0.9 * Number(all('a2_2')[0].getAttribute('data-value'));
    expect(Number(all('z3')[0].getAttribute('data-value'))).toBeCloseTo(z3, 12);
  });

  it('refuses text that is not a number with a message, keeping the last value', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<NetworkChapter />, 'chapter=network&lang=en');
    const field = screen.getByRole('textbox', { name: 'x₁' });
    await user.clear(field);
    await user.type(field, 'abc');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a number from -1000 to 1000.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().x1).toBe(DEFAULTS.x1);
    await user.clear(field);
    await user.type(field, '2e9');
    expect(store.getState().x1).toBe(2);
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('moves weights with their sliders, loads presets and randomizes from a seed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<NetworkChapter />, 'chapter=network&lang=en');
    fireEvent.change(screen.getByRole('slider', { name: 'θ¹₂₁' }), { target: { value: '1.5' } });
    expect(store.getState().t1[4]).toBe(1.5);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'With regularization, λ = 1');
    expect(store.getState().lambda).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Randomize weights' }));
    const seed = store.getState().seed;
    expect(seed).not.toBeNull();
    expect(screen.getByText(`seed ${seed}`)).toBeInTheDocument();
  });

  it('jumps to a step from the step list', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<NetworkChapter />, 'chapter=network&lang=en');
    const list = screen.getByRole('navigation', { name: 'All steps' });
    await user.click(within(list).getByRole('button', { name: /^8 δ³$/ }));
    expect(store.getState().step).toBe(8);
    expect(within(list).getByRole('button', { name: /^8 δ³$/ })).toHaveAttribute('aria-current', 'step');
  });

  it('links each hidden unit to the derivative curve at its z, and back to the same step', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<NetworkChapter />, 'chapter=network&lang=en&step=14');
    const links = screen.getByRole('navigation', { name: 'On the curves:' });
    const z = Number(all('z2_1')[0].getAttribute('data-value'));
    await user.click(within(links).getByRole('button', { name: 's′(z²₁) on the derivative curve' }));
    expect(store.getState()).toMatchObject({ chapter: 'derivative', z: Number(z.toPrecision(15)), backTo: { chapter: 'network', step: 14 } });
    store.getState().goBack();
    expect(store.getState()).toMatchObject({ chapter: 'network', step: 14 });
  });

  it('offers the δ³ derivation at δ³ and the naive chain at a θ¹ gradient, beside the step', () => {
    const t = buildNetworkTimeline(DEFAULTS);
    const at = (id: string) => t.steps.findIndex((s) => s.writes.includes(id as never)) + 1;
    const { unmount } = renderWithStore(<NetworkChapter />, `lang=en&chapter=network&step=${at('delta3')}`);
    expect(screen.getByRole('button', { name: 'Why a³ − y?' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'The naive chain rule for this gradient' })).toBeNull();
    unmount();
    renderWithStore(<NetworkChapter />, `lang=en&chapter=network&step=${at('grad_theta1_11')}`);
    expect(screen.getByRole('region', { name: 'The naive chain rule for this gradient' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Why a³ − y?' })).toBeNull();
  }, 15_000);

  it('shows the gradient check and the corrected δ² of the source in Chinese', () => {
    renderWithStore(<NetworkChapter />, 'chapter=network&lang=zh&step=23');
    expect(screen.getByRole('region', { name: '梯度检验' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: '原文的笔误（此处已更正）' })).toHaveTextContent('逐元素相乘');
  });
});

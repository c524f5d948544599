import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CurveChapter } from './CurveChapter';
import { renderWithStore } from '../../test/render';
import { useStepKeys } from '../../components/controls/useStepKeys';
import { curveValues } from '../../core/curves';
import type { CurveChapter as CurveChapterId } from '../../core/curveTimeline';

/** The chapter with the app's step keys, as in the page. */
function WithKeys({ chapter }: { chapter: CurveChapterId }) {
  useStepKeys();
  return <CurveChapter chapter={chapter} />;
}

/** data-value of every element showing a quantity (all views must agree). */
function values(id: string): string[] {
  return [...document.querySelectorAll(`[data-quantity="${id}"]`)].map((e) => e.getAttribute('data-value') ?? '');
}

describe('curve chapters: readouts', () => {
  it('show s and s′ at z in full precision once computed, the same in every view', () => {
    renderWithStore(<CurveChapter chapter="derivative" />, 'chapter=derivative&z=1&step=6&lang=en');
    const at = curveValues(1);
    expect(new Set(values('sigmoid'))).toEqual(new Set([String(at.sigmoid.value)]));
    expect(new Set(values('sigmoid_prime'))).toEqual(new Set([String(at.sigmoid_prime.value)]));
    expect(values('z')).toContain('1');
    expect(screen.getAllByText('0.1966').length).toBeGreaterThan(0);
  });

  it('show nothing for a value whose step has not run yet', () => {
    renderWithStore(<CurveChapter chapter="sigmoid" />, 'chapter=sigmoid&z=1&step=1&lang=en');
    expect(new Set(values('exp_z'))).toEqual(new Set([String(Math.E)]));
    expect(new Set(values('sigmoid'))).toEqual(new Set(['']));
    for (const el of document.querySelectorAll('[data-quantity="sigmoid"]')) expect(el).toHaveAttribute('data-state', 'pending');
  });

  it('write e^1000 from its logarithm and never show Infinity or NaN', () => {
    const { container } = renderWithStore(<CurveChapter chapter="sigmoid" />, 'chapter=sigmoid&z=1000&step=4&lang=en');
    expect(new Set(values('exp_z'))).toEqual(new Set(['1.97007111401705e434']));
    expect(new Set(values('exp_neg_z'))).toEqual(new Set(['5.07595889754946e-435']));
    expect(container.textContent).not.toMatch(/Infinity|NaN|undefined/);
    expect(screen.getByText(/z lies outside the plot/)).toBeInTheDocument();
  });
});

describe('curve chapters: the z marker', () => {
  it('is a named slider that the arrow keys move, Shift in larger steps, Home/End to the ends', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<WithKeys chapter="derivative" />, 'chapter=derivative&z=1&step=6&lang=en');
    const marker = screen.getByRole('slider', { name: 'Point z on the curve' });
    expect(marker).toHaveAttribute('aria-valuenow', '1');
    expect(marker).toHaveAttribute('aria-valuetext', 'z = 1');
    expect(marker).toHaveAttribute('aria-valuemin', '-1000');
    expect(marker).toHaveAttribute('aria-valuemax', '1000');
    marker.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(store.getState().z).toBe(1.2);
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().z).toBe(1.1);
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(store.getState().z).toBe(2.1);
    // The arrows moved z, not the step.
    expect(store.getState().step).toBe(6);
    expect(new Set(values('sigmoid'))).toEqual(new Set([String(curveValues(2.1).sigmoid.value)]));
    expect(marker).toHaveAttribute('aria-valuetext', 'z = 2.1');
    await user.keyboard('{End}');
    expect(store.getState().z).toBe(1000);
    await user.keyboard('{Home}');
    expect(store.getState().z).toBe(-1000);
  });

  it('leaves PageUp/PageDown to the step keys', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<WithKeys chapter="sigmoid" />, 'chapter=sigmoid&z=0.5&step=2&lang=en');
    screen.getByRole('slider', { name: 'Point z on the curve' }).focus();
    await user.keyboard('{PageDown}');
    expect(store.getState().step).toBe(3);
    await user.keyboard('{PageUp}{PageUp}');
    expect(store.getState().step).toBe(1);
    expect(store.getState().z).toBe(0.5);
  });

  it('moves to where it is dragged', () => {
    const { store } = renderWithStore(<CurveChapter chapter="sigmoid" />, 'chapter=sigmoid&lang=en');
    const marker = screen.getByRole('slider', { name: 'Point z on the curve' });
    // jsdom has no layout: the SVG sits at x = 0 and is drawn 640 px wide (plot area 52…622 for z in [−5, 5]).
    fireEvent.pointerDown(marker, { button: 0, clientX: 337, pointerId: 1 });
    fireEvent.pointerMove(marker, { clientX: 394, pointerId: 1 });
    expect(store.getState().z).toBe(1);
    fireEvent.pointerUp(marker, { pointerId: 1 });
    fireEvent.pointerMove(marker, { clientX: 500, pointerId: 1 });
    expect(store.getState().z).toBe(1);
  });

  it('can be typed; text that is not a number in range gets a message and changes nothing', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CurveChapter chapter="loss" />, 'chapter=loss&z=1&step=3&lang=en');
    const field = screen.getByRole('textbox', { name: 'Point z' });
    await user.clear(field);
    await user.type(field, 'abc');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a number from -1000 to 1000');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().z).toBe(1);
    await user.clear(field);
    await user.type(field, '−2.5');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(store.getState().z).toBe(-2.5);
    await user.clear(field);
    await user.paste('1e5');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(store.getState().z).toBe(-2.5);
    expect(new Set(values('neg_log_sigmoid'))).toEqual(new Set([String(curveValues(-2.5).neg_log_sigmoid.value)]));
  });
});

describe('curve chapters: loss, derivation and links', () => {
  it('switches the label y with a toggle (the store’s y, shared with the network)', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CurveChapter chapter="loss" />, 'chapter=loss&y=1&step=3&lang=en');
    const group = screen.getByRole('group', { name: 'True label' });
    await user.click(within(group).getByRole('button', { name: 'y = 0' }));
    expect(store.getState().y).toBe(0);
    expect(within(group).getByRole('button', { name: 'y = 0' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/it is −log p that decreases/)).toBeInTheDocument();
  });

  it('steps the derivation line by line, naming each move', () => {
    renderWithStore(<CurveChapter chapter="derivative" />, 'chapter=derivative&z=1&step=3&lang=en');
    const section = screen.getByRole('region', { name: 'The derivation, line by line' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.move')?.textContent)).toEqual(['Differentiate', 'Chain rule on 1/u']);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(within(section).getByText('2 of 5 lines, each with z’s numbers below it.')).toBeInTheDocument();
  });

  it('offers the way back after a curve link and takes it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CurveChapter chapter="derivative" />, 'chapter=network&step=5&lang=en');
    store.getState().openCurveAt('derivative', 0.8);
    await user.click(await screen.findByRole('button', { name: 'Back to 2-2-1 network (step 5)' }));
    expect(store.getState()).toMatchObject({ chapter: 'network', step: 5, backTo: null });
  });

  it('works in Chinese', () => {
    renderWithStore(<CurveChapter chapter="derivative" />, 'chapter=derivative&z=1&step=6&lang=zh');
    expect(screen.getByRole('slider', { name: '曲线上的点 z' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '点 z' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /下一步/ })).toBeDisabled();
  });
});

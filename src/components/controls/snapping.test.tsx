import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithStore } from '../../test/render';
import { ParamPanel } from '../network/ParamPanel';
import { PRESETS } from '../network/presets';
import { ZField } from '../../chapters/curves/ZField';
import { SigmoidFigure } from '../../chapters/curves/SigmoidFigure';
import { GraphInputs } from '../../chapters/graph/GraphInputs';
import { NetworkFigure } from '../network/NetworkFigure';
import { FIELD_DIGITS } from './NumberField';
import { snapToDigits } from '../../core/snap';

/** 0.1 + 0.2 in binary arithmetic: the float noise no control may let into the state. */
const NOISY = '0.30000000000000004';

// Typing into jsdom is slow on a busy machine: a generous limit, so only a wrong value fails.
describe('values a person sets are snapped to their control (SPEC §10)', { timeout: 20_000 }, () => {
  it('a slider sets a multiple of its step', () => {
    const { store } = renderWithStore(<ParamPanel />, 'chapter=network&lang=en');
    const slider = screen.getByRole('slider', { name: 'x₁' });
    fireEvent.change(slider, { target: { value: '0.6000000000000001' } });
    expect(store.getState().x1).toBe(0.6);
    fireEvent.change(slider, { target: { value: '1.2345' } });
    expect(store.getState().x1).toBe(1.23);
  });

  it('a typed number keeps the digits its field shows', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ParamPanel />, 'chapter=network&lang=en');
    const field = screen.getByRole('textbox', { name: 'θ¹₁₀' });
    await user.clear(field);
    await user.type(field, NOISY);
    expect(store.getState().t1[0]).toBe(0.3);
    await user.clear(field);
    await user.type(field, '0.1234567');
    expect(store.getState().t1[0]).toBe(0.123457);
    await user.tab();
    expect(field).toHaveValue('0.123457');
  });

  it('presets hold only values their fields can show', () => {
    for (const { example } of PRESETS)
      for (const v of [example.x1, example.x2, ...example.t1, ...example.t2, example.lambda, example.alpha]) expect(snapToDigits(v, FIELD_DIGITS)).toBe(v);
  });

  it('the z field keeps the digits it shows', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ZField />, 'chapter=sigmoid&lang=en');
    const field = screen.getByRole('textbox', { name: /z/ });
    await user.clear(field);
    await user.type(field, NOISY);
    expect(store.getState().z).toBe(0.3);
  });

  it('the z marker steps to 0.3 from 0.2 with the arrow key, and a drag sets hundredths', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SigmoidFigure />, 'chapter=sigmoid&lang=en&z=0.2');
    const marker = screen.getByRole('slider', { name: 'Point z on the curve' });
    marker.focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().z).toBe(0.3);
    for (let k = 0; k < 5; k++) await user.keyboard('{ArrowRight}');
    expect(store.getState().z).toBe(0.8);
    // A press at an arbitrary pixel: the scale's inverse has every digit of a double.
    fireEvent.pointerDown(marker, { button: 0, clientX: 211.37, pointerId: 1 });
    const z = store.getState().z;
    expect(z).not.toBe(0.8);
    expect(String(z)).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('the graph inputs keep the digits a field shows', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphInputs />, 'chapter=graph&lang=en');
    const a = screen.getByRole('spinbutton', { name: 'a' });
    await user.clear(a);
    await user.type(a, NOISY);
    expect(store.getState().a).toBe(0.3);
    await user.clear(a);
    await user.type(a, '2.1234567');
    expect(store.getState().a).toBe(2.12346);
    await user.tab();
    expect(a).toHaveValue(2.12346);
  });

  it('a graph input opened from a link shows no float noise', () => {
    renderWithStore(<GraphInputs />, `chapter=graph&lang=en&a=${NOISY}`);
    expect(screen.getByRole('spinbutton', { name: 'a' })).toHaveValue(0.3);
  });

  it('dragging an edge of the network sets a weight in hundredths', () => {
    const { store, container } = renderWithStore(<NetworkFigure />, 'chapter=network&lang=en');
    const hit = container.querySelector('.edge-hit')!;
    Object.assign(hit, { setPointerCapture: () => {} }); // jsdom has no pointer capture
    fireEvent.pointerDown(hit, { clientY: 300, pointerId: 1 });
    fireEvent.pointerMove(hit, { clientY: 270.3, pointerId: 1 });
    expect(store.getState().t1[0]).toBe(0.4);
    fireEvent.pointerMove(hit, { clientY: 293.17, pointerId: 1 });
    expect(String(store.getState().t1[0])).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });
});

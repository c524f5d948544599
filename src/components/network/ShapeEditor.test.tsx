import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithStore } from '../../test/render';
import { ShapeEditor } from './ShapeEditor';
import { SampleEditor } from './SampleEditor';
import { WeightMatrix } from './WeightMatrix';
import { NetworkFigure } from './NetworkFigure';
import { samplesOf } from '../../core/netState';

describe('shape editor', () => {
  it('loads a preset by name, marks it pressed, and grows or shrinks layers and units from the keyboard', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ShapeEditor />, 'chapter=network&lang=en');
    const presets = screen.getByRole('group', { name: 'Shapes' });
    expect(within(presets).getByRole('button', { name: 'Shape 2-2-1' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(presets).getByRole('button', { name: 'Shape 2-3-2-1' }));
    expect(store.getState().layers).toEqual([2, 3, 2, 1]);
    expect(within(presets).getByRole('button', { name: 'Shape 2-3-2-1' })).toHaveAttribute('aria-pressed', 'true');
    // Keyboard: focus the button and press Enter.
    screen.getByRole('button', { name: 'Add a unit to layer 3' }).focus();
    await user.keyboard('{Enter}');
    expect(store.getState().layers).toEqual([2, 3, 3, 1]);
    expect(screen.getByRole('status', { name: 'Units in layer 3' })).toHaveTextContent('3');
    await user.click(screen.getByRole('button', { name: 'Remove the last hidden layer' }));
    expect(store.getState().layers).toEqual([2, 3, 1]);
    await user.click(screen.getByRole('button', { name: 'Add a hidden layer' }));
    expect(store.getState().layers).toEqual([2, 3, 3, 1]);
  });

  it('stops at 6 units and 1 unit, and at 5 layers', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ShapeEditor />, 'chapter=network&lang=en&layers=2,6,6,6,1');
    expect(screen.getByRole('button', { name: 'Add a unit to layer 2' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add a hidden layer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove a unit from layer 5' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove a unit from layer 2' }));
    expect(store.getState().layers).toEqual([2, 5, 6, 6, 1]);
  });

  it('switches the step size by radio, and names everything in Chinese', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ShapeEditor />, 'chapter=network&lang=zh');
    await user.click(screen.getByRole('radio', { name: '每步一层（矩阵形式）' }));
    expect(store.getState().granularity).toBe('layer');
    expect(screen.getByRole('button', { name: '形状 3-4-2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '给第 2 层添加一个单元' })).toBeInTheDocument();
  });
});

describe('sample editor', () => {
  it('adds samples up to 8, edits inputs and labels, removes them', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SampleEditor />, 'chapter=network&lang=en&layers=3,4,2');
    const add = screen.getByRole('button', { name: 'Add a sample' });
    for (let k = 0; k < 7; k++) await user.click(add);
    expect(samplesOf(store.getState())).toHaveLength(8);
    expect(add).toBeDisabled();
    fireEvent.change(screen.getByRole('textbox', { name: 'Input x3 of sample 4' }), { target: { value: '2.5' } });
    expect(store.getState().data![3][2]).toBe(2.5);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Label y2 of sample 4' }), '1');
    expect(store.getState().data![3].slice(3)).toEqual([1, 1]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Input x1 of sample 1' }), { target: { value: 'abc' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Type a number');
    await user.click(screen.getByRole('button', { name: 'Remove sample 4' }));
    expect(samplesOf(store.getState())).toHaveLength(7);
    expect(store.getState().data![3][2]).not.toBe(2.5);
  });

  it('in Chinese', () => {
    renderWithStore(<SampleEditor />, 'chapter=network&lang=zh&layers=3,4,2');
    expect(screen.getByRole('button', { name: '添加一个样本' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '第 1 个样本的输入 x2' })).toBeInTheDocument();
  });
});

describe('weight matrix', () => {
  it('sets any θ of any layer, and focusing a field lights its edge and shows its label on the figure', async () => {
    const { store } = renderWithStore(
      <>
        <NetworkFigure />
        <WeightMatrix />
      </>,
      'chapter=network&lang=en&layers=2,6,6,6,1',
    );
    const field = screen.getByRole('textbox', { name: 'θ³₄₅' });
    fireEvent.change(field, { target: { value: '-1.25' } });
    expect(store.getState().t3[3 * 7 + 5]).toBe(-1.25);
    const figure = screen.getByRole('img', { name: /2-6-6-6-1 network/ });
    expect(figure.querySelector('.edge-label.overlay')).toBeNull();
    fireEvent.focus(field);
    expect(store.getState().focusedWeight).toBe('theta3_45');
    expect(figure.querySelector('.edge-label.overlay [data-quantity="theta3_45"]')).toHaveAttribute('data-value', '-1.25');
    fireEvent.blur(field);
    expect(figure.querySelector('.edge-label.overlay')).toBeNull();
  });
});

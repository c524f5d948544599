import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithStore } from '../../test/render';
import { DepthChart, depthSeries } from './DepthChart';
import { DeltaSizes } from './DeltaSizes';
import { backpropCount, naiveCount } from '../../core/netCounts';

describe('cost as depth grows', () => {
  it('lists SPEC §7 counts for 0…3 hidden layers of the current width, the current depth marked', () => {
    expect(depthSeries([2, 3, 1])[1]).toEqual({ depth: 1, naive: 40, backprop: 22 });
    renderWithStore(<DepthChart />, 'chapter=network&lang=en&layers=2,6,6,6,1');
    const table = screen.getByRole('table', { name: 'Multiplications by number of hidden layers' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toHaveTextContent(`3${naiveCount([2, 6, 6, 6, 1])}${backpropCount([2, 6, 6, 6, 1])}`);
    expect(rows[3]).toHaveClass('current');
  });
});

describe('vanishing gradients', () => {
  it('shows each layer’s mean |δ| once computed and links to the derivative chapter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DeltaSizes />, 'chapter=network&lang=en&layers=2,6,6,6,1&step=999');
    const bars = screen.getByRole('img', { name: /Layer 5: .*Layer 2: / });
    expect(bars.getAttribute('aria-label')).not.toMatch(/not computed/);
    await user.click(screen.getByRole('button', { name: 'Why s′ ≤ ¼: the derivative curve' }));
    expect(store.getState()).toMatchObject({ chapter: 'derivative', z: 0, backTo: { chapter: 'network' } });
  });

  it('says a layer is not computed yet before its step, in Chinese', () => {
    renderWithStore(<DeltaSizes />, 'chapter=network&lang=zh&layers=2,3,2,1&step=1');
    expect(screen.getByRole('img', { name: /第 2 层：尚未计算/ })).toBeInTheDocument();
  });
});

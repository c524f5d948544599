import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CurveLink } from './CurveLink';
import { renderWithStore } from '../../test/render';

describe('CurveLink', () => {
  it('opens the curve chapter at z, fully stepped, remembering where it came from', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <CurveLink chapter="derivative" z={-1.25}>
        s′(z²₁) on the curve
      </CurveLink>,
      'chapter=network&step=11&lang=en',
    );
    await user.click(screen.getByRole('button', { name: 's′(z²₁) on the curve' }));
    expect(store.getState()).toMatchObject({
      chapter: 'derivative',
      z: -1.25,
      step: 6,
      backTo: { chapter: 'network', step: 11 },
    });
  });

  it('opens the loss chapter on the curve of the example\'s label', async () => {
    const user = userEvent.setup();
    for (const [y, k, curve] of [['1', 2, 'neg_log_sigmoid'], ['0', 3, 'neg_log_one_minus_sigmoid']] as const) {
      const { store, unmount } = renderWithStore(
        <CurveLink chapter="loss" z={0.4} show={curve}>
          the loss on its curve
        </CurveLink>,
        `chapter=network&step=12&y=${y}&lang=en`,
      );
      await user.click(screen.getByRole('button', { name: 'the loss on its curve' }));
      expect(store.getState()).toMatchObject({ chapter: 'loss', z: 0.4, step: k, y: Number(y) });
      unmount();
    }
  });
});

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
});

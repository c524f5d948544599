import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Delta3Derivation } from './Delta3Derivation';
import { renderWithStore } from '../../test/render';
import { buildNetworkTimeline } from '../../core/networkTimeline';
import { DEFAULTS } from '../../core/url';

const steps = buildNetworkTimeline(DEFAULTS).steps;
/** Cursor positions (steps done) of the step that writes delta3 and of every other step. */
const atDelta3 = steps.findIndex((s) => s.writes.includes('delta3')) + 1;

describe('“Why a³ − y?”', () => {
  it('opens and closes from the keyboard and shows the five lines', async () => {
    const user = userEvent.setup();
    renderWithStore(<Delta3Derivation />, `lang=en&chapter=network&step=${atDelta3}`);
    const toggle = screen.getByRole('button', { name: 'Why a³ − y?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Line 1' })).toBeNull();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Deriving δ³ = a³ − y' });
    for (let n = 1; n <= 5; n++) {
      expect(within(region).getByRole('group', { name: `Line ${n}` })).toBeInTheDocument();
      expect(within(region).getByRole('group', { name: `Line ${n} with numbers` })).toBeInTheDocument();
    }
    expect(within(region).getByText(/it cancels each denominator/)).toBeInTheDocument();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Line 1' })).toBeNull();
  });

  it('is offered in Chinese too', () => {
    renderWithStore(<Delta3Derivation />, `lang=zh&chapter=network&step=${atDelta3}`);
    expect(screen.getByRole('button', { name: '为什么是 a³ − y？' })).toBeInTheDocument();
  });

  it('appears only while the step shown writes delta3', () => {
    for (let k = 0; k <= steps.length; k++) {
      const { unmount } = renderWithStore(<Delta3Derivation />, `lang=en&chapter=network&step=${k}`);
      const writes = k > 0 && steps[k - 1].writes.includes('delta3');
      expect(screen.queryByRole('button', { name: 'Why a³ − y?' }) !== null, `step ${k}`).toBe(writes);
      unmount();
    }
  });
});

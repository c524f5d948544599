import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { NaiveChain } from './NaiveChain';
import { renderWithStore } from '../../test/render';
import { buildNetworkTimeline } from '../../core/networkTimeline';
import { DEFAULTS } from '../../core/url';

const steps = buildNetworkTimeline(DEFAULTS).steps;
const writesTheta1Grad = (k: number) => k > 0 && steps[k - 1].writes.some((id) => id.startsWith('grad_theta1_'));

describe('the naive chain view', () => {
  it('shows at every θ¹ gradient, and only there, the multiplied-out product beside the cached form', () => {
    let shown = 0;
    for (let k = 0; k <= steps.length; k++) {
      const { unmount } = renderWithStore(<NaiveChain />, `lang=en&chapter=network&step=${k}`);
      const region = screen.queryByRole('region', { name: 'The naive chain rule for this gradient' });
      expect(region !== null, `step ${k}`).toBe(writesTheta1Grad(k));
      if (region) {
        shown++;
        for (const name of ['Multiplied out along the path from J', 'With the cache', 'Multiplied out, with the numbers', 'With the cache, with the numbers'])
          expect(within(region).getByRole('group', { name })).toBeInTheDocument();
      }
      unmount();
    }
    expect(shown).toBe(6);
  });

  it('says which cached quantity the braced factors are and which step computed it', () => {
    const k = steps.findIndex((s) => s.writes.includes('grad_theta1_22')) + 1;
    const writer = steps.findIndex((s) => s.writes.includes('delta2_2')) + 1;
    renderWithStore(<NaiveChain />, `lang=en&chapter=network&step=${k}`);
    expect(screen.getByText(new RegExp(`braced factors are δ²₂: .*\\(step ${writer}\\).*θ¹₂₀, θ¹₂₁, θ¹₂₂`))).toBeInTheDocument();
  });

  it('joins the weights with 、 in Chinese', () => {
    const k = steps.findIndex((s) => s.writes.includes('grad_theta1_10')) + 1;
    renderWithStore(<NaiveChain />, `lang=zh&chapter=network&step=${k}`);
    expect(screen.getByText(/θ¹₁₀、θ¹₁₁、θ¹₁₂ 三个梯度/)).toBeInTheDocument();
  });
});

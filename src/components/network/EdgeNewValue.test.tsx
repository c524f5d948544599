import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { NetworkFigure } from './NetworkFigure';
import { FigureLegend } from './FigureLegend';
import { renderWithStore } from '../../test/render';
import { buildNetworkTimeline } from '../../core/networkTimeline';
import { DEFAULTS } from '../../core/url';

describe('the update on the figure', () => {
  it('shows each weight as old → new on the figure while the update is the step shown, and the gradient otherwise', () => {
    const t = buildNetworkTimeline(DEFAULTS);
    const k = t.steps.findIndex((s) => s.writes.some((id) => id.startsWith('new_theta'))) + 1;
    for (const [step, updating] of [[k, true], [k - 1, false], [k + 1, false]] as const) {
      const { unmount } = renderWithStore(<><NetworkFigure /><FigureLegend /></>, `lang=en&chapter=network&step=${step}`);
      const figure = screen.getByRole('img', { name: /2-2-1 network/ });
      for (const theta of ['theta1_10', 'theta1_22', 'theta2_11']) {
        const label = figure.querySelector(`[data-quantity="${theta}"]`)!.closest('.edge-label')!;
        const fresh = label.querySelector(`[data-quantity="new_${theta}"]`);
        expect(fresh !== null, `${theta} at step ${step}`).toBe(updating);
        expect(label.querySelector(`[data-quantity="grad_${theta}"]`) !== null).toBe(!updating);
        if (fresh) {
          expect(fresh.getAttribute('data-value')).toBe(String(t.steps[k - 1].values[`new_${theta}` as keyof (typeof t)["given"]]));
          expect(label).toHaveTextContent(/→/);
        }
      }
      expect(screen.queryByText(/→ the weight after the update/) !== null).toBe(updating);
      unmount();
    }
  });
});

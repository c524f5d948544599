import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../App';
import { renderWithStore } from '../../test/render';
import { SLOW, waitForChapter } from '../../test/wait';
import { createTrainer } from '../../core/train/trainer';
import { dataSetOf } from '../../core/train/datasets';
import { weightsOf } from '../../core/netState';
import type { AppState } from '../../store/store';

beforeAll(() => {
  // jsdom has no canvas: the heatmap's pixels are the one thing these tests do not see.
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

const root = () => document.querySelector<HTMLElement>('[data-chapter="train"]')!;
/** Until the epoch on screen is the one asked for (the trainer chases it frame by frame). */
const caughtUp = (epoch: number) =>
  waitFor(() => {
    expect(root().dataset.epoch).toBe(String(epoch));
    expect(root().dataset.shownEpoch).toBe(String(epoch));
  }, SLOW);
const value = (id: string) => Number(document.querySelector(`[data-quantity="${id}"]`)!.getAttribute('data-value'));

function reference(s: AppState, epoch: number) {
  const trainer = createTrainer({ layers: s.layers, theta0: weightsOf(s), samples: dataSetOf(s).samples, alpha: s.alpha, lambda: s.lambda, batch: s.batch, seed: s.seed });
  trainer.goTo(epoch);
  return trainer;
}

describe('the training chapter', () => {
  it('runs one epoch, goes back, and resets to the same initial weights', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=train&lang=en');
    await waitForChapter('train');
    await caughtUp(0);
    const start = value('theta1_11');
    expect(screen.getByRole('button', { name: 'Back one epoch' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'One epoch' }));
    await caughtUp(1);
    const ref = reference(store.getState(), 1);
    expect(value('epoch')).toBe(1);
    expect(value('J')).toBe(ref.record().J);
    expect(value('theta1_11')).toBe(ref.weights()[0][1]);
    expect(value('grad_norm2')).toBe(ref.record().gradNorm[1]);
    await user.click(screen.getByRole('button', { name: 'One epoch' }));
    await caughtUp(2);
    await user.click(screen.getByRole('button', { name: 'Back one epoch' }));
    await caughtUp(1);
    expect(value('theta1_11')).toBe(ref.weights()[0][1]);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await caughtUp(0);
    expect(value('theta1_11')).toBe(start);
  });

  it('plays and pauses with one button whose name follows its state', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=train&lang=en');
    await waitForChapter('train');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(store.getState().epoch).toBeGreaterThan(3), SLOW);
    await user.click(screen.getByRole('button', { name: 'Pause', pressed: true }));
    const at = store.getState().epoch;
    await caughtUp(at);
    expect(screen.getByRole('button', { name: 'Play', pressed: false })).toBeInTheDocument();
    expect(value('J')).toBe(reference(store.getState(), at).record().J);
  });

  it('redraws its views in turn while playing, and shows every one at the exact state once paused', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=train&lang=en&dataset=circles&layers=2,4,4,1&n=40');
    await waitForChapter('train');
    await user.selectOptions(screen.getByRole('combobox', { name: /Speed/ }), '20');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    // While playing, the root never says it shows the epoch asked for ahead of its views.
    await waitFor(() => expect(store.getState().epoch).toBeGreaterThan(30), SLOW);
    expect(Number(root().dataset.shownEpoch)).toBeLessThanOrEqual(Number(root().dataset.epoch));
    const seen = store.getState().epoch;
    await user.click(screen.getByRole('button', { name: 'Pause', pressed: true }));
    // Pause keeps the epoch the trainer reached (never one behind what was on screen).
    const at = store.getState().epoch;
    expect(at).toBeGreaterThanOrEqual(seen);
    await caughtUp(at);
    const ref = reference(store.getState(), at);
    const w = ref.weights();
    const layers = [2, 4, 4, 1];
    for (let l = 1; l < layers.length; l++) {
      for (let j = 1; j <= layers[l]; j++)
        for (let i = 0; i <= layers[l - 1]; i++) expect(value(`theta${l}_${j}${i}`), `theta${l}_${j}${i}`).toBe(w[l - 1][(j - 1) * (layers[l - 1] + 1) + i]);
      expect(value(`grad_norm${l}`)).toBe(ref.record().gradNorm[l - 1]);
    }
    expect(value('epoch')).toBe(at);
    expect(value('J')).toBe(ref.record().J);
    expect(value('accuracy')).toBe(ref.record().accuracy);
  });

  it('opens a link at epoch N after N epochs, and names a batch larger than the data set', async () => {
    const { store } = renderWithStore(<App />, 'chapter=train&lang=en&epoch=40&batch=50&alpha=2');
    await waitForChapter('train');
    await caughtUp(40);
    expect(screen.getByRole('status', { name: 'Link settings' })).toHaveTextContent('batch');
    expect(store.getState().batch).toBeNull();
    expect(value('J')).toBe(reference(store.getState(), 40).record().J);
  });

  it('changes α and keeps the epoch, recomputing the run for the new rate', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=train&lang=en&epoch=10');
    await waitForChapter('train');
    await caughtUp(10);
    const field = screen.getByRole('textbox', { name: 'Learning rate α' });
    await user.clear(field);
    await user.type(field, '3');
    await caughtUp(10);
    expect(store.getState().alpha).toBe(3);
    await waitFor(() => expect(value('J')).toBe(reference(store.getState(), 10).record().J), SLOW);
  });

  it('adds custom points from the keyboard and removes the nearest with Delete', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=train&lang=en&dataset=custom');
    await waitForChapter('train');
    const plot = screen.getByRole('application', { name: 'Data and decision boundary' });
    act(() => plot.focus());
    await user.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    await user.click(screen.getByRole('radio', { name: '0' }));
    act(() => plot.focus());
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(store.getState().points).toEqual([
      [0, 0.2, 1],
      [0, -0.4, 0],
    ]);
    // The arrows moved the cursor, never the epoch.
    expect(store.getState().epoch).toBe(0);
    await user.keyboard('{Delete}');
    expect(store.getState().points).toEqual([[0, 0.2, 1]]);
    expect(screen.getByText('1 of 500 points')).toBeInTheDocument();
  });

  it('opens the next batch in the stepper with the current weights', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=train&lang=en&epoch=5&batch=1&seed=3');
    await waitForChapter('train');
    await caughtUp(5);
    const ref = reference(store.getState(), 5);
    const next = ref.nextBatch().samples[0];
    await user.click(screen.getByRole('button', { name: 'Open in stepper' }));
    await waitForChapter('network', 0);
    const s = store.getState();
    expect([s.x1, s.x2, s.y]).toEqual([...next.x, ...next.y]);
    expect([s.t1, s.t2]).toEqual(ref.weights());
    expect(s.data).toBeNull();
  });

  it('says when the stepper shows only the first 8 points of a larger batch', async () => {
    renderWithStore(<App />, 'chapter=train&lang=en&dataset=circles&n=40');
    await waitForChapter('train');
    expect(screen.getByText(/The next batch has 40 points; the stepper shows the first 8/)).toBeInTheDocument();
  });

  it('loads a teaching moment and says why', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=train&lang=en');
    await waitForChapter('train');
    const moments = screen.getByRole('region', { name: 'Teaching moments' });
    await user.click(within(moments).getByRole('button', { name: 'xor gets stuck' }));
    expect(store.getState()).toMatchObject({ seed: 4, alpha: 2, epoch: 20000 });
    expect(within(moments).getByRole('button', { name: 'xor gets stuck', pressed: true })).toBeInTheDocument();
    expect(within(moments).getByText(/local minimum/)).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    renderWithStore(<App />, 'chapter=train&lang=zh');
    await waitForChapter('train');
    expect(screen.getByRole('button', { name: '播放' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '训练一轮' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重置' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '在单步演示中打开' })).toBeInTheDocument();
  });
});

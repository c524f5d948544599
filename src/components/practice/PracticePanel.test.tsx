import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../App';
import { renderWithStore } from '../../test/render';
import { waitForChapter } from '../../test/wait';
import { encode } from '../../core/url';
import { urlStateOf } from '../../store/urlSync';

const quantity = (id: string) => document.querySelector(`main [data-quantity="${id}"]`)!;
const root = (chapter: string) => document.querySelector<HTMLElement>(`[data-chapter="${chapter}"]`)!;

const WORDS = {
  en: {
    next: 'Next step',
    answer: 'Your answer',
    check: 'Check',
    show: 'Show answer',
    score: (k: number, n: number) => `${k} of ${n} correct`,
  },
  zh: {
    next: '下一步',
    answer: '你的答案',
    check: '检查',
    show: '显示答案',
    score: (k: number, n: number) => `${n} 题中答对 ${k} 题`,
  },
} as const;

afterEach(() => localStorage.clear());

/** The practice panel, which loads with its code the first time practice mode is on. */
const practicePanel = () => screen.findByRole('region', { name: /^(Practice|练习)$/ }, { timeout: 20_000 });

/** The practice panel's role="status" (the toolbar has one of its own). */
const verdict = () => within(screen.getByRole('region', { name: /^(Practice|练习)$/ })).getByRole('status');

for (const lang of ['en', 'zh'] as const) {
  const w = WORDS[lang];
  describe(`practice mode (${lang})`, () => {
    it('asks before revealing: a wrong answer keeps the value pending, a right one reveals it and moves on', async () => {
      const user = userEvent.setup();
      const { store } = renderWithStore(<App />, `chapter=network&practice=1&lang=${lang}`);
      await waitForChapter('network', 0);
      await practicePanel();
      await user.keyboard('{PageDown}');
      const field = await screen.findByRole('textbox', { name: w.answer });
      // Asking: the step does not move, and what it writes stays pending with no value.
      expect(root('network').dataset.step).toBe('0');
      expect(quantity('z2_1')).toHaveAttribute('data-state', 'pending');
      expect(quantity('z2_1')).toHaveAttribute('data-value', '');
      expect(field).toHaveFocus();
      await user.keyboard('0.5{Enter}');
      expect(verdict().textContent ?? '').not.toBe('');
      expect(quantity('z2_1')).toHaveAttribute('data-value', '');
      expect(store.getState().step).toBe(0);
      await user.clear(field);
      // z²₁ = 0.1 + 0.2 + 0.3 = 0.6; 0.602 is within 0.5 %.
      await user.type(field, '0.602');
      await user.click(screen.getByRole('button', { name: w.check }));
      await waitForChapter('network', 1);
      expect(quantity('z2_1')).toHaveAttribute('data-state', 'active');
      expect(Number(quantity('z2_1').getAttribute('data-value'))).toBeCloseTo(0.6, 12);
      // The first try was wrong: the score counts it.
      expect(screen.getByText(w.score(0, 1))).toBeInTheDocument();
      // The next question, answered right at once by keyboard.
      await user.keyboard('{ArrowRight}');
      await user.keyboard('0.6457{Enter}');
      await waitForChapter('network', 2);
      expect(screen.getByText(w.score(1, 2))).toBeInTheDocument();
    });

    it('Show answer and a second PageDown reveal the value; the score and the missed steps survive a reload', async () => {
      const user = userEvent.setup();
      const query = `chapter=sigmoid&practice=1&lang=${lang}`;
      const first = renderWithStore(<App />, query);
      await waitForChapter('sigmoid', 0);
      await practicePanel();
      await user.click(screen.getByRole('button', { name: w.next }));
      await screen.findByRole('textbox', { name: w.answer });
      await user.tab({ shift: false });
      // Focus on Check's neighbour: Show answer, by keyboard.
      screen.getByRole('button', { name: w.show }).focus();
      await user.keyboard('{Enter}');
      await waitForChapter('sigmoid', 1);
      expect(verdict()).toHaveTextContent(/=/);
      // The clicker: PageDown asks, PageDown again reveals.
      await user.keyboard('{PageDown}');
      await screen.findByRole('textbox', { name: w.answer });
      expect(first.store.getState().step).toBe(1);
      await user.keyboard('{PageDown}');
      await waitForChapter('sigmoid', 2);
      expect(screen.getByText(w.score(0, 2))).toBeInTheDocument();
      first.unmount();
      renderWithStore(<App />, `${query}&step=99`);
      const at = await waitForChapter('sigmoid');
      await practicePanel();
      expect(screen.getByText(w.score(0, 2))).toBeInTheDocument();
      const n = Number(at.dataset.step);
      expect(n).toBeGreaterThan(2);
      const review = screen.getByRole('region', { name: lang === 'en' ? 'Missed steps' : '答错的步骤' });
      expect(within(review).getAllByRole('link')).toHaveLength(2);
      await user.click(screen.getByRole('button', { name: lang === 'en' ? 'Start again' : '重新开始' }));
      await waitForChapter('sigmoid', 0);
      expect(screen.getByText(w.score(0, 0))).toBeInTheDocument();
    });
  });
}

describe('the Practice toggle', () => {
  it('turns practice mode on and off from the toolbar, in both languages, and the link carries it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=derivative&lang=zh');
    await waitForChapter('derivative', 0);
    const toggle = screen.getByRole('button', { name: '练习' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('region', { name: '练习' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await practicePanel()).toBeInTheDocument();
    expect(encode(urlStateOf(store.getState()))).toMatch(/(^|&)practice=1(&|$)/);
    await user.click(screen.getByRole('button', { name: /切换到英文/ }));
    await user.click(screen.getByRole('button', { name: 'Practice' }));
    expect(screen.queryByRole('region', { name: 'Practice' })).toBeNull();
    expect(encode(urlStateOf(store.getState()))).not.toMatch(/practice=/);
  });
});

describe('practice mode, several values and the cache question', () => {
  it('asks one field per written value and checks the ticked cache reads', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=graph&mode=reverse&practice=1&lang=en&step=0');
    await waitForChapter('graph', 0);
    await practicePanel();
    await user.click(screen.getByRole('checkbox', { name: 'Also ask which values come from the cache' }));
    // c = a + b = 3 reads a and b, neither from the cache.
    await user.keyboard('{PageDown}');
    await user.type(await screen.findByRole('textbox', { name: 'Your answer' }), '3');
    await user.click(screen.getByRole('checkbox', { name: 'a' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(store.getState().step).toBe(0);
    expect(verdict()).toHaveTextContent('not the ones ticked');
    await user.click(screen.getByRole('checkbox', { name: 'a' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await waitForChapter('graph', 1);
    // Two values asked (c and the cache question), one right at the first try.
    expect(screen.getByText('1 of 2 correct')).toBeInTheDocument();
  });

  it('New exercise draws one-decimal weights and inputs, keeping the shape', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, 'chapter=network&practice=1&lang=en&step=3');
    await waitForChapter('network');
    await practicePanel();
    await user.click(screen.getByRole('button', { name: /New exercise/ }));
    const s = store.getState();
    expect(s.step).toBe(0);
    expect(s.seed).not.toBeNull();
    for (const v of [...s.t1, ...s.t2, s.x1, s.x2]) expect(Math.round(v * 10) / 10).toBe(v);
    expect(s.t1).toHaveLength(6);
    expect(s.t2).toHaveLength(3);
    expect(s.data).toBeNull();
  });
});

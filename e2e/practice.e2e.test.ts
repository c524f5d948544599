/**
 * Practice mode in Chromium (issue #13, SPEC §9, §10): answering wrong, right and "Show answer"
 * by keyboard in a curve chapter, the graph chapter and the network chapter in both languages;
 * the clicker in presenter mode with no focus in the field; and the printed worksheet, whose
 * answer key starts on a page of its own, in A4 and Letter. Any console error fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { baseURL, launch, open, waitForShown, type Browser } from './browser';
import { buildCurveTimeline } from '../src/core/curveTimeline';
import { buildGraphTimeline } from '../src/core/graphTimeline';
import { buildNetworkTimeline } from '../src/core/networkTimeline';
import { DEFAULTS } from '../src/core/url';
import type { Timeline } from '../src/core/timeline';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  // A real print dialog would wait for a person: record the call instead (page.pdf prints).
  await browser.context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '1');
  });
});
afterAll(async () => {
  await browser?.close();
});

const WORDS = {
  en: { answer: 'Your answer', check: 'Check', show: 'Show answer', panel: 'Practice', print: 'Print worksheet' },
  zh: { answer: '你的答案', check: '检查', show: '显示答案', panel: '练习', print: '打印练习单' },
} as const;

const CASES: { query: string; timeline: Timeline<string> }[] = [
  { query: 'chapter=loss', timeline: buildCurveTimeline('loss', DEFAULTS.z) },
  { query: 'chapter=graph&mode=forward', timeline: buildGraphTimeline(2, 1, 'forward') },
  { query: 'chapter=network', timeline: buildNetworkTimeline(DEFAULTS) },
];

const stateOf = (page: Page, id: string) =>
  page.locator(`main [data-quantity="${id}"]`).first().evaluate((e) => [e.getAttribute('data-state'), e.getAttribute('data-value')]);
const stepOf = (page: Page) => page.locator('[data-shown-step]').getAttribute('data-step');
/** A number as a person types it from a hand computation: 4 significant digits. */
const typed = (x: number) => String(Number(x.toPrecision(4)));

for (const lang of ['en', 'zh'] as const) {
  const w = WORDS[lang];
  for (const { query, timeline } of CASES) {
    it(`${query} (${lang}): wrong keeps it pending, right reveals it, Show answer reveals the next`, { timeout: 90_000 }, async () => {
      const { page, problems } = await open(browser, `${query}&practice=1&lang=${lang}&step=0`);
      const [first, second] = timeline.steps;
      const id = first.writes[0];
      await page.keyboard.press('PageDown');
      const field = page.getByRole('textbox', { name: w.answer, exact: true });
      await field.waitFor();
      expect(await stepOf(page)).toBe('0');
      expect(await stateOf(page, id)).toEqual(['pending', '']);
      // Wrong: the verdict is announced, nothing is revealed, the cursor stays.
      await field.fill(typed((first.values[id] as number) * 2 + 1));
      await page.keyboard.press('Enter');
      const status = page.getByRole('region', { name: w.panel, exact: true }).getByRole('status');
      await expect.poll(() => status.getAttribute('data-verdict')).toBe('wrong');
      expect(await stepOf(page)).toBe('0');
      expect(await stateOf(page, id)).toEqual(['pending', '']);
      // Right, by keyboard: the value appears, active, and the cursor moves on.
      await field.fill(typed(first.values[id] as number));
      await field.press('Enter');
      await waitForShown(page, { step: 1 });
      expect(await status.getAttribute('data-verdict')).toBe('right');
      const [state, value] = await stateOf(page, id);
      expect(state).toBe('active');
      expect(Number(value)).toBe(first.values[id]);
      // The next one: Show answer, reached with Tab and pressed with Enter.
      await page.keyboard.press('PageDown');
      await page.getByRole('textbox', { name: second.writes.length === 1 ? w.answer : new RegExp(w.answer) }).first().waitFor();
      const show = page.getByRole('button', { name: w.show, exact: true });
      await page.getByRole('button', { name: w.check, exact: true }).focus();
      await page.keyboard.press('Tab');
      expect(await show.evaluate((b) => b === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await waitForShown(page, { step: 2 });
      expect(await status.getAttribute('data-verdict')).toBe('shown');
      expect((await stateOf(page, second.writes[0]))[0]).not.toBe('pending');
      // n counts values asked: one right at the second try, then one shown.
      const score = page.getByRole('region', { name: w.panel, exact: true }).locator('.practice-score');
      expect(await score.getAttribute('data-correct')).toBe('0');
      expect(await score.getAttribute('data-asked')).toBe(String(first.writes.length + second.writes.length));
      expect(problems).toEqual([]);
      await page.close();
    });
  }
}

describe('the clicker in presenter mode', () => {
  it('PageDown shows the formula, then the value, then moves on; typing in the field does not step', { timeout: 90_000 }, async () => {
    const { page, problems } = await open(browser, 'chapter=network&practice=1&present=1&lang=en&step=0');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('PageDown');
    const question = page.locator('.practice-question');
    await question.waitFor();
    // The formula is typeset once KaTeX's chunk has arrived (it loads with the first formula).
    await question.locator('.katex').first().waitFor();
    expect(await question.locator('.katex').count()).toBeGreaterThan(0);
    expect(await stepOf(page)).toBe('0');
    expect(await stateOf(page, 'z2_1')).toEqual(['pending', '']);
    // In front of a room the field does not take the focus.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
    await page.keyboard.press('PageDown');
    await waitForShown(page, { step: 1 });
    expect((await stateOf(page, 'z2_1'))[0]).toBe('active');
    await page.keyboard.press('PageDown');
    await question.waitFor();
    expect(await stepOf(page)).toBe('1');
    // A student who types: digits, arrows, Home, End and the blanking keys stay in the field.
    const field = page.getByRole('textbox', { name: 'Your answer', exact: true });
    await field.click();
    await page.keyboard.type('0.6457');
    for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'b', '.']) await page.keyboard.press(key);
    expect(await stepOf(page)).toBe('1');
    expect(await page.locator('.blackout').count()).toBe(0);
    expect(await field.inputValue()).toMatch(/^0\.6457/);
    // And the clicker still reveals from inside the field.
    await page.keyboard.press('PageDown');
    await waitForShown(page, { step: 2 });
    expect(problems).toEqual([]);
    await page.close();
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('accessibility of the practice panel (axe-core)', () => {
  it('asking, a wrong verdict and the review: no serious or critical violation, light and dark, both languages', { timeout: 90_000 }, async () => {
    const page = await browser.context.newPage();
    const found: string[] = [];
    for (const lang of ['en', 'zh'] as const) {
      for (const theme of ['light', 'dark']) {
        for (const step of [4, 23]) {
          await page.goto(`${baseURL()}?chapter=network&practice=1&lang=${lang}&theme=${theme}&step=${step}`);
          await waitForShown(page, { step });
          if (step < 23) {
            await page.keyboard.press('PageDown');
            const field = page.getByRole('textbox', { name: WORDS[lang].answer, exact: true });
            await field.fill('12');
            await field.press('Enter');
            await page.locator('.practice-verdict[data-verdict="wrong"]').waitFor();
          }
          await waitForShown(page);
          await page.evaluate(axeSource);
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
            const r = await axe.run({ include: [['.practice']] }, { resultTypes: ['violations'] });
            return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          });
          found.push(...violations.map((v) => `${lang}/${theme}/step ${step}: ${v}`));
        }
      }
    }
    expect(found).toEqual([]);
    await page.close();
  });
});

/** Pages of a PDF: the count of its page tree's root (Chromium writes it uncompressed). */
const pageCount = (pdf: Buffer) => Number(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/s.exec(pdf.toString('latin1'))?.[1] ?? /\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1]);

describe('the worksheet', () => {
  for (const [lang, query] of [
    ['en', 'chapter=network&step=7'],
    ['zh', 'chapter=sigmoid&step=2'],
  ] as const) {
    it(`${query} (${lang}): the answer key starts on a page of its own, in A4 and Letter`, { timeout: 90_000 }, async () => {
      const { page, problems } = await open(browser, `${query}&practice=1&lang=${lang}`);
      const step = await stepOf(page);
      const print = async (keyShown: boolean) => {
        // Printing ends with afterprint, which takes the worksheet away: press Print for each copy.
        await page.locator('.worksheet').waitFor({ state: 'detached' });
        await page.getByRole('button', { name: WORDS[lang].print, exact: true }).click();
        await page.locator('.worksheet').waitFor({ state: 'attached' });
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.worksheet img')].every((i) => i.complete));
        if (!keyShown) await page.addStyleTag({ content: '.worksheet-key { display: none !important; }' });
        await waitForShown(page);
      };
      await print(true);
      // The cursor came back to where it was after the figure was taken at step 0.
      expect(await stepOf(page)).toBe(step);
      expect(await page.getAttribute('html', 'data-printed')).toBe('1');
      await page.emulateMedia({ media: 'print' });
      const sheet = await page.evaluate(() => {
        const q = document.querySelector('.worksheet-questions')!;
        const key = document.querySelector('.worksheet-key')!;
        const figure = decodeURIComponent(document.querySelector<HTMLImageElement>('.worksheet img')?.src.split(',')[1] ?? '');
        const doc = new DOMParser().parseFromString(figure, 'image/svg+xml');
        return {
          appShown: getComputedStyle(document.getElementById('root')!).display,
          keyBreak: getComputedStyle(key).breakBefore,
          blanks: [...q.querySelectorAll('.worksheet-blank')].map((c) => c.textContent),
          answersInQuestions: q.querySelectorAll('.worksheet-answer, [data-value]').length,
          answers: [...key.querySelectorAll('.worksheet-answer')].map((c) => c.textContent),
          figureNumbers: [...doc.querySelectorAll('[data-quantity]')]
            .filter((e) => !['given', 'read'].includes(e.getAttribute('data-state') ?? ''))
            .map((e) => e.textContent)
            .filter(Boolean),
        };
      });
      expect(sheet.appShown).toBe('none');
      expect(sheet.keyBreak).toBe('page');
      expect(sheet.blanks.length).toBeGreaterThan(0);
      expect(sheet.blanks.every((b) => b === '')).toBe(true);
      expect(sheet.answersInQuestions).toBe(0);
      expect(sheet.figureNumbers).toEqual([]);
      expect(sheet.answers.length).toBe(sheet.blanks.length);
      expect(sheet.answers.every((a) => a !== '')).toBe(true);
      // Back to no emulation: page.pdf prints with print media unless screen is emulated.
      await page.emulateMedia({ media: null });
      for (const format of ['A4', 'Letter'] as const) {
        const whole = pageCount(await page.pdf({ format }));
        await print(false);
        const questions = pageCount(await page.pdf({ format }));
        await page.reload();
        await waitForShown(page);
        await print(true);
        expect(questions, format).toBeGreaterThanOrEqual(1);
        // The key adds at least one page: it never shares the questions' last page.
        expect(whole, format).toBeGreaterThan(questions);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

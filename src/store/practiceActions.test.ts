// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createStoreFromUrl } from './store';
import { decode, encode } from '../core/url';
import { selectAsked } from './practiceActions';
import { selectTimeline } from './timelines';
import { samplesOf } from '../core/netState';
import { urlStateOf } from './urlSync';

const open = (q: string) => createStoreFromUrl(decode(q, 'en'));

afterEach(() => localStorage.clear());

describe('practice actions (SPEC §10)', () => {
  it('PageDown asks, a second PageDown reveals; at the last step it goes on to the next chapter', () => {
    const store = open('chapter=sigmoid&practice=1');
    const s = () => store.getState();
    s().pageForward();
    expect(s().step).toBe(0);
    expect(selectAsked(s())?.index).toBe(0);
    s().pageForward();
    expect(s().step).toBe(1);
    expect(selectAsked(s())).toBeUndefined();
    s().seekEnd();
    s().pageForward();
    expect(s().chapter).toBe('loss');
    expect(s().step).toBe(0);
  });

  it('moving the cursor closes the question; practice off steps as before', () => {
    const store = open('chapter=network&practice=1&step=3');
    const s = () => store.getState();
    s().stepForward();
    expect(selectAsked(s())?.index).toBe(3);
    s().stepBack();
    expect(s().step).toBe(2);
    expect(selectAsked(s())).toBeUndefined();
    s().setPractice(false);
    s().stepForward();
    expect(s().step).toBe(3);
  });

  it('scores each written value of a step at the first Check, and Start again clears the saved log', () => {
    const store = open('chapter=network&practice=1');
    const s = () => store.getState();
    const t = selectTimeline(s());
    const update = t.steps.find((x) => x.writes.length > 1)!;
    s().seek(update.index);
    s().pageForward();
    // All but one value right at the first try.
    const answers = Object.fromEntries(update.writes.map((id, i) => [id, i === 0 ? 999 : (update.values[id] as number)]));
    s().practiceCheck(answers);
    expect(s().step).toBe(update.index);
    expect(s().practiceVerdict).toMatchObject({ how: 'wrong', ids: [update.writes[0]] });
    s().practiceCheck({ ...answers, [update.writes[0]]: update.values[update.writes[0]] as number });
    expect(s().step).toBe(update.index + 1);
    const key = Object.keys(s().practiceLogs)[0];
    expect(s().practiceLogs[key][update.index]).toEqual({ asked: update.writes.length, correct: update.writes.length - 1 });
    // Saved: a fresh store reads it back.
    const again = open('chapter=network&practice=1');
    again.getState().practiceLoad(key);
    again.getState().practiceLoad('nothing-saved');
    expect(again.getState().practiceLogs['nothing-saved']).toBeUndefined();
    expect(again.getState().practiceLogs[key][update.index]).toEqual({ asked: update.writes.length, correct: update.writes.length - 1 });
    s().practiceRestart();
    expect(s().step).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('a typed value that is not a number is named, not scored', () => {
    const store = open('chapter=graph&practice=1');
    const s = () => store.getState();
    s().pageForward();
    s().practiceCheck({ c: null });
    expect(s().practiceVerdict).toMatchObject({ how: 'invalid', ids: ['c'] });
    expect(s().practiceFirst).toBeNull();
  });

  it('ignores a tampered saved log', () => {
    localStorage.setItem('backprop-stepper.practice.x', '{"0":{"asked":1,"correct":5},"1":{"asked":2,"correct":1},"__proto__":1}');
    const store = open('chapter=graph&practice=1');
    store.getState().practiceLoad('x');
    expect(store.getState().practiceLogs.x).toEqual({ 1: { asked: 2, correct: 1 } });
  });

  it('New exercise keeps the shape and m, writes data rows where SPEC §10 says, and every θ with the seed', () => {
    const store = open('chapter=network&practice=1&layers=3,2,2&data=0.5,-1,1,1,0;0,1,0,0,1');
    const s = () => store.getState();
    s().newExercise(7);
    expect(s().layers).toEqual([3, 2, 2]);
    expect(samplesOf(s())).toHaveLength(2);
    expect(s().data).toHaveLength(2);
    const q = encode(urlStateOf(s()));
    expect(q).toMatch(/seed=7/);
    expect(q).toMatch(/t1=/);
    expect(q).toMatch(/t2=/);
    expect(decode(q, 'en').state.t1).toEqual(s().t1);
  });
});

/**
 * Practice mode's actions (SPEC §9, §10), generic over any timeline: Next step first asks for the
 * coming step's values (the cursor stays, so what it writes stays pending), then a correct Check,
 * Show answer or a second Next step reveals them and moves the cursor. Results are kept per
 * chapter and parameters (practiceKey) and saved in local storage, so progress survives a reload.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Step } from '../core/timeline';
import {
  cacheAnswerRight,
  cacheCandidates,
  drawExercise,
  isCorrect,
  practiceKey,
  type PracticeLog,
  type StepResult,
} from '../core/practice';
import { samplesOf, sampleToRow } from '../core/netState';
import type { UrlState } from '../core/url';
import { selectTimeline } from './timelines';
import { readLog, writeLog } from './practiceStorage';

/** The key of the optional cache question in a verdict's first attempt. */
export const CACHE_ANSWER = '#cache';

export interface PracticeVerdict {
  /** Progress key and index of the step the verdict is about. */
  key: string;
  index: number;
  /** right: a correct Check revealed it; shown: Show answer or a second Next step; wrong: try again; invalid: not a number. */
  how: 'right' | 'shown' | 'wrong' | 'invalid';
  /** The ids judged wrong (wrong) or not numbers (invalid); the values are not told until revealed. */
  ids: readonly string[];
  /** The cache question was asked and answered wrong. */
  cacheWrong?: boolean;
}

export interface PracticeState {
  /** The open question: the progress key and the cursor it asks after (it asks for step k + 1). */
  practiceAsk: { key: string; k: number } | null;
  /** Right or wrong at the first Check of the open question, by id (and CACHE_ANSWER): what the score counts. */
  practiceFirst: Readonly<Record<string, boolean>> | null;
  /** Results by progress key (read from local storage on first use). */
  practiceLogs: Readonly<Record<string, PracticeLog>>;
  /** The optional second question, "Which of these come from the cache?" (off by default). */
  practiceCacheQuestion: boolean;
  practiceVerdict: PracticeVerdict | null;

  setPractice: (on: boolean) => void;
  setPracticeCacheQuestion: (on: boolean) => void;
  /** Next step in practice mode: asks, or reveals what is asked. False when there is nothing to ask. */
  practiceIntercept: () => boolean;
  /** Judges typed answers (null: not a number) and, when the cache question is on, the picked reads. */
  practiceCheck: (answers: Readonly<Record<string, number | null>>, picked?: ReadonlySet<string>) => void;
  practiceShowAnswer: () => void;
  practiceLoad: (key: string) => void;
  practiceRestart: () => void;
  /** Network chapter: inputs and weights with one decimal from the seeded generator, same shape and m. */
  newExercise: (seed: number) => void;
}

type Host = PracticeState & UrlState & { playing: boolean };

/** The current chapter's progress key. */
export const selectPracticeKey = (s: Host): string => practiceKey(s.chapter, selectTimeline(s));

/** The cache question is asked where it is on and the formula reads anything. */
export const cacheAsked = (s: Pick<PracticeState, 'practiceCacheQuestion'>, step: Step<string>): boolean =>
  s.practiceCacheQuestion && cacheCandidates(step).length > 0;

/** The step being asked, if a question is open at the cursor. */
export function selectAsked(s: Host): Step<string> | undefined {
  const ask = s.practiceAsk;
  if (!s.practice || !ask || ask.k !== s.step || ask.key !== selectPracticeKey(s)) return undefined;
  return selectTimeline(s).steps[ask.k];
}

export function practiceActions<S extends Host>(
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
): Omit<PracticeState, never> {
  const patch = (p: Partial<Host>) => set(p as Partial<S>);
  const logOf = (key: string) => get().practiceLogs[key] ?? readLog(key);
  /** Records the open question's result from its first attempt, and moves the cursor past it. */
  const reveal = (how: 'right' | 'shown') => {
    const s = get();
    const step = selectAsked(s);
    if (!step) return;
    const key = selectPracticeKey(s);
    const first = s.practiceFirst ?? {};
    const cache = cacheAsked(s, step);
    const result: StepResult = {
      asked: step.writes.length + (cache ? 1 : 0),
      correct: step.writes.filter((id) => first[id]).length + (cache && first[CACHE_ANSWER] ? 1 : 0),
    };
    const log = { ...logOf(key), [step.index]: result };
    writeLog(key, log);
    patch({
      practiceLogs: { ...s.practiceLogs, [key]: log },
      practiceAsk: null,
      practiceFirst: null,
      practiceVerdict: { key, index: step.index, how, ids: [] },
      step: step.index + 1,
      playing: false,
    });
  };
  return {
    practiceAsk: null,
    practiceFirst: null,
    practiceLogs: {},
    practiceCacheQuestion: false,
    practiceVerdict: null,

    setPractice: (on) => patch({ practice: on, practiceAsk: null, practiceFirst: null, practiceVerdict: null, playing: false }),
    setPracticeCacheQuestion: (on) => patch({ practiceCacheQuestion: on }),
    practiceIntercept: () => {
      const s = get();
      if (!s.practice || s.step >= selectTimeline(s).steps.length) return false;
      if (selectAsked(s)) reveal('shown');
      else
        patch({
          practiceAsk: { key: selectPracticeKey(s), k: s.step },
          practiceFirst: null,
          practiceVerdict: null,
          playing: false,
        });
      return true;
    },
    practiceCheck: (answers, picked = new Set()) => {
      const s = get();
      const step = selectAsked(s);
      if (!step) return;
      const key = selectPracticeKey(s);
      const invalid = step.writes.filter((id) => answers[id] === null || answers[id] === undefined);
      if (invalid.length > 0) return patch({ practiceVerdict: { key, index: step.index, how: 'invalid', ids: invalid } });
      const ok = Object.fromEntries(step.writes.map((id) => [id, isCorrect(answers[id] as number, step.values[id] as number)]));
      const cacheOk = !cacheAsked(s, step) || cacheAnswerRight(step, picked);
      // The score counts the first attempt; a retry may still reveal the value.
      if (!s.practiceFirst) patch({ practiceFirst: { ...ok, ...(cacheAsked(s, step) ? { [CACHE_ANSWER]: cacheOk } : {}) } });
      const wrong = step.writes.filter((id) => !ok[id]);
      if (wrong.length === 0 && cacheOk) return reveal('right');
      patch({ practiceVerdict: { key, index: step.index, how: 'wrong', ids: wrong, cacheWrong: !cacheOk } });
    },
    practiceShowAnswer: () => reveal('shown'),
    practiceLoad: (key) => {
      if (get().practiceLogs[key]) return;
      // Nothing saved: store nothing, so dragging a slider in practice mode adds no entry per value.
      const saved = readLog(key);
      if (Object.keys(saved).length > 0) patch({ practiceLogs: { ...get().practiceLogs, [key]: saved } });
    },
    practiceRestart: () => {
      const key = selectPracticeKey(get());
      writeLog(key, null);
      patch({
        practiceLogs: { ...get().practiceLogs, [key]: {} },
        practiceAsk: null,
        practiceFirst: null,
        practiceVerdict: null,
        step: 0,
        playing: false,
      });
    },
    newExercise: (seed) => {
      const s = get();
      const layers = s.layers;
      const m = samplesOf(s).length;
      const { weights, samples } = drawExercise(layers, m, seed);
      const [t1, t2, t3, t4] = [0, 1, 2, 3].map((l) => weights[l] ?? []);
      // SPEC §10: x1, x2, y for one sample of a 2-…-1 network, else data rows.
      const plain = m === 1 && layers[0] === 2 && layers[layers.length - 1] === 1;
      const sample = plain
        ? { x1: samples[0].x[0], x2: samples[0].x[1], y: samples[0].y[0], data: null }
        : { data: samples.map(sampleToRow) };
      patch({
        t1,
        t2,
        t3,
        t4,
        seed,
        ...sample,
        step: 0,
        playing: false,
        practiceAsk: null,
        practiceFirst: null,
        practiceVerdict: null,
      });
    },
  };
}

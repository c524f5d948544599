/**
 * Practice progress in local storage, one entry per chapter and parameters (practiceKey). Local
 * storage is the user's to edit, so what is read back is checked, and a storage that is full or
 * forbidden (a sandboxed frame) only means the score is not kept past this visit.
 */
import type { PracticeLog, StepResult } from '../core/practice';

const STORAGE_PREFIX = 'backprop-stepper.practice.';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // A sandboxed frame may forbid storage: practice still works, it is just not kept.
    return undefined;
  }
}

const isResult = (r: unknown): r is StepResult => {
  const { asked, correct } = (r ?? {}) as Record<string, unknown>;
  return (
    Number.isSafeInteger(asked) &&
    Number.isSafeInteger(correct) &&
    (correct as number) >= 0 &&
    (correct as number) <= (asked as number)
  );
};

/** A saved log, or {} when there is none or it was tampered with (local storage is user-editable). */
export function readLog(key: string): PracticeLog {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(STORAGE_PREFIX + key) ?? '{}');
    if (!raw || typeof raw !== 'object') return {};
    return Object.fromEntries(Object.entries(raw).filter(([i, r]) => /^\d{1,6}$/.test(i) && isResult(r)));
  } catch {
    return {};
  }
}

export function writeLog(key: string, log: PracticeLog | null): void {
  try {
    if (log) storage()?.setItem(STORAGE_PREFIX + key, JSON.stringify(log));
    else storage()?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Full or forbidden storage: the score still shows for this visit.
  }
}

/**
 * The training chapter's files (pure): the state as JSON (its URL keys, plus the current weights
 * and the points for reading elsewhere), the loss curve as CSV, and the import, which goes
 * through the URL's own decoder so a file is checked exactly as a link is (SPEC §8).
 */
import { toCsv, type Cell } from '../../core/csv';
import { decode, THETA_KEYS, type Rows, type UrlState } from '../../core/url';
import type { Weights } from '../../core/engine';

/** The keys a training file carries: those of a training link (SPEC §8). */
export const FILE_KEYS = ['layers', ...THETA_KEYS, 'dataset', 'n', 'noise', 'points', 'seed', 'alpha', 'lambda', 'batch', 'epoch'] as const;
type FileKey = (typeof FILE_KEYS)[number];
export const FILE_FORMAT = 'backprop-stepper/train';

export function trainingJson(s: Pick<UrlState, FileKey>, current: Weights, rows: Rows): string {
  const keys = Object.fromEntries(FILE_KEYS.filter((k) => !(THETA_KEYS.includes(k as 't1') && s[k as 't1'].length === 0)).map((k) => [k, s[k]]));
  const now = Object.fromEntries(current.map((w, i) => [THETA_KEYS[i], [...w]]));
  return `${JSON.stringify({ format: FILE_FORMAT, version: 1, ...keys, current: now, data: rows }, null, 1)}\n`;
}

/** A JSON value as a URL value: numbers as written, lists with commas, rows with semicolons. */
function asParam(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((r) => (Array.isArray(r) ? r.map(String).join(',') : typeof r === 'number' ? String(r) : '\u0000')).join(v.some(Array.isArray) ? ';' : ',');
  // Anything else can never parse: the decoder names the key.
  return '\u0000';
}

export type Imported = { ok: true; patch: Partial<UrlState> } | { ok: false; keys: string[] } | { ok: false; notJson: true };

/** Reads a training file; on any key that the URL would reject, nothing is taken and the keys are named. */
export function readTrainingFile(text: string): Imported {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, notJson: true };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, keys: ['format'] };
  const file = parsed as Record<string, unknown>;
  if (file.format !== FILE_FORMAT) return { ok: false, keys: ['format'] };
  const params = new URLSearchParams({ chapter: 'train' });
  for (const k of FILE_KEYS) {
    const v = asParam(file[k]);
    if (v !== undefined) params.set(k, v);
  }
  const { state, ignored } = decode(`?${params}`);
  if (ignored.length) return { ok: false, keys: [...ignored] };
  return { ok: true, patch: Object.fromEntries(FILE_KEYS.map((k) => [k, state[k]])) as Partial<UrlState> };
}

export interface CurveWords {
  epoch: string;
  J: string;
  accuracy: string;
  norm: (l: number) => string;
}

/** epoch, J, accuracy, ‖D¹‖ … per epoch (at epoch 0 the norms are those of the step the first epoch starts with). */
export function lossCsv(words: CurveWords, count: number, J: ArrayLike<number>, accuracy: ArrayLike<number>, norms: readonly ArrayLike<number>[]): string {
  const rows: Cell[][] = [[words.epoch, words.J, words.accuracy, ...norms.map((_, l) => words.norm(l + 1))]];
  for (let e = 0; e < count; e++) rows.push([e, J[e], accuracy[e], ...norms.map((n) => n[e])]);
  return `\uFEFF${toCsv(rows)}`;
}

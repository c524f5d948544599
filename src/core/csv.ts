/**
 * The CSV worksheet of a chapter's timeline: the given values (step 0), then every step's writes,
 * each value rounded to 4 significant digits beside its full precision, names in the app's notation.
 * Pure: the caller passes the words and the symbols of the current language.
 */
import { logToScientific, logValueAttr } from './format';
import { DOUBLE_DIGITS, snapToDigits } from './snap';
import type { Phase, Timeline } from './timeline';

/** A cell: a number stays a number (never quoted, never guarded); text is quoted and guarded. */
export type Cell = number | string;

/** Text that a spreadsheet would run as a formula starts with one of these (OWASP adds tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell || 0) : '';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows to CSV text: comma-separated, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(cellText).join(',')).join('\r\n') + '\r\n';
}

export const ROUNDED_DIGITS = 4;

/** The two value cells: 4 significant digits, and all the digits a double holds (no float noise). */
export function valueCells(x: number | undefined, ln?: number): [Cell, Cell] {
  if (x === undefined || Number.isNaN(x)) return ['', ''];
  // Past a double's range (e^1000), or underflowed to 0 (e^−1000): worked out from the logarithm.
  if (ln !== undefined && (!Number.isFinite(x) || Math.abs(ln) > 700)) {
    const { mantissa, exponent } = logToScientific(ln);
    return [`${snapToDigits(mantissa, ROUNDED_DIGITS)}×10^${exponent}`, logValueAttr(ln)];
  }
  if (!Number.isFinite(x)) return ['', ''];
  return [snapToDigits(x, ROUNDED_DIGITS), snapToDigits(x, DOUBLE_DIGITS)];
}

export interface CsvWords {
  /** Column headers, in the current language. */
  header: { step: string; phase: string; quantity: string; rounded: string; full: string; reads: string };
  /** The phase column's word for the given values (step 0). */
  given: string;
  phase: (p: Phase) => string;
  /** A quantity's symbol in the app's notation (θ¹₁₀, ∂J/∂θ²₁₁). */
  label: (id: string) => string;
  /** Between the symbols of the reads column (", " or "、"). */
  separator: string;
}

/** One row per value: the given ones at step 0, then each step's writes in order; a step that writes nothing still gets its row. */
export function timelineCsv(t: Timeline<string>, words: CsvWords, lnOf: (id: string) => number | undefined = () => undefined): string {
  const h = words.header;
  const rows: Cell[][] = [[h.step, h.phase, h.quantity, h.rounded, h.full, h.reads]];
  for (const [id, v] of Object.entries(t.given)) rows.push([0, words.given, words.label(id), ...valueCells(v, lnOf(id)), '']);
  for (const s of t.steps) {
    const reads = s.reads.map(words.label).join(words.separator);
    const writes = s.writes.length > 0 ? s.writes : [undefined];
    for (const id of writes) {
      const value = id === undefined ? (['', ''] as [Cell, Cell]) : valueCells(s.values[id], lnOf(id));
      rows.push([s.index + 1, words.phase(s.phase), id === undefined ? '' : words.label(id), ...value, reads]);
    }
  }
  return toCsv(rows);
}

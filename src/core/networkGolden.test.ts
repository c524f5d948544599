/**
 * The 2-2-1 timeline pinned (issue #11): every step record of the one-sample, unit-granularity
 * network, for the default example and parameter sets that take the honest-TeX paths (λ > 0,
 * y = 0, saturated and underflowing units). Share links (`step=`) depend on these records, so
 * the generated timeline must reproduce them exactly. Regenerate only on purpose:
 * UPDATE_GOLDEN=1 npx vitest run src/core/networkGolden.test.ts
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildNetworkTimeline } from './networkTimeline';
import type { NetParams } from './network';
import type { Timeline } from './timeline';

const FIXTURE = new URL('./__golden__/network221.json', import.meta.url);

const DEFAULT: NetParams = { x1: 0.5, x2: -1, y: 1, t1: [0.1, 0.4, -0.3, -0.2, 0.7, 0.5], t2: [0.2, -0.6, 0.9], lambda: 0, alpha: 0.5 };
const SATURATED: NetParams = { x1: 3, x2: -3, y: 0, t1: [1, 6, -5, -1, -7, 6], t2: [0.5, 1.5, -1.2], lambda: 0, alpha: 0.5 };

export const GOLDEN_CASES: Record<string, NetParams> = {
  default: DEFAULT,
  lambda: { ...DEFAULT, lambda: 1.5, alpha: 0.1 },
  y0: { ...DEFAULT, y: 0, lambda: 0.25 },
  saturatedPreset: SATURATED,
  theta30: { x1: 1, x2: -1, y: 1, t1: [30, -30, 30, -30, 30, -30], t2: [30, -30, 30], lambda: 0.5, alpha: 2 },
  theta30y0: { x1: 1, x2: 1, y: 0, t1: [30, 30, 30, -30, -30, -30], t2: [30, 30, -30], lambda: 0, alpha: 0.5 },
  underflow: { ...DEFAULT, x1: -1000, t1: [0, 7, 0, 0, 7, 0] },
  overflow: { x1: 1000, x2: -1000, y: 1, t1: [1000, 1000, -1000, -1000, 1000, 1000], t2: [-1000, 1000, -1000], lambda: 100, alpha: 10 },
};

/** -0 and 0 differ in a record; JSON would merge them. */
const num = (x: number | undefined): string | null => (x === undefined ? null : Object.is(x, -0) ? '-0' : String(x));

/** Every field of every step, and lnOf of every quantity, as plain JSON. */
export function snapshot(t: Timeline<string>) {
  const ids = [...new Set([...Object.keys(t.given), ...t.steps.flatMap((s) => s.writes)])];
  return {
    given: Object.fromEntries(Object.entries(t.given).map(([k, v]) => [k, num(v)])),
    steps: t.steps.map((s) => ({
      index: s.index,
      explain: s.explain,
      phase: s.phase,
      writes: [...s.writes],
      reads: [...s.reads],
      names: [...s.names],
      hits: [...s.hits],
      again: [...s.again],
      values: Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k, num(v)])),
      tex: { symbolic: s.tex.symbolic, numeric: s.tex.numeric },
      mults: s.mults,
      adds: s.adds,
      pass: s.pass,
    })),
    lnOf: Object.fromEntries(ids.map((id) => [id, num(t.lnOf?.(id))])),
  };
}

const current = () => Object.fromEntries(Object.entries(GOLDEN_CASES).map(([k, p]) => [k, snapshot(buildNetworkTimeline(p))]));

describe('the 2-2-1 timeline, pinned', () => {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(FIXTURE, `${JSON.stringify(current(), null, 1)}\n`);
  const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as ReturnType<typeof current>;
  const now = current();

  it.each(Object.keys(GOLDEN_CASES))('%s: every step record as pinned', (name) => {
    expect(now[name].steps.length).toBe(23);
    expect(now[name]).toEqual(golden[name]);
  });

  it('pins the cases the SPEC names', () => {
    expect(Object.keys(golden).sort()).toEqual(Object.keys(GOLDEN_CASES).sort());
  });
});

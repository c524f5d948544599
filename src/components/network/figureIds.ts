/**
 * Which quantities each unit of the figure shows (SPEC §7 ids). With m > 1 the figure shows one
 * sample at a time, the one the current step works on, so per-sample ids carry `@i`; bias units
 * keep plain `x0`, `a{l}_0`.
 */
import type { Step } from '../../core/timeline';
import type { UnitLayout } from '../../layout/networkLayout';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sup = (n: number) => [...String(n)].map((c) => SUP[+c]).join('');
const sub = (n: number) => [...String(n)].map((c) => SUB[+c]).join('');

/** The sample a step works on (from the `@i` of its writes, then of its reads), if any. */
export function sampleOfStep(step: Step<string> | undefined): number | undefined {
  for (const id of [...(step?.writes ?? []), ...(step?.reads ?? [])]) {
    const at = /@(\d+)$/.exec(id);
    if (at) return Number(at[1]);
  }
  return undefined;
}

/** The sample the figure shows at cursor k: the latest one a step up to k worked on (1 at the start). */
export function figureSample(steps: readonly Step<string>[], k: number): number {
  for (let n = Math.min(k, steps.length) - 1; n >= 0; n--) {
    const i = sampleOfStep(steps[n]);
    if (i !== undefined) return i;
  }
  return 1;
}

export interface UnitIds {
  title: string;
  /** The forward value(s) inside the unit, in the order they are computed. */
  forward: string[];
  /** The backward value(s): s′ then δ for a hidden unit, δ for an output, J_new under J. */
  backward: string[];
}

/** The ids a unit shows, for L layers, K outputs and m samples (sample `at` when m > 1). */
export function unitIds(u: UnitLayout, L: number, K: number, m: number, at: number): UnitIds {
  const sfx = m > 1 ? `@${at}` : '';
  if (u.id === 'J') return { title: 'J', forward: ['J'], backward: ['J_new'] };
  if (u.layer === 1) return { title: `x${sub(u.j)}`, forward: [u.j === 0 ? 'x0' : `x${u.j}${sfx}`], backward: [] };
  const l = u.layer;
  if (u.bias) return { title: `a${sup(l)}${sub(0)}`, forward: [`a${l}_0`], backward: [] };
  const idx = l === L && K === 1 ? '' : `_${u.j}`;
  const title = l === L && K === 1 ? `a${sup(l)}` : `a${sup(l)}${sub(u.j)}`;
  const forward = [`z${l}${idx}${sfx}`, `a${l}${idx}${sfx}`];
  const backward = l === L ? [`delta${l}${idx}${sfx}`] : [`sprime${l}${idx}${sfx}`, `delta${l}${idx}${sfx}`];
  return { title, forward, backward };
}

/** "z", "a", "s′", "δ", "J′": inside a unit the layer and index are already named by the unit. */
export function shortName(id: string): string {
  if (id === 'J_new') return 'J′ =';
  const kind = /^(sprime|delta|z|a|x|J)/.exec(id)?.[1] ?? id;
  return `${{ sprime: 's′', delta: 'δ' }[kind] ?? kind} =`;
}

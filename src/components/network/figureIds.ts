/**
 * Which quantities each unit of the figure shows (SPEC §7 ids). With m > 1 the figure shows one
 * sample at a time, the one the current step works on, so per-sample ids carry `@i`; bias units
 * keep plain `x0`, `a{l}_0`.
 */
import type { Step } from '../../core/timeline';
import { netIds, netLabel, parseId } from '../../core/netIds';
import type { UnitLayout } from '../../layout/networkLayout';

/** The sample a step works on (from the `@i` of its writes, then of its reads), if any. */
export function sampleOfStep(step: Step<string> | undefined): number | undefined {
  for (const id of [...(step?.writes ?? []), ...(step?.reads ?? [])]) {
    const sample = parseId(id)?.sample;
    if (sample !== undefined) return sample;
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

/** The ids a unit shows, for the shape and m samples (sample `at` when m > 1). */
export function unitIds(u: UnitLayout, layers: readonly number[], m: number, at: number): UnitIds {
  const ids = netIds(layers, m);
  if (u.id === 'J') return { title: 'J', forward: ['J'], backward: ['J_new'] };
  // The title names the unit, not the sample: the label of the activation's id without its @i.
  const title = netLabel({ ...parseId(ids.a(u.layer, u.j))!, sample: undefined });
  if (u.layer === 1 || u.bias) return { title, forward: [ids.a(u.layer, u.j, at)], backward: [] };
  const [l, j] = [u.layer, u.j];
  const backward = l === ids.L ? [ids.delta(l, j, at)] : [ids.sprime(l, j, at), ids.delta(l, j, at)];
  return { title, forward: [ids.z(l, j, at), ids.a(l, j, at)], backward };
}

const SHORT: Partial<Record<string, string>> = { sprime: 's′', delta: 'δ', J_new: 'J′' };

/** "z", "a", "s′", "δ", "J′": inside a unit the layer and index are already named by the unit. */
export function shortName(id: string): string {
  const kind = parseId(id)?.kind ?? id;
  return `${SHORT[kind] ?? kind} =`;
}

/**
 * ln|value| of the quantities a double can underflow, from their logits: a = s(z) has
 * ln a = −softplus(−z); s′ = s(z)s(−z) has ln s′ = −softplus(−z) − softplus(z); the output's
 * δ = a − y is s(z) for y = 0 and −s(−z) for y = 1.
 */
import { softplus } from '../math';
import { valueAt } from '../derive';
import { formatId, parseId } from '../netIds';
import type { Timeline } from '../timeline';
import type { Ctx } from './context';

export function networkLnOf(ctx: Ctx, t: Timeline<string>): (id: string) => number | undefined {
  const final = (id: string) => valueAt(t, t.steps.length, id) ?? t.given[id];
  return (id) => {
    const p = parseId(id);
    if (!p || p.l === undefined || p.j === 0) return undefined;
    const zv = final(formatId({ ...p, kind: 'z' }));
    if (zv === undefined) return undefined;
    if (p.kind === 'a') return -softplus(-zv);
    if (p.kind === 'sprime') return -softplus(-zv) - softplus(zv);
    if (p.kind === 'delta' && p.l === ctx.L) {
      const y = final(formatId({ kind: 'y', ...(p.j === undefined ? {} : { k: p.j }), ...(p.sample === undefined ? {} : { sample: p.sample }) }));
      return y === 1 ? -softplus(zv) : -softplus(-zv);
    }
    return undefined;
  };
}

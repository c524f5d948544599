/**
 * The graph chapter's running counts (SPEC §10, mults_naive and mults_backprop): for the answers
 * ∂e/∂x found so far in the timeline shown, what summing over paths and what reverse mode spend on
 * them, by the one counting rule (a product of two partials is one multiplication, a seed's ×1 none).
 */
import { writerOf } from './derive';
import { GRAPH_INPUTS, gradientOf, pathsFrom } from './graph';
import { buildChain, pathsMults, totalId } from './graphChain';
import { buildGraphTimeline } from './graphTimeline';
import type { Timeline } from './timeline';

export interface GraphCounts {
  naive: number;
  backprop: number;
  found: number;
  total: number;
}

/** Each answer's id with the multiplications its sum over paths takes from scratch. */
function answers(k: number): [string, number][] {
  if (k === 1) return GRAPH_INPUTS.map((x) => [gradientOf(x), pathsFrom(x).reduce((acc, p) => acc + p.length - 1, 0)]);
  const chain = buildChain(k);
  return chain.inputs.map((x) => [totalId(x), pathsMults(chain, x)]);
}

/** Multiplications of the steps that `ids` need in t, each step once (reverse mode shares them). */
function closureMults(t: Timeline<string>, ids: readonly string[]): number {
  const seen = new Set<number>();
  const visit = (id: string) => {
    const w = writerOf(t, id);
    if (w < 0 || seen.has(w)) return;
    seen.add(w);
    for (const r of t.steps[w].reads) visit(r);
  };
  ids.forEach(visit);
  return [...seen].reduce((acc, w) => acc + t.steps[w].mults, 0);
}

export function graphCounts(shown: Timeline<string>, cursor: number, a: number, b: number, k: number): GraphCounts {
  const all = answers(k);
  const done = new Set(shown.steps.slice(0, cursor).flatMap((s) => s.writes));
  const found = all.filter(([id]) => done.has(id));
  return {
    naive: found.reduce((acc, [, m]) => acc + m, 0),
    backprop: closureMults(buildGraphTimeline(a, b, 'reverse', k), found.map(([id]) => id)),
    found: found.length,
    total: all.length,
  };
}

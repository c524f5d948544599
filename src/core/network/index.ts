/**
 * The network timeline, generated from (shape, weights, samples, λ, α, granularity) with loops,
 * as the graph chapter's timelines are generated from its edges. For 2,2,1 with one sample at
 * unit granularity it is exactly the 23 steps of SPEC §4.2 (networkGolden.test.ts pins them).
 */
import { buildSteps, type Timeline } from '../timeline';
import type { NetParams } from '../network';
import { context, networkGiven, type Net } from './context';
import { unitSteps } from './steps';
import { layerSteps } from './layerSteps';
import { networkLnOf } from './lnOf';

export type { Net, Granularity } from './context';

/** The one-sample 2-2-1 parameters as a Net. */
export function netOf(p: NetParams): Net {
  return { layers: [2, 2, 1], theta: [p.t1, p.t2], samples: [{ x: [p.x1, p.x2], y: [p.y] }], lambda: p.lambda, alpha: p.alpha };
}

// A UrlState carries layers too: a Net is told by its samples.
const isNet = (p: Net | NetParams): p is Net => 'samples' in p && 'theta' in p;

export function buildNetworkTimeline(p: Net | NetParams): Timeline<string> {
  const net = isNet(p) ? p : netOf(p);
  const ctx = context(net);
  const specs = net.granularity === 'layer' ? layerSteps(ctx) : unitSteps(ctx);
  const timeline = buildSteps(networkGiven(ctx), specs);
  return { ...timeline, lnOf: networkLnOf(ctx, timeline) };
}

export function networkGivenOf(p: Net | NetParams): Record<string, number> {
  return networkGiven(context(isNet(p) ? p : netOf(p)));
}

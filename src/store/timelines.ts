/**
 * The current chapter's timeline, derived from the store's parameters (never stored): one memo
 * per chapter kind, keyed on the inputs it depends on, so repeated selector calls are free.
 */
import type { buildNetworkTimeline, Net } from '../core/networkTimeline';
import type { buildGraphTimeline, GraphMode } from '../core/graphTimeline';
import type { buildCurveTimeline, CurveChapter } from '../core/curveTimeline';
import type { Timeline } from '../core/timeline';
import type { UrlState } from '../core/url';
import { samplesOf, weightsOf } from '../core/netState';

/**
 * The timeline builders. They are registered by store/builders.ts, which main.tsx loads as its own
 * chunk before the store is made: the page's shell paints without waiting for them (SPEC §6's
 * first-paint payload), and every selector below can stay synchronous.
 */
export interface Builders {
  network: typeof buildNetworkTimeline;
  graph: typeof buildGraphTimeline;
  curve: typeof buildCurveTimeline;
}
let builders: Builders | null = null;
export function registerBuilders(b: Builders): void {
  builders = b;
}
function built(): Builders {
  if (!builders) throw new Error('timeline builders not loaded: import store/builders before using the store');
  return builders;
}

function memoLast<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = f(...args);
    last = { args, result };
    return result;
  };
}

type NetKeys = Pick<UrlState, 'layers' | 't1' | 't2' | 't3' | 't4' | 'data' | 'x1' | 'x2' | 'y' | 'lambda' | 'alpha' | 'granularity'>;

/** Keyed on the URL keys themselves: weightsOf and samplesOf build new arrays on every call. */
const netMemo = memoLast(
  (
    layers: NetKeys['layers'],
    t1: NetKeys['t1'],
    t2: NetKeys['t2'],
    t3: NetKeys['t3'],
    t4: NetKeys['t4'],
    data: NetKeys['data'],
    x1: number,
    x2: number,
    y: 0 | 1,
    lambda: number,
    alpha: number,
    granularity: NetKeys['granularity'],
  ) => {
    const keys = { layers, t1, t2, t3, t4, data, x1, x2, y };
    return { layers, theta: weightsOf(keys), samples: samplesOf(keys), lambda, alpha, granularity } satisfies Net;
  },
);

/** The network the state describes (any shape, its batch): the same object while its keys stay. */
export const selectNet = (s: NetKeys): Net =>
  netMemo(s.layers, s.t1, s.t2, s.t3, s.t4, s.data, s.x1, s.x2, s.y, s.lambda, s.alpha, s.granularity);

const network = memoLast((net: Net) => built().network(net));
const graph = memoLast((a: number, b: number, mode: GraphMode, chain: number) => built().graph(a, b, mode, chain));
const curve = memoLast((chapter: CurveChapter, z: number) => built().curve(chapter, z));

const NO_STEPS: Timeline<string> = { given: {}, steps: [] };

type Params = NetKeys & Pick<UrlState, 'chapter' | 'a' | 'b' | 'mode' | 'chain' | 'z'>;

export function selectTimeline(s: Params): Timeline<string> {
  switch (s.chapter) {
    case 'network':
      return network(selectNet(s));
    case 'graph':
      return graph(s.a, s.b, s.mode, s.chain);
    case 'train':
      // Training moves by epochs, not steps (SPEC §10): no timeline, so step stays 0.
      return NO_STEPS;
    default:
      return curve(s.chapter, s.z);
  }
}

export const selectStepCount = (s: Params): number => selectTimeline(s).steps.length;

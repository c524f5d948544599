/**
 * The current chapter's timeline, derived from the store's parameters (never stored): one memo
 * per chapter kind, keyed on the inputs it depends on, so repeated selector calls are free.
 */
import { buildNetworkTimeline } from '../core/network/index';
import { samplesOf, weightsOf } from '../core/netState';
import { buildGraphTimeline, type GraphMode } from '../core/graphTimeline';
import { buildCurveTimeline, type CurveChapter } from '../core/curveTimeline';
import type { Timeline } from '../core/timeline';
import type { UrlState } from '../core/url';

function memoLast<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = f(...args);
    last = { args, result };
    return result;
  };
}

type NetKeys = Pick<
  UrlState,
  'layers' | 't1' | 't2' | 't3' | 't4' | 'data' | 'x1' | 'x2' | 'y' | 'lambda' | 'alpha' | 'granularity'
>;
const network = memoLast(
  (
    layers: UrlState['layers'],
    t1: UrlState['t1'],
    t2: UrlState['t2'],
    t3: UrlState['t3'],
    t4: UrlState['t4'],
    data: UrlState['data'],
    x1: number,
    x2: number,
    y: 0 | 1,
    lambda: number,
    alpha: number,
    granularity: UrlState['granularity'],
  ) => {
    const s: NetKeys = { layers, t1, t2, t3, t4, data, x1, x2, y, lambda, alpha, granularity };
    return buildNetworkTimeline({ layers, theta: weightsOf(s), samples: samplesOf(s), lambda, alpha, granularity });
  },
);
const graph = memoLast((a: number, b: number, mode: GraphMode, chain: number) => buildGraphTimeline(a, b, mode, chain));
const curve = memoLast((chapter: CurveChapter, z: number) => buildCurveTimeline(chapter, z));

const NO_STEPS: Timeline<string> = { given: {}, steps: [] };

type Params = Pick<UrlState, 'chapter' | 'a' | 'b' | 'mode' | 'chain' | 'z'> & NetKeys;

export function selectTimeline(s: Params): Timeline<string> {
  switch (s.chapter) {
    case 'network':
      return network(s.layers, s.t1, s.t2, s.t3, s.t4, s.data, s.x1, s.x2, s.y, s.lambda, s.alpha, s.granularity);
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

/**
 * The current chapter's timeline, derived from the store's parameters (never stored): one memo
 * per chapter kind, keyed on the inputs it depends on, so repeated selector calls are free.
 */
import { buildNetworkTimeline } from '../core/networkTimeline';
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

const network = memoLast((x1: number, x2: number, y: 0 | 1, t1: UrlState['t1'], t2: UrlState['t2'], lambda: number, alpha: number) =>
  buildNetworkTimeline({ x1, x2, y, t1, t2, lambda, alpha }),
);
const graph = memoLast((a: number, b: number, mode: GraphMode, chain: number) => buildGraphTimeline(a, b, mode, chain));
const curve = memoLast((chapter: CurveChapter, z: number) => buildCurveTimeline(chapter, z));

const NO_STEPS: Timeline<string> = { given: {}, steps: [] };

type Params = Pick<UrlState, 'chapter' | 'x1' | 'x2' | 'y' | 't1' | 't2' | 'lambda' | 'alpha' | 'a' | 'b' | 'mode' | 'chain' | 'z'>;

export function selectTimeline(s: Params): Timeline<string> {
  switch (s.chapter) {
    case 'network':
      return network(s.x1, s.x2, s.y, s.t1, s.t2, s.lambda, s.alpha);
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

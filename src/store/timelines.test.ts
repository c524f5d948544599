import { describe, expect, it } from 'vitest';
import { decode } from '../core/url';
import { selectNet, selectTimeline } from './timelines';
import { buildNetworkTimeline } from '../core/networkTimeline';

const state = (q: string) => decode(`chapter=network&${q}`).state;

describe('the network timeline from the state', () => {
  it('is the 2-2-1 example by default, and the same object while the keys stay', () => {
    const s = state('');
    expect(selectTimeline(s).steps).toHaveLength(23);
    expect(selectTimeline({ ...s })).toBe(selectTimeline(s));
    expect(selectNet({ ...s })).toBe(selectNet(s));
  });

  it('follows layers, data and granularity', () => {
    const s = state('layers=3,4,2&data=0.5,-1,1,1,0;0,1,0,0,1;1,1,1,1,1;-1,0,2,0,0');
    const t = selectTimeline(s);
    expect(selectNet(s).samples).toHaveLength(4);
    expect(t.steps.map((x) => x.writes[0])).toContain('z3_2@4');
    expect(t.steps.map((x) => x.values)).toEqual(buildNetworkTimeline(selectNet(s)).steps.map((x) => x.values));
    const layer = selectTimeline({ ...s, granularity: 'layer' });
    expect(layer.steps.length).toBeLessThan(t.steps.length);
  });
});

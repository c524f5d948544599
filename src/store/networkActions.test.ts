import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { decode, encode } from '../core/url';
import { fallbackWeights, samplesOf, weightsOf } from '../core/netState';
import { urlStateOf } from './urlSync';

const store = (q = '') => createAppStore(decode(`chapter=network&${q}`));

describe('network actions (any shape)', () => {
  it('keeps the weights that still fit when the shape changes, and fills new ones from the seeded generator', () => {
    const s = store();
    const before = weightsOf(s.getState());
    s.getState().setLayers([2, 3, 1]);
    const st = s.getState();
    expect(st.layers).toEqual([2, 3, 1]);
    const fresh = fallbackWeights([2, 3, 1], null);
    // θ¹: rows 1–2 kept, row 3 new; θ²: columns 0–2 kept, column 3 new.
    expect(st.t1).toEqual([...before[0], ...fresh[0].slice(6)]);
    expect(st.t2).toEqual([...before[1], fresh[1][3]]);
    expect(st.t3).toEqual([]);
    expect(st.t1).toHaveLength(9);
    expect(st.t2).toHaveLength(4);
  });

  it('re-fits the samples to s1 and K and writes data unless the sample is the seed case', () => {
    const s = store('x1=0.3&x2=0.7&y=0');
    s.getState().setLayers([3, 4, 2]);
    expect(s.getState().data).toEqual([[0.3, 0.7, 1, 0, 0]]);
    s.getState().setLayers([2, 2, 1]);
    expect(s.getState().data).toBeNull();
    expect([s.getState().x1, s.getState().x2, s.getState().y]).toEqual([0.3, 0.7, 0]);
  });

  it('refuses shapes outside SPEC §7 (0 or 7 units, 1 or 6 layers)', () => {
    const s = store();
    for (const bad of [[2, 0, 1], [2, 7, 1], [2], [2, 2, 2, 2, 2, 1], [2, 1.5, 1]]) s.getState().setLayers(bad);
    expect(s.getState().layers).toEqual([2, 2, 1]);
  });

  it('adds, edits and removes samples within 1…8, labels 0 or 1 only', () => {
    const s = store();
    for (let k = 0; k < 12; k++) s.getState().addSample();
    expect(samplesOf(s.getState())).toHaveLength(8);
    s.getState().setSampleInput(0, 1, 4.5);
    s.getState().setSampleLabel(0, 1, 0);
    s.getState().setSampleLabel(0, 1, 0.5 as 0);
    expect(s.getState().data![0]).toEqual([4.5, -1, 0]);
    for (let k = 0; k < 12; k++) s.getState().removeSample(samplesOf(s.getState()).length - 1);
    expect(samplesOf(s.getState())).toHaveLength(1);
    expect(s.getState().data).toBeNull();
    expect([s.getState().x1, s.getState().x2, s.getState().y]).toEqual([4.5, -1, 0]);
  });

  it('sets one weight of any layer, clamped, and forgets the seed', () => {
    const s = store('layers=2,3,2,1&seed=5');
    s.getState().setWeight(3, 1, 2, 5000);
    expect(s.getState().t3[2]).toBe(1000);
    expect(s.getState().seed).toBeNull();
    s.getState().setWeight(4, 1, 0, 1);
    s.getState().setWeight(1, 4, 0, 1);
    expect(s.getState().t4).toEqual([]);
    expect(s.getState().t1).toHaveLength(9);
  });

  it('randomizes every θ of the shape from the seed, and the link reproduces them', () => {
    const s = store('layers=2,6,6,6,1');
    s.getState().randomize(99);
    const w = fallbackWeights([2, 6, 6, 6, 1], 99);
    expect(weightsOf(s.getState())).toEqual(w);
    const again = decode(encode(urlStateOf(s.getState()))).state;
    expect(weightsOf(again)).toEqual(w);
  });

  it('keeps the cursor, clamped to the new timeline', () => {
    const s = store('step=23');
    s.getState().seek(23);
    s.getState().setGranularity('layer');
    expect(s.getState().granularity).toBe('layer');
    expect(s.getState().step).toBeLessThanOrEqual(23);
  });
});

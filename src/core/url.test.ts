import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { CHAPTERS, DATASETS, decode, DEFAULTS, encode, type UrlState } from './url';
import { GRAPH_MODES } from './graphTimeline';
import { fallbackWeights } from './netState';

const num = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const flat: fc.Arbitrary<Omit<UrlState, 't1' | 't2' | 't3' | 't4' | 'layers' | 'data' | 'points'>> = fc.record({
  chapter: fc.constantFrom(...CHAPTERS),
  lang: fc.constantFrom('en' as const, 'zh' as const),
  x1: num(1000),
  x2: num(1000),
  y: fc.constantFrom(0 as const, 1 as const),
  lambda: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
  alpha: fc.double({ min: 1e-6, max: 10, noNaN: true }),
  seed: fc.option(fc.integer()),
  step: fc.nat(),
  z: num(1000),
  a: num(1e6),
  b: num(1e6),
  mode: fc.constantFrom(...GRAPH_MODES),
  chain: fc.integer({ min: 1, max: 10 }),
  present: fc.boolean(),
  embed: fc.boolean(),
  theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
  granularity: fc.constantFrom('unit' as const, 'layer' as const),
  practice: fc.boolean(),
  dataset: fc.constantFrom(...DATASETS),
  n: fc.integer({ min: 10, max: 500 }),
  noise: fc.double({ min: 0, max: 0.5, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
  batch: fc.option(fc.integer({ min: 1, max: 500 })),
  epoch: fc.integer({ min: 0, max: 100000 }),
});
/** A shape, its θ keys (the right counts; [] beyond the shape) and samples that fit it. */
const network = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 }).chain((layers) => {
  const theta = (k: number) => (k + 1 < layers.length ? fc.array(num(1000), { minLength: layers[k + 1] * (layers[k] + 1), maxLength: layers[k + 1] * (layers[k] + 1) }) : fc.constant([]));
  const K = layers[layers.length - 1];
  const row = fc.tuple(fc.array(num(1000), { minLength: layers[0], maxLength: layers[0] }), fc.array(fc.constantFrom(0, 1), { minLength: K, maxLength: K })).map(([x, y]) => [...x, ...y]);
  return fc.record({
    layers: fc.constant(layers),
    t1: theta(0),
    t2: theta(1),
    t3: theta(2),
    t4: theta(3),
    data: fc.option(fc.array(row, { minLength: 1, maxLength: 8 })),
    points: fc.option(fc.array(row, { minLength: 1, maxLength: 30 })),
  });
});
// With `data` the one-sample keys are not written (SPEC §10), so they keep their defaults.
const state: fc.Arbitrary<UrlState> = fc
  .tuple(flat, network)
  .map(([f, n]) => ({ ...f, ...n, ...(n.data ? { x1: DEFAULTS.x1, x2: DEFAULTS.x2, y: DEFAULTS.y } : {}) }));

describe('URL codec', () => {
  test.prop([state], { numRuns: 300 })('decode(encode(s)) round-trips with nothing ignored', (s) => {
    const d = decode(encode(s));
    expect(d.state).toEqual(s);
    expect(d.ignored).toEqual([]);
    expect(d.repeated).toEqual([]);
  });

  it('takes chain=k for 1 ≤ k ≤ 10 and ignores anything else', () => {
    expect(decode('chain=10').state.chain).toBe(10);
    for (const bad of ['0', '11', '2.5', 'x']) expect(decode(`chain=${bad}`)).toMatchObject({ state: { chain: 1 }, ignored: ['chain'] });
  });

  it('writes only chapter, lang and the keys that differ from their defaults', () => {
    expect(encode(DEFAULTS)).toBe('chapter=sigmoid&lang=en');
    expect(encode({ ...DEFAULTS, t2: [1, -2, 0.5], step: 3 })).toBe('chapter=sigmoid&lang=en&t2=1,-2,0.5&step=3');
  });

  it('takes the browser language when lang is absent', () => {
    expect(decode('', 'zh').state.lang).toBe('zh');
    expect(decode('lang=en', 'zh').state.lang).toBe('en');
  });

  it.each([
    ['x1=abc', 'x1'],
    ['x1=', 'x1'],
    ['x1=NaN', 'x1'],
    ['x1=Infinity', 'x1'],
    ['x1=1e309', 'x1'],
    ['x2=1001', 'x2'],
    ['y=2', 'y'],
    ['y=0.5', 'y'],
    ['t1=1,2,3', 't1'],
    ['t1=1,2,3,4,5,x', 't1'],
    ['t2=1,2,3,4', 't2'],
    ['t2=1,,3', 't2'],
    ['lambda=-1', 'lambda'],
    ['alpha=0', 'alpha'],
    ['alpha=11', 'alpha'],
    ['seed=1.5', 'seed'],
    ['step=-1', 'step'],
    ['step=2.5', 'step'],
    ['z=1000.5', 'z'],
    ['a=2e6', 'a'],
    ['mode=sideways', 'mode'],
    ['chapter=nope', 'chapter'],
    ['lang=fr', 'lang'],
    ['present=yes', 'present'],
    ['theme=%3Cscript%3E', 'theme'],
    ['x1=0x10', 'x1'],
    ['x1=%201%20%3Cb%3E', 'x1'],
  ])('ignores the malformed %s, keeps the default and names the key', (query, key) => {
    const d = decode(query);
    expect(d.ignored).toEqual([key]);
    expect(d.state[key as keyof UrlState]).toEqual(DEFAULTS[key as keyof UrlState]);
    expect(JSON.stringify(d.state)).not.toMatch(/NaN|null,"step":null|Infinity/);
  });

  it('lets the first of a repeated key win, and reports it', () => {
    const d = decode('x1=3&x1=4&chapter=graph&chapter=loss');
    expect(d.state.x1).toBe(3);
    expect(d.state.chapter).toBe('graph');
    expect(d.repeated).toEqual(['chapter', 'x1']);
  });

  it('reads -0 as 0 so nothing shows "-0"', () => {
    expect(Object.is(decode('x1=-0').state.x1, 0)).toBe(true);
  });
});

describe('hostile shapes and data (SPEC §7): each ignored by name, with the fallback', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, k) => `${k / 10},-1,${k % 2}`).join(';');
  const long = 'x'.repeat(10000);
  const longNumbers = Array.from({ length: 5000 }, () => '1').join(',').padEnd(10000, '0');
  it.each([
    ['layers=2,3,1&t1=1,2,3,4,5,6', ['t1']],
    ['layers=2,3,1&t2=1,2,3', ['t2']],
    ['layers=3,4,2&t1=0.1,0.2&t2=1,2,3,4,5,6,7,8,9,10', ['t1']],
    ['layers=2,2,1&t3=1,2,3', ['t3']],
    ['layers=2,0,1', ['layers']],
    ['layers=2,7,1', ['layers']],
    ['layers=2', ['layers']],
    ['layers=2,2,2,2,2,1', ['layers']],
    ['layers=2,1.5,1', ['layers']],
    ['layers=2,-2,1', ['layers']],
    [`data=${rows(9)}`, ['data']],
    ['data=0.5,-1,0.5', ['data']],
    ['data=0.5,-1,1;0.5,1', ['data']],
    ['layers=3,4,2&data=0.5,-1,1,1', ['data']],
    [`data=${long}`, ['data']],
    [`data=${longNumbers}`, ['data']],
    [`layers=${long}`, ['layers']],
    [`t1=${longNumbers}`, ['t1']],
  ] as const)('%s', (query, keys) => {
    const d = decode(`chapter=network&${query}`);
    expect(d.ignored).toEqual(keys);
    const s = d.state;
    if (keys.includes('layers' as never)) expect(s.layers).toEqual([2, 2, 1]);
    if (keys.includes('data' as never)) expect(s.data).toBeNull();
    const fallback = fallbackWeights(s.layers, null);
    (['t1', 't2', 't3', 't4'] as const).forEach((k, l) => {
      if (keys.includes(k as never)) expect(s[k]).toEqual(fallback[l] ?? []);
    });
    // The raw value is never echoed back into the state.
    expect(JSON.stringify(s)).not.toMatch(/xxxx|NaN|Infinity/);
    expect(JSON.stringify(s).length).toBeLessThan(2000);
  });

  it('a valid shape and batch are taken as given', () => {
    const d = decode(`chapter=network&layers=2,3,2,1&data=${rows(8)}`);
    expect(d.ignored).toEqual([]);
    expect(d.state.layers).toEqual([2, 3, 2, 1]);
    expect(d.state.data).toHaveLength(8);
    expect(d.state.t1).toHaveLength(9);
    expect(d.state.t3).toHaveLength(3);
  });
});

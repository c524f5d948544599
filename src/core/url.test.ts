import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { CHAPTERS, decode, DEFAULTS, encode, type UrlState } from './url';
import { GRAPH_MODES } from './graphTimeline';
import type { Theta1, Theta2 } from './network';

const num = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const state: fc.Arbitrary<UrlState> = fc.record({
  chapter: fc.constantFrom(...CHAPTERS),
  lang: fc.constantFrom('en' as const, 'zh' as const),
  x1: num(1000),
  x2: num(1000),
  y: fc.constantFrom(0 as const, 1 as const),
  t1: fc.tuple(num(1000), num(1000), num(1000), num(1000), num(1000), num(1000)) as fc.Arbitrary<Theta1>,
  t2: fc.tuple(num(1000), num(1000), num(1000)) as fc.Arbitrary<Theta2>,
  lambda: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
  alpha: fc.double({ min: 1e-6, max: 10, noNaN: true }),
  seed: fc.option(fc.integer()),
  step: fc.nat(),
  z: num(1000),
  a: num(1e6),
  b: num(1e6),
  mode: fc.constantFrom(...GRAPH_MODES),
  present: fc.boolean(),
  embed: fc.boolean(),
  theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
});

describe('URL codec', () => {
  test.prop([state], { numRuns: 300 })('decode(encode(s)) round-trips with nothing ignored', (s) => {
    const d = decode(encode(s));
    expect(d.state).toEqual(s);
    expect(d.ignored).toEqual([]);
    expect(d.repeated).toEqual([]);
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

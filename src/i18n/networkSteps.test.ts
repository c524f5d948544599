import { describe, expect, it } from 'vitest';
import { buildNetworkTimeline, type Net } from '../core/networkTimeline';
import { fallbackWeights, defaultSample } from '../core/netState';
import { en } from './en';
import { zh } from './zh';

/** The dictionaries as the app has them once loaded, with {slots} filled. */
const fill = (text: string, vars: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

const net = (layers: number[], m: number, granularity: Net['granularity']): Net => ({
  layers,
  theta: fallbackWeights(layers, 5),
  samples: Array.from({ length: m }, () => defaultSample(layers)),
  lambda: 0.1,
  alpha: 0.5,
  granularity,
});

describe('every network step has its sentence, in both languages, placeholders filled', () => {
  it.each([
    [[2, 2, 1], 1, 'unit'], [[2, 2, 1], 3, 'unit'], [[2, 3, 2, 1], 1, 'unit'], [[3, 4, 2], 4, 'unit'], [[2, 1], 2, 'unit'],
    [[2, 2, 1], 1, 'layer'], [[2, 3, 2, 1], 2, 'layer'], [[3, 4, 2], 1, 'layer'],
  ] as const)('%j, m = %i, %s', (layers, m, granularity) => {
    for (const step of buildNetworkTimeline(net([...layers], m, granularity)).steps) {
      for (const dict of [en, zh] as Record<string, string>[]) {
        expect(dict[step.explain], step.explain).toBeDefined();
        expect(fill(dict[step.explain], step.explainArgs), step.explain).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

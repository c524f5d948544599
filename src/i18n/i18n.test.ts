import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { browserLang, registerStrings, translate } from './index';
import { buildNetworkTimeline } from '../core/networkTimeline';
import { buildGraphTimeline, GRAPH_MODES } from '../core/graphTimeline';
import { buildCurveTimeline } from '../core/curveTimeline';
import { DEFAULTS } from '../core/url';

describe('dictionaries', () => {
  it('have the same keys and no empty values', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const dict of [en, zh]) for (const v of Object.values(dict)) expect(v.trim()).not.toBe('');
  });

  it('use the same {slots} in both languages', () => {
    const slots = (s: string) => (s.match(/\{\w+\^?\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(slots(zh[key]), key).toEqual(slots(en[key]));
  });

  it('explain every step of every timeline', () => {
    const keys = [
      ...buildNetworkTimeline(DEFAULTS).steps,
      ...GRAPH_MODES.flatMap((m) => buildGraphTimeline(2, 1, m).steps),
      ...(['sigmoid', 'loss', 'derivative'] as const).flatMap((c) => buildCurveTimeline(c, 0).steps),
    ].map((s) => s.explain);
    for (const k of keys) expect(Object.keys(en), k).toContain(k);
  });

  it('write Chinese with Chinese punctuation: no ASCII , . ; : or prose brackets against a Chinese character', () => {
    // A formula or a number may use ASCII ("(0, 1)", "1/(1 + e⁻ᶻ)"); next to a Han character it is prose.
    const han = '\\p{Script=Han}';
    // Prose brackets touch the text they enclose; a formula's brackets stand apart by a space.
    const ascii = new RegExp(`${han}\\s*[,.;:!?]|[,.;:!?]\\s*${han}|${han}[()]|[()]${han}`, 'u');
    const flagged = Object.entries(zh).filter(([, v]) => ascii.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(flagged).toEqual([]);
  });

  it('pick the language from the browser and fill slots', () => {
    expect(browserLang(['zh-CN', 'en'])).toBe('zh');
    expect(browserLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(browserLang([])).toBe('en');
    expect(translate('zh', 'controls.counter', { k: 3, n: 23 })).toBe('第 3 步，共 23 步');
  });
});

describe('translate', () => {
  it('writes {name^} as a superscript, as the source writes layer indices', () => {
    registerStrings({ en, zh });
    expect(translate('en', 'step.layer.D', { l: 2 })).toContain('θ² at once: Δ²/m');
    expect(translate('zh', 'step.zUnit', { l: 3, j: 1, below: 2 })).toContain('θ² 第 1 行');
  });
});

import type { DictKey } from './en';
import { common as commonEn } from './en/common';
import { common as commonZh } from './zh/common';
import type { Lang } from '../core/url';

export type { DictKey };
type Strings = Record<string, string>;

/**
 * The strings in force: the page frame's from the start, each chapter area's added when its code
 * loads (see load.ts), so the first paint does not carry every chapter's text.
 */
const DICTS: Record<Lang, Strings> = { en: { ...commonEn }, zh: { ...commonZh } };

export function registerStrings(area: Record<Lang, Strings>): void {
  Object.assign(DICTS.en, area.en);
  Object.assign(DICTS.zh, area.zh);
}

/** The browser's preferred language, if it is one we speak; English otherwise. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  for (const l of languages) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' };
const superscript = (text: string) => [...text].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** Looks up a key and fills {name} slots from vars. An unknown key is a bug: it shows as the key. */
export function translate(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const text: string = DICTS[lang][key] ?? key;
  // {l^} writes the value as a superscript, as the source writes a layer index: θ{l^} → θ¹.
  return text.replace(/\{(\w+)(\^?)\}/g, (m, name: string, up: string) => (name in vars ? (up ? superscript(String(vars[name])) : String(vars[name])) : m));
}

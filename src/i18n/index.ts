import { en, type DictKey } from './en';
import { zh } from './zh';
import type { Lang } from '../core/url';

export type { DictKey };
export const DICTS = { en, zh } as const;

/** The browser's preferred language, if it is one we speak; English otherwise. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  for (const l of languages) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

/** Looks up a key and fills {name} slots from vars. An unknown key is a bug: it shows as the key. */
export function translate(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const text: string = (DICTS[lang] as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

import { en, zhCN, type MessageKey, type Messages } from './messages';

import type { Locale } from '../contracts/locale';

export type { Locale };
export type LocalePreference = Locale | 'auto';
export type { MessageKey };

const CATALOGS: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Chinese first: any zh* language maps to zh-CN, any other language to English. */
export function resolveLocale(preference: LocalePreference, browserLanguages: readonly string[]): Locale {
  if (preference !== 'auto') return preference;
  const first = browserLanguages[0]?.toLowerCase() ?? 'zh-cn';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `{name, plural, one {# item} other {# items}}`: the branch Intl.PluralRules picks, `#` the number. */
const PLURAL = /\{(\w+), plural,((?:\s*[a-z]+ \{[^{}]*\})+)\s*\}/g;
const PLURAL_BRANCH = /([a-z]+) \{([^{}]*)\}/g;

export function translator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) =>
    catalog[key]
      .replace(PLURAL, (whole, name: string, branches: string) => {
        const value = params?.[name];
        if (typeof value !== 'number') return whole;
        const options = new Map([...branches.matchAll(PLURAL_BRANCH)].map((match) => [match[1], match[2] ?? '']));
        const text = options.get(rules.select(value)) ?? options.get('other') ?? whole;
        return text.replace(/#/g, numbers.format(value));
      })
      .replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

/** A date and time as the chosen language writes them (2026/12/2 14:05 or Dec 2, 2026, 2:05 PM). */
export function formatDateTime(locale: Locale, time: number | Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

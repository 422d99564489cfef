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

export function translator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

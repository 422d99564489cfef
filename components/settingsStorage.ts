import type { LocalePreference } from '@/lib/i18n';

/** Small user settings kept in extension storage (shared by every context). */
export const localePreference = storage.defineItem<LocalePreference>('local:localePreference', { fallback: 'auto' });

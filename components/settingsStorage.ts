import type { LocalePreference } from '@/lib/i18n';

/** Small user settings kept in extension storage (shared by every context). */
export const localePreference = storage.defineItem<LocalePreference>('local:localePreference', { fallback: 'auto' });

/** Origins the user enabled the generic adapter on, from the popup (e.g. 'https://shop.example.com'). */
export const enabledOrigins = storage.defineItem<string[]>('local:enabledOrigins', { fallback: [] });

/** Terms the user chose to always allow ("always allow this term"). */
export const allowedTerms = storage.defineItem<string[]>('local:allowedTerms', { fallback: [] });

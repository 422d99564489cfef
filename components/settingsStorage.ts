import type { LocalePreference } from '@/lib/i18n';

/** Small user settings kept in extension storage (shared by every context). */
export const localePreference = storage.defineItem<LocalePreference>('local:localePreference', { fallback: 'auto' });

/** Origins the user enabled the generic adapter on, from the popup (e.g. 'https://shop.example.com'). */
export const enabledOrigins = storage.defineItem<string[]>('local:enabledOrigins', { fallback: [] });

/**
 * The model provider (base URL, model, API key). Written by the dashboard, read only by the
 * background service worker, which is the only context that calls the model.
 */
export const providerConfig = storage.defineItem<unknown>('local:providerConfig', { fallback: null });

/** Bumped whenever user data in IndexedDB changes, so open pages re-read what they derived from it. */
export const dataVersion = storage.defineItem<number>('local:dataVersion', { fallback: 0 });

/** Shipped or subscribed lexicon terms the user disabled in the dashboard (ids from lib/audit/disabledTerms `termId`). */
export const disabledTermIds = storage.defineItem<string[]>('local:disabledTermIds', { fallback: [] });

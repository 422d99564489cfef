import type { LocalePreference } from '@/lib/i18n';

/** Small user settings kept in extension storage (shared by every context). */
export const localePreference = storage.defineItem<LocalePreference>('local:localePreference', { fallback: 'auto' });

/** Origins the user enabled the generic adapter on, from the popup (e.g. 'https://shop.example.com'). */
export const enabledOrigins = storage.defineItem<string[]>('local:enabledOrigins', { fallback: [] });

/**
 * Where versions before the security hardening kept the model provider and its API key. Content
 * scripts can read storage.local, so the key now lives in the secrets database
 * (components/secretStorage.ts); this item is only read to move an old key there and delete it.
 */
export const legacyProviderConfig = storage.defineItem<unknown>('local:providerConfig', { fallback: null });

/** Bumped whenever user data in IndexedDB changes, so open pages re-read what they derived from it. */
export const dataVersion = storage.defineItem<number>('local:dataVersion', { fallback: 0 });

/** Shipped or subscribed lexicon terms the user disabled in the dashboard (ids from lib/audit/disabledTerms `termId`). */
export const disabledTermIds = storage.defineItem<string[]>('local:disabledTermIds', { fallback: [] });

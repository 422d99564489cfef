/** ListingLint's storage layer (IndexedDB via Dexie), used by the background service worker. */
export * from './database';
export * from './errors';
export * from './hash';
export * from './rows';
export { SCHEMA_VERSION, UNMIGRATED_SETTING_KEY } from './schema';
export * from './auditCache';
export * from './drafts';
export * from './customTerms';
export * from './allowlist';
export * from './keywordLists';
export * from './reviews';
export * from './lexicons';
export * from './settings';
export * from './eviction';
export * from './quota';
export * from './backup';
export * from './subscriptions';

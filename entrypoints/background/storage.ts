import { dataVersion, disabledTermIds } from '@/components/settingsStorage';
import { auditField } from '@/lib/audit/auditField';
import {
  addAllowlistPhrase,
  listSubscriptions,
  refreshSubscription,
  evictCaches,
  getAudit,
  getDraft,
  hashText,
  listAllowlist,
  listCustomTerms,
  listKeywordLists,
  openListingLintDB,
  putAudit,
  putDraft,
  withQuotaRecovery,
  type ListingLintDB,
} from '@/lib/db';
import type { CachedDraft, DraftCache } from '@/lib/draft';
import type { FieldRole, Lexicon } from '@/lib/lexicon/schema';
import type { Finding, Platform } from '@/lib/types';

/** The background owns the database; opened once, lazily, and trimmed to the cache policy on open. */
let dbPromise: Promise<ListingLintDB> | undefined;
export function database(): Promise<ListingLintDB> {
  dbPromise ??= openListingLintDB().then(
    (db) => {
      void evictCaches(db).catch(() => undefined);
      return db;
    },
    (error: unknown) => {
      dbPromise = undefined;
      throw error;
    },
  );
  return dbPromise;
}

/** Cache writes since the last eviction; every so many, caches are trimmed by size and age (LRU). */
let cacheWrites = 0;
const EVICT_EVERY = 200;
function noteCacheWrite(db: ListingLintDB): void {
  cacheWrites += 1;
  if (cacheWrites % EVICT_EVERY === 0) void evictCaches(db).catch(() => undefined);
}

/** Lets every open tab know user data changed, so overlays re-read their audit context. */
export async function bumpDataVersion(): Promise<void> {
  await dataVersion.setValue((await dataVersion.getValue()) + 1);
}

/** What a content script needs to audit like the user configured: allowlist, own terms, keywords, subscribed lexicons. */
export async function auditContext(platform: Platform) {
  const db = await database();
  const [allow, terms, lists, subscriptions, disabledTerms] = await Promise.all([listAllowlist(db), listCustomTerms(db), listKeywordLists(db), db.lexicons.where('kind').equals('subscribed').toArray(), disabledTermIds.getValue()]);
  const forPlatform = <T extends { platform?: Platform }>(row: T) => row.platform === undefined || row.platform === platform;
  const list = lists.filter((row) => row.platform === platform).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return {
    allow: allow.filter(forPlatform).map((row) => row.phrase),
    customTerms: terms.filter(forPlatform).map(({ id: _id, createdAt: _createdAt, platform: _platform, ...term }) => term),
    keywords: (list?.rows ?? []).map((row) => ({ keyword: row.keyword, volume: row.volume ?? 1 })),
    lexicons: subscriptions.flatMap((row) => (row.lexicon ? [row.lexicon as Lexicon] : [])),
    disabledTerms,
  };
}

export async function allowTerm(phrase: string, platform?: Platform): Promise<void> {
  const db = await database();
  await withQuotaRecovery(db, () => addAllowlistPhrase(db, { phrase, ...(platform ? { platform } : {}) }));
  await bumpDataVersion();
}

const AUDIT_ENGINE_VERSION = 'audit-1';

/** An audit answered from IndexedDB when the same text was audited before (page reloads, batch re-runs). */
export async function auditCached(text: string, role: FieldRole, platform: Platform): Promise<{ cached: boolean; findings: Finding[] }> {
  const db = await database();
  const disabledTerms = await disabledTermIds.getValue();
  const disabledKey = disabledTerms.length ? `:off-${hashText([...disabledTerms].sort().join('\n'))}` : '';
  const key = `${AUDIT_ENGINE_VERSION}:${platform}:${role}${disabledKey}:${hashText(text)}`;
  const hit = await getAudit(db, key);
  if (hit) return { cached: true, findings: hit.findings };
  const { findings } = auditField(text, { role, platform, disabledTerms });
  await withQuotaRecovery(db, () => putAudit(db, key, { findings, report: null })).catch(() => undefined);
  noteCacheWrite(db);
  return { cached: false, findings };
}

/** Drafts cached in IndexedDB: identical requests are answered without a network call. */
export const dexieDraftCache: DraftCache = {
  async get(key) {
    const record = await getDraft(await database(), key);
    if (!record) return undefined;
    // Shape-checked by the drafter (cachedDraftSchema) before use.
    return { variants: record.variants, revisions: record.request.revisions, source: record.provider, model: record.model === OFFLINE_MODEL ? null : record.model, createdAt: record.createdAt };
  },
  async put(key, value: CachedDraft) {
    const db = await database();
    const variants = JSON.parse(JSON.stringify(value.variants)) as Record<string, never>[];
    await withQuotaRecovery(db, () => putDraft(db, key, { request: { revisions: value.revisions }, variants, provider: value.source, model: value.model ?? OFFLINE_MODEL }));
    noteCacheWrite(db);
  },
};

const OFFLINE_MODEL = 'offline-templates';

/** Team lexicon subscriptions refresh on a schedule; a failed refresh keeps the last good version. */
export async function refreshAllSubscriptions(): Promise<void> {
  const db = await database();
  for (const subscription of await listSubscriptions(db)) {
    await refreshSubscription(db, subscription.url, { fetch: (input, init) => fetch(input, init) }).catch(() => undefined);
  }
  await bumpDataVersion();
}

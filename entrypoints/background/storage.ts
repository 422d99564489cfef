import { dataVersion, disabledTermIds } from '@/components/settingsStorage';
import { subscriptionNetwork } from '@/components/subscriptionNetwork';
import { auditField } from '@/lib/audit/auditField';
import { loadAuditContext } from '@/lib/audit/auditContext';
import {
  addAllowlistPhrase,
  listSubscriptions,
  refreshSubscription,
  quarantineUnsafeSubscriptions,
  evictCaches,
  getAudit,
  getDraft,
  hashText,
  openListingLintDB,
  putAudit,
  putDraft,
  withQuotaRecovery,
  type ListingLintDB,
} from '@/lib/db';
import type { CachedDraft, DraftCache } from '@/lib/draft';
import type { FieldRole } from '@/lib/lexicon/schema';
import type { Finding, Platform } from '@/lib/types';

/** The background owns the database; opened once, lazily, and trimmed to the cache policy on open. */
let dbPromise: Promise<ListingLintDB> | undefined;
export function database(): Promise<ListingLintDB> {
  dbPromise ??= openListingLintDB().then(
    (db) => {
      void evictCaches(db).catch(() => undefined);
      void quarantineUnsafeSubscriptions(db)
        .then((cleared) => (cleared.length > 0 ? bumpDataVersion() : undefined))
        .catch(() => undefined);
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

/** What a content script needs to audit like the user configured (the batch worker reads the same context). */
export async function auditContext(platform: Platform) {
  const [context, disabledTerms] = await Promise.all([loadAuditContext(await database(), platform), disabledTermIds.getValue()]);
  return { ...context, disabledTerms };
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
    return {
      variants: record.variants,
      revisions: record.request.revisions,
      source: record.provider,
      model: record.model === OFFLINE_MODEL ? null : record.model,
      createdAt: record.createdAt,
    };
  },
  async put(key, value: CachedDraft) {
    const db = await database();
    const variants = JSON.parse(JSON.stringify(value.variants)) as Record<string, never>[];
    await withQuotaRecovery(db, () =>
      putDraft(db, key, { request: { revisions: value.revisions }, variants, provider: value.source, model: value.model ?? OFFLINE_MODEL }),
    );
    noteCacheWrite(db);
  },
};

const OFFLINE_MODEL = 'offline-templates';

/** Team lexicon subscriptions refresh on a schedule; a failed refresh keeps the last good version. */
export async function refreshAllSubscriptions(): Promise<void> {
  const db = await database();
  for (const subscription of await listSubscriptions(db)) {
    await refreshSubscription(db, subscription.url, subscriptionNetwork).catch(() => undefined);
  }
  await bumpDataVersion();
}

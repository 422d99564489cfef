import type { ListingLintDB } from './database';

/**
 * Cache policy. Only caches are ever evicted: auditCache and UNSAVED drafts,
 * least recently used first. customTerms, allowlist, keywordLists, saved
 * drafts, reviews, lexicons and settings are never touched here.
 */

export interface CachePolicy {
  /** Total bytes the caches may hold (audits + unsaved drafts together). */
  maxBytes: number;
  /** Entries unused for longer than this are dropped whatever the size. */
  maxAgeMs: number;
  /** When over maxBytes, evict down to maxBytes × this, so eviction does not run on every write. */
  targetRatio: number;
}

export const DEFAULT_CACHE_POLICY: CachePolicy = {
  maxBytes: 32 * 1024 * 1024,
  maxAgeMs: 30 * 24 * 60 * 60 * 1000,
  targetRatio: 0.8,
};

export interface EvictionReport {
  auditsRemoved: number;
  draftsRemoved: number;
  bytesFreed: number;
  /** Cache bytes left after eviction. */
  bytesKept: number;
}

interface CacheEntryMeta {
  table: 'audit' | 'draft';
  key: string;
  lastUsedAt: number;
  sizeBytes: number;
}

export async function evictCaches(db: ListingLintDB, policy: Partial<CachePolicy> = {}, now = Date.now()): Promise<EvictionReport> {
  const { maxBytes, maxAgeMs, targetRatio } = { ...DEFAULT_CACHE_POLICY, ...policy };
  const cutoff = now - maxAgeMs;
  return evict(db, (entries) => {
    const doomed = new Set<CacheEntryMeta>(entries.filter((e) => e.lastUsedAt < cutoff));
    let kept = entries.reduce((sum, e) => (doomed.has(e) ? sum : sum + e.sizeBytes), 0);
    if (kept > maxBytes) {
      const target = maxBytes * targetRatio;
      const byAge = entries.filter((e) => !doomed.has(e)).sort((a, b) => a.lastUsedAt - b.lastUsedAt);
      for (const entry of byAge) {
        if (kept <= target) break;
        doomed.add(entry);
        kept -= entry.sizeBytes;
      }
    }
    return doomed;
  });
}

/** Empties the caches (all audits, all unsaved drafts); the last resort of quota recovery. */
export async function clearCaches(db: ListingLintDB): Promise<EvictionReport> {
  return evict(db, (entries) => new Set(entries));
}

async function evict(db: ListingLintDB, choose: (entries: CacheEntryMeta[]) => Set<CacheEntryMeta>): Promise<EvictionReport> {
  return db.transaction('rw', db.auditCache, db.drafts, async () => {
    const entries: CacheEntryMeta[] = [];
    // One getAll, not a cursor walk: cursors step per row (and fake-indexeddb's are
    // quadratic over equal index keys); 10k audits are ~8 MiB, read in one go.
    for (const a of await db.auditCache.toArray()) {
      entries.push({ table: 'audit', key: a.key, lastUsedAt: a.lastUsedAt, sizeBytes: a.sizeBytes });
    }
    await db.drafts.filter((d) => !d.saved).each((d) => entries.push({ table: 'draft', key: d.key, lastUsedAt: d.lastUsedAt, sizeBytes: d.sizeBytes }));

    const doomed = choose(entries);
    const report: EvictionReport = { auditsRemoved: 0, draftsRemoved: 0, bytesFreed: 0, bytesKept: 0 };
    const auditKeys: string[] = [];
    const draftKeys: string[] = [];
    for (const entry of entries) {
      if (!doomed.has(entry)) {
        report.bytesKept += entry.sizeBytes;
        continue;
      }
      report.bytesFreed += entry.sizeBytes;
      if (entry.table === 'audit') auditKeys.push(entry.key);
      else draftKeys.push(entry.key);
    }
    await db.auditCache.bulkDelete(auditKeys);
    // Re-check the flag at delete time: a draft saved meanwhile is user data.
    await db.drafts
      .where('key')
      .anyOf(draftKeys)
      .filter((d) => !d.saved)
      .delete();
    report.auditsRemoved = auditKeys.length;
    report.draftsRemoved = draftKeys.length;
    return report;
  });
}

import { z } from 'zod';
import type { Finding } from '../types';
import type { ListingLintDB } from './database';
import { parseOrThrow } from './errors';
import { findingSchema, jsonValueSchema, type AuditEntry, type JsonValue } from './rows';
import { jsonSize } from './size';

/**
 * Cached audit results, keyed by `auditCacheKey(text, ruleset, lexicon)`.
 * A cache: evicted by eviction.ts, cleared by quota recovery.
 */

export const auditPayloadSchema = z.object({
  findings: z.array(findingSchema),
  report: jsonValueSchema.default(null),
});
export type AuditPayloadInput = z.input<typeof auditPayloadSchema>;
export interface AuditPayload {
  findings: Finding[];
  report: JsonValue;
}

/** lastUsedAt is bumped at most this often, so a cache hit is usually a pure read. */
export const LAST_USED_GRANULARITY_MS = 60_000;

const keySchema = z.string().min(1).max(200);

export async function putAudit(db: ListingLintDB, key: string, payload: AuditPayloadInput, now = Date.now()): Promise<AuditEntry> {
  const validKey = parseOrThrow(keySchema, key, 'audit cache key');
  const { findings, report } = parseOrThrow(auditPayloadSchema, payload, 'audit payload');
  const entry: AuditEntry = { key: validKey, findings, report, sizeBytes: 0, createdAt: now, lastUsedAt: now };
  entry.sizeBytes = jsonSize(entry);
  await db.auditCache.put(entry);
  return entry;
}

/** The cached payload, or undefined on a miss. A hit refreshes lastUsedAt (LRU). */
export async function getAudit(db: ListingLintDB, key: string, now = Date.now()): Promise<AuditPayload | undefined> {
  const entry = await db.auditCache.get(key);
  if (!entry) return undefined;
  if (now - entry.lastUsedAt >= LAST_USED_GRANULARITY_MS) {
    await db.auditCache.update(key, { lastUsedAt: now });
  }
  return { findings: entry.findings, report: entry.report };
}

export async function deleteAudit(db: ListingLintDB, key: string): Promise<void> {
  await db.auditCache.delete(key);
}

/** Entry count and total bytes (reads every entry: for the dashboard, not the hot path). */
export async function auditCacheStats(db: ListingLintDB): Promise<{ count: number; bytes: number }> {
  const entries = await db.auditCache.toArray();
  return { count: entries.length, bytes: entries.reduce((sum, e) => sum + e.sizeBytes, 0) };
}

/** Many lookups in one transaction (batch audits); hits older than the granularity get lastUsedAt bumped in one write. */
export async function getAudits(db: ListingLintDB, keys: readonly string[], now = Date.now()): Promise<Map<string, AuditPayload>> {
  const entries = await db.auditCache.bulkGet([...keys]);
  const hits = new Map<string, AuditPayload>();
  const stale: AuditEntry[] = [];
  for (const entry of entries) {
    if (!entry) continue;
    hits.set(entry.key, { findings: entry.findings, report: entry.report });
    if (now - entry.lastUsedAt >= LAST_USED_GRANULARITY_MS) stale.push({ ...entry, lastUsedAt: now });
  }
  if (stale.length > 0) await db.auditCache.bulkPut(stale);
  return hits;
}

/** Many writes in one transaction, each payload validated like putAudit. */
export async function putAudits(db: ListingLintDB, items: readonly { key: string; payload: AuditPayloadInput }[], now = Date.now()): Promise<void> {
  const entries = items.map(({ key, payload }) => {
    const { findings, report } = parseOrThrow(auditPayloadSchema, payload, 'audit payload');
    const entry: AuditEntry = { key: parseOrThrow(keySchema, key, 'audit cache key'), findings, report, sizeBytes: 0, createdAt: now, lastUsedAt: now };
    entry.sizeBytes = jsonSize(entry);
    return entry;
  });
  await db.auditCache.bulkPut(entries);
}

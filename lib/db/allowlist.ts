import { z } from 'zod';
import type { ListingLintDB } from './database';
import { parseOrThrow } from './errors';
import { platformSchema, type AllowlistRecord } from './rows';
import type { Platform } from '../types';

/** Phrases the seller allows (registered trademarks, own product names). User data. */

export const allowlistInputSchema = z
  .object({
    phrase: z.string().trim().min(1).max(200),
    platform: platformSchema.optional(),
    note: z.string().max(1000).optional(),
  })
  .strict();
export type AllowlistInput = z.input<typeof allowlistInputSchema>;

/** Adds a phrase; the same phrase on the same platform is updated in place (its note), not duplicated. */
export async function addAllowlistPhrase(db: ListingLintDB, input: AllowlistInput, now = Date.now()): Promise<AllowlistRecord> {
  const valid = parseOrThrow(allowlistInputSchema, input, 'allowlist phrase');
  return db.transaction('rw', db.allowlist, async () => {
    const existing = await db.allowlist
      .where('phrase')
      .equals(valid.phrase)
      .filter((row) => row.platform === valid.platform)
      .first();
    const record = { phrase: valid.phrase, createdAt: existing?.createdAt ?? now } as Omit<AllowlistRecord, 'id'>;
    if (valid.platform !== undefined) record.platform = valid.platform;
    const note = valid.note ?? existing?.note;
    if (note !== undefined) record.note = note;
    if (existing) {
      await db.allowlist.put({ ...record, id: existing.id });
      return { ...record, id: existing.id };
    }
    const id = await db.allowlist.add(record);
    return { ...record, id };
  });
}

/** Phrases allowed on `platform` (platform-less ones count everywhere); all without a filter. */
export async function listAllowlist(db: ListingLintDB, filter: { platform?: Platform } = {}): Promise<AllowlistRecord[]> {
  const all = await db.allowlist.orderBy('id').toArray();
  const { platform } = filter;
  return platform === undefined ? all : all.filter((row) => row.platform === undefined || row.platform === platform);
}

export async function removeAllowlistPhrase(db: ListingLintDB, id: number): Promise<void> {
  await db.allowlist.delete(id);
}

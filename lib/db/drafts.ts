import { z } from 'zod';
import type { ListingLintDB } from './database';
import { parseOrThrow } from './errors';
import { jsonObjectSchema, type DraftRecord } from './rows';
import { jsonSize } from './size';
import { LAST_USED_GRANULARITY_MS } from './auditCache';

/**
 * Drafted copy, keyed by the draft cache key (hash of the request). Unsaved
 * drafts are a cache; saving one makes it user data that is never evicted.
 */

export const draftInputSchema = z.object({
  request: jsonObjectSchema,
  variants: z.array(jsonObjectSchema),
  provider: z.string().min(1).max(200),
  model: z.string().min(1).max(200),
  saved: z.boolean().default(false),
});
export type DraftInput = z.input<typeof draftInputSchema>;

const keySchema = z.string().min(1).max(200);

/** Stores a draft. Re-storing a key keeps its createdAt, and a saved draft stays saved. */
export async function putDraft(db: ListingLintDB, key: string, input: DraftInput, now = Date.now()): Promise<DraftRecord> {
  const validKey = parseOrThrow(keySchema, key, 'draft key');
  const valid = parseOrThrow(draftInputSchema, input, 'draft');
  return db.transaction('rw', db.drafts, async () => {
    const existing = await db.drafts.get(validKey);
    const record: DraftRecord = {
      key: validKey,
      ...valid,
      saved: valid.saved || existing?.saved === true,
      sizeBytes: 0,
      createdAt: existing?.createdAt ?? now,
      lastUsedAt: now,
    };
    record.sizeBytes = jsonSize(record);
    await db.drafts.put(record);
    return record;
  });
}

export async function getDraft(db: ListingLintDB, key: string, now = Date.now()): Promise<DraftRecord | undefined> {
  const draft = await db.drafts.get(key);
  if (draft && now - draft.lastUsedAt >= LAST_USED_GRANULARITY_MS) {
    await db.drafts.update(key, { lastUsedAt: now });
    return { ...draft, lastUsedAt: now };
  }
  return draft;
}

/** Marks a draft saved (user data) or unsaved (cache). False when there is no such draft. */
export async function setDraftSaved(db: ListingLintDB, key: string, saved: boolean): Promise<boolean> {
  return (await db.drafts.update(key, { saved })) === 1;
}

/** Saved drafts, newest first. */
export async function listSavedDrafts(db: ListingLintDB): Promise<DraftRecord[]> {
  return db.drafts
    .orderBy('createdAt')
    .reverse()
    .filter((d) => d.saved)
    .toArray();
}

export async function deleteDraft(db: ListingLintDB, key: string): Promise<void> {
  await db.drafts.delete(key);
}

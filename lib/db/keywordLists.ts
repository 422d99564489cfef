import { z } from 'zod';
import type { ListingLintDB } from './database';
import { parseOrThrow, StorageValidationError } from './errors';
import { keywordRowSchema, platformSchema, type KeywordListRecord } from './rows';
import type { Platform } from '../types';

/** Keyword lists (keyword + search volume) per platform and optionally per product. User data. */

export const keywordListInputSchema = z
  .object({
    /** Present to overwrite an existing list; absent to create one. */
    id: z.number().int().positive().optional(),
    name: z.string().trim().min(1).max(200),
    platform: platformSchema,
    productId: z.string().trim().min(1).max(200).optional(),
    rows: z.array(keywordRowSchema).max(100_000),
  })
  .strict();
export type KeywordListInput = z.input<typeof keywordListInputSchema>;

export async function saveKeywordList(db: ListingLintDB, input: KeywordListInput, now = Date.now()): Promise<KeywordListRecord> {
  const { id, ...valid } = parseOrThrow(keywordListInputSchema, input, 'keyword list');
  return db.transaction('rw', db.keywordLists, async () => {
    const existing = id === undefined ? undefined : await db.keywordLists.get(id);
    if (id !== undefined && !existing) throw new StorageValidationError('keyword list', 'id', `no keyword list with id ${id}`);
    const record: Omit<KeywordListRecord, 'id'> = { ...valid, createdAt: existing?.createdAt ?? now, updatedAt: now };
    if (record.productId === undefined) delete record.productId;
    if (existing) {
      await db.keywordLists.put({ ...record, id: existing.id });
      return { ...record, id: existing.id };
    }
    const newId = await db.keywordLists.add(record);
    return { ...record, id: newId };
  });
}

export async function getKeywordList(db: ListingLintDB, id: number): Promise<KeywordListRecord | undefined> {
  return db.keywordLists.get(id);
}

/** Lists matching every given filter, by name. */
export async function listKeywordLists(db: ListingLintDB, filter: { platform?: Platform; productId?: string } = {}): Promise<KeywordListRecord[]> {
  const lists = filter.platform === undefined ? await db.keywordLists.toArray() : await db.keywordLists.where('platform').equals(filter.platform).toArray();
  return lists
    .filter((list) => filter.productId === undefined || list.productId === filter.productId)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id);
}

export async function deleteKeywordList(db: ListingLintDB, id: number): Promise<void> {
  await db.keywordLists.delete(id);
}

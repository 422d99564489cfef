import { z } from 'zod';
import type { ListingLintDB } from './database';
import { parseOrThrow } from './errors';
import { jsonValueSchema, type SettingRecord } from './rows';

/** Key/value settings too big or too structured for chrome.storage. User data. */

const keySchema = z.string().min(1).max(200);

export async function setSetting(db: ListingLintDB, key: string, value: unknown, now = Date.now()): Promise<SettingRecord> {
  const record: SettingRecord = {
    key: parseOrThrow(keySchema, key, 'setting key'),
    value: parseOrThrow(jsonValueSchema, value, `setting "${key}"`),
    updatedAt: now,
  };
  await db.settings.put(record);
  return record;
}

/** The value parsed with the caller's schema; undefined when unset; StorageValidationError when it does not fit. */
export async function getSetting<S extends z.ZodType>(db: ListingLintDB, key: string, schema: S): Promise<z.output<S> | undefined> {
  const record = await db.settings.get(key);
  if (!record) return undefined;
  return parseOrThrow(schema, record.value, `setting "${key}"`);
}

export async function deleteSetting(db: ListingLintDB, key: string): Promise<void> {
  await db.settings.delete(key);
}

export async function listSettings(db: ListingLintDB): Promise<SettingRecord[]> {
  return db.settings.orderBy('key').toArray();
}

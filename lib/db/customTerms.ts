import { z } from 'zod';
import { TERM_CATEGORIES, termSchema } from '../lexicon/schema';
import type { ListingLintDB } from './database';
import { parseOrThrow, StorageValidationError } from './errors';
import { customTermRecordSchema, platformSchema, type CustomTermRecord } from './rows';
import { CUSTOM_TERM_DEFAULTS, detectLang } from './schema';
import type { Platform } from '../types';
import { unsafeTermPattern } from '../security/patternSafety';

/** Imported and typed terms are untrusted: their exception patterns must be safe regexes. */
function assertSafePatterns(term: { text: string; exceptionPatterns: readonly string[] }): void {
  const unsafe = unsafeTermPattern([term]);
  if (unsafe) throw new StorageValidationError('custom term', `exceptionPatterns[${unsafe.pattern}]`, unsafe.reason);
}

/** The seller's own terms; they merge over the shipped lexicons. User data. */

export const customTermInputSchema = z.strictObject({
  ...termSchema.shape,
  category: z.enum(TERM_CATEGORIES).default(CUSTOM_TERM_DEFAULTS.category),
  severity: z.enum(['error', 'warning', 'info']).default(CUSTOM_TERM_DEFAULTS.severity),
  basis: z.string().trim().min(1).max(200).default(CUSTOM_TERM_DEFAULTS.basis),
  /** Detected from the text when absent. */
  lang: z.enum(['zh', 'en']).optional(),
  platform: platformSchema.optional(),
});
export type CustomTermInput = z.input<typeof customTermInputSchema>;

/** Optional fields stay absent rather than stored as `undefined` (backups are JSON). */
function dropUndefined<T extends { platform?: unknown; message?: unknown }>(row: T): T {
  if (row.platform === undefined) delete row.platform;
  if (row.message === undefined) delete row.message;
  return row;
}

/** Adds a term; a term with the same text and platform is replaced (keeping its id and createdAt). */
export async function addCustomTerm(db: ListingLintDB, input: CustomTermInput, now = Date.now()): Promise<CustomTermRecord> {
  const valid = parseOrThrow(customTermInputSchema, input, 'custom term');
  assertSafePatterns(valid);
  return db.transaction('rw', db.customTerms, async () => {
    const existing = await db.customTerms
      .where('text')
      .equals(valid.text)
      .filter((t) => t.platform === valid.platform)
      .first();
    const candidate = dropUndefined({
      ...valid,
      lang: valid.lang ?? detectLang(valid.text),
      createdAt: existing?.createdAt ?? now,
    });
    if (existing) {
      const record = parseOrThrow(customTermRecordSchema, { ...candidate, id: existing.id }, 'custom term');
      await db.customTerms.put(record);
      return record;
    }
    const id = await db.customTerms.add(candidate);
    return { ...candidate, id };
  });
}

/** Terms that apply on `platform` (platform-less terms apply everywhere); all terms without a filter. */
export async function listCustomTerms(db: ListingLintDB, filter: { platform?: Platform } = {}): Promise<CustomTermRecord[]> {
  const all = await db.customTerms.orderBy('id').toArray();
  const { platform } = filter;
  return platform === undefined ? all : all.filter((t) => t.platform === undefined || t.platform === platform);
}

export async function updateCustomTerm(db: ListingLintDB, id: number, patch: Partial<CustomTermInput>): Promise<CustomTermRecord> {
  return db.transaction('rw', db.customTerms, async () => {
    const existing = await db.customTerms.get(id);
    if (!existing) throw new StorageValidationError('custom term', 'id', `no custom term with id ${id}`);
    const merged = { ...existing, ...patch, id, createdAt: existing.createdAt };
    const record = dropUndefined(parseOrThrow(customTermRecordSchema, { ...merged, lang: merged.lang ?? detectLang(merged.text) }, 'custom term'));
    assertSafePatterns(record);
    await db.customTerms.put(record);
    return record;
  });
}

export async function deleteCustomTerm(db: ListingLintDB, id: number): Promise<void> {
  await db.customTerms.delete(id);
}

export interface CustomTermImport {
  added: number;
  replaced: number;
  /** Index into the input and the reason, for terms that failed validation (the others are saved). */
  errors: { index: number; text: string; message: string }[];
}

const IMPORT_CHUNK = 5000;
const termKey = (text: string, platform: Platform | undefined) => `${platform ?? ''}\u0000${text}`;

/**
 * Imports many terms in one transaction: each is validated, a term with the same text and platform
 * as a stored one (or an earlier one in the file) replaces it, keeping its id and createdAt.
 * `onProgress` is called after each chunk is written. Nothing is written if the transaction fails.
 */
export async function importCustomTerms(
  db: ListingLintDB,
  inputs: readonly CustomTermInput[],
  options: { onProgress?: (done: number, total: number) => void; now?: number } = {},
): Promise<CustomTermImport> {
  const now = options.now ?? Date.now();
  const errors: CustomTermImport['errors'] = [];
  const valid = new Map<string, Omit<CustomTermRecord, 'id' | 'createdAt'>>();
  inputs.forEach((input, index) => {
    const parsed = customTermInputSchema.safeParse(input);
    if (!parsed.success) {
      errors.push({ index, text: String(input.text ?? ''), message: parsed.error.issues.map((i) => `${i.path.join('.') || 'term'}: ${i.message}`).join('; ') });
      return;
    }
    const term = dropUndefined({ ...parsed.data, lang: parsed.data.lang ?? detectLang(parsed.data.text) });
    valid.set(termKey(term.text, term.platform), term);
  });
  return db.transaction('rw', db.customTerms, async () => {
    const existing = new Map((await db.customTerms.toArray()).map((t) => [termKey(t.text, t.platform), t]));
    const records = [...valid.entries()].map(([key, term]) => {
      const old = existing.get(key);
      return old ? { ...term, id: old.id, createdAt: old.createdAt } : { ...term, createdAt: now };
    });
    const replaced = records.filter((r) => 'id' in r).length;
    for (let i = 0; i < records.length; i += IMPORT_CHUNK) {
      await db.customTerms.bulkPut(records.slice(i, i + IMPORT_CHUNK) as CustomTermRecord[]);
      options.onProgress?.(Math.min(records.length, i + IMPORT_CHUNK), records.length);
    }
    return { added: records.length - replaced, replaced, errors };
  });
}

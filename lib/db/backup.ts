import { z } from 'zod';
import type { ListingLintDB } from './database';
import { checkDownloadUrl, type UrlPolicy } from '../security/urlPolicy';
import { unsafeTermPattern } from '../security/patternSafety';
import { BackupError, describeZodError, StorageValidationError } from './errors';
import { vetLexicon } from './subscriptions';
import {
  allowlistRecordSchema,
  customTermRecordSchema,
  draftRecordSchema,
  keywordListRecordSchema,
  lexiconRecordSchema,
  reviewRecordSchema,
  settingRecordSchema,
} from './rows';

/**
 * Backup and restore of user data (never caches): one JSON object, validated
 * as a whole before the database is touched, restored in one transaction.
 */

export const BACKUP_FORMAT = 'listinglint-backup';
export const BACKUP_VERSION = 1;

/** Flags the second and later rows that repeat a primary key, so restore never silently drops one. */
function uniqueBy<T>(key: (row: T) => string | number) {
  return (rows: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string | number>();
    rows.forEach((row, index) => {
      const k = key(row);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `duplicate key ${JSON.stringify(k)}`, path: [index] });
      seen.add(k);
    });
  };
}

export const backupFileSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime(),
    data: z
      .object({
        customTerms: z.array(customTermRecordSchema).superRefine(uniqueBy((r) => r.id)),
        allowlist: z.array(allowlistRecordSchema).superRefine(uniqueBy((r) => r.id)),
        keywordLists: z.array(keywordListRecordSchema).superRefine(uniqueBy((r) => r.id)),
        drafts: z
          .array(
            draftRecordSchema.refine((d) => d.saved, {
              message: 'only saved drafts belong in a backup',
              path: ['saved'],
            }),
          )
          .superRefine(uniqueBy((r) => r.key)),
        reviews: z.array(reviewRecordSchema).superRefine(uniqueBy((r) => r.id)),
        lexicons: z
          .array(
            lexiconRecordSchema.refine((l) => l.kind === 'subscribed', {
              message: 'only subscribed lexicons belong in a backup',
              path: ['kind'],
            }),
          )
          .superRefine(uniqueBy((r) => r.key)),
        settings: z.array(settingRecordSchema).superRefine(uniqueBy((r) => r.key)),
      })
      .strict(),
  })
  .strict();
export type BackupFile = z.output<typeof backupFileSchema>;
export type BackupData = BackupFile['data'];

export async function exportBackup(db: ListingLintDB, now = Date.now()): Promise<BackupFile> {
  const data = await db.transaction('r', [db.customTerms, db.allowlist, db.keywordLists, db.drafts, db.reviews, db.lexicons, db.settings], async () => ({
    customTerms: await db.customTerms.toArray(),
    allowlist: await db.allowlist.toArray(),
    keywordLists: await db.keywordLists.toArray(),
    drafts: await db.drafts.filter((d) => d.saved).toArray(),
    reviews: await db.reviews.toArray(),
    lexicons: await db.lexicons.where('kind').equals('subscribed').toArray(),
    settings: await db.settings.toArray(),
  }));
  const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), data };
  // Refuse to hand out a backup that restore would refuse.
  const checked = validateBackup(file);
  if (!checked.ok) throw new StorageValidationError('stored data (cannot be backed up)', checked.error.path, checked.error.detail);
  return checked.backup;
}

export function backupToJson(backup: BackupFile): string {
  return JSON.stringify(backup, null, 2);
}

export type BackupValidation = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

/** Validates a backup (JSON text or an already parsed value) without touching any database. */
export function validateBackup(input: unknown, policy: UrlPolicy = {}): BackupValidation {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return {
        ok: false,
        error: new BackupError('(file)', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`),
      };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: new BackupError('(file)', 'not a JSON object') };
  }
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      error: new BackupError('format', `not a ListingLint backup (format is ${JSON.stringify(head.format) ?? 'missing'}, expected "${BACKUP_FORMAT}")`),
    };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: new BackupError('version', `backup version ${head.version} is newer than this ListingLint reads (${BACKUP_VERSION}); update the extension`),
    };
  }
  const result = backupFileSchema.safeParse(value);
  if (!result.success) {
    const { path, detail } = describeZodError(result.error);
    return { ok: false, error: new BackupError(path, detail) };
  }
  const untrusted = untrustedContentProblem(result.data.data, policy);
  return untrusted ? { ok: false, error: untrusted } : { ok: true, backup: result.data };
}

/**
 * A backup file is as untrusted as a download: its lexicons and terms pass the same checks as a
 * subscription (schema, regexes compile and cannot blow up) and its subscription URLs the same
 * URL policy, so restoring cannot smuggle in a catastrophic pattern or an intranet URL.
 */
function untrustedContentProblem(data: BackupData, policy: UrlPolicy): BackupError | null {
  const unsafeTerm = unsafeTermPattern(data.customTerms);
  if (unsafeTerm)
    return new BackupError(`data.customTerms[${unsafeTerm.index}].exceptionPatterns[${unsafeTerm.pattern}]`, `unsafe regular expression: ${unsafeTerm.reason}`);
  for (const [index, row] of data.lexicons.entries()) {
    const verdict = checkDownloadUrl(row.url ?? row.key, policy);
    if (!verdict.ok) return new BackupError(`data.lexicons[${index}].url`, `subscription URL refused: ${verdict.reason}`);
    if (row.lexicon === null) continue;
    const vetted = vetLexicon(row.lexicon, row.url ?? row.key);
    if (!vetted.ok) return new BackupError(`data.lexicons[${index}].lexicon`, vetted.error);
  }
  return null;
}

export interface RestoreSummary {
  customTerms: number;
  allowlist: number;
  keywordLists: number;
  drafts: number;
  reviews: number;
  lexicons: number;
  settings: number;
}

/**
 * Restores a backup. 'replace' (default) first removes the user data the file
 * covers (caches, shipped lexicons and unsaved drafts stay); 'merge' overwrites
 * rows with the same key and keeps the rest. A refused file changes nothing
 * (BackupError); a failed write rolls the whole transaction back.
 */
export async function restoreBackup(db: ListingLintDB, input: unknown, options: { mode?: 'replace' | 'merge' } & UrlPolicy = {}): Promise<RestoreSummary> {
  const checked = validateBackup(input, options);
  if (!checked.ok) throw checked.error;
  const { data } = checked.backup;
  const replace = (options.mode ?? 'replace') === 'replace';
  await db.transaction('rw', [db.customTerms, db.allowlist, db.keywordLists, db.drafts, db.reviews, db.lexicons, db.settings], async () => {
    if (replace) {
      await Promise.all([db.customTerms.clear(), db.allowlist.clear(), db.keywordLists.clear(), db.reviews.clear(), db.settings.clear()]);
      await db.drafts.filter((d) => d.saved).delete();
      await db.lexicons.where('kind').equals('subscribed').delete();
    }
    await db.customTerms.bulkPut(data.customTerms);
    await db.allowlist.bulkPut(data.allowlist);
    await db.keywordLists.bulkPut(data.keywordLists);
    await db.drafts.bulkPut(data.drafts);
    await db.reviews.bulkPut(data.reviews);
    await db.lexicons.bulkPut(data.lexicons);
    await db.settings.bulkPut(data.settings);
  });
  return {
    customTerms: data.customTerms.length,
    allowlist: data.allowlist.length,
    keywordLists: data.keywordLists.length,
    drafts: data.drafts.length,
    reviews: data.reviews.length,
    lexicons: data.lexicons.length,
    settings: data.settings.length,
  };
}

import { z } from 'zod';
import { findingSchema } from '../contracts/finding';
import { lexiconFileSchema, termSchema } from '../lexicon/schema';
import { PLATFORMS } from '../types';

/**
 * The shape of every stored row in the CURRENT schema version, as zod schemas.
 * Repositories validate what they write with these; backup restore validates
 * whole files with them. Timestamps are epoch milliseconds.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().refine(Number.isFinite, 'must be a finite number'),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);
export const jsonObjectSchema = z.record(z.string(), jsonValueSchema);
export type JsonObject = z.output<typeof jsonObjectSchema>;

export const timestampSchema = z.number().int().nonnegative();
export const platformSchema = z.enum(PLATFORMS);

/** Findings are stored as the audit produces them (lib/contracts). */
export { findingSchema };

// ── caches ───────────────────────────────────────────────────────────────────

export const auditEntrySchema = z.object({
  key: z.string().min(1).max(200),
  findings: z.array(findingSchema),
  /** The audit report beyond the findings (scores, counts …), as the audit module shapes it. */
  report: jsonValueSchema,
  sizeBytes: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  lastUsedAt: timestampSchema,
});
export type AuditEntry = z.output<typeof auditEntrySchema>;

export const draftRecordSchema = z.object({
  key: z.string().min(1).max(200),
  request: jsonObjectSchema,
  variants: z.array(jsonObjectSchema),
  provider: z.string().min(1).max(200),
  model: z.string().min(1).max(200),
  /** A saved draft is user data, never evicted; an unsaved one is a cache entry. */
  saved: z.boolean(),
  sizeBytes: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  lastUsedAt: timestampSchema,
});
export type DraftRecord = z.output<typeof draftRecordSchema>;

// ── user data ────────────────────────────────────────────────────────────────

export const customTermRecordSchema = z.strictObject({
  ...termSchema.shape,
  id: z.number().int().positive(),
  /** Only this platform; absent = every platform (besides `platforms` of the term itself). */
  platform: platformSchema.optional(),
  createdAt: timestampSchema,
});
export type CustomTermRecord = z.output<typeof customTermRecordSchema>;

export const allowlistRecordSchema = z
  .object({
    id: z.number().int().positive(),
    phrase: z.string().trim().min(1).max(200),
    platform: platformSchema.optional(),
    note: z.string().max(1000).optional(),
    createdAt: timestampSchema,
  })
  .strict();
export type AllowlistRecord = z.output<typeof allowlistRecordSchema>;

export const keywordRowSchema = z
  .object({
    keyword: z.string().trim().min(1).max(200),
    /** Search volume when known; null when the list had none. */
    volume: z.number().nonnegative().nullable(),
  })
  .strict();
export type KeywordRow = z.output<typeof keywordRowSchema>;

export const keywordListRecordSchema = z
  .object({
    id: z.number().int().positive(),
    name: z.string().trim().min(1).max(200),
    platform: platformSchema,
    productId: z.string().min(1).max(200).optional(),
    rows: z.array(keywordRowSchema).max(100_000),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type KeywordListRecord = z.output<typeof keywordListRecordSchema>;

export const DECISIONS = ['confirmed', 'accepted', 'false-positive'] as const;
export type Decision = (typeof DECISIONS)[number];

export const reviewRecordSchema = z
  .object({
    id: z.string().min(1).max(200),
    pageUrl: z.string().max(4096),
    /** The field the finding was in: its role or the adapter's field name. */
    field: z.string().min(1).max(200),
    textHash: z.string().min(1).max(100),
    ruleId: z.string().min(1).max(100),
    term: z.string().max(200).optional(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    decision: z.enum(DECISIONS),
    note: z.string().max(4000),
    reviewer: z.string().max(200),
    /** The listing the text belongs to (product ID · title), when a catalog review knows it. */
    listing: z.string().max(400).optional(),
    /** The finding with some text around it, so the history reads without the page. */
    context: z.string().max(400).optional(),
    decidedAt: timestampSchema,
  })
  .strict()
  .refine((r) => r.end >= r.start, { message: 'end must not be before start', path: ['end'] });
export type ReviewRecord = z.output<typeof reviewRecordSchema>;

export const lexiconRecordSchema = z
  .object({
    /** `shipped:<lexicon id>` for lexicons in the extension, the URL for subscriptions. */
    key: z.string().min(1).max(4096),
    kind: z.enum(['shipped', 'subscribed']),
    url: z.string().max(4096).nullable(),
    /** The last GOOD lexicon; null until a subscription first downloads a valid one. */
    lexicon: z.nullable(lexiconFileSchema),
    /** Integrity the subscriber expects (`sha256-<base64>` or 64 hex); null = not checked. */
    expectedIntegrity: z.string().max(200).nullable(),
    /** sha256 (hex) of the stored lexicon's downloaded bytes. */
    integrity: z.string().max(200).nullable(),
    fetchedAt: timestampSchema.nullable(),
    checkedAt: timestampSchema.nullable(),
    lastError: z.string().max(2000).nullable(),
    addedAt: timestampSchema,
    /** sha256 (hex) of a valid download that differs from the pinned integrity, awaiting the user's confirmation. */
    changedIntegrity: z.string().max(200).nullable().optional(),
  })
  .strict();
export type LexiconRecord = z.output<typeof lexiconRecordSchema>;

export const settingRecordSchema = z
  .object({
    key: z.string().min(1).max(200),
    value: jsonValueSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type SettingRecord = z.output<typeof settingRecordSchema>;

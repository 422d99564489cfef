import { z } from 'zod';
import type { ListingLintDB } from './database';
import { parseOrThrow } from './errors';
import { hashText } from './hash';
import { DECISIONS, type ReviewRecord } from './rows';

/**
 * A reviewer's decision on one finding (confirmed, accepted as is, false
 * positive), recalled when the same text (by hash) or page comes back. User data.
 */

export const decisionInputSchema = z
  .object({
    pageUrl: z.string().max(4096),
    field: z.string().min(1).max(200),
    textHash: z.string().min(1).max(100),
    ruleId: z.string().min(1).max(100),
    term: z.string().max(200).optional(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    decision: z.enum(DECISIONS),
    note: z.string().max(4000).default(''),
    reviewer: z.string().max(200).default(''),
    listing: z.string().max(400).optional(),
    context: z.string().max(400).optional(),
  })
  .strict()
  .refine((d) => d.end >= d.start, { message: 'end must not be before start', path: ['end'] });
export type DecisionInput = z.input<typeof decisionInputSchema>;

/** One id per finding in a field of a page, so deciding again replaces the earlier decision. */
export function reviewId(d: Pick<ReviewRecord, 'pageUrl' | 'field' | 'textHash' | 'ruleId' | 'start' | 'end'> & { term?: string }): string {
  return hashText([d.pageUrl, d.field, d.textHash, d.ruleId, d.term ?? '', d.start, d.end].join('\u0000'));
}

export async function saveDecision(db: ListingLintDB, input: DecisionInput, now = Date.now()): Promise<ReviewRecord> {
  const valid = parseOrThrow(decisionInputSchema, input, 'review decision');
  const record = toRecord(valid, now);
  await db.reviews.put(record);
  return record;
}

function toRecord(valid: z.output<typeof decisionInputSchema>, now: number): ReviewRecord {
  const record: ReviewRecord = { id: reviewId(valid), ...valid, decidedAt: now };
  for (const key of ['term', 'listing', 'context'] as const) if (record[key] === undefined) delete record[key];
  return record;
}

/** Many decisions in one transaction (a bulk decision on a term across a catalog); all valid or none saved. */
export async function saveDecisions(db: ListingLintDB, inputs: readonly DecisionInput[], now = Date.now()): Promise<ReviewRecord[]> {
  const records = inputs.map((input, i) => toRecord(parseOrThrow(decisionInputSchema, input, `review decision ${i + 1}`), now));
  await db.reviews.bulkPut(records);
  return records;
}

/** Decisions on any of these texts, for a catalog's cells in one query. */
export async function decisionsForTexts(db: ListingLintDB, textHashes: readonly string[]): Promise<ReviewRecord[]> {
  if (textHashes.length === 0) return [];
  return db.reviews
    .where('textHash')
    .anyOf([...new Set(textHashes)])
    .toArray();
}

/** Decisions on a text (any page), in text order. */
export async function decisionsForText(db: ListingLintDB, textHash: string): Promise<ReviewRecord[]> {
  const rows = await db.reviews.where('textHash').equals(textHash).toArray();
  return rows.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** Decisions made on a page, newest first. */
export async function decisionsForPage(db: ListingLintDB, pageUrl: string): Promise<ReviewRecord[]> {
  const rows = await db.reviews.where('pageUrl').equals(pageUrl).toArray();
  return rows.sort((a, b) => b.decidedAt - a.decidedAt);
}

/** Decisions on one field of a page, in text order. */
export async function decisionsForField(db: ListingLintDB, pageUrl: string, field: string): Promise<ReviewRecord[]> {
  const rows = await db.reviews.where('[pageUrl+field]').equals([pageUrl, field]).toArray();
  return rows.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The review history, newest first. */
export async function recentDecisions(db: ListingLintDB, limit = 100): Promise<ReviewRecord[]> {
  return db.reviews.orderBy('decidedAt').reverse().limit(limit).toArray();
}

export async function deleteDecision(db: ListingLintDB, id: string): Promise<void> {
  await db.reviews.delete(id);
}

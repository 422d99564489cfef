// zod/mini: the content script parses findings, and full zod would triple its size.
import * as z from 'zod/mini';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/**
 * One problem in a text: the shape every boundary shares (audit, overlay, storage, draft port, messages).
 * Offsets are UTF-16 offsets into the ORIGINAL text, end exclusive, so a fix lands on what the seller typed.
 */
export const findingSchema = z
  .object({
    /** Rule that produced it: 'absolute-term', 'medical-claim', 'title-length', 'keyword-missing', … */
    ruleId: z.string().check(z.minLength(1), z.maxLength(100)),
    severity: severitySchema,
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    /** text.slice(start, end) */
    match: z.string(),
    message: z.string(),
    /** Legal or platform basis, e.g. '广告法第九条第三项'. */
    basis: z.optional(z.string()),
    /** Replacement texts; '' means delete. */
    suggestions: z.array(z.string()),
    /** Lexicon category of the term, when the finding comes from a lexicon. */
    category: z.optional(z.string()),
    /** Canonical lexicon term that matched (the match may be a variant of it). */
    term: z.optional(z.string()),
  })
  .check(z.refine((f) => f.end >= f.start, { message: 'end must not be before start', path: ['end'] }));

export type Finding = z.infer<typeof findingSchema>;

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

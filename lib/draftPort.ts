// zod/mini: the in-page draft studio parses these in the content script, where full zod costs ~90 KB gzipped.
import * as z from 'zod/mini';

/**
 * The drafting conversation over a runtime Port ('listinglint-draft'): the UI sends `start`
 * (and `abort`), the background streams `delta`s and ends with `done` or `error`. Both sides
 * parse every message with these schemas. The API key never travels on this port.
 */
export const DRAFT_PORT = 'listinglint-draft';

export const draftClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    request: z.unknown(),
    regenerate: z._default(z.boolean(), false),
    locale: z._default(z.enum(['zh-CN', 'en']), 'zh-CN'),
    /** On a provider failure, answer with the offline drafter and a notice (the in-page drawer does). */
    fallback: z._default(z.boolean(), false),
    /** Draft offline now, whatever provider is saved (its settings stay untouched). */
    offline: z._default(z.boolean(), false),
  }),
  z.object({ type: z.literal('abort') }),
]);
export type DraftClientMessage = z.input<typeof draftClientMessageSchema>;

const findingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  start: z.number(),
  end: z.number(),
  match: z.string(),
  message: z.string(),
  basis: z.optional(z.string()),
  suggestions: z.array(z.string()),
  field: z.string(),
});

export const draftedVariantMessageSchema = z.object({
  headline: z.string(),
  painPoint: z.string(),
  solution: z.string(),
  showcase: z.string(),
  body: z.string(),
  bullets: z.array(z.string()),
  hashtags: z.array(z.string()),
  scene: z.string(),
  framework: z.string(),
  findings: z.array(findingSchema),
  flagged: z.boolean(),
  revised: z.boolean(),
  missingKeywords: z.array(z.string()),
});
export type DraftedVariantMessage = z.infer<typeof draftedVariantMessageSchema>;

export const draftServerMessageSchema = z.discriminatedUnion('type', [
  /** Only the new text; `reset` starts a new answer (a retry or a follow-up request). */
  z.object({ type: z.literal('delta'), delta: z.string(), reset: z.boolean() }),
  z.object({
    type: z.literal('done'),
    variants: z.array(draftedVariantMessageSchema),
    revisions: z.number(),
    cached: z.boolean(),
    source: z.enum(['model', 'offline']),
    model: z.nullable(z.string()),
    /** Fallback, short answer, size cap, failed revision, in the user's locale. */
    notices: z._default(z.array(z.object({ kind: z.string(), message: z.string() })), []),
  }),
  /** `offlineAvailable`: the failure is one the offline drafter can stand in for. */
  z.object({ type: z.literal('error'), kind: z.string(), message: z.string(), offlineAvailable: z._default(z.boolean(), false) }),
]);
export type DraftServerMessage = z.infer<typeof draftServerMessageSchema>;

/** The text a variant inserts into a page field: headline, then the framework's three parts. */
export function variantText(variant: Pick<DraftedVariantMessage, 'painPoint' | 'solution' | 'showcase' | 'body'>): string {
  return variant.body.trim() || [variant.painPoint, variant.solution, variant.showcase].filter(Boolean).join('\n');
}

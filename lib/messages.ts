import { z } from 'zod';
import { FIELD_ROLES, type Lexicon, type LexiconTermInput } from './lexicon/schema';
import { PLATFORMS } from './types';
import { findingSchema } from './contracts/finding';
import type { PatternFile } from './compliance/patterns/schema';

/** A stored review decision as the page sees it. */
export interface ReviewDecision {
  id: string;
  field: string;
  textHash: string;
  ruleId: string;
  start: number;
  end: number;
  decision: 'confirmed' | 'accepted' | 'false-positive';
  note: string;
  decidedAt: number;
}

/**
 * Messages between the content script / extension pages and the background
 * service worker. Every message is parsed with these schemas on arrival; a
 * message that does not parse is rejected, never executed.
 */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('contentReady'), url: z.string().max(4096), fieldCount: z.number().int().min(0) }),
  z.object({
    type: z.literal('enableSite'),
    origin: z.string().regex(/^https?:\/\/[^/\s*]+$/, 'an origin like https://shop.example.com'),
    tabId: z.number().int().optional(),
  }),
  z.object({ type: z.literal('disableSite'), origin: z.string().regex(/^https?:\/\/[^/\s*]+$/) }),
  z.object({ type: z.literal('testConnection') }),
  // `termPage`: a long own-term list comes in pages (`customTermsPage`) instead of one multi-megabyte message.
  z.object({ type: z.literal('getAuditContext'), platform: z.enum(PLATFORMS), termPage: z.number().int().min(100).max(50_000).optional() }),
  z.object({
    type: z.literal('customTermsPage'),
    key: z.string().min(1).max(100),
    offset: z.number().int().min(0),
    limit: z.number().int().min(100).max(50_000),
  }),
  // Once per tab: the shipped lexicons and pattern rules, which the content script does not bundle (issue 18).
  z.object({ type: z.literal('shippedRules') }),
  // Only when the page's rules hold user regexes: inject the RE2JS engine into the sender's isolated world.
  z.object({ type: z.literal('loadPatternEngine') }),
  // From the overlay the platform is the sender page's; `allPlatforms` is the user's explicit choice to widen it.
  z.object({
    type: z.literal('allowTerm'),
    phrase: z.string().trim().min(1).max(200),
    platform: z.enum(PLATFORMS).optional(),
    allPlatforms: z.boolean().optional(),
  }),
  // The decision itself is validated by the storage layer's decisionInputSchema.
  z.object({ type: z.literal('saveDecision'), decision: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('decisionsForTexts'), textHashes: z.array(z.string().min(1).max(100)).max(500) }),
  z.object({
    type: z.literal('auditCached'),
    text: z.string().max(2_000_000),
    role: z.enum(FIELD_ROLES),
    platform: z.enum(PLATFORMS),
  }),
  z.object({
    type: z.literal('findingCounts'),
    counts: z.object({ error: z.number().int().min(0), warning: z.number().int().min(0), info: z.number().int().min(0) }),
  }),
]);

export type Request = z.infer<typeof requestSchema>;

export const responseSchemas = {
  ping: z.object({ ok: z.literal(true), version: z.string() }),
  contentReady: z.object({ ok: z.literal(true) }),
  findingCounts: z.object({ ok: z.literal(true) }),
  enableSite: z.object({ ok: z.literal(true), origins: z.array(z.string()) }),
  getAuditContext: z.object({
    ok: z.literal(true),
    allow: z.array(z.string()),
    customTerms: z.array(z.custom<LexiconTermInput>()),
    keywords: z.array(z.object({ keyword: z.string(), volume: z.number() })),
    lexicons: z.array(z.custom<Lexicon>()),
    disabledTerms: z.array(z.string()),
    /** With `termPage`: how many own terms there are in all (`customTerms` holds the first page) and the list's key for its pages. */
    customTermCount: z.optional(z.number()),
    customTermsKey: z.optional(z.string()),
  }),
  customTermsPage: z.object({ ok: z.literal(true), terms: z.array(z.custom<LexiconTermInput>()) }),
  shippedRules: z.object({
    ok: z.literal(true),
    lexicons: z.array(z.custom<Lexicon>()),
    patterns: z.array(z.custom<PatternFile>()),
    sources: z.array(z.string()),
  }),
  loadPatternEngine: z.object({ ok: z.literal(true) }),
  allowTerm: z.object({ ok: z.literal(true) }),
  saveDecision: z.object({ ok: z.literal(true), id: z.string() }),
  decisionsForTexts: z.object({ ok: z.literal(true), decisions: z.array(z.custom<ReviewDecision>()) }),
  auditCached: z.object({ ok: z.literal(true), cached: z.boolean(), findings: z.array(findingSchema) }),
  testConnection: z.object({ ok: z.literal(true), model: z.string(), latencyMs: z.number() }),
  disableSite: z.object({ ok: z.literal(true), origins: z.array(z.string()) }),
} satisfies Record<Request['type'], z.ZodType>;

export type ResponseOf<T extends Request['type']> = z.infer<(typeof responseSchemas)[T]>;

export const errorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export type ParsedRequest = { ok: true; request: Request } | { ok: false; error: string };

/** Validates an incoming message; the error names the first offending path. */
export function parseRequest(raw: unknown): ParsedRequest {
  const result = requestSchema.safeParse(raw);
  if (result.success) return { ok: true, request: result.data };
  const issue = result.error.issues[0];
  const path = issue?.path.length ? issue.path.join('.') : '(message)';
  return { ok: false, error: `invalid message at ${path}: ${issue?.message ?? 'unknown error'}` };
}

/** Messages only the extension's own pages may send; a content script (which handles page text) never can. */
export const PRIVILEGED_TYPES: ReadonlySet<Request['type']> = new Set(['enableSite', 'disableSite', 'testConnection']);

export interface SenderInfo {
  id?: string;
  url?: string;
}

/** Whether a sender may send this message: privileged types only from this extension's own pages. */
export function senderAllowed(type: Request['type'], sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (!PRIVILEGED_TYPES.has(type)) return sender.id === extensionId;
  return sender.id === extensionId && Boolean(sender.url?.startsWith(extensionOrigin));
}

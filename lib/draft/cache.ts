import { z } from 'zod';
import { SEVERITIES } from '../types';
import type { VariantField } from './guardrail';
import { draftVariantSchema } from './schema';

/**
 * Drafts are cached by what determines them: the request and the model that
 * answers it. The storage layer implements DraftCache over Dexie; the in-memory
 * one serves tests and the CLI.
 */

/** Bump when prompts or the pipeline change what a request produces. */
export const DRAFT_PIPELINE_VERSION = 2;

const findingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(SEVERITIES as ['error', 'warning', 'info']),
  start: z.number().int(),
  end: z.number().int(),
  match: z.string(),
  message: z.string(),
  basis: z.string().optional(),
  suggestions: z.array(z.string()),
  category: z.string().optional(),
  term: z.string().optional(),
  field: z.custom<VariantField>((v) => typeof v === 'string' && /^(headline|painPoint|solution|showcase|body|bullets\.\d+|hashtags\.\d+)$/.test(v)),
});

export const draftedVariantSchema = draftVariantSchema.extend({
  findings: z.array(findingSchema),
  flagged: z.boolean(),
  revised: z.boolean(),
  missingKeywords: z.array(z.string()),
});

/** What a cache holds: a finished draft. Validated on the way out, as storage may hold anything. */
export const cachedDraftSchema = z.object({
  variants: z.array(draftedVariantSchema),
  revisions: z.number().int().min(0),
  source: z.enum(['model', 'offline']),
  model: z.string().nullable(),
  createdAt: z.number(),
});
export type CachedDraft = z.infer<typeof cachedDraftSchema>;

export interface DraftCache {
  get(key: string): Promise<unknown>;
  put(key: string, value: CachedDraft): Promise<void>;
}

/** Least-recently-used map; enough for a CLI run or a test. */
export class MemoryDraftCache implements DraftCache {
  private readonly entries = new Map<string, CachedDraft>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 100) {}

  async get(key: string): Promise<CachedDraft | undefined> {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.entries.delete(key);
    this.entries.set(key, value);
    return structuredClone(value);
  }

  async put(key: string, value: CachedDraft): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, structuredClone(value));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** JSON with object keys sorted at every depth, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

export interface CacheIdentity {
  presetId: string;
  baseURL: string;
  model: string;
}

/** SHA-256 (hex) of the canonical request + provider identity + pipeline version. */
export async function draftCacheKey(request: unknown, provider: CacheIdentity): Promise<string> {
  const text = canonicalJson({ v: DRAFT_PIPELINE_VERSION, request, provider });
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

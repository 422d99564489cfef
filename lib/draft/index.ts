import { cachedDraftSchema, draftCacheKey, type CacheIdentity, type CachedDraft, type DraftCache } from './cache';
import { DEFAULT_MAX_ANSWER_CHARS, DraftSession, type CallOptions } from './client';
import { defaultGuardrail } from './defaultGuardrail';
import { DraftError, toDraftError } from './errors';
import { applySuggestions, auditVariant, type Guardrail, type VariantAudit, type VariantFinding } from './guardrail';
import { draftOffline } from './offline';
import { buildMessages, buildRevisionMessages } from './prompt';
import { resolveProvider, type ProviderConfig, type ResolvedProvider } from './providers';
import { describeZodError, draftRequestSchema, type DraftRequest, type DraftVariant } from './schema';

/**
 * Drafting, end to end: validate the request, answer from the cache when the
 * same request met the same model before, otherwise draft (model or offline
 * templates), audit every variant, revise once what breaks an error-severity
 * rule, and flag what still does.
 */

export interface DraftOptions {
  /** No provider: the offline template drafter. */
  provider?: ProviderConfig | null;
  cache?: DraftCache;
  signal?: AbortSignal;
  onDelta?: (delta: string, soFar: string) => void;
  /** Skip the cache lookup (the fresh draft still replaces the cached one). */
  regenerate?: boolean;
  /** Defaults to the shipped compliance audit. */
  guardrail?: Guardrail;
  /** Revision requests for flagged variants: 0 or 1 (default 1). */
  maxRevisions?: 0 | 1;
  /** Timeouts, retry policy, streaming on/off, answer size cap. */
  call?: Omit<CallOptions, 'signal' | 'onDelta'>;
  /** On a provider failure (network, timeout, key, server, malformed): 'offline' answers with the offline drafter and a notice. Default 'none'. */
  fallback?: 'offline' | 'none';
}

/** Something the seller should know about how this draft came about. */
export type DraftNotice =
  | { kind: 'fallback'; error: DraftError }
  | { kind: 'partial'; got: number; want: number }
  | { kind: 'too-large'; maxChars: number }
  | { kind: 'revision-failed'; error: DraftError };

export interface DraftedVariant extends DraftVariant {
  /** The audit's findings on the final text, per field. */
  findings: VariantFinding[];
  /** True while any error-severity finding remains: never show it as clean. */
  flagged: boolean;
  /** True when the text is the revision of a flagged first draft. */
  revised: boolean;
  missingKeywords: string[];
}

export type DraftOutcome =
  | {
      ok: true;
      variants: DraftedVariant[];
      /** Revision rounds run (0 or 1). */
      revisions: number;
      cached: boolean;
      source: 'model' | 'offline';
      model: string | null;
      /** HTTP requests this call made (0 for cache hits and offline drafts). */
      requests: number;
      /** Why the revision round failed, when it did; the first drafts are returned flagged. */
      revisionError: DraftError | null;
      /** Fallback, short answer, size cap, failed revision: shown to the seller. */
      notices: DraftNotice[];
    }
  | { ok: false; error: DraftError };

/** Failures the offline drafter can stand in for; a cancelled or invalid request is not one. */
const FALLBACK_KINDS = new Set<DraftError['kind']>(['invalid-key', 'rate-limited', 'timeout', 'network', 'malformed', 'too-large', 'server']);

/** True when the offline drafter can stand in for what failed. */
export function isOfflineStandIn(error: DraftError): boolean {
  return FALLBACK_KINDS.has(error.kind);
}

const OFFLINE_IDENTITY: CacheIdentity = { presetId: 'offline', baseURL: '', model: 'offline-templates' };

export async function draft(input: unknown, options: DraftOptions = {}): Promise<DraftOutcome> {
  const parsed = draftRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: new DraftError('invalid-request', `DraftRequest: ${describeZodError(parsed.error)}`) };
  const request = parsed.data;

  let provider: ResolvedProvider | null = null;
  if (options.provider) {
    const resolved = resolveProvider(options.provider);
    if (!resolved.ok) return { ok: false, error: new DraftError('invalid-request', resolved.error) };
    provider = resolved.provider;
  }
  const identity: CacheIdentity = provider ? { presetId: provider.presetId, baseURL: provider.baseURL, model: provider.model } : OFFLINE_IDENTITY;

  const key = options.cache ? await draftCacheKey(request, identity) : null;
  if (options.cache && key && !options.regenerate) {
    const hit = cachedDraftSchema.safeParse(await options.cache.get(key).catch(() => undefined));
    if (hit.success) return { ok: true, ...withoutDate(hit.data), cached: true, requests: 0, revisionError: null, notices: [] };
  }

  const guardrail = options.guardrail ?? defaultGuardrail;
  let outcome: Extract<DraftOutcome, { ok: true }>;
  try {
    outcome = provider ? await draftWithModel(request, provider, guardrail, options) : draftWithTemplates(request, guardrail, options);
  } catch (error) {
    const draftError = toDraftError(error, options.signal?.aborted ? 'caller' : null);
    if (!provider || options.fallback !== 'offline' || !isOfflineStandIn(draftError)) return { ok: false, error: draftError };
    // The provider settings stay as they are: the next draft tries the model again.
    const offline = draftWithTemplates(request, guardrail, options);
    return { ...offline, notices: [{ kind: 'fallback', error: draftError }, ...offline.notices] };
  }
  // Only a complete, fully revised answer is cached as final: a retry may do better.
  const final =
    outcome.revisionError === null &&
    outcome.variants.length === request.variants &&
    !outcome.notices.some((n) => n.kind === 'too-large' || n.kind === 'partial');
  if (options.cache && key && final) {
    const entry: CachedDraft = {
      variants: outcome.variants,
      revisions: outcome.revisions,
      source: outcome.source,
      model: outcome.model,
      createdAt: Date.now(),
    };
    // A storage failure costs a future cache hit, not this draft.
    await options.cache.put(key, entry).catch(() => undefined);
  }
  return outcome;
}

function withoutDate({ createdAt: _createdAt, ...rest }: CachedDraft) {
  return rest;
}

interface Audited {
  variant: DraftVariant;
  audit: VariantAudit;
  revised: boolean;
}

async function draftWithModel(
  request: DraftRequest,
  provider: ResolvedProvider,
  guardrail: Guardrail,
  options: DraftOptions,
): Promise<Extract<DraftOutcome, { ok: true }>> {
  const session = new DraftSession(provider, { ...options.call, signal: options.signal, onDelta: options.onDelta });
  const messagesFor = (mode: ResolvedProvider['structuredOutput']) => buildMessages(request, { mode });
  const first = await session.generate(messagesFor, request.variants);
  const drafts: Audited[] = first.result.variants.map((variant) => audited(normalizeVariant(variant, request), request, guardrail, false));

  const flaggedIndexes = drafts.flatMap((d, index) => (d.audit.errors > 0 ? [index] : []));
  let revisions = 0;
  let revisionError: DraftError | null = null;
  if (flaggedIndexes.length > 0 && (options.maxRevisions ?? 1) > 0) {
    revisions = 1;
    const flagged = flaggedIndexes.map((index) => ({ index, findings: drafts[index]?.audit.findings.filter((f) => f.severity === 'error') ?? [] }));
    try {
      const revision = await session.generate(
        (mode) => [...messagesFor(mode), ...buildRevisionMessages(JSON.stringify(first.result), flagged)],
        flaggedIndexes.length,
      );
      revision.result.variants.forEach((variant, k) => {
        const index = flaggedIndexes[k];
        const before = index === undefined ? undefined : drafts[index];
        if (index === undefined || !before) return;
        const after = audited(normalizeVariant(variant, request), request, guardrail, true);
        // A revision that makes things worse is not taken; either way, errors stay flagged.
        if (after.audit.errors <= before.audit.errors) drafts[index] = after;
      });
    } catch (error) {
      const draftError = toDraftError(error, options.signal?.aborted ? 'caller' : null);
      if (draftError.kind === 'aborted') throw draftError;
      revisionError = draftError;
    }
  }
  const notices: DraftNotice[] = [];
  if (first.truncated) notices.push({ kind: 'too-large', maxChars: options.call?.maxAnswerChars ?? DEFAULT_MAX_ANSWER_CHARS });
  if (drafts.length < request.variants) notices.push({ kind: 'partial', got: drafts.length, want: request.variants });
  if (revisionError) notices.push({ kind: 'revision-failed', error: revisionError });
  return {
    ok: true,
    variants: drafts.map(toDrafted),
    revisions,
    cached: false,
    source: 'model',
    model: provider.model,
    requests: session.requests,
    revisionError,
    notices,
  };
}

function draftWithTemplates(request: DraftRequest, guardrail: Guardrail, options: DraftOptions): Extract<DraftOutcome, { ok: true }> {
  if (options.signal?.aborted) throw new DraftError('aborted');
  const result = draftOffline(request);
  let revisions = 0;
  const drafts = result.variants.map((variant) => {
    const first = audited(variant, request, guardrail, false);
    if (first.audit.errors === 0 || (options.maxRevisions ?? 1) === 0) return first;
    // Offline revision: take the audit's own suggested replacements.
    revisions = 1;
    const fixed = audited(applySuggestions(variant, first.audit.findings), request, guardrail, true);
    return fixed.audit.errors <= first.audit.errors ? fixed : first;
  });
  return { ok: true, variants: drafts.map(toDrafted), revisions, cached: false, source: 'offline', model: null, requests: 0, revisionError: null, notices: [] };
}

function audited(variant: DraftVariant, request: DraftRequest, guardrail: Guardrail, revised: boolean): Audited {
  return { variant, audit: auditVariant(variant, request, guardrail), revised };
}

/** The request decides scene and framework, whatever the model echoed. */
function normalizeVariant(variant: DraftVariant, request: DraftRequest): DraftVariant {
  return { ...variant, scene: request.scene, framework: request.framework };
}

function toDrafted({ variant, audit, revised }: Audited): DraftedVariant {
  return { ...variant, findings: audit.findings, flagged: audit.errors > 0, revised, missingKeywords: audit.missingKeywords };
}

export { DraftError, type DraftErrorKind } from './errors';
export { testConnection, type ConnectionCheck } from './client';
export { MemoryDraftCache, draftCacheKey, type DraftCache, type CachedDraft } from './cache';
export { PROVIDER_PRESETS, presetConfig, resolveProvider, type ProviderConfig, type PresetId } from './providers';
export {
  draftRequestSchema,
  draftResultSchema,
  COPY_PLATFORMS,
  FRAMEWORKS,
  SEGMENTS,
  type DraftRequest,
  type DraftRequestInput,
  type DraftResult,
  type DraftVariant,
} from './schema';
export type { Guardrail, TextChecker, TitleAuditor, VariantFinding } from './guardrail';

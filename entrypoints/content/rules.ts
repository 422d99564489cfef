import type { AuditSettings } from '@/lib/dom/overlay/controller';
import { parseShippedRules } from '@/lib/lexicon/handoff';
import { provideShippedLexicons } from '@/lib/lexicon/provided/shippedLexicons';
import { provideShippedPatterns } from '@/lib/lexicon/provided/shippedPatterns';
import { patternEngineLoaded } from '@/lib/lexicon/provided/re2js';
import { compileCustomShards, SHARD_THRESHOLD, type ShardedChecker } from '@/lib/lexicon/customShards';

/**
 * How the content script gets its rules (issue 18): the shipped lexicons and pattern rules come from the
 * background once per tab and are installed where `lib/lexicon/shipped` and `lib/compliance/patterns/shipped`
 * are read (this build swaps those modules, see wxt.config.ts); RE2JS is injected only for user regexes.
 */
let shipped: Promise<{ ok: true } | { ok: false; error: string }> | undefined;

/** Ask the background for the shipped rules once; resolves when they are installed (or why not). */
export function loadShippedRules(): Promise<{ ok: true } | { ok: false; error: string }> {
  shipped ??= (async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      // A service worker that is starting can drop the first message; try again shortly.
      const answer: unknown = await browser.runtime.sendMessage({ type: 'shippedRules' }).catch((error: unknown) => ({ ok: false, error: String(error) }));
      const parsed = parseShippedRules(answer);
      if (parsed.ok) {
        provideShippedLexicons(parsed.rules.lexicons, parsed.rules.sources);
        provideShippedPatterns(parsed.rules.patterns);
        return { ok: true as const };
      }
      if (attempt === 2) {
        console.warn('[ListingLint] the shipped rules could not be loaded; only your own terms are checked:', parsed.error);
        return { ok: false as const, error: parsed.error };
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
    return { ok: false as const, error: 'unreachable' };
  })();
  return shipped;
}

/** True when the user's terms or subscribed lexicons hold a regex (those run in RE2JS). */
export function hasUserPatterns(settings: Pick<AuditSettings, 'customTerms' | 'extraLexicons'>): boolean {
  return (
    settings.customTerms.some((term) => (term.exceptionPatterns?.length ?? 0) > 0) ||
    settings.extraLexicons.some((lexicon) => lexicon.terms.some((term) => term.exceptionPatterns.length > 0))
  );
}

let engine: Promise<boolean> | undefined;

/**
 * Settings the checker can compile here: with user regexes, the background injects RE2JS first. When it
 * cannot, the regexes (all exceptions: they only silence hits) are left out with a warning, so every term
 * is still checked and nothing is silenced by a pattern that did not run.
 */
export async function withPatternEngine(settings: AuditSettings): Promise<AuditSettings> {
  if (!hasUserPatterns(settings) || patternEngineLoaded()) return settings;
  engine ??= browser.runtime
    .sendMessage({ type: 'loadPatternEngine' })
    .then((answer: unknown) => (answer as { ok?: unknown } | null)?.ok === true && patternEngineLoaded())
    .catch(() => false);
  if (await engine) return settings;
  engine = undefined; // try again with the next settings
  console.warn('[ListingLint] the pattern engine could not be loaded; exception patterns of your terms are not applied');
  return {
    ...settings,
    customTerms: settings.customTerms.map((term) => ({ ...term, exceptionPatterns: [] })),
    extraLexicons: settings.extraLexicons.map((lexicon) => ({ ...lexicon, terms: lexicon.terms.map((term) => ({ ...term, exceptionPatterns: [] })) })),
  };
}

/**
 * A turn for the page between compile steps: a background-priority task runs only when the page has
 * nothing else queued (scheduler.yield would resume ahead of the page's own timers and starve them).
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (callback: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Own terms per message: ~100 KB of JSON, deserialised in a few milliseconds. */
export const TERM_PAGE = 2_000;

/** What getAuditContext said about the own-term list when asked with `termPage`. */
export interface TermListInfo {
  key?: string;
  count?: number;
}

let sharded: { key: string | undefined; checker: Promise<ShardedChecker | null>; ready?: ShardedChecker; controller: AbortController } | undefined;
let generation = 0;

async function remainingPages(first: AuditSettings['customTerms'], info: TermListInfo, signal: AbortSignal): Promise<AuditSettings['customTerms']> {
  const terms = [...first];
  const { key, count = first.length } = info;
  while (key && terms.length < count) {
    signal.throwIfAborted();
    const answer = (await browser.runtime.sendMessage({ type: 'customTermsPage', key, offset: terms.length, limit: TERM_PAGE })) as
      { ok?: boolean; terms?: unknown; error?: unknown } | undefined;
    if (!answer?.ok || !Array.isArray(answer.terms) || answer.terms.length === 0)
      throw new Error(typeof answer?.error === 'string' ? answer.error : 'the term list could not be read');
    terms.push(...(answer.terms as AuditSettings['customTerms']));
    await yieldToPage();
  }
  return terms;
}

/**
 * Settings for the overlay now, with a large own-term list (issue 13: 100,000 terms) moved off the
 * keystroke path: it arrives in pages and compiles in shards between the page's tasks, and `apply`
 * receives the settings with it once ready (unless newer settings came meanwhile). Until then the
 * shipped rules check, plus the previous compiled list if there was one.
 */
export function withLargeTermList(settings: AuditSettings, info: TermListInfo, apply: (settings: AuditSettings) => void): AuditSettings {
  const mine = ++generation;
  const count = info.count ?? settings.customTerms.length;
  if (count < SHARD_THRESHOLD && settings.customTerms.length === count) {
    sharded?.controller.abort();
    sharded = undefined;
    return settings;
  }
  const previous = sharded?.ready;
  if (!sharded || info.key === undefined || sharded.key !== info.key) {
    sharded?.controller.abort();
    const controller = new AbortController();
    const entry: NonNullable<typeof sharded> = {
      key: info.key,
      controller,
      checker: remainingPages(settings.customTerms, info, controller.signal)
        // Later pages may hold regexes the first did not.
        .then(async (terms) => (await withPatternEngine({ ...settings, customTerms: terms })).customTerms)
        .then((terms) => compileCustomShards(terms, { allow: settings.allow, yieldToPage, signal: controller.signal }))
        .then((checker) => (entry.ready = checker))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) console.warn('[ListingLint] your term list could not be compiled:', error instanceof Error ? error.message : error);
          return null;
        }),
    };
    sharded = entry;
  }
  const current = sharded;
  const now: AuditSettings = { ...settings, customTerms: [], ...((current.ready ?? previous) ? { customChecker: current.ready ?? previous } : {}) };
  if (!current.ready) {
    void current.checker.then((checker) => {
      if (checker && mine === generation) apply({ ...now, customChecker: checker });
    });
  }
  return now;
}

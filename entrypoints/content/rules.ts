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
  return settings.customTerms.some((term) => (term.exceptionPatterns?.length ?? 0) > 0) || settings.extraLexicons.some((lexicon) => lexicon.terms.some((term) => term.exceptionPatterns.length > 0));
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

/** A turn for the page between compile steps; not throttled in background tabs like setTimeout. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

let sharded: { key: string; checker: Promise<ShardedChecker | null>; controller: AbortController } | undefined;
let generation = 0;

/**
 * Settings for the overlay now, with a large own-term list (issue 13: 100,000 terms) moved off the
 * keystroke path: the shipped rules check at once, the term list compiles in shards between the page's
 * tasks, and `apply` receives the settings with it once ready (unless newer settings came meanwhile).
 */
export function withLargeTermList(settings: AuditSettings, apply: (settings: AuditSettings) => void): AuditSettings {
  const mine = ++generation;
  if (settings.customTerms.length < SHARD_THRESHOLD) return settings;
  const key = JSON.stringify([settings.customTerms, settings.allow]);
  if (sharded?.key !== key) {
    sharded?.controller.abort();
    const controller = new AbortController();
    const checker = compileCustomShards(settings.customTerms, { allow: settings.allow, yieldToPage, signal: controller.signal }).catch((error: unknown) => {
      if (!controller.signal.aborted) console.warn('[ListingLint] your term list could not be compiled:', error instanceof Error ? error.message : error);
      return null;
    });
    sharded = { key, checker, controller };
  }
  const now = { ...settings, customTerms: [] };
  void sharded.checker.then((checker) => {
    if (checker && mine === generation) apply({ ...now, customChecker: checker });
  });
  return now;
}

import type { RE2JS as Engine } from 're2js';

/**
 * The content script's stand-in for the `re2js` package (swapped in by wxt.config.ts): RE2JS is ~46 KB
 * gzipped and only user regexes need it, so the background injects `pattern-engine.js` into this
 * isolated world when the page's rules hold one (`loadPatternEngine`), and this module forwards to it.
 */
export const PATTERN_ENGINE_GLOBAL = '__listinglintRe2js';

type EngineClass = typeof Engine;

function engine(): EngineClass {
  const loaded = (globalThis as Record<string, unknown>)[PATTERN_ENGINE_GLOBAL] as EngineClass | undefined;
  if (!loaded) throw new Error('the pattern engine is not loaded in this page');
  return loaded;
}

/** True once the injected engine is present. */
export function patternEngineLoaded(): boolean {
  return (globalThis as Record<string, unknown>)[PATTERN_ENGINE_GLOBAL] !== undefined;
}

export const RE2JS = {
  // Same value as RE2JS.CASE_INSENSITIVE (re2js 2.x); checked against the package in tests/unit/lexicon/provided.test.ts.
  CASE_INSENSITIVE: 1,
  compile(source: string, flags?: number): Engine {
    return engine().compile(source, flags);
  },
};

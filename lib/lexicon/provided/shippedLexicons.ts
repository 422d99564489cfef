import type { LoadedLexicons } from '../load';
import type { Lexicon } from '../schema';

/**
 * The content script's stand-in for `lib/lexicon/shipped.ts` (swapped in by wxt.config.ts): the same
 * API, but the lexicons are handed over by the background at load (`provideShippedLexicons`) instead
 * of being inlined into the bundle. Until then there are none.
 */
let loaded: LoadedLexicons = { lexicons: [], errors: [], warnings: [] };
let sources: string[] = [];

/** Install the shipped lexicons the background validated; replaces any earlier set. */
export function provideShippedLexicons(lexicons: Lexicon[], files: string[] = []): void {
  loaded = { lexicons, errors: [], warnings: [] };
  sources = files;
}

export function loadShippedLexicons(): LoadedLexicons {
  return loaded;
}

export function shippedSources(): string[] {
  return sources;
}

export function shippedLexicons(): LoadedLexicons['lexicons'] {
  return loaded.lexicons;
}

/** True for a lexicon object the background handed over as shipped: its exception patterns were vetted there. */
export function isShippedLexicon(lexicon: Lexicon): boolean {
  return loaded.lexicons.includes(lexicon);
}

import type { PatternFile } from '../../compliance/patterns/schema';

/**
 * The content script's stand-in for `lib/compliance/patterns/shipped.ts` (swapped in by wxt.config.ts):
 * the pattern rules arrive from the background at load (`provideShippedPatterns`), not inlined.
 */
let loaded: { files: PatternFile[]; errors: string[] } = { files: [], errors: [] };

export function provideShippedPatterns(files: PatternFile[]): void {
  loaded = { files, errors: [] };
}

export function loadShippedPatterns(): { files: PatternFile[]; errors: string[] } {
  return loaded;
}

export function shippedPatterns(): PatternFile[] {
  return loaded.files;
}

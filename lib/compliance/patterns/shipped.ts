import { parsePatternFile, type PatternFile } from './schema';
import zhEnPatterns from '../../../public/lexicons/patterns/zh-en-patterns.json';

/** The shipped pattern rules (public/lexicons/patterns), validated on first use; a bad file throws in tests. */
const FILES: ReadonlyArray<{ source: string; data: unknown }> = [{ source: 'patterns/zh-en-patterns.json', data: zhEnPatterns }];

let loaded: { files: PatternFile[]; errors: string[] } | undefined;

export function loadShippedPatterns(): { files: PatternFile[]; errors: string[] } {
  if (!loaded) {
    const files: PatternFile[] = [];
    const errors: string[] = [];
    for (const { source, data } of FILES) {
      const parsed = parsePatternFile(data, source);
      if (parsed.ok) files.push(parsed.file);
      else errors.push(...parsed.errors);
    }
    loaded = { files, errors };
  }
  return loaded;
}

export function shippedPatterns(): PatternFile[] {
  return loadShippedPatterns().files;
}

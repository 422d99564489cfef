import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicons, type LoadedLexicons } from '../../../lib/lexicon/load';

/** public/lexicons, read from disk: what the extension ships, independent of how it is bundled. */
export const LEXICON_DIR = join(import.meta.dirname, '..', '..', '..', 'public', 'lexicons');

export interface LexiconFile {
  name: string;
  data: unknown;
}

export function readLexiconFiles(): LexiconFile[] {
  return readdirSync(LEXICON_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, data: JSON.parse(readFileSync(join(LEXICON_DIR, name), 'utf8')) as unknown }));
}

export function loadDiskLexicons(): LoadedLexicons {
  return loadLexicons(readLexiconFiles().map((f) => ({ source: f.name, data: f.data })));
}

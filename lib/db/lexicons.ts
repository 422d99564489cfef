import { lexiconFileSchema, type Lexicon } from '../lexicon/schema';
import type { ListingLintDB } from './database';
import { parseOrThrow } from './errors';
import type { LexiconRecord } from './rows';

/**
 * Stored lexicons: shipped ones (cached copies of public/lexicons, key
 * `shipped:<id>`) and subscribed ones (key = URL, see subscriptions.ts).
 */

export function shippedLexiconKey(id: string): string {
  return `shipped:${id}`;
}

/** Stores (or replaces) a shipped lexicon after validating it as a lexicon file. */
export async function putShippedLexicon(db: ListingLintDB, file: unknown, now = Date.now()): Promise<LexiconRecord> {
  const lexicon = parseOrThrow(lexiconFileSchema, file, 'lexicon');
  const record: LexiconRecord = {
    key: shippedLexiconKey(lexicon.id),
    kind: 'shipped',
    url: null,
    lexicon,
    expectedIntegrity: null,
    integrity: null,
    fetchedAt: now,
    checkedAt: now,
    lastError: null,
    addedAt: now,
  };
  await db.lexicons.put(record);
  return record;
}

export async function getLexiconRecord(db: ListingLintDB, key: string): Promise<LexiconRecord | undefined> {
  return db.lexicons.get(key);
}

export async function listLexiconRecords(db: ListingLintDB, kind?: LexiconRecord['kind']): Promise<LexiconRecord[]> {
  const rows = kind === undefined ? await db.lexicons.toArray() : await db.lexicons.where('kind').equals(kind).toArray();
  return rows.sort((a, b) => a.key.localeCompare(b.key));
}

/** Every lexicon with a good version stored, shipped first, for the matcher to compile. */
export async function loadedLexicons(db: ListingLintDB): Promise<Lexicon[]> {
  const rows = await listLexiconRecords(db);
  rows.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'shipped' ? -1 : 1));
  return rows.flatMap((row) => (row.lexicon ? [row.lexicon] : []));
}

export async function deleteLexiconRecord(db: ListingLintDB, key: string): Promise<void> {
  await db.lexicons.delete(key);
}

// OCR results by image hash (issue 20). Its own database so the main schema's version history is untouched;
// a cache: evicted oldest first beyond MAX_ENTRIES.
import Dexie, { type EntityTable } from 'dexie';

import type { OcrLine } from '../ocr/types';

export interface OcrCacheEntry {
  /** SHA-256 of the image bytes, hex. */
  hash: string;
  /** Engine and model id: a new model invalidates old results. */
  engine: string;
  width: number;
  height: number;
  lines: OcrLine[];
  notes: string[];
  at: number;
}

export const OCR_CACHE_DB = 'listinglint-ocr';
export const MAX_ENTRIES = 2000;

export class OcrCacheDB extends Dexie {
  results!: EntityTable<OcrCacheEntry, 'hash'>;

  constructor(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(OCR_CACHE_DB, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined);
    this.version(1).stores({ results: 'hash, at' });
  }
}

export async function cachedOcr(db: OcrCacheDB, hash: string, engine: string): Promise<OcrCacheEntry | undefined> {
  const entry = await db.results.get(hash);
  return entry?.engine === engine ? entry : undefined;
}

export async function storeOcr(db: OcrCacheDB, entry: OcrCacheEntry): Promise<void> {
  await db.results.put(entry);
  const count = await db.results.count();
  if (count > MAX_ENTRIES) {
    const oldest = await db.results
      .orderBy('at')
      .limit(count - MAX_ENTRIES)
      .primaryKeys();
    await db.results.bulkDelete(oldest);
  }
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

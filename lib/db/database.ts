import Dexie, { type EntityTable } from 'dexie';
import { DatabaseTooNewError } from './errors';
import type { AllowlistRecord, AuditEntry, CustomTermRecord, DraftRecord, KeywordListRecord, LexiconRecord, ReviewRecord, SettingRecord } from './rows';
import { declareSchemaHistory, SCHEMA_VERSION } from './schema';

export const DB_NAME = 'listinglint';

export interface DatabaseOptions {
  /** An IndexedDB factory (fake-indexeddb in tests); the global one by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
}

/**
 * ListingLint's IndexedDB database, owned by the background service worker.
 * Caches: auditCache, unsaved drafts. User data: everything else.
 */
export class ListingLintDB extends Dexie {
  auditCache!: EntityTable<AuditEntry, 'key'>;
  drafts!: EntityTable<DraftRecord, 'key'>;
  lexicons!: EntityTable<LexiconRecord, 'key'>;
  customTerms!: EntityTable<CustomTermRecord, 'id'>;
  allowlist!: EntityTable<AllowlistRecord, 'id'>;
  keywordLists!: EntityTable<KeywordListRecord, 'id'>;
  reviews!: EntityTable<ReviewRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(options: DatabaseOptions = {}) {
    // Only pass what is set: an explicit `undefined` would override Dexie's global default.
    const deps: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
    if (options.indexedDB) deps.indexedDB = options.indexedDB;
    if (options.IDBKeyRange) deps.IDBKeyRange = options.IDBKeyRange;
    super(options.name ?? DB_NAME, deps);
    declareSchemaHistory(this);
    // Dexie 4 opens a newer database silently; refuse instead, so an older
    // extension never reads or writes a newer one's rows. (On this auto-open path
    // Dexie may already have added empty stores it lacks; openListingLintDB
    // checks before opening and leaves the database exactly as it was.)
    this.on('ready', (db) => {
      const found = onDiskVersion((db as Dexie).backendDB().version);
      if (found > SCHEMA_VERSION) return Promise.reject(new DatabaseTooNewError(found, SCHEMA_VERSION));
      return undefined;
    });
  }
}

/** Dexie stores version n as native version n×10 (plus small bumps of its own). */
function onDiskVersion(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10);
}

/**
 * Opens the database, upgrading an older one in place. A database from a newer
 * ListingLint is refused with DatabaseTooNewError before it is opened for writing.
 */
export async function openListingLintDB(options: DatabaseOptions = {}): Promise<ListingLintDB> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const name = options.name ?? DB_NAME;
  if (factory && typeof factory.databases === 'function') {
    const existing = (await factory.databases()).find((info) => info.name === name);
    const found = existing?.version ? onDiskVersion(existing.version) : 0;
    if (found > SCHEMA_VERSION) throw new DatabaseTooNewError(found, SCHEMA_VERSION);
  }
  const db = new ListingLintDB(options);
  try {
    await db.open();
  } catch (error) {
    throw unwrapOpenError(error);
  }
  return db;
}

/** Dexie reports a failed `ready` hook as DatabaseClosedError with our error inside. */
function unwrapOpenError(error: unknown): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof DatabaseTooNewError) return current;
    current = (current as Error & { inner?: unknown }).inner ?? current.cause;
  }
  return error;
}

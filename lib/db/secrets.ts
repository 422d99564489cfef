import Dexie, { type EntityTable } from 'dexie';
import type { DatabaseOptions } from './database';

/**
 * Secrets (the model provider's settings with its API key) live in their own IndexedDB database
 * of the extension origin: content scripts run with the page's origin and cannot open it (unlike
 * `storage.local`, which every content script can read), and backups, which read the main
 * database, never see it.
 */
export const SECRETS_DB_NAME = 'listinglint-secrets';

export interface SecretRecord {
  name: string;
  value: unknown;
  updatedAt: number;
}

export class SecretsDB extends Dexie {
  secrets!: EntityTable<SecretRecord, 'name'>;

  constructor(options: DatabaseOptions = {}) {
    const deps: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
    if (options.indexedDB) deps.indexedDB = options.indexedDB;
    if (options.IDBKeyRange) deps.IDBKeyRange = options.IDBKeyRange;
    super(options.name ?? SECRETS_DB_NAME, deps);
    this.version(1).stores({ secrets: 'name' });
  }
}

export const PROVIDER_SECRET = 'providerConfig';

export async function readSecret(db: SecretsDB, name: string): Promise<unknown> {
  return (await db.secrets.get(name))?.value ?? null;
}

/** Writes a secret; null deletes it. */
export async function writeSecret(db: SecretsDB, name: string, value: unknown, now = Date.now()): Promise<void> {
  if (value === null || value === undefined) await db.secrets.delete(name);
  else await db.secrets.put({ name, value, updatedAt: now });
}

/** Where the secret used to be kept (WXT storage item shape). */
export interface LegacySecretLocation {
  getValue(): Promise<unknown>;
  removeValue(): Promise<void>;
}

/**
 * Moves a secret from its old location into the secrets database and deletes the old copy.
 * A secret already in the database wins (it was written later, by this version).
 */
export async function migrateSecret(db: SecretsDB, name: string, legacy: LegacySecretLocation): Promise<'moved' | 'dropped-old' | 'none'> {
  const old = await legacy.getValue();
  if (old === null || old === undefined) return 'none';
  const moved = await db.transaction('rw', db.secrets, async () => {
    if ((await db.secrets.get(name)) !== undefined) return false;
    await db.secrets.put({ name, value: old, updatedAt: Date.now() });
    return true;
  });
  await legacy.removeValue();
  return moved ? 'moved' : 'dropped-old';
}

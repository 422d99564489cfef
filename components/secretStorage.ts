import { migrateSecret, PROVIDER_SECRET, readSecret, SecretsDB, writeSecret } from '@/lib/db/secrets';
import { redactSecrets } from '@/lib/security/redact';
import { legacyProviderConfig } from './settingsStorage';

/**
 * The model provider (base URL, model, API key), in the extension origin's secrets database.
 * Written by the dashboard, read by the background service worker, which alone calls the model.
 * Never imported by the content script.
 */
let db: SecretsDB | undefined;
let migrated: Promise<unknown> | undefined;

async function secretsDb(): Promise<SecretsDB> {
  db ??= new SecretsDB();
  // Keys saved by older versions sat in storage.local, readable by content scripts: move them once.
  migrated ??= migrateSecret(db, PROVIDER_SECRET, legacyProviderConfig).catch((error: unknown) => {
    migrated = undefined;
    throw error;
  });
  await migrated;
  return db;
}

export const providerConfig = {
  async getValue(): Promise<unknown> {
    return readSecret(await secretsDb(), PROVIDER_SECRET);
  },
  async setValue(value: unknown): Promise<void> {
    await writeSecret(await secretsDb(), PROVIDER_SECRET, value);
  },
};

/** Runs the one-time move of a legacy key (background start-up). */
export async function migrateSecrets(): Promise<void> {
  await secretsDb();
}

/** The stored API key, for redaction only. */
async function storedApiKey(): Promise<string | null> {
  const value = await providerConfig.getValue().catch(() => null);
  const key = typeof value === 'object' && value !== null ? (value as { apiKey?: unknown }).apiKey : undefined;
  return typeof key === 'string' ? key : null;
}

/** Text that leaves the background (responses, port messages, logs) with the stored key removed. */
export async function withoutSecrets(text: string): Promise<string> {
  return redactSecrets(text, [await storedApiKey()]);
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomTerm } from '@/lib/db/customTerms';
import { backupToJson, exportBackup } from '@/lib/db/backup';
import { ListingLintDB } from '@/lib/db/database';
import { migrateSecret, PROVIDER_SECRET, readSecret, SecretsDB, writeSecret } from '@/lib/db/secrets';
import { setSetting } from '@/lib/db/settings';
import { testConnection } from '@/lib/draft';
import { redactSecrets, REDACTED } from '@/lib/security/redact';

const KEY = 'sk-live-7f3a9c2e4b1d8f6a0e5c3b9d7a1f4e2c';
const config = (baseURL: string) => ({ presetId: 'custom', baseURL, model: 'm', apiKey: KEY });

function legacyStore(initial: unknown) {
  let value = initial;
  return { getValue: async () => value, removeValue: async () => void (value = null), peek: () => value };
}

describe('the provider key store', () => {
  it('moves a key saved in storage.local by an older version and deletes the old copy', async () => {
    const db = new SecretsDB({ indexedDB: new IDBFactory(), IDBKeyRange });
    const legacy = legacyStore(config('https://api.example/v1'));
    expect(await migrateSecret(db, PROVIDER_SECRET, legacy)).toBe('moved');
    expect(legacy.peek()).toBeNull();
    expect(await readSecret(db, PROVIDER_SECRET)).toMatchObject({ apiKey: KEY });
    expect(await migrateSecret(db, PROVIDER_SECRET, legacy)).toBe('none');
    db.close();
  });

  it('keeps a key saved by this version over a stale legacy copy, and still deletes the copy', async () => {
    const db = new SecretsDB({ indexedDB: new IDBFactory(), IDBKeyRange });
    await writeSecret(db, PROVIDER_SECRET, { ...config('https://new.example/v1'), apiKey: 'sk-new-key-000000000' });
    const legacy = legacyStore(config('https://old.example/v1'));
    expect(await migrateSecret(db, PROVIDER_SECRET, legacy)).toBe('dropped-old');
    expect(legacy.peek()).toBeNull();
    expect(await readSecret(db, PROVIDER_SECRET)).toMatchObject({ apiKey: 'sk-new-key-000000000' });
    db.close();
  });

  it('is a separate database, so a backup of user data cannot contain the key', async () => {
    const factory = new IDBFactory();
    const secrets = new SecretsDB({ indexedDB: factory, IDBKeyRange });
    const data = new ListingLintDB({ indexedDB: factory, IDBKeyRange });
    await writeSecret(secrets, PROVIDER_SECRET, config('https://api.example/v1'));
    await addCustomTerm(data, { text: '神效', category: 'custom', severity: 'error', basis: '团队规则', lang: 'zh' });
    await setSetting(data, 'note', { text: 'hello' });
    const json = backupToJson(await exportBackup(data));
    expect(json).toContain('神效');
    expect(json).not.toContain(KEY);
    expect(json).not.toContain(KEY.slice(8, 24));
    secrets.close();
    data.close();
  });
});

describe('error text leaving the background', () => {
  let server: Server;
  let baseURL: string;
  beforeAll(async () => {
    // An OpenAI-compatible endpoint that quotes the rejected key in full, as some providers do.
    server = createServer((request, response) => {
      const presented = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          error: {
            message: `Incorrect API key provided: ${presented}. Prefix ${presented.slice(0, 12)}`,
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('carries no part of the key when the upstream error quotes it', async () => {
    const result = await testConnection(config(baseURL), { timeoutMs: 5000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const raw = `${result.error.localized('zh-CN')} ${result.error.localized('en')} ${result.error.message}`;
    expect(raw).toContain(KEY); // the attack is real: the SDK passes the server's text through
    const cleaned = redactSecrets(raw, [KEY]);
    expect(cleaned).not.toContain(KEY);
    expect(cleaned).not.toContain(KEY.slice(0, 12));
    expect(cleaned).toContain(REDACTED);
    expect(cleaned).toContain('Incorrect API key provided');
  });

  it('redacts echoed fragments but leaves ordinary text alone', () => {
    expect(redactSecrets(`key …${KEY.slice(-10)} rejected`, [KEY])).toBe(`key …${REDACTED} rejected`);
    expect(redactSecrets('401 Unauthorized: quota exceeded', [KEY])).toBe('401 Unauthorized: quota exceeded');
    expect(redactSecrets('no key configured', [null, undefined, ''])).toBe('no key configured');
  });
});

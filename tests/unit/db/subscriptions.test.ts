import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ListingLintDB } from '@/lib/db/database';
import { StorageValidationError } from '@/lib/db/errors';
import { sha256Hex } from '@/lib/db/integrity';
import { loadedLexicons } from '@/lib/db/lexicons';
import { acceptChangedIntegrity, addSubscription, listSubscriptions, refreshSubscription, removeSubscription, type FetchLike } from '@/lib/db/subscriptions';
import { freshDb, lexicon } from './helpers';

let db: ListingLintDB;
afterEach(() => db?.close());

const URL_A = 'https://team.example/a.json';
const body = (value: unknown) => JSON.stringify(value);
const serve = (text: string, status = 200): FetchLike => vi.fn(async () => new Response(text, { status, statusText: status === 404 ? 'Not Found' : '' }));

async function sriOf(text: string): Promise<string> {
  const hex = await sha256Hex(new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...hex.match(/../g)!.map((h) => parseInt(h, 16))))}`;
}

describe('refreshSubscription', () => {
  it('stores a valid download and reports its status', async () => {
    db = freshDb();
    const result = await refreshSubscription(db, URL_A, {
      fetch: serve(body(lexicon('1.0.0', 'team-terms', 3))),
      now: 1000,
    });
    expect(result).toEqual({
      url: URL_A,
      id: 'team-terms',
      version: '1.0.0',
      termCount: 3,
      fetchedAt: 1000,
      checkedAt: 1000,
      pinnedIntegrity: await sha256Hex(new TextEncoder().encode(body(lexicon('1.0.0', 'team-terms', 3)))),
      changedIntegrity: null,
      lastError: null,
      outcome: 'updated',
    });
    expect((await loadedLexicons(db)).map((l) => l.version)).toEqual(['1.0.0']);
    expect(await listSubscriptions(db)).toEqual([expect.objectContaining({ url: URL_A, version: '1.0.0' })]);
  });

  it('replaces only with a newer version (semver, not text order), once the user accepts its new hash', async () => {
    db = freshDb();
    await refreshSubscription(db, URL_A, { fetch: serve(body(lexicon('1.9.0'))), now: 1 });
    const offered = await refreshSubscription(db, URL_A, { fetch: serve(body(lexicon('1.10.0'))), now: 2 });
    expect(offered).toMatchObject({ outcome: 'pending', version: '1.9.0', changedIntegrity: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await acceptChangedIntegrity(db, URL_A, offered.changedIntegrity!, { fetch: serve(body(lexicon('1.10.0'))), now: 2 })).toMatchObject({
      outcome: 'updated',
      version: '1.10.0',
      pinnedIntegrity: offered.changedIntegrity,
      changedIntegrity: null,
    });
    expect(await refreshSubscription(db, URL_A, { fetch: serve(body(lexicon('1.2.0'))), now: 3 })).toMatchObject({
      outcome: 'unchanged',
      version: '1.10.0',
      fetchedAt: 2,
      checkedAt: 3,
      lastError: null,
    });
    // Same version, different bytes: kept, and flagged.
    expect(await refreshSubscription(db, URL_A, { fetch: serve(body(lexicon('1.10.0', 'team-terms', 2))), now: 4 })).toMatchObject({
      outcome: 'unchanged',
      termCount: 1,
      lastError: expect.stringMatching(/^changed:/),
    });
  });

  describe('keeps the last good version and records why', () => {
    async function withGood(): Promise<void> {
      db = freshDb();
      await refreshSubscription(db, URL_A, { fetch: serve(body(lexicon('1.0.0'))), now: 1000 });
    }
    async function expectKept(lastError: RegExp): Promise<void> {
      const [status] = await listSubscriptions(db);
      expect(status).toMatchObject({ version: '1.0.0', termCount: 1, fetchedAt: 1000, checkedAt: 2000 });
      expect(status?.lastError).toMatch(lastError);
      expect((await loadedLexicons(db)).map((l) => l.version)).toEqual(['1.0.0']);
    }

    it('on HTTP 404', async () => {
      await withGood();
      const result = await refreshSubscription(db, URL_A, { fetch: serve('nope', 404), now: 2000 });
      expect(result.outcome).toBe('failed');
      await expectKept(/^http: 404 Not Found/);
    });

    it('on a timeout, even when fetch ignores the abort signal', async () => {
      await withGood();
      const hanging: FetchLike = () => new Promise(() => {});
      const result = await refreshSubscription(db, URL_A, { fetch: hanging, timeoutMs: 30, now: 2000 });
      expect(result.outcome).toBe('failed');
      await expectKept(/^timeout: no response within 30 ms/);
    });

    it('on a network error', async () => {
      await withGood();
      await refreshSubscription(db, URL_A, { fetch: () => Promise.reject(new TypeError('fetch failed')), now: 2000 });
      await expectKept(/^network: fetch failed/);
    });

    it('on invalid JSON and on a schema failure, naming the path', async () => {
      await withGood();
      await refreshSubscription(db, URL_A, { fetch: serve('{"id": '), now: 2000 });
      await expectKept(/^json:/);
      const bad = lexicon('2.0.0');
      (bad.terms[0] as Record<string, unknown>).severity = 'fatal';
      await refreshSubscription(db, URL_A, { fetch: serve(body(bad)), now: 2000 });
      await expectKept(/^schema: .*term 0 .*severity/);
    });

    it('on an integrity mismatch; a matching integrity (SRI or hex) is accepted', async () => {
      await withGood();
      const next = body(lexicon('2.0.0'));
      await addSubscription(db, URL_A, { integrity: await sriOf('something else') });
      await refreshSubscription(db, URL_A, { fetch: serve(next), now: 2000 });
      await expectKept(/^integrity-changed: version 2\.0\.0 has sha256 [0-9a-f]{64}, pinned [0-9a-f]{64}/);
      await addSubscription(db, URL_A, { integrity: await sriOf(next) });
      expect(await refreshSubscription(db, URL_A, { fetch: serve(next), now: 3000 })).toMatchObject({
        outcome: 'updated',
        version: '2.0.0',
        lastError: null,
      });
      const hex = await sha256Hex(new TextEncoder().encode(body(lexicon('3.0.0'))));
      expect(await refreshSubscription(db, URL_A, { fetch: serve(body(lexicon('3.0.0'))), integrity: hex.toUpperCase() })).toMatchObject({
        outcome: 'updated',
      });
    });

    it('when another subscription already provides the same lexicon id', async () => {
      await withGood();
      const other = 'https://mirror.example/a.json';
      const result = await refreshSubscription(db, other, { fetch: serve(body(lexicon('5.0.0'))), now: 2000 });
      expect(result).toMatchObject({ outcome: 'failed', version: null, lastError: expect.stringContaining(URL_A) });
      expect((await loadedLexicons(db)).map((l) => l.version)).toEqual(['1.0.0']);
    });
  });

  it('a first download that fails leaves a subscription with no version and the error', async () => {
    db = freshDb();
    expect(await refreshSubscription(db, URL_A, { fetch: serve('', 500), now: 5 })).toMatchObject({
      outcome: 'failed',
      id: null,
      version: null,
      termCount: 0,
      fetchedAt: null,
      checkedAt: 5,
      lastError: 'http: 500',
    });
    expect(await loadedLexicons(db)).toEqual([]);
  });

  it('refuses a non-http URL and a malformed integrity before any download', async () => {
    db = freshDb();
    const fetchFn = vi.fn(serve(body(lexicon())));
    await expect(refreshSubscription(db, 'file:///etc/passwd', { fetch: fetchFn })).rejects.toThrow(StorageValidationError);
    await expect(addSubscription(db, URL_A, { integrity: 'md5-abc' })).rejects.toThrow(/integrity/);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(await listSubscriptions(db)).toEqual([]);
  });

  it('removeSubscription removes only that subscription', async () => {
    db = freshDb();
    await addSubscription(db, URL_A);
    await addSubscription(db, 'https://b.example/b.json');
    await removeSubscription(db, URL_A);
    expect((await listSubscriptions(db)).map((s) => s.url)).toEqual(['https://b.example/b.json']);
  });
});

import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putAudit } from '@/lib/db/auditCache';
import { addCustomTerm, listCustomTerms } from '@/lib/db/customTerms';
import type { ListingLintDB } from '@/lib/db/database';
import { putDraft } from '@/lib/db/drafts';
import { StorageFullError } from '@/lib/db/errors';
import { isQuotaExceeded, withQuotaRecovery } from '@/lib/db/quota';
import { saveDecision } from '@/lib/db/reviews';
import { freshDb } from './helpers';

let db: ListingLintDB;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

const quotaError = () => new Dexie.QuotaExceededError('QuotaExceededError: the quota has been exceeded');
const domQuota = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

async function seed(db: ListingLintDB): Promise<void> {
  await addCustomTerm(db, { text: '秒杀价' });
  await saveDecision(db, {
    pageUrl: 'u',
    field: 'title',
    textHash: 'h',
    ruleId: 'r',
    start: 0,
    end: 1,
    decision: 'accepted',
  });
  await putDraft(db, 'saved', { request: {}, variants: [], provider: 'p', model: 'm', saved: true });
  await putDraft(db, 'unsaved', { request: {}, variants: [], provider: 'p', model: 'm' });
  for (let i = 0; i < 5; i++) await putAudit(db, `a${i}`, { findings: [] });
}

describe('isQuotaExceeded', () => {
  it('recognises Dexie errors, DOMException-like errors and wrapped ones', () => {
    expect(isQuotaExceeded(quotaError())).toBe(true);
    expect(isQuotaExceeded(domQuota())).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted', domQuota()))).toBe(true);
    expect(isQuotaExceeded(new Error('wrapped', { cause: domQuota() }))).toBe(true);
    expect(isQuotaExceeded(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});

describe('withQuotaRecovery', () => {
  it('on a quota error clears the caches and retries once, then succeeds; user data intact', async () => {
    db = freshDb();
    await seed(db);
    const realAdd = db.customTerms.add.bind(db.customTerms);
    const add = vi.spyOn(db.customTerms, 'add').mockImplementationOnce(() => Dexie.Promise.reject(quotaError()));
    add.mockImplementation(realAdd);
    const term = await withQuotaRecovery(db, () => addCustomTerm(db, { text: '全网最低' }));
    expect(term.text).toBe('全网最低');
    expect(add).toHaveBeenCalledTimes(2);
    expect(await db.auditCache.count()).toBe(0);
    expect((await db.drafts.toArray()).map((d) => d.key)).toEqual(['saved']);
    expect((await listCustomTerms(db)).map((t) => t.text)).toEqual(['秒杀价', '全网最低']);
    expect(await db.reviews.count()).toBe(1);
  });

  it('throws StorageFullError (zh + en) when the retry still hits the quota, deleting no user data', async () => {
    db = freshDb();
    await seed(db);
    vi.spyOn(db.reviews, 'put').mockImplementation(() => Dexie.Promise.reject(quotaError()));
    const error = await withQuotaRecovery(db, () =>
      saveDecision(db, {
        pageUrl: 'u2',
        field: 'title',
        textHash: 'h2',
        ruleId: 'r',
        start: 0,
        end: 1,
        decision: 'confirmed',
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    const full = error as StorageFullError;
    expect(full.messageZh).toMatch(/存储空间已满/);
    expect(full.messageEn).toMatch(/storage is full/);
    expect(isQuotaExceeded(full.cause)).toBe(true);
    expect(await db.customTerms.count()).toBe(1);
    expect(await db.reviews.count()).toBe(1);
    expect(await db.drafts.get('saved')).toBeDefined();
    expect(await db.auditCache.count()).toBe(0);
  });

  it('a cache write stubbed to fail once (put) lands after the caches are cleared', async () => {
    db = freshDb();
    await seed(db);
    const realPut = db.auditCache.put.bind(db.auditCache);
    const put = vi
      .spyOn(db.auditCache, 'put')
      .mockImplementationOnce(() => Dexie.Promise.reject(quotaError()))
      .mockImplementation(realPut);
    await withQuotaRecovery(db, () => putAudit(db, 'new', { findings: [] }));
    expect(put).toHaveBeenCalledTimes(2);
    expect(await db.auditCache.toCollection().primaryKeys()).toEqual(['new']);
    expect(await db.customTerms.count()).toBe(1);
  });

  it('passes other errors through without clearing anything', async () => {
    db = freshDb();
    await seed(db);
    const op = vi.fn(() => Promise.reject(new Dexie.ConstraintError('dup')));
    await expect(withQuotaRecovery(db, op)).rejects.toThrow(/dup/);
    expect(op).toHaveBeenCalledTimes(1);
    expect(await db.auditCache.count()).toBe(5);
  });

  it('also recovers when the quota error surfaces from bulkPut inside a transaction', async () => {
    db = freshDb();
    await seed(db);
    const realBulkPut = db.auditCache.bulkPut.bind(db.auditCache);
    vi.spyOn(db.auditCache, 'bulkPut')
      .mockImplementationOnce(() => Dexie.Promise.reject(new Dexie.AbortError('Transaction aborted', domQuota())))
      .mockImplementation(realBulkPut);
    const op = () =>
      db.transaction('rw', db.auditCache, () => db.auditCache.bulkPut([{ key: 'n', findings: [], report: null, sizeBytes: 1, createdAt: 1, lastUsedAt: 1 }]));
    await withQuotaRecovery(db, op);
    expect(await db.auditCache.toCollection().primaryKeys()).toEqual(['n']);
  });
});

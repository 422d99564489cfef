import { afterEach, describe, expect, it } from 'vitest';
import { auditCacheStats, deleteAudit, getAudit, LAST_USED_GRANULARITY_MS, putAudit } from '@/lib/db/auditCache';
import type { ListingLintDB } from '@/lib/db/database';
import { deleteDraft, getDraft, listSavedDrafts, putDraft, setDraftSaved } from '@/lib/db/drafts';
import { StorageValidationError } from '@/lib/db/errors';
import { auditCacheKey } from '@/lib/db/hash';
import { finding, freshDb } from './helpers';

let db: ListingLintDB;
afterEach(() => db?.close());

describe('audit cache', () => {
  it('returns what was put, and misses on an unknown key', async () => {
    db = freshDb();
    const key = auditCacheKey('最佳纯棉T恤', 'r1', 'l1');
    const stored = await putAudit(db, key, { findings: [finding()], report: { score: 80, counts: { error: 1 } } }, 1000);
    expect(stored.sizeBytes).toBeGreaterThan(100);
    expect(await getAudit(db, key, 1000)).toEqual({
      findings: [finding()],
      report: { score: 80, counts: { error: 1 } },
    });
    expect(await getAudit(db, auditCacheKey('纯棉T恤', 'r1', 'l1'))).toBeUndefined();
    await deleteAudit(db, key);
    expect(await getAudit(db, key)).toBeUndefined();
  });

  it('a hit bumps lastUsedAt, at most once per granularity window', async () => {
    db = freshDb();
    await putAudit(db, 'k', { findings: [] }, 1000);
    await getAudit(db, 'k', 1000 + LAST_USED_GRANULARITY_MS - 1);
    expect((await db.auditCache.get('k'))?.lastUsedAt).toBe(1000);
    await getAudit(db, 'k', 1000 + LAST_USED_GRANULARITY_MS);
    expect((await db.auditCache.get('k'))?.lastUsedAt).toBe(1000 + LAST_USED_GRANULARITY_MS);
  });

  it('refuses a malformed finding, naming the path, and writes nothing', async () => {
    db = freshDb();
    const bad = { findings: [finding(), { ...finding(), severity: 'fatal' }] };
    await expect(putAudit(db, 'k', bad as never)).rejects.toThrow(StorageValidationError);
    await expect(putAudit(db, 'k', bad as never)).rejects.toThrow(/findings\[1\]\.severity/);
    await expect(putAudit(db, 'k', { findings: [finding({ start: 5, end: 2 })] })).rejects.toThrow(/findings\[0\]\.end/);
    expect(await db.auditCache.count()).toBe(0);
  });

  it('stats count entries and bytes from the index', async () => {
    db = freshDb();
    const a = await putAudit(db, 'a', { findings: [finding()] });
    const b = await putAudit(db, 'b', { findings: [] });
    expect(await auditCacheStats(db)).toEqual({ count: 2, bytes: a.sizeBytes + b.sizeBytes });
  });
});

describe('drafts', () => {
  const input = {
    request: { product: '纯棉T恤', scene: '通勤', platform: 'taobao' },
    variants: [{ title: '通勤纯棉T恤', body: '透气亲肤' }],
    provider: 'openai',
    model: 'gpt-4o-mini',
  };

  it('stores unsaved by default; saving lists it; re-putting keeps createdAt and the saved flag', async () => {
    db = freshDb();
    const first = await putDraft(db, 'd1', input, 1000);
    expect(first).toMatchObject({ saved: false, createdAt: 1000, lastUsedAt: 1000 });
    expect(await listSavedDrafts(db)).toEqual([]);
    expect(await setDraftSaved(db, 'd1', true)).toBe(true);
    expect(await setDraftSaved(db, 'missing', true)).toBe(false);
    const again = await putDraft(db, 'd1', { ...input, variants: [] }, 5000);
    expect(again).toMatchObject({ saved: true, createdAt: 1000, lastUsedAt: 5000, variants: [] });
    expect((await listSavedDrafts(db)).map((d) => d.key)).toEqual(['d1']);
  });

  it('getDraft bumps lastUsedAt; deleteDraft removes it; bad input is refused', async () => {
    db = freshDb();
    await putDraft(db, 'd1', input, 1000);
    const later = 1000 + LAST_USED_GRANULARITY_MS;
    expect((await getDraft(db, 'd1', later))?.lastUsedAt).toBe(later);
    expect((await db.drafts.get('d1'))?.lastUsedAt).toBe(later);
    await deleteDraft(db, 'd1');
    expect(await getDraft(db, 'd1')).toBeUndefined();
    await expect(putDraft(db, 'd2', { ...input, model: '' })).rejects.toThrow(/model/);
    await expect(putDraft(db, 'd2', { ...input, request: { f: () => 1 } as never })).rejects.toThrow(/request\.f/);
  });
});

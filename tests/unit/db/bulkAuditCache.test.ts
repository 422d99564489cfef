import { describe, expect, it } from 'vitest';
import { getAudits, LAST_USED_GRANULARITY_MS, putAudits } from '@/lib/db/auditCache';
import { StorageValidationError } from '@/lib/db/errors';
import { finding, freshDb } from './helpers';

describe('bulk audit cache (batch audits)', () => {
  it('writes many entries at once and reads back only the hits', async () => {
    const db = freshDb();
    await putAudits(
      db,
      [
        { key: 'a', payload: { findings: [finding()] } },
        { key: 'b', payload: { findings: [] } },
      ],
      1000,
    );
    const hits = await getAudits(db, ['a', 'missing', 'b'], 1000);
    expect([...hits.keys()].sort()).toEqual(['a', 'b']);
    expect(hits.get('a')?.findings[0]?.match).toBe('最佳');
    expect((await db.auditCache.get('a'))?.sizeBytes).toBeGreaterThan(0);
    db.close();
  });

  it('bumps lastUsedAt only for hits older than the granularity', async () => {
    const db = freshDb();
    await putAudits(db, [{ key: 'a', payload: { findings: [] } }], 0);
    await getAudits(db, ['a'], LAST_USED_GRANULARITY_MS - 1);
    expect((await db.auditCache.get('a'))?.lastUsedAt).toBe(0);
    await getAudits(db, ['a'], LAST_USED_GRANULARITY_MS + 5);
    expect((await db.auditCache.get('a'))?.lastUsedAt).toBe(LAST_USED_GRANULARITY_MS + 5);
    db.close();
  });

  it('refuses a batch with an invalid payload and writes none of it', async () => {
    const db = freshDb();
    await expect(
      putAudits(db, [
        { key: 'ok', payload: { findings: [] } },
        { key: 'bad', payload: { findings: [{ ...finding(), severity: 'fatal' as never }] } },
      ]),
    ).rejects.toBeInstanceOf(StorageValidationError);
    expect(await db.auditCache.count()).toBe(0);
    db.close();
  });
});

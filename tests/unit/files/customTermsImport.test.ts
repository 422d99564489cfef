import { describe, expect, it } from 'vitest';
import { addCustomTerm, importCustomTerms, listCustomTerms } from '@/lib/db';
import { freshDb } from '../db/helpers';

describe('importCustomTerms', () => {
  it('adds many terms in one transaction with progress, replacing same text + platform instead of duplicating', async () => {
    const db = freshDb();
    const kept = await addCustomTerm(db, { text: '禁用词1', severity: 'info' }, 1000);
    const terms = Array.from({ length: 12_000 }, (_, i) => ({ text: `禁用词${i}`, severity: 'warning' as const }));
    const progress: number[] = [];
    const first = await importCustomTerms(db, [...terms, { text: '' }, { text: '禁用词5', severity: 'info' }], {
      onProgress: (done) => progress.push(done),
      now: 2000,
    });
    expect(first).toMatchObject({ added: 11_999, replaced: 1 });
    expect(first.errors).toEqual([expect.objectContaining({ index: 12_000, text: '' })]);
    expect(progress).toEqual([5000, 10_000, 12_000]);
    expect((await listCustomTerms(db)).find((t) => t.text === '禁用词5')?.severity).toBe('info');
    const again = await importCustomTerms(db, terms, { now: 3000 });
    expect(again).toMatchObject({ added: 0, replaced: 12_000 });
    const all = await listCustomTerms(db);
    expect(all).toHaveLength(12_000);
    const one = all.find((t) => t.text === '禁用词1');
    expect(one).toMatchObject({ id: kept.id, createdAt: 1000, severity: 'warning' });
  });
});

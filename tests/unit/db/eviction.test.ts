import { afterEach, describe, expect, it } from 'vitest';
import { addAllowlistPhrase } from '@/lib/db/allowlist';
import { putAudit } from '@/lib/db/auditCache';
import { addCustomTerm } from '@/lib/db/customTerms';
import type { ListingLintDB } from '@/lib/db/database';
import { putDraft } from '@/lib/db/drafts';
import { clearCaches, evictCaches } from '@/lib/db/eviction';
import { saveKeywordList } from '@/lib/db/keywordLists';
import { putShippedLexicon } from '@/lib/db/lexicons';
import { saveDecision } from '@/lib/db/reviews';
import { setSetting } from '@/lib/db/settings';
import { finding, freshDb, lexicon } from './helpers';

let db: ListingLintDB;
afterEach(() => db?.close());

const DAY = 24 * 60 * 60 * 1000;
const draftInput = (saved: boolean) => ({
  request: { p: 'x' },
  variants: [{ body: '文案'.repeat(50) }],
  provider: 'openai',
  model: 'm',
  saved,
});

async function seedUserData(db: ListingLintDB): Promise<void> {
  await addCustomTerm(db, { text: '秒杀价' }, 0);
  await addAllowlistPhrase(db, { phrase: '第一坊' }, 0);
  await saveKeywordList(db, { name: 'T恤', platform: 'taobao', rows: [{ keyword: '纯棉', volume: 1 }] }, 0);
  await saveDecision(db, { pageUrl: 'u', field: 'title', textHash: 'h', ruleId: 'r', start: 0, end: 1, decision: 'accepted' }, 0);
  await putShippedLexicon(db, lexicon(), 0);
  await setSetting(db, 's', 1, 0);
  await putDraft(db, 'saved-draft', draftInput(true), 0);
}

async function userDataCounts(db: ListingLintDB): Promise<number[]> {
  return Promise.all([
    db.customTerms.count(),
    db.allowlist.count(),
    db.keywordLists.count(),
    db.reviews.count(),
    db.lexicons.count(),
    db.settings.count(),
    db.drafts.filter((d) => d.saved).count(),
  ]);
}

describe('evictCaches', () => {
  it('drops cache entries unused for longer than maxAge, never user data however old', async () => {
    db = freshDb();
    await seedUserData(db);
    await putAudit(db, 'stale', { findings: [finding()] }, 0);
    await putAudit(db, 'fresh', { findings: [finding()] }, 40 * DAY);
    await putDraft(db, 'stale-draft', draftInput(false), 0);
    const report = await evictCaches(db, { maxAgeMs: 30 * DAY }, 41 * DAY);
    expect(report).toMatchObject({ auditsRemoved: 1, draftsRemoved: 1 });
    expect(await db.auditCache.toCollection().primaryKeys()).toEqual(['fresh']);
    expect(await userDataCounts(db)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('over maxBytes, evicts least recently used first down to the target, across audits and unsaved drafts', async () => {
    db = freshDb();
    await seedUserData(db);
    const sizes: number[] = [];
    for (let i = 0; i < 10; i++) sizes.push((await putAudit(db, `a${i}`, { findings: [finding({ message: 'x'.repeat(200) })] }, 1000 + i)).sizeBytes);
    const draft = await putDraft(db, 'old-unsaved', draftInput(false), 500);
    const total = sizes.reduce((a, b) => a + b, 0) + draft.sizeBytes;
    const maxBytes = Math.floor(total * 0.75);
    const report = await evictCaches(db, { maxBytes, targetRatio: 0.5, maxAgeMs: 365 * DAY }, 2000);
    // The unsaved draft was the least recently used: it goes first, then the oldest audits.
    expect(await db.drafts.get('old-unsaved')).toBeUndefined();
    const left = await db.auditCache.toCollection().primaryKeys();
    expect(report.bytesKept).toBeLessThanOrEqual(maxBytes * 0.5);
    expect(report.bytesFreed + report.bytesKept).toBe(total);
    expect(left.length).toBeGreaterThan(0);
    const oldestLeft = Math.min(...left.map((k) => Number(String(k).slice(1))));
    expect(left.sort()).toEqual(Array.from({ length: 10 - oldestLeft }, (_, i) => `a${oldestLeft + i}`).sort());
    expect(await userDataCounts(db)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('does nothing under the limits', async () => {
    db = freshDb();
    await putAudit(db, 'a', { findings: [] }, 1000);
    expect(await evictCaches(db, {}, 2000)).toMatchObject({ auditsRemoved: 0, draftsRemoved: 0, bytesFreed: 0 });
    expect(await db.auditCache.count()).toBe(1);
  });

  it('clearCaches empties both caches and keeps every saved draft', async () => {
    db = freshDb();
    await seedUserData(db);
    await putAudit(db, 'a', { findings: [] });
    await putDraft(db, 'u', draftInput(false));
    const report = await clearCaches(db);
    expect(report).toMatchObject({ auditsRemoved: 1, draftsRemoved: 1, bytesKept: 0 });
    expect(await db.auditCache.count()).toBe(0);
    expect((await db.drafts.toArray()).map((d) => d.key)).toEqual(['saved-draft']);
    expect(await userDataCounts(db)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
});

import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAllowlistPhrase } from '@/lib/db/allowlist';
import { putAudit } from '@/lib/db/auditCache';
import { backupToJson, exportBackup, restoreBackup, validateBackup, type BackupFile } from '@/lib/db/backup';
import { addCustomTerm } from '@/lib/db/customTerms';
import type { ListingLintDB } from '@/lib/db/database';
import { putDraft } from '@/lib/db/drafts';
import { BackupError } from '@/lib/db/errors';
import { saveKeywordList } from '@/lib/db/keywordLists';
import { putShippedLexicon } from '@/lib/db/lexicons';
import { saveDecision } from '@/lib/db/reviews';
import { setSetting } from '@/lib/db/settings';
import { addSubscription, refreshSubscription } from '@/lib/db/subscriptions';
import { DECISIONS } from '@/lib/db/rows';
import { PLATFORMS } from '@/lib/types';
import { finding, freshDb, IDBFactory, lexicon } from './helpers';

const dbs: ListingLintDB[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) db.close();
});
function newDb(factory = new IDBFactory()): ListingLintDB {
  const db = freshDb(factory);
  dbs.push(db);
  return db;
}

const URL_A = 'https://team.example/lexicon.json';

async function seed(db: ListingLintDB): Promise<void> {
  await addCustomTerm(db, { text: '秒杀价', platform: 'taobao', suggestions: ['特惠价'] }, 1);
  await addCustomTerm(db, { text: 'miracle', severity: 'error' }, 2);
  await addAllowlistPhrase(db, { phrase: '第一坊', note: '注册商标' }, 3);
  await saveKeywordList(
    db,
    {
      name: 'T恤',
      platform: 'taobao',
      productId: 'p1',
      rows: [
        { keyword: '纯棉', volume: 1200 },
        { keyword: '短袖', volume: null },
      ],
    },
    4,
  );
  for (let i = 0; i < 5; i++) {
    await saveDecision(
      db,
      {
        pageUrl: 'https://item/1',
        field: 'title',
        textHash: `h${i}`,
        ruleId: 'absolute-term',
        term: '最佳',
        start: i,
        end: i + 2,
        decision: 'false-positive',
        note: `n${i}`,
        reviewer: '小王',
      },
      10 + i,
    );
  }
  await putDraft(db, 'saved', { request: { product: 'T恤' }, variants: [{ body: '透气' }], provider: 'openai', model: 'm', saved: true }, 20);
  await putDraft(db, 'unsaved', { request: { product: '裙' }, variants: [], provider: 'openai', model: 'm' }, 21);
  await setSetting(db, 'dashboard', { columns: ['term'], dense: true }, 22);
  await putShippedLexicon(db, lexicon('1.0.0', 'shipped-one'), 23);
  await addSubscription(db, URL_A, {}, 24);
  await refreshSubscription(db, URL_A, { fetch: async () => new Response(JSON.stringify(lexicon('2.1.0'))), now: 25 });
  await putAudit(db, 'cache', { findings: [finding()] }, 26);
}

async function snapshot(db: ListingLintDB): Promise<unknown> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('backup round trip', () => {
  it('exports user data only, and export → wipe → restore → export is equal', async () => {
    const factory = new IDBFactory();
    const db = newDb(factory);
    await seed(db);
    const backup = await exportBackup(db, Date.UTC(2026, 10, 25));
    expect(backup.format).toBe('listinglint-backup');
    expect(backup.exportedAt).toBe('2026-11-25T00:00:00.000Z');
    expect(backup.data.drafts.map((d) => d.key)).toEqual(['saved']);
    expect(backup.data.lexicons.map((l) => l.key)).toEqual([URL_A]);
    expect(backup.data.reviews).toHaveLength(5);
    expect(Object.keys(backup.data)).not.toContain('auditCache');
    const json = backupToJson(backup);

    await db.delete();
    const restored = newDb(factory);
    expect(await restored.customTerms.count()).toBe(0);
    expect(await restoreBackup(restored, json)).toEqual({
      customTerms: 2,
      allowlist: 1,
      keywordLists: 1,
      drafts: 1,
      reviews: 5,
      lexicons: 1,
      settings: 1,
    });
    expect(await exportBackup(restored, Date.UTC(2026, 10, 25))).toEqual(backup);
    // Ids survive, so auto-increment continues after them.
    expect((await addCustomTerm(restored, { text: '新词' })).id).toBe(3);
  });

  it("'replace' drops user rows absent from the file but keeps caches and shipped lexicons; 'merge' keeps them", async () => {
    const db = newDb();
    await seed(db);
    const backup = await exportBackup(db);
    await addAllowlistPhrase(db, { phrase: '以后加的' });
    await restoreBackup(db, backup, { mode: 'merge' });
    expect(await db.allowlist.count()).toBe(2);
    await restoreBackup(db, backup);
    expect((await db.allowlist.toArray()).map((r) => r.phrase)).toEqual(['第一坊']);
    expect(await db.auditCache.count()).toBe(1);
    expect(await db.drafts.get('unsaved')).toBeDefined();
    expect(await db.lexicons.get('shipped:shipped-one')).toBeDefined();
  });
});

describe('a bad backup changes nothing', () => {
  async function expectRefused(input: unknown, path: string | RegExp): Promise<void> {
    const db = newDb();
    await seed(db);
    const before = await snapshot(db);
    const error = await restoreBackup(db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    if (typeof path === 'string') expect((error as BackupError).path).toBe(path);
    else expect((error as BackupError).path).toMatch(path);
    expect((error as BackupError).message).toMatch(/nothing was changed/);
    expect(await snapshot(db)).toEqual(before);
  }

  async function goodBackup(): Promise<BackupFile> {
    const db = newDb();
    await seed(db);
    return exportBackup(db);
  }

  it('refuses text that is not JSON', async () => {
    await expectRefused('{"format": "listinglint-backup", ', '(file)');
  });

  it('refuses another format and a newer version', async () => {
    await expectRefused(JSON.stringify({ format: 'other-app', version: 1, data: {} }), 'format');
    await expectRefused({ ...(await goodBackup()), version: 2 }, 'version');
    await expectRefused([], '(file)');
  });

  it('refuses one bad row deep inside, naming its path', async () => {
    const backup = await goodBackup();
    const bad = structuredClone(backup) as { data: { reviews: Record<string, unknown>[] } };
    bad.data.reviews[3]!.decision = 'maybe';
    await expectRefused(JSON.stringify(bad), 'data.reviews[3].decision');
    expect(validateBackup(bad)).toMatchObject({ ok: false, error: { path: 'data.reviews[3].decision' } });
  });

  it('refuses a bad lexicon term, an unsaved draft, a duplicate id and an unknown table', async () => {
    const backup = await goodBackup();
    const badTerm = structuredClone(backup);
    (badTerm.data.lexicons[0]!.lexicon!.terms[0] as Record<string, unknown>).severity = 'fatal';
    await expectRefused(badTerm, 'data.lexicons[0].lexicon.terms[0].severity');
    const unsaved = structuredClone(backup);
    unsaved.data.drafts[0]!.saved = false;
    await expectRefused(unsaved, 'data.drafts[0].saved');
    const dup = structuredClone(backup);
    dup.data.reviews.push({ ...dup.data.reviews[0]! });
    await expectRefused(dup, 'data.reviews[5]');
    await expectRefused({ ...backup, data: { ...backup.data, auditCache: [] } }, /^data/);
  });

  it('rolls the whole restore back when a write fails midway', async () => {
    const source = await goodBackup();
    const db = newDb();
    await addAllowlistPhrase(db, { phrase: '原有' });
    const before = await snapshot(db);
    vi.spyOn(db.reviews, 'bulkPut').mockImplementation(() => Dexie.Promise.reject(new Error('disk error')));
    await expect(restoreBackup(db, source)).rejects.toThrow(/disk error/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('backup round trip, property-based', () => {
  const platform = fc.constantFrom(...PLATFORMS);
  const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0);
  const decision = fc.record({
    pageUrl: fc.webUrl(),
    field: fc.constantFrom('title', 'bullet', 'description'),
    textHash: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 16, maxLength: 16 }),
    ruleId: fc.constantFrom('absolute-term', 'medical-claim'),
    start: fc.nat(50),
    len: fc.nat(10),
    decision: fc.constantFrom(...DECISIONS),
    note: fc.string({ maxLength: 40 }),
  });

  it('any mix of user data survives export → JSON → restore into an empty database', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ text, platform: fc.option(platform, { nil: undefined }) }), { maxLength: 8 }),
        fc.array(fc.record({ phrase: text, note: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }) }), {
          maxLength: 5,
        }),
        fc.array(decision, { maxLength: 8 }),
        fc.array(fc.record({ keyword: text, volume: fc.option(fc.nat(100_000), { nil: null }) }), { maxLength: 20 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        async (terms, phrases, decisions, keywords, settings) => {
          const source = newDb();
          for (const t of terms) await addCustomTerm(source, t);
          for (const p of phrases) await addAllowlistPhrase(source, p);
          for (const d of decisions) {
            const { len, ...rest } = d;
            await saveDecision(source, { ...rest, end: d.start + len });
          }
          await saveKeywordList(source, { name: 'list', platform: 'jd', rows: keywords });
          for (const [key, value] of Object.entries(settings)) await setSetting(source, key, JSON.parse(JSON.stringify(value)));
          const backup = await exportBackup(source, 0);
          const target = newDb();
          await restoreBackup(target, backupToJson(backup));
          expect(await exportBackup(target, 0)).toEqual(backup);
        },
      ),
      { numRuns: 25 },
    );
  });
});

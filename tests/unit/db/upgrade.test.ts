import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListingLintDB, openListingLintDB } from '@/lib/db/database';
import { DatabaseTooNewError } from '@/lib/db/errors';
import { SCHEMA_VERSION, UNMIGRATED_SETTING_KEY } from '@/lib/db/schema';
import { evictCaches } from '@/lib/db/eviction';
import { decisionsForText } from '@/lib/db/reviews';
import { IDBFactory, IDBKeyRange } from './helpers';

/**
 * Past schemas, written out here as they shipped (not imported), so a change
 * to the history in lib/db/schema.ts cannot silently change what is tested.
 */
const V1 = { customTerms: '++id, term', allowlist: '++id, phrase', keywordLists: '++id, name', settings: 'key' };
const V2 = {
  ...V1,
  customTerms: '++id, text, platform',
  allowlist: '++id, phrase, platform',
  keywordLists: '++id, name, platform, productId',
  auditCache: '&key, lastUsedAt',
  drafts: '&key, createdAt',
  lexicons: '&key, kind',
  reviews: '&id, textHash, pageUrl, decidedAt',
};

function legacyDb(factory: IDBFactory, version: 1 | 2): Dexie {
  const db = new Dexie('listinglint', { indexedDB: factory, IDBKeyRange });
  db.version(1).stores(V1);
  if (version === 2) db.version(2).stores(V2);
  return db;
}

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
async function openCurrent(factory: IDBFactory): Promise<ListingLintDB> {
  const db = await openListingLintDB({ indexedDB: factory, IDBKeyRange });
  opened.push(db);
  return db;
}

describe('upgrade from v1', () => {
  it('reshapes terms and keyword CSV, keeps allowlist and settings, parks what cannot be reshaped', async () => {
    const factory = new IDBFactory();
    const v1 = legacyDb(factory, 1);
    await v1.table('customTerms').bulkAdd([{ term: ' 秒杀价 ', createdAt: 5 }, { term: 'miracle cure', note: 'FDA warning letter 2024' }, { term: '   ' }]);
    await v1.table('keywordLists').bulkAdd([
      { name: 'T恤', platform: 'taobao', csv: 'keyword,volume\n纯棉,1200\n"短袖, 男",\n\n宽松,"3,400"\n' },
      { name: '', platform: 'aliexpress', csv: '' },
    ]);
    await v1.table('allowlist').add({ phrase: '第一坊 ' });
    await v1.table('settings').put({ key: 'theme', value: 'dark' });
    v1.close();

    const db = await openCurrent(factory);
    expect(db.verno).toBe(SCHEMA_VERSION);
    const terms = await db.customTerms.toArray();
    expect(terms).toEqual([
      expect.objectContaining({
        id: 1,
        text: '秒杀价',
        category: 'custom',
        severity: 'warning',
        lang: 'zh',
        createdAt: 5,
        variants: [],
      }),
      expect.objectContaining({ id: 2, text: 'miracle cure', lang: 'en', basis: 'FDA warning letter 2024' }),
    ]);
    const lists = await db.keywordLists.toArray();
    expect(lists[0]).toMatchObject({
      id: 1,
      name: 'T恤',
      platform: 'taobao',
      rows: [
        { keyword: '纯棉', volume: 1200 },
        { keyword: '短袖, 男', volume: null },
        { keyword: '宽松', volume: 3400 },
      ],
    });
    expect(lists[1]).toMatchObject({ id: 2, name: '关键词表 2', platform: 'generic', rows: [] });
    expect(await db.allowlist.toArray()).toEqual([{ id: 1, phrase: '第一坊', createdAt: expect.any(Number) }]);
    expect(await db.settings.get('theme')).toMatchObject({ value: 'dark' });
    const parked = await db.settings.get(UNMIGRATED_SETTING_KEY);
    expect(parked?.value).toEqual([expect.objectContaining({ table: 'customTerms', row: { id: 3, term: '   ' } })]);
    // New tables exist and work after the upgrade.
    await db.reviews.put({
      id: 'r',
      pageUrl: 'u',
      field: 'title',
      textHash: 'h',
      ruleId: 'x',
      start: 0,
      end: 1,
      decision: 'accepted',
      note: '',
      reviewer: '',
      decidedAt: 1,
    });
    expect(await decisionsForText(db, 'h')).toHaveLength(1);
  });

  it('a fresh install (no database) opens at the current version with empty tables', async () => {
    const db = await openCurrent(new IDBFactory());
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.customTerms.count()).toBe(0);
    expect(await db.settings.get(UNMIGRATED_SETTING_KEY)).toBeUndefined();
  });
});

describe('upgrade from v2', () => {
  it('gives drafts lastUsedAt and size, so eviction sees them; keeps saved flags and audits', async () => {
    const factory = new IDBFactory();
    const v2 = legacyDb(factory, 2);
    await v2.table('drafts').bulkPut([
      {
        key: 'old',
        request: { product: 'T恤' },
        variants: [{ body: 'x' }],
        provider: 'openai',
        model: 'm',
        saved: false,
        createdAt: 1000,
      },
      {
        key: 'kept',
        request: { product: '裙' },
        variants: [],
        provider: 'openai',
        model: 'm',
        saved: true,
        createdAt: 2000,
      },
    ]);
    await v2.table('auditCache').bulkPut([
      { key: 'a1', findings: [], report: null, sizeBytes: 50, createdAt: 1, lastUsedAt: 1 },
      { key: 'a2', findings: [], report: null, createdAt: 3 },
    ]);
    await v2.table('lexicons').put({
      key: 'https://x.test/l.json',
      kind: 'subscribed',
      url: 'https://x.test/l.json',
      lexicon: null,
      expectedIntegrity: null,
      integrity: null,
      fetchedAt: null,
      checkedAt: null,
      lastError: null,
      addedAt: 1,
    });
    v2.close();

    const db = await openCurrent(factory);
    const old = await db.drafts.get('old');
    expect(old).toMatchObject({ lastUsedAt: 1000, saved: false });
    expect(old?.sizeBytes).toBeGreaterThan(50);
    expect(await db.drafts.get('kept')).toMatchObject({ lastUsedAt: 2000, saved: true });
    expect(await db.auditCache.get('a2')).toMatchObject({ lastUsedAt: 3, sizeBytes: expect.any(Number) });
    expect(await db.lexicons.count()).toBe(1);
    // Everything old is evictable by age except the saved draft.
    const report = await evictCaches(db, { maxAgeMs: 10 }, 100_000);
    expect(report).toMatchObject({ auditsRemoved: 2, draftsRemoved: 1 });
    expect((await db.drafts.toArray()).map((d) => d.key)).toEqual(['kept']);
  });
});

describe('a database newer than the code', () => {
  it('is refused with DatabaseTooNewError and left untouched', async () => {
    const factory = new IDBFactory();
    const future = new Dexie('listinglint', { indexedDB: factory, IDBKeyRange });
    future.version(SCHEMA_VERSION + 1).stores({ customTerms: '++id, text', brandNewTable: 'id' });
    await future.table('customTerms').add({ text: 'from the future' });
    future.close();

    const error = await openListingLintDB({ indexedDB: factory, IDBKeyRange }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(error).toMatchObject({ foundVersion: SCHEMA_VERSION + 1, supportedVersion: SCHEMA_VERSION });
    expect(String((error as Error).message)).toMatch(/update the extension/);
    // Refused before opening: same native version, same stores, same rows.
    expect((await factory.databases()).find((d) => d.name === 'listinglint')?.version).toBe((SCHEMA_VERSION + 1) * 10);
    const check = new Dexie('listinglint', { indexedDB: factory, IDBKeyRange });
    check.version(SCHEMA_VERSION + 1).stores({ customTerms: '++id, text', brandNewTable: 'id' });
    await check.open();
    expect([...check.backendDB().objectStoreNames].sort()).toEqual(['brandNewTable', 'customTerms']);
    expect(await check.table('customTerms').toArray()).toEqual([{ id: 1, text: 'from the future' }]);
    check.close();

    // Used directly (Dexie auto-open), the class refuses it too instead of reading or writing rows.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie's SchemaDiff notice
    const direct = new ListingLintDB({ indexedDB: factory, IDBKeyRange });
    const viaTable = await direct.customTerms.toArray().catch((e: unknown) => e);
    expect((viaTable as { inner?: unknown }).inner).toBeInstanceOf(DatabaseTooNewError);
    direct.close();
    warn.mockRestore();
  });
});

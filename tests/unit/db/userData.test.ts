import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addAllowlistPhrase, listAllowlist, removeAllowlistPhrase } from '@/lib/db/allowlist';
import { addCustomTerm, deleteCustomTerm, listCustomTerms, updateCustomTerm } from '@/lib/db/customTerms';
import type { ListingLintDB } from '@/lib/db/database';
import { StorageValidationError } from '@/lib/db/errors';
import { hashText } from '@/lib/db/hash';
import { deleteKeywordList, getKeywordList, listKeywordLists, saveKeywordList } from '@/lib/db/keywordLists';
import { getLexiconRecord, listLexiconRecords, loadedLexicons, putShippedLexicon } from '@/lib/db/lexicons';
import { decisionsForField, decisionsForPage, decisionsForText, deleteDecision, recentDecisions, saveDecision } from '@/lib/db/reviews';
import { deleteSetting, getSetting, listSettings, setSetting } from '@/lib/db/settings';
import { freshDb, lexicon } from './helpers';

let db: ListingLintDB;
afterEach(() => db?.close());

describe('custom terms', () => {
  it('fills defaults (category custom, lang detected) and lists by platform', async () => {
    db = freshDb();
    const zh = await addCustomTerm(db, { text: '秒杀价' }, 1000);
    expect(zh).toMatchObject({
      id: 1,
      text: '秒杀价',
      category: 'custom',
      severity: 'warning',
      lang: 'zh',
      variants: [],
      createdAt: 1000,
    });
    expect(zh).not.toHaveProperty('platform');
    const en = await addCustomTerm(db, { text: 'miracle', severity: 'error', platform: 'amazon' });
    expect(en.lang).toBe('en');
    await addCustomTerm(db, { text: '包邮', platform: 'taobao' });
    expect((await listCustomTerms(db)).map((t) => t.text)).toEqual(['秒杀价', 'miracle', '包邮']);
    expect((await listCustomTerms(db, { platform: 'amazon' })).map((t) => t.text)).toEqual(['秒杀价', 'miracle']);
  });

  it('adding the same text and platform replaces instead of duplicating', async () => {
    db = freshDb();
    const first = await addCustomTerm(db, { text: '秒杀价' }, 1000);
    const second = await addCustomTerm(db, { text: '秒杀价', severity: 'error' }, 2000);
    expect(second).toMatchObject({ id: first.id, severity: 'error', createdAt: 1000 });
    await addCustomTerm(db, { text: '秒杀价', platform: 'jd' });
    expect(await db.customTerms.count()).toBe(2);
  });

  it('updates and deletes; refuses bad input with a readable path', async () => {
    db = freshDb();
    const term = await addCustomTerm(db, { text: '秒杀价' });
    expect(await updateCustomTerm(db, term.id, { suggestions: ['特惠价'] })).toMatchObject({
      suggestions: ['特惠价'],
      text: '秒杀价',
    });
    const moved = await updateCustomTerm(db, term.id, { platform: 'jd' });
    expect((await updateCustomTerm(db, moved.id, { platform: undefined })).platform).toBeUndefined();
    expect(await db.customTerms.get(term.id)).not.toHaveProperty('platform');
    await expect(updateCustomTerm(db, term.id, { severity: 'fatal' as never })).rejects.toThrow(/severity/);
    await expect(updateCustomTerm(db, 999, {})).rejects.toThrow(/no custom term with id 999/);
    await expect(addCustomTerm(db, { text: '   ' })).rejects.toThrow(StorageValidationError);
    await expect(addCustomTerm(db, { text: 'x', platform: 'aliexpress' as never })).rejects.toThrow(/platform/);
    await deleteCustomTerm(db, term.id);
    expect(await listCustomTerms(db)).toEqual([]);
  });
});

describe('allowlist', () => {
  it('adds, dedupes by phrase + platform, filters, removes', async () => {
    db = freshDb();
    const a = await addAllowlistPhrase(db, { phrase: ' 第一坊 ', note: '注册商标' }, 1000);
    expect(a).toEqual({ id: 1, phrase: '第一坊', note: '注册商标', createdAt: 1000 });
    const again = await addAllowlistPhrase(db, { phrase: '第一坊' }, 2000);
    expect(again).toEqual(a);
    await addAllowlistPhrase(db, { phrase: 'No.1 Brand', platform: 'amazon' });
    expect((await listAllowlist(db, { platform: 'taobao' })).map((r) => r.phrase)).toEqual(['第一坊']);
    expect(await listAllowlist(db, { platform: 'amazon' })).toHaveLength(2);
    await removeAllowlistPhrase(db, a.id);
    expect((await listAllowlist(db)).map((r) => r.phrase)).toEqual(['No.1 Brand']);
    await expect(addAllowlistPhrase(db, { phrase: '' })).rejects.toThrow(/phrase/);
  });
});

describe('keyword lists', () => {
  it('creates, overwrites by id, filters by platform and product', async () => {
    db = freshDb();
    const list = await saveKeywordList(db, { name: 'T恤', platform: 'taobao', rows: [{ keyword: '纯棉', volume: 1200 }] }, 1000);
    expect(list).toEqual({
      id: 1,
      name: 'T恤',
      platform: 'taobao',
      rows: [{ keyword: '纯棉', volume: 1200 }],
      createdAt: 1000,
      updatedAt: 1000,
    });
    await saveKeywordList(db, {
      name: 'Tee',
      platform: 'amazon',
      productId: 'B0X',
      rows: [{ keyword: 'cotton tee', volume: null }],
    });
    const updated = await saveKeywordList(db, { id: list.id, name: 'T恤', platform: 'taobao', rows: [] }, 2000);
    expect(updated).toMatchObject({ createdAt: 1000, updatedAt: 2000, rows: [] });
    expect((await getKeywordList(db, list.id))?.rows).toEqual([]);
    expect((await listKeywordLists(db, { platform: 'amazon', productId: 'B0X' })).map((l) => l.name)).toEqual(['Tee']);
    expect(await listKeywordLists(db, { platform: 'amazon', productId: 'other' })).toEqual([]);
    await expect(saveKeywordList(db, { id: 42, name: 'x', platform: 'jd', rows: [] })).rejects.toThrow(/no keyword list with id 42/);
    await expect(saveKeywordList(db, { name: 'x', platform: 'jd', rows: [{ keyword: 'a', volume: -1 }] })).rejects.toThrow(/rows\[0\]\.volume/);
    await deleteKeywordList(db, list.id);
    expect(await db.keywordLists.count()).toBe(1);
  });
});

describe('reviews', () => {
  const base = {
    pageUrl: 'https://item.taobao.com/edit?id=1',
    field: 'title',
    ruleId: 'absolute-term',
    term: '最佳',
    start: 0,
    end: 2,
  };

  it('recalls decisions by text hash and by page; deciding again replaces', async () => {
    db = freshDb();
    const textHash = hashText('最佳纯棉T恤');
    await saveDecision(db, { ...base, textHash, decision: 'false-positive', note: '品牌名', reviewer: '小王' }, 1000);
    await saveDecision(db, { ...base, textHash, start: 4, end: 6, term: undefined, ruleId: 'title-length', decision: 'confirmed' }, 1100);
    await saveDecision(db, { ...base, pageUrl: 'https://other', textHash: hashText('别的'), decision: 'accepted' }, 1200);
    const forText = await decisionsForText(db, textHash);
    expect(forText.map((d) => [d.start, d.decision])).toEqual([
      [0, 'false-positive'],
      [4, 'confirmed'],
    ]);
    expect(forText[0]).toMatchObject({ note: '品牌名', reviewer: '小王', decidedAt: 1000 });
    expect(forText[1]).not.toHaveProperty('term');
    // Same finding decided again: one row, the new decision.
    await saveDecision(db, { ...base, textHash, decision: 'confirmed' }, 2000);
    expect((await decisionsForText(db, textHash)).map((d) => d.decision)).toEqual(['confirmed', 'confirmed']);
    expect((await decisionsForPage(db, base.pageUrl)).map((d) => d.decidedAt)).toEqual([2000, 1100]);
    expect((await decisionsForField(db, base.pageUrl, 'title')).map((d) => d.start)).toEqual([0, 4]);
    expect(await decisionsForField(db, base.pageUrl, 'description')).toEqual([]);
    expect((await recentDecisions(db, 2)).map((d) => d.decidedAt)).toEqual([2000, 1200]);
    await deleteDecision(db, forText[0]!.id);
    expect(await db.reviews.count()).toBe(2);
  });

  it('refuses an unknown decision or reversed range', async () => {
    db = freshDb();
    await expect(saveDecision(db, { ...base, textHash: 'h', decision: 'maybe' as never })).rejects.toThrow(/decision/);
    await expect(saveDecision(db, { ...base, textHash: 'h', start: 3, end: 1, decision: 'accepted' })).rejects.toThrow(/end/);
    expect(await db.reviews.count()).toBe(0);
  });
});

describe('lexicons', () => {
  it('stores shipped lexicons validated; refuses an invalid one', async () => {
    db = freshDb();
    const record = await putShippedLexicon(db, lexicon('1.2.0', 'ad-law'), 1000);
    expect(record.key).toBe('shipped:ad-law');
    expect((await getLexiconRecord(db, 'shipped:ad-law'))?.lexicon?.version).toBe('1.2.0');
    await expect(putShippedLexicon(db, { ...lexicon(), version: 'v2' })).rejects.toThrow(/version/);
    expect((await listLexiconRecords(db, 'shipped')).length).toBe(1);
    expect((await loadedLexicons(db)).map((l) => l.id)).toEqual(['ad-law']);
  });
});

describe('settings', () => {
  it('round-trips JSON values and validates them on the way out with the caller schema', async () => {
    db = freshDb();
    await setSetting(db, 'dashboard.columns', ['term', 'decision'], 1000);
    expect(await getSetting(db, 'dashboard.columns', z.array(z.string()))).toEqual(['term', 'decision']);
    expect(await getSetting(db, 'missing', z.string())).toBeUndefined();
    await expect(getSetting(db, 'dashboard.columns', z.number())).rejects.toThrow(/setting "dashboard.columns"/);
    await expect(setSetting(db, 'bad', { when: new Date() })).rejects.toThrow(/when/);
    await expect(setSetting(db, 'nan', Number.NaN)).rejects.toThrow(StorageValidationError);
    expect((await listSettings(db)).map((s) => s.key)).toEqual(['dashboard.columns']);
    await deleteSetting(db, 'dashboard.columns');
    expect(await listSettings(db)).toEqual([]);
  });
});

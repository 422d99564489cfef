import { afterEach, describe, expect, it } from 'vitest';
import { backupToJson, exportBackup, restoreBackup, type BackupFile } from '@/lib/db/backup';
import { addCustomTerm, listCustomTerms } from '@/lib/db/customTerms';
import type { ListingLintDB } from '@/lib/db/database';
import { BackupError, StorageValidationError } from '@/lib/db/errors';
import { loadedLexicons } from '@/lib/db/lexicons';
import { refreshSubscription } from '@/lib/db/subscriptions';
import { freshDb, lexicon } from '../db/helpers';

let dbs: ListingLintDB[] = [];
afterEach(() => {
  dbs.forEach((db) => db.close());
  dbs = [];
});
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};

/** A real backup with one subscription and one custom term, to tamper with. */
async function realBackup(): Promise<BackupFile> {
  const source = open();
  await refreshSubscription(source, 'https://cdn.example.com/team.json', {
    fetch: async () => new Response(JSON.stringify(lexicon('1.0.0', 'team-terms')), { headers: { 'content-type': 'application/json' } }),
  });
  await addCustomTerm(source, { text: '神效', category: 'custom', severity: 'error', basis: '团队规则', lang: 'zh' });
  return JSON.parse(backupToJson(await exportBackup(source))) as BackupFile;
}

/** The target's data before and after a refused restore. */
async function snapshot(db: ListingLintDB) {
  return { terms: await listCustomTerms(db), lexicons: await loadedLexicons(db) };
}

describe('backup restore of untrusted files', () => {
  it.each([
    [
      'a catastrophic regex in a subscribed lexicon',
      (file: BackupFile) => (file.data.lexicons[0]!.lexicon!.terms[0]!.exceptionPatterns = ['(a+)+$']),
      /data\.lexicons\[0\]\.lexicon.*unsafe-pattern/,
    ],
    [
      'a catastrophic regex in a custom term',
      (file: BackupFile) => (file.data.customTerms[0]!.exceptionPatterns = ['^(a|aa)+$']),
      /data\.customTerms\[0\]\.exceptionPatterns\[0\].*unsafe/,
    ],
    [
      'a regex that does not compile',
      (file: BackupFile) => (file.data.lexicons[0]!.lexicon!.terms[0]!.exceptionPatterns = ['(unclosed']),
      /not a valid regular expression/,
    ],
    [
      'a subscription to the cloud metadata address',
      (file: BackupFile) =>
        Object.assign(file.data.lexicons[0]!, { key: 'http://169.254.169.254/latest/meta-data/', url: 'http://169.254.169.254/latest/meta-data/' }),
      /data\.lexicons\[0\]\.url.*subscription URL refused/,
    ],
    [
      'a subscription to a private address',
      (file: BackupFile) => Object.assign(file.data.lexicons[0]!, { key: 'https://192.168.1.1/x.json', url: 'https://192.168.1.1/x.json' }),
      /not a public server/,
    ],
  ])('refuses %s and changes nothing', async (_name, tamper, message) => {
    const file = await realBackup();
    tamper(file);
    const target = open();
    await addCustomTerm(target, { text: '特效', category: 'custom', severity: 'warning', basis: '已有数据', lang: 'zh' });
    const before = await snapshot(target);
    for (const mode of ['replace', 'merge'] as const) {
      const error = await restoreBackup(target, JSON.stringify(file), { mode }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect(String((error as Error).message)).toMatch(message);
    }
    expect(await snapshot(target)).toEqual(before);
  });

  it('still restores the untampered file', async () => {
    const target = open();
    const summary = await restoreBackup(target, JSON.stringify(await realBackup()));
    expect(summary).toMatchObject({ customTerms: 1, lexicons: 1 });
  });

  it('refuses a catastrophic regex typed or imported as a custom term', async () => {
    const db = open();
    await expect(
      addCustomTerm(db, { text: '啊', category: 'custom', severity: 'error', basis: 'x', lang: 'zh', exceptionPatterns: ['(啊+)+$'] }),
    ).rejects.toThrow(StorageValidationError);
    expect(await listCustomTerms(db)).toEqual([]);
  });
});

describe('subscriptions stored before the checks', () => {
  it('lose a lexicon with a catastrophic regex at start-up, keeping the subscription and the reason', async () => {
    const db = open();
    const evil = lexicon('1.0.0', 'old-evil');
    evil.terms[0]!.exceptionPatterns = ['(a+)+$'];
    // Written directly, as an older version would have stored it.
    await db.lexicons.put({
      key: 'https://cdn.example.com/old.json',
      kind: 'subscribed',
      url: 'https://cdn.example.com/old.json',
      lexicon: evil,
      expectedIntegrity: null,
      integrity: 'ab'.repeat(32),
      fetchedAt: 1,
      checkedAt: 1,
      lastError: null,
      addedAt: 1,
    });
    await refreshSubscription(db, 'https://cdn.example.com/good.json', {
      fetch: async () => new Response(JSON.stringify(lexicon('1.0.0', 'good')), { headers: { 'content-type': 'application/json' } }),
    });
    const { quarantineUnsafeSubscriptions, listSubscriptions } = await import('@/lib/db/subscriptions');
    expect(await quarantineUnsafeSubscriptions(db)).toEqual(['https://cdn.example.com/old.json']);
    expect((await loadedLexicons(db)).map((l) => l.id)).toEqual(['good']);
    expect((await listSubscriptions(db)).find((s) => s.url.endsWith('old.json'))).toMatchObject({
      version: null,
      lastError: expect.stringMatching(/^unsafe-pattern: .*stored copy removed/),
    });
  });
});

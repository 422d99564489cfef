import { describe, expect, it, vi } from 'vitest';
import { lexiconFromRows, lexiconIdFromFileName } from '@/lib/lexicon/fromTable';
import { parseLexiconFile } from '@/lib/lexicon/file';
import { compileChecker } from '@/lib/compliance/checker';
import { parseDelimited } from '@/lib/files/delimited';
import { loadedLexicons } from '@/lib/db/lexicons';
import { refreshSubscription, type FetchLike } from '@/lib/db/subscriptions';
import { LEXICON_GBK_ROWS, LEXICON_ROWS, lexiconFiles, sellerFiles, toCsv } from '../../support/sellerFiles';
import { freshDb } from '../db/helpers';

async function lexiconOf(bytes: Uint8Array, name: string) {
  const parsed = await parseLexiconFile(bytes, name);
  if (!parsed.ok) throw parsed.error;
  return parsed;
}

describe('lexicon tables', () => {
  it('reads metadata rows, Chinese headers, defaults and | lists into a valid lexicon', async () => {
    const { lexicon, source } = await lexiconOf(lexiconFiles.utf8(), 'team.csv');
    expect(source).toMatchObject({ kind: 'text', encoding: { encoding: 'utf-8' } });
    expect(lexicon).toMatchObject({ id: 'team-rules', version: '1.2.0', name: { zh: '团队禁用词' }, source: 'team.csv' });
    expect(lexicon.terms.map((t) => [t.text, t.category, t.severity, t.basis, t.lang])).toEqual([
      ['秒杀价', 'price', 'error', '店铺规范第3条', 'zh'],
      ['𠮷祥款', 'custom', 'warning', 'team.csv', 'zh'],
      ['包邮到家', 'promotional', 'info', '店铺规范第5条', 'zh'],
    ]);
    expect(lexicon.terms[0]).toMatchObject({ suggestions: ['限时价', '活动价'], platforms: ['taobao', 'tmall'] });
    // The lexicon works: the checker reports its term with its basis.
    const findings = compileChecker({ lexicons: [lexicon] }).check('今日秒杀价 保温杯', { platform: 'taobao' });
    expect(findings).toEqual([expect.objectContaining({ match: '秒杀价', severity: 'error', basis: '店铺规范第3条' })]);
  });

  it.each([
    ['gb18030', 'team.csv', 'gb18030'],
    ['utf16le', 'team.txt', 'utf-16le'],
  ] as const)('%s gives the lexicon of the UTF-8 file', async (fixture, name, encoding) => {
    const reference = (await lexiconOf(lexiconFiles.utf8(), name)).lexicon;
    const read = await lexiconOf(lexiconFiles[fixture](), name);
    expect(read.source).toMatchObject({ encoding: { encoding } });
    expect(read.lexicon).toEqual(reference);
  });

  it('GBK gives the lexicon of the same rows in UTF-8', async () => {
    const same = (await lexiconOf(Buffer.from(toCsv(LEXICON_GBK_ROWS)), 'team.csv')).lexicon;
    expect((await lexiconOf(lexiconFiles.gbk(), 'team.csv')).lexicon).toEqual(same);
  });

  it('an .xlsx with a notes sheet first gives the lexicon of the UTF-8 file; --sheet picks, a sheet without terms says so', async () => {
    const reference = (await lexiconOf(lexiconFiles.utf8(), 'team.xlsx')).lexicon;
    const read = await lexiconOf(lexiconFiles.xlsx(), 'team.xlsx');
    expect(read.source).toMatchObject({ kind: 'sheet', sheet: '词库', sheets: ['说明', '词库'] });
    expect(read.lexicon).toEqual(reference);
    const notes = await parseLexiconFile(lexiconFiles.xlsx(), 'team.xlsx', { sheet: '说明' });
    expect(!notes.ok && notes.error.message).toContain('no "text" (词语) column; headers found: 说明');
  });

  it('names the row of the file for a bad cell, and refuses random bytes with the reason', async () => {
    const bad = lexiconFromRows(parseDelimited(toCsv([...LEXICON_ROWS, ['顶级货', 'absolute', 'fatal', '', '', '']])).rows, 'team.csv');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toMatch(/^team-rules row 9 \("顶级货"\): field "severity" must be error\|warning\|info/);
    const random = await parseLexiconFile(sellerFiles.random(), 'team.csv');
    expect(!random.ok && random.error.message).toMatch(/^team\.csv: the file (is neither|contains NUL bytes)/);
    const json = await parseLexiconFile(Buffer.from('{"id": '), 'team.json');
    expect(!json.ok && json.error.message).toMatch(/^team\.json: not valid JSON/);
  });

  it('ids come from the file name when no metadata row gives one', () => {
    expect(lexiconIdFromFileName('/tmp/Team Rules 2026.csv')).toBe('team-rules-2026');
    expect(lexiconIdFromFileName('团队.csv')).toBe('table-lexicon');
    const parsed = lexiconFromRows(parseDelimited('text\nfree shipping\n').rows, 'My-Terms.csv');
    expect(parsed.ok && [parsed.lexicon.id, parsed.lexicon.terms[0]?.lang]).toEqual(['my-terms', 'en']);
  });
});

describe('a subscription served as CSV', () => {
  const serve = (bytes: Buffer, type: string): FetchLike => vi.fn(async () => new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }));

  it('is read in its encoding (GBK here) and stored like the JSON form', async () => {
    const db = freshDb();
    const result = await refreshSubscription(db, 'https://team.example/rules.csv', { fetch: serve(lexiconFiles.gbk(), 'text/csv; charset=gbk'), now: 1 });
    expect(result).toMatchObject({ outcome: 'updated', id: 'team-rules', version: '1.2.0', termCount: 3, lastError: null });
    const stored = await loadedLexicons(db);
    expect(stored.map((l) => l.terms.map((t) => t.text))).toEqual([['秒杀价', '吉祥款', '包邮到家']]);
    db.close();
  });

  it('random bytes served as CSV fail with the reader’s reason and store nothing', async () => {
    const db = freshDb();
    const result = await refreshSubscription(db, 'https://team.example/rules.csv', { fetch: serve(sellerFiles.random(), 'text/csv'), now: 1 });
    expect(result).toMatchObject({ outcome: 'failed', lastError: expect.stringMatching(/^encoding: the file (is neither|contains NUL)/) });
    expect(await loadedLexicons(db)).toEqual([]);
    db.close();
  });
});

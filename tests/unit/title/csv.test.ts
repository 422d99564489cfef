import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKeywordCsv, parseVolume } from '../../../lib/keywords/csv';

describe('parseKeywordCsv', () => {
  it('reads a 生意参谋-style export: BOM, Chinese headers, quoted thousands, a bad row, duplicates', () => {
    const r = parseKeywordCsv(readFileSync('tests/fixtures/title/taobao-keywords.csv', 'utf8'));
    expect(r.columns).toEqual({ keyword: '关键词', volume: '搜索人气' });
    expect(r.errors).toEqual([{ line: 7, message: 'volume "abc" is not a number' }]);
    expect(r.rows).toEqual([
      { keyword: '无线蓝牙耳机', volume: 60000 }, // duplicate keeps the max volume
      { keyword: '降噪耳机', volume: 31000 },
      { keyword: '运动耳机', volume: 9000 },
      { keyword: '考研图书馆耳机', volume: 800 },
      { keyword: '降噪续航久', volume: 4000 },
      { keyword: '蓝牙耳机, type-c', volume: 2000 }, // quoted comma stays in the keyword
    ]);
  });

  it('reads a Helium 10 Cerebro-style CSV with English headers', () => {
    const text = 'Keyword Phrase,Cerebro IQ Score,Search Volume\nwireless earbuds,1200,"152,000"\nBluetooth Earbuds,900,"98,500"\n';
    const r = parseKeywordCsv(text);
    expect(r.rows).toEqual([
      { keyword: 'wireless earbuds', volume: 152000 },
      { keyword: 'Bluetooth Earbuds', volume: 98500 },
    ]);
  });

  it('keeps Search Frequency Rank as rank, not volume, and skips a preamble line', () => {
    const text =
      'Reporting Range=["Weekly"],Viewing=["2025-01-05"]\nSearch Frequency Rank,Search Term,Top Clicked Brand\n1,earbuds,Acme\n25,"wireless earbuds",Acme\n';
    const r = parseKeywordCsv(text);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { keyword: 'earbuds', volume: null, rank: 1 },
      { keyword: 'wireless earbuds', volume: null, rank: 25 },
    ]);
  });

  it('reads TSV with 搜索词 / 搜索指数, CRLF line ends and 万 suffixes', () => {
    const text = '搜索词\t搜索指数\r\n连衣裙\t1.2万\r\n\r\n碎花连衣裙\t8,600\r\n';
    const r = parseKeywordCsv(text);
    expect(r.rows).toEqual([
      { keyword: '连衣裙', volume: 12000 },
      { keyword: '碎花连衣裙', volume: 8600 },
    ]);
  });

  it('reports rows by their line, also after a quoted multi-line cell', () => {
    const text = 'keyword,volume\n"multi\nline",10\n,20\nok,-5\ngood,7\n';
    const r = parseKeywordCsv(text);
    expect(r.errors).toEqual([
      { line: 4, message: 'keyword is empty' },
      { line: 5, message: 'volume "-5" is not a number' },
    ]);
    expect(r.rows.map((x) => x.keyword)).toEqual(['multi\nline', 'good']);
  });

  it('dedupes by normalized form (width and case)', () => {
    const r = parseKeywordCsv('keyword,volume\nTWS耳机,5\nｔｗｓ耳机,9\ntws耳机,\n');
    expect(r.rows).toEqual([{ keyword: 'TWS耳机', volume: 9 }]);
  });

  it('names the headers it found when there is no keyword column', () => {
    const r = parseKeywordCsv('商品,价格\n耳机,99\n');
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toMatch(/no keyword column; headers found: 商品, 价格/);
  });

  it('treats an empty file as an error', () => {
    expect(parseKeywordCsv('\ufeff\n\n').errors[0]?.message).toBe('the file is empty');
  });
});

describe('parseVolume', () => {
  it.each([
    ['12,345', 12345],
    ['1.2万', 12000],
    ['3.4k', 3400],
    ['-', null],
    ['', null],
    ['>1000', 1000],
    ['１２３', 123],
  ])('%s → %s', (raw, value) => expect(parseVolume(raw)).toBe(value));
  it('returns a message for junk', () => expect(parseVolume('lots')).toBe('volume "lots" is not a number'));
});

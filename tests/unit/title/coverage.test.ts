import { describe, expect, it } from 'vitest';
import { auditTitle } from '../../../lib/title/audit';
import { keywordTokens, segmentTitle, containsTerm } from '../../../lib/title/tokenize';
import { prepareKeywords } from '../../../lib/title/keywordSet';

describe('segmentation', () => {
  it('keeps e-commerce words whole where Intl.Segmenter splits them', () => {
    const naive = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('连衣裙便携大容量')].map((s) => s.segment);
    expect(naive).not.toContain('连衣裙'); // the reason the dictionary exists
    expect(segmentTitle('连衣裙便携大容量降噪').map((t) => t.text)).toEqual(['连衣裙', '便携', '大容量', '降噪']);
  });
  it('maps tokens back to original offsets through full-width and case folding', () => {
    const title = 'ＴＷＳ 无线耳机';
    const tokens = segmentTitle(title);
    expect(tokens.map((t) => [t.text, title.slice(t.start, t.end)])).toEqual([
      ['tws', 'ＴＷＳ'],
      ['无线', '无线'],
      ['耳机', '耳机'],
    ]);
  });
  it('keeps an unknown stretch of a keyword whole (brand/model), splits known words', () => {
    expect(keywordTokens('小金刚无线耳机')).toEqual(['小金刚', '无线', '耳机']);
    expect(keywordTokens('Wireless Earbuds, Bluetooth 5.3')).toEqual(['wireless', 'earbuds', 'bluetooth', '5.3']);
  });
  it('a seller keyword token overrides the segmenter in titles', () => {
    const prepared = prepareKeywords([{ keyword: '小金刚', volume: 10 }]);
    expect(segmentTitle('小金刚耳机', prepared.dictionary).map((t) => t.text)).toEqual(['小金刚', '耳机']);
  });
  it('matches Latin terms on word boundaries only', () => {
    expect(containsTerm('wireless earbuds', 'ear')).toBe(false);
    expect(containsTerm('wireless earbuds', 'earbuds')).toBe(true);
    expect(containsTerm('tws耳机', 'tws')).toBe(true);
  });
});

describe('keyword coverage', () => {
  const keywords = [
    { keyword: '无线蓝牙耳机', volume: 50000 },
    { keyword: '降噪耳机', volume: 30000 },
    { keyword: '运动耳机', volume: 9000 },
    { keyword: '考研图书馆耳机', volume: 800 },
  ];

  it('counts a keyword whose tokens are present but split apart on Taobao', () => {
    const r = auditTitle('蓝牙耳机无线降噪续航久 考研图书馆', { platform: 'taobao', keywords });
    expect(r.keywords.used).toEqual([
      { keyword: '无线蓝牙耳机', volume: 50000, match: 'tokens' },
      { keyword: '降噪耳机', volume: 30000, match: 'tokens' },
      { keyword: '考研图书馆耳机', volume: 800, match: 'tokens' },
    ]);
    expect(r.keywords.missing).toEqual([{ keyword: '运动耳机', volume: 9000, partial: { present: ['耳机'], absent: ['运动'] } }]);
    expect(r.keywords.coverage).toBeCloseTo(80800 / 89800, 3);
  });

  it('an exact phrase is "exact", and spaces between Chinese words do not matter', () => {
    const r = auditTitle('无线蓝牙 耳机 运动', { platform: 'taobao', keywords });
    expect(r.keywords.used[0]).toEqual({ keyword: '无线蓝牙耳机', volume: 50000, match: 'exact' });
  });

  it('matches words in any order, singular or plural, on Amazon, which indexes words rather than phrases', () => {
    const kw = [
      { keyword: 'bluetooth earbuds', volume: 900 },
      { keyword: 'wireless earbuds', volume: 1500 },
      { keyword: 'noise cancelling headphone', volume: 700 },
      { keyword: 'earbud case', volume: 300 },
    ];
    const r = auditTitle('Acme Wireless Earbuds, Bluetooth 5.3 Headphones', { platform: 'amazon', keywords: kw });
    expect(r.keywords.used).toEqual([
      { keyword: 'wireless earbuds', volume: 1500, match: 'exact' },
      { keyword: 'bluetooth earbuds', volume: 900, match: 'words' },
    ]);
    expect(r.keywords.missing).toEqual([
      { keyword: 'noise cancelling headphone', volume: 700, partial: { present: ['headphone'], absent: ['noise', 'cancelling'] } },
      { keyword: 'earbud case', volume: 300, partial: { present: ['earbud'], absent: ['case'] } },
    ]);
    expect(r.keywords.coverage).toBeCloseTo(2400 / 3400, 3);
  });

  it('sorts missing keywords by volume and weights equally without volumes', () => {
    const r = auditTitle('连衣裙', { platform: 'taobao', keywords: [{ keyword: 'a碎花' }, { keyword: '连衣裙' }, { keyword: '雪纺' }] });
    expect(r.keywords.coverage).toBeCloseTo(1 / 3, 3);
    const r2 = auditTitle('连衣裙', {
      platform: 'taobao',
      keywords: [
        { keyword: '雪纺', volume: 5 },
        { keyword: '碎花', volume: 50 },
      ],
    });
    expect(r2.keywords.missing.map((m) => m.keyword)).toEqual(['碎花', '雪纺']);
  });

  it('folds width and case before matching', () => {
    const r = auditTitle('ＴＷＳ无线耳机', { platform: 'taobao', keywords: [{ keyword: 'tws耳机', volume: 1 }] });
    expect(r.keywords.used.map((u) => u.match)).toEqual(['tokens']);
  });
});

describe('fold', () => {
  it('fold() equals the text of foldWithMap() (they must agree for offsets to be right)', async () => {
    const fc = (await import('fast-check')).default;
    const { fold, foldWithMap } = await import('../../../lib/title/fold');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', 'b', ' ', '\u3000', 'Ａ', 'ｚ', '耳', '\t', '\n', '😀', 'É', '\u00a0', '！') }), (s) => {
        expect(fold(s)).toBe(foldWithMap(s).text);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm, originalRange } from '../../../lib/match/normalize';

/** Normalized text, and the original characters behind normalized [start, end). */
function back(original: string, start: number, end: number): string {
  const n = normalize(original);
  const r = originalRange(n, start, end);
  return original.slice(r.start, r.end);
}

describe('normalize', () => {
  it.each([
    ['最 佳', '最佳'],
    ['最*佳', '最佳'],
    ['最　佳', '最佳'], // ideographic space
    ['最\u200b佳', '最佳'],
    ['最\ufeff佳', '最佳'],
    ['第-一', '第一'],
    ['第 · 一', '第一'],
    ['最。佳', '最佳'],
    ['國家級', '国家级'],
    ['ＮＯ．１', 'no 1'],
    ['No.1', 'no 1'],
    ['Best-Seller', 'best seller'],
    ['best  seller', 'best seller'],
    ['Best_Seller', 'best seller'],
    ['best | seller', 'best seller'],
    ['be\u200bst', 'best'],
    ['No. 12', 'no 12'],
    ['#10', '#10'],
    ['①', '1'],
    ['  lead and trail  ', 'lead and trail'],
    ['销量NO.1', '销量no 1'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps line breaks: a term split over two lines is not joined', () => {
    expect(normalize('最\n佳').text).toBe('最\n佳');
  });

  it('maps every normalized unit back to the original character it came from', () => {
    const original = 'ＡＢ 最 * 佳 國';
    const n = normalize(original);
    expect(n.text).toBe('ab最佳国');
    expect(Array.from(n.toOriginal)).toEqual([0, 1, 3, 7, 9]);
  });

  it('gives the original characters of a match, noise between included', () => {
    expect(back('全场最 佳!', 2, 4)).toBe('最 佳');
    expect(back('xＮＯ．１y', 1, 5)).toBe('ＮＯ．１');
    expect(back('a Best_Seller b', 2, 13)).toBe('Best_Seller');
  });

  it('maps astral characters to both UTF-16 units', () => {
    const original = 'a𠀀b';
    const n = normalize(original);
    expect(n.text).toBe('a𠀀b');
    const r = originalRange(n, 1, 3);
    expect(original.slice(r.start, r.end)).toBe('𠀀');
  });

  it('does not crash on lone surrogates and keeps them in place', () => {
    const original = 'a\ud800最\udc00佳 \ud83d';
    const n = normalize(original);
    expect(n.text.length).toBe(n.toOriginal.length);
    expect(n.text).toContain('最');
    expect(() => normalize('\udfff\ud800')).not.toThrow();
  });

  it('handles empty text and text of only noise', () => {
    expect(normalize('').text).toBe('');
    expect(normalize(' - * \u200b').text).toBe('');
  });

  it('folds characters that expand (NFKC) with every unit mapped to the source character', () => {
    const n = normalize('x㈱y');
    expect(n.text).toBe('x(株)y');
    expect(Array.from(n.toOriginal)).toEqual([0, 1, 1, 1, 2]);
  });

  it('normalizes terms the same way as text', () => {
    expect(normalizeTerm('No.1')).toBe(normalize('ＮＯ．１').text);
    expect(normalizeTerm('國家級')).toBe('国家级');
  });
});

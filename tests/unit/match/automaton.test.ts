import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../lib/match/automaton';

function all(patterns: string[], text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  buildAutomaton(patterns).scan(text, (s, e, p) => out.push([s, e, patterns[p] ?? '?']));
  return out;
}

/** Reference: every occurrence by indexOf, ordered like the automaton (end, then longest first). */
function naive(patterns: string[], text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (const p of new Set(patterns)) {
    if (!p) continue;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push([i, i + p.length, p]);
  }
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('buildAutomaton', () => {
  it('finds overlapping and nested patterns in one pass (the classic he/she/his/hers)', () => {
    expect(all(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [1, 4, 'she'],
      [2, 4, 'he'],
      [2, 6, 'hers'],
    ]);
  });

  it('finds CJK terms sharing prefixes and suffixes', () => {
    expect(all(['最', '最佳', '佳品', '国家级'], '最佳品国家级')).toEqual([
      [0, 1, '最'],
      [0, 2, '最佳'],
      [1, 3, '佳品'],
      [3, 6, '国家级'],
    ]);
  });

  it('ignores duplicates and empty patterns', () => {
    expect(all(['ab', 'ab', ''], 'abab')).toEqual([
      [0, 2, 'ab'],
      [2, 4, 'ab'],
    ]);
  });

  it('matches nothing on empty text or without patterns', () => {
    expect(all(['a'], '')).toEqual([]);
    expect(all([], 'abc')).toEqual([]);
  });

  it('agrees with indexOf on random patterns over a small alphabet', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = 'ab最佳c';
    const word = (len: number): string => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + rnd(8) }, () => word(1 + rnd(4)));
      const text = word(rnd(40));
      const got = all(patterns, text).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
      expect(got).toEqual(naive(patterns, text));
    }
  });

  it('grows past its initial capacity for large pattern sets', () => {
    const patterns = Array.from({ length: 5000 }, (_, i) => `词${i}号`);
    const a = buildAutomaton(patterns);
    expect(a.stateCount).toBeGreaterThan(1024);
    const hits: string[] = [];
    a.scan('有词4999号和词12号', (s, e) => hits.push('有词4999号和词12号'.slice(s, e)));
    expect(hits).toEqual(['词4999号', '词12号']);
  });
});

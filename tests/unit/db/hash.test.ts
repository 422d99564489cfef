import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCacheKey, hashText } from '@/lib/db/hash';
import { jsonSize, utf8Length } from '@/lib/db/size';
import { compareSemver } from '@/lib/db/semver';

describe('hashText', () => {
  it('is stable: pinned outputs must never change (cached keys and review recall depend on them)', () => {
    // Pinned once; a change here silently orphans every stored cache key and review.
    expect(hashText('abc')).toBe('7a91f9f91ac18c8d');
    expect(hashText('最佳纯棉T恤')).toBe('ecdcc80a442ccae5');
    expect(hashText('')).toBe('488bdcb81aee8d83');
  });

  it('differs for near-identical texts', () => {
    const seen = new Set<string>();
    for (const text of ['最佳', '最佳 ', '最 佳', '最佳。', 'a', 'b', 'ab', 'ba']) seen.add(hashText(text));
    expect(seen.size).toBe(8);
  });

  it('has no collisions on 20k random strings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 2000, maxLength: 2000 }), (texts) => {
        return new Set(texts.map((t) => hashText(t))).size === texts.length;
      }),
      { numRuns: 10 },
    );
  });

  it('audit cache keys change with the text, the ruleset and the lexicon version', () => {
    const base = auditCacheKey('最佳T恤', 'rules-1', 'lex-1');
    expect(auditCacheKey('最佳T恤', 'rules-1', 'lex-1')).toBe(base);
    expect(auditCacheKey('最佳T衫', 'rules-1', 'lex-1')).not.toBe(base);
    expect(auditCacheKey('最佳T恤', 'rules-2', 'lex-1')).not.toBe(base);
    expect(auditCacheKey('最佳T恤', 'rules-1', 'lex-2')).not.toBe(base);
    // The separator keeps 'a'+'bc' apart from 'ab'+'c'.
    expect(auditCacheKey('x', 'a', 'bc')).not.toBe(auditCacheKey('x', 'ab', 'c'));
  });
});

describe('sizes and versions', () => {
  it('utf8Length agrees with TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => utf8Length(s) === new TextEncoder().encode(s).length),
      { numRuns: 300 },
    );
    expect(jsonSize({ a: '最' })).toBe(new TextEncoder().encode('{"a":"最"}').length);
  });

  it('compareSemver orders numerically, not as text', () => {
    expect(compareSemver('1.10.0', '1.9.9')).toBe(1);
    expect(compareSemver('1.0.0', '1.0.0')).toBe(0);
    expect(compareSemver('0.9.0', '1.0.0')).toBe(-1);
    expect(() => compareSemver('1.0', '1.0.0')).toThrow(/semantic version/);
  });
});

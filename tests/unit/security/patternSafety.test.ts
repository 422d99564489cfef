import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafePatternReason } from '@/lib/security/patternSafety';

/** How long the real engine takes on `pattern` against a string built to make it backtrack. */
function secondsOnAttack(pattern: string, attack: string): number {
  const started = performance.now();
  new RegExp(pattern, 'gi').test(attack);
  return (performance.now() - started) / 1000;
}

describe('safe-pattern check', () => {
  it.each([
    ['(a+)+$', /nested/],
    ['(\\w+\\s?)*$', /nested/],
    ['(.*a){12}', /nested/],
    ['^(a|aa)+$', /same text/],
    ['(x|x)*y', /same text/],
    ['(a|A)+b', /same text/], // case-insensitive, as the matcher runs them
    ['(?=(a+)+b)', /nested/],
    ['(a)\\1', /backreference/],
    ['(?<x>a)\\k<x>', /backreference/],
    ['(unclosed', /not a valid/],
  ])('refuses %s', (pattern, reason) => {
    expect(unsafePatternReason(pattern)).toMatch(reason);
  });

  it('refuses patterns that really hang the engine (checked on a short attack string)', () => {
    // 24 characters: exponential patterns take ~0.1 s here and double with each extra character.
    const attack = 'a'.repeat(24) + '!';
    for (const pattern of ['(a+)+$', '^(a|aa)+$', '(a|a)*$']) {
      expect(unsafePatternReason(pattern)).not.toBeNull();
      expect(secondsOnAttack(pattern, attack)).toBeGreaterThan(secondsOnAttack('a+$', attack));
    }
  });

  it.each([
    '最近',
    '第[一1](次|步|天)',
    '(客户|顾客|用户)第一',
    '最\\s*好',
    '(a|b)*c',
    '([a-z]|[0-9])+x',
    '(\\d{3})+',
    '.*最.*好.*',
    'no ?1 (phillips|pozi|pz)',
  ])('accepts %s', (pattern) => {
    expect(unsafePatternReason(pattern)).toBeNull();
  });

  it('accepts every exception pattern of the shipped lexicons', () => {
    const dir = path.resolve('public/lexicons');
    const patterns = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) =>
        (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { terms: { exceptionPatterns?: string[] }[] }).terms.flatMap(
          (term) => term.exceptionPatterns ?? [],
        ),
      );
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.filter((pattern) => unsafePatternReason(pattern) !== null)).toEqual([]);
  });
});

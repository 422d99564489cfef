import { describe, expect, it } from 'vitest';
import { compileChecker } from '../../../lib/compliance';
import { customLexicon, parseLexicon } from '../../../lib/lexicon/load';
import { compileSafePattern, validateUserPattern } from '../../../lib/lexicon/safePattern';

const lexiconWith = (exceptionPatterns: string[]) => ({
  id: 'team',
  version: '1.0.0',
  name: { zh: '团队词表', en: 'Team' },
  source: 'test',
  terms: [{ text: '最佳', category: 'absolute', severity: 'error', basis: '广告法第九条', lang: 'zh', exceptionPatterns }],
});

describe('safe user patterns (RE2JS)', () => {
  it('runs a catastrophic-backtracking pattern in linear time', () => {
    const compiled = compileSafePattern('^(a+)+$');
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const evil = `${'a'.repeat(50_000)}b`;
    const t = performance.now();
    expect(compiled.pattern.matches(evil)).toEqual([]);
    // A backtracking engine needs 2^50000 steps here; RE2 is linear. The bound is loose on purpose.
    expect(performance.now() - t).toBeLessThan(2_000);
  });

  it('rejects backreferences and lookaround with a reason', () => {
    for (const source of ['(a)\\1', '最(?=近)', '(?<!最)佳']) {
      const compiled = compileSafePattern(source);
      expect(compiled.ok, source).toBe(false);
      if (!compiled.ok) expect(compiled.error).toMatch(/linear-time/);
    }
  });

  it('names the file and the term in the one validation function importers call', () => {
    expect(validateUserPattern('最(?=近)', { file: 'backup.json', term: '最', field: 'exceptionPatterns[0]' })).toMatch(
      /^backup\.json term "最": exceptionPatterns\[0\] "最\(\?=近\)" is not a linear-time/,
    );
    expect(validateUserPattern('最(近|后)', { file: 'backup.json', term: '最' })).toBeNull();
  });

  it('reports an unsafe pattern of a lexicon file (--lexicon, subscriptions) at load, naming the file and term', () => {
    const parsed = parseLexicon(lexiconWith(['(?<=全场)最佳']), 'team.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(/^team term 0 \("最佳"\): field "exceptionPatterns\[0\]" .*linear-time/);
  });

  it('loads a nested-quantifier pattern and applies it without freezing', () => {
    const parsed = parseLexicon(lexiconWith(['(最佳+)+赏味期']), 'team.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const checker = compileChecker({ lexicons: [parsed.lexicon] });
    expect(checker.check('最佳赏味期30天')).toEqual([]);
    expect(checker.check('全场最佳').map((f) => f.term)).toEqual(['最佳']);
    const t = performance.now();
    checker.check(`最佳${'佳'.repeat(5_000)}x`);
    expect(performance.now() - t).toBeLessThan(2_000);
  });

  it('rejects an unsafe pattern in custom terms', () => {
    const custom = customLexicon([{ text: '神器', exceptionPatterns: ['(神器)\\1'] }]);
    expect(custom.ok).toBe(false);
  });
});

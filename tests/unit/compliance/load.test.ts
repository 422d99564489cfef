import { describe, expect, it } from 'vitest';
import { customLexicon, LexiconError, loadLexicons, parseLexicon } from '../../../lib/lexicon/load';
import { checkText } from '../../../lib/compliance';

function file(id: string, terms: unknown[]): Record<string, unknown> {
  return { id, version: '1.0.0', name: { zh: '词表', en: 'Lexicon' }, source: 'test', terms };
}
const good = (text: string): Record<string, unknown> => ({ text, category: 'absolute', severity: 'error', basis: '《广告法》第九条第三项', lang: 'zh' });

describe('parseLexicon', () => {
  it('names the lexicon, the term index and text, and the field', () => {
    const terms = Array.from({ length: 12 }, (_, i) => good(`词${i}`));
    terms.push({ ...good('最佳'), severity: 'fatal' });
    const result = parseLexicon(file('zh-ad-law-absolute', terms), 'absolute.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(LexiconError);
    expect(result.error.toString()).toBe('LexiconError: zh-ad-law-absolute term 12 ("最佳"): field "severity" must be error|warning|info');
  });

  it.each([
    [{ ...good('最佳'), basis: undefined }, 'bad term 0 ("最佳"): field "basis" is required'],
    [{ ...good('最佳'), suggestions: 'x' }, 'bad term 0 ("最佳"): field "suggestions" must be a list (got string)'],
    [{ ...good('最佳'), text: '' }, 'bad term 0 (""): field "text" must not be empty'],
    [{ ...good('x'.repeat(65)) }, `bad term 0 ("${'x'.repeat(65)}"): field "text" must be at most 64 characters`],
    [{ ...good('最佳'), colour: 'red' }, 'bad term 0 ("最佳"): unknown field "colour"'],
    [
      { ...good('最佳'), platforms: ['aliexpress'] },
      'bad term 0 ("最佳"): field "platforms[0]" must be taobao|tmall|jd|pdd|douyin|amazon|shopify|xiaohongshu|kuaishou|tiktok|shopee|temu|walmart|ebay|etsy|generic',
    ],
    [{ ...good('最佳'), exceptionPatterns: ['最(?=近'] }, 'bad term 0 ("最佳"): field "exceptionPatterns[0]" is not a valid regular expression'],
    [{ ...good('-*-') }, 'bad term 0 ("-*-"): field "text" has no letters left after normalization'],
  ])('reports %j readably', (term, expected) => {
    const result = parseLexicon(file('bad', [term]), 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(expected);
  });

  it('names lexicon-level fields, and uses the file name when there is no id', () => {
    const noVersion = parseLexicon({ ...file('lex', [good('最佳')]), version: 'one' }, 'lex.json');
    expect(!noVersion.ok && noVersion.error.message).toBe('lex: field "version" must be semantic version like 1.0.0');
    const notObject = parseLexicon([1, 2], 'list.json');
    expect(!notObject.ok && notObject.error.message).toBe('list.json: a lexicon must be a JSON object (got array)');
  });

  it('counts further problems in the message and lists them all in issues', () => {
    const result = parseLexicon(
      file('many', [
        { ...good('a'), severity: 'x' },
        { ...good('b'), lang: 'fr' },
      ]),
      'many.json',
    );
    expect(!result.ok && result.error.message).toMatch(/\(and 1 more\)$/);
    expect(!result.ok && result.error.issues).toHaveLength(2);
  });

  it('warns about exceptions that cannot contain the term and about duplicates, but loads', () => {
    const result = parseLexicon(file('warn', [{ ...good('最'), exceptions: ['首饰'] }, good('最')]), 'warn.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      'warn term 0 ("最"): exceptions[0] "首饰" does not contain the term or a variant, so it never applies',
      'warn term 1 ("最"): duplicates term 0 in the same category',
    ]);
  });
});

describe('loadLexicons', () => {
  it('reports a bad file and still loads the others, which then match', () => {
    const result = loadLexicons([
      { source: 'a.json', data: file('a', [good('最佳')]) },
      { source: 'b.json', data: file('b', [{ ...good('第一'), severity: 'fatal' }]) },
      { source: 'c.json', data: file('c', [good('国家级')]) },
      { source: 'a2.json', data: file('a', [good('顶级')]) },
    ]);
    expect(result.lexicons.map((l) => l.id)).toEqual(['a', 'c']);
    expect(result.errors.map((e) => e.message)).toEqual([
      'b term 0 ("第一"): field "severity" must be error|warning|info',
      'a: another lexicon already has this id (a2.json skipped)',
    ]);
    expect(checkText('最佳国家级第一', { lexicons: result.lexicons }).map((f) => f.match)).toEqual(['最佳', '国家级']);
  });
});

describe('customLexicon', () => {
  it('fills defaults for a user term given as text only', () => {
    const result = customLexicon([{ text: '神器' }, { text: 'miracle' }]);
    expect(result.ok && result.lexicon?.terms.map((t) => [t.text, t.category, t.severity, t.lang])).toEqual([
      ['神器', 'custom', 'warning', 'zh'],
      ['miracle', 'custom', 'warning', 'en'],
    ]);
  });
  it('returns no lexicon for no terms and an error value for a bad one', () => {
    expect(customLexicon([])).toEqual({ ok: true, lexicon: null, warnings: [] });
    const bad = customLexicon([{ text: '' }]);
    expect(!bad.ok && bad.error.message).toBe('user-custom term 0 (""): field "text" must not be empty');
  });
});

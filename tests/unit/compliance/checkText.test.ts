import { describe, expect, it } from 'vitest';
import { checkText, compileChecker } from '../../../lib/compliance';
import { lexicon, term } from '../../fixtures/compliance/testLexicon';

const LEX = lexicon([
  term('最佳', { suggestions: ['优质', ''] }),
  term('最', { severity: 'warning', exceptions: ['最近', '最后一天', '最大功率'], exceptionPatterns: ['最新款'] }),
  term('国家级'),
  term('第一', { exceptions: ['第一次', '第一步'], exceptionPatterns: ['第一(?:天|周|个月)'] }),
  term('No.1', { variants: ['NO1', 'No 1'] }),
  term('#1', { category: 'marketplace-restricted' }),
  term('best', { category: 'marketplace-restricted' }),
  term('best seller', { category: 'marketplace-restricted', platforms: ['amazon'] }),
  term('top', { category: 'marketplace-restricted' }),
  term('cure', { category: 'medical' }),
  term('free shipping', { category: 'promotional', severity: 'warning', fields: ['title'] }),
  term('治愈', { category: 'medical', message: { zh: '自定义说明：{match}（{term}）', en: 'Custom: {match} ({term})' } }),
  term('驰名商标', { category: 'trademark' }),
]);

const hits = (text: string, options: Parameters<typeof checkText>[1] = {}): string[] =>
  checkText(text, { lexicons: [LEX], ...options }).map((f) => `${f.match}@${f.start}`);

// ESLint-style fixture table: `valid` stays silent, `invalid` lists each hit as match@start.
const valid: string[] = [
  '最近上新',
  '最后一天包邮',
  '最大功率 2000W',
  '最新款连衣裙',
  '第一次使用',
  '第一步：打开包装',
  '第一天就发货',
  'No. 12 in stock',
  'No.12',
  '#10 size',
  'Bestway pool',
  'asbestos free',
  'laptop stand',
  'secure lock',
  'topping',
  '国家\n级', // a line break separates words
  '',
];
const invalid: Array<[string, string[]]> = [
  ['全场最佳', ['最佳@2']],
  ['全场最 佳', ['最 佳@2']],
  ['全场最*佳', ['最*佳@2']],
  ['最\u200b佳', ['最\u200b佳@0']],
  ['國家級品质', ['國家級@0']],
  ['销量ＮＯ．１', ['ＮＯ．１@2']],
  ['销量No.1', ['No.1@2']],
  ['NO1 choice', ['NO1@0']],
  ['第-一品牌', ['第-一@0']],
  ['Rank #1 seller', ['#1@5']],
  ['Best-Seller', ['Best@0']], // 'best seller' is Amazon-only; without a platform every term applies, see below
  ['the best pool', ['best@4']],
  ['top quality', ['top@0']],
  ['can cure colds', ['cure@4']],
  ['最好的选择', ['最@0']],
  ['最近最好', ['最@2']],
  ['驰名商标产品', ['驰名商标@0']],
];

describe('checkText fixtures', () => {
  it.each(valid)('valid: %j', (text) => {
    expect(hits(text)).toEqual([]);
  });
  it.each(invalid)('invalid: %j', (text, expected) => {
    expect(hits(text, { platform: 'taobao' })).toEqual(expected);
  });
});

describe('checkText', () => {
  it('fills every field of a finding from the term and the rule', () => {
    const [f] = checkText('全场最佳', { lexicons: [LEX] });
    expect(f).toEqual({
      ruleId: 'absolute-term',
      severity: 'error',
      start: 2,
      end: 4,
      match: '最佳',
      message: '“最佳”属于绝对化用语，广告中不得使用',
      basis: '《广告法》第九条第三项',
      suggestions: ['优质', ''],
      category: 'absolute',
      term: '最佳',
    });
  });

  it('writes messages in the chosen locale, and a term message overrides the rule one', () => {
    expect(checkText('最佳', { lexicons: [LEX], locale: 'en' })[0]?.message).toBe('"最佳" is an absolute claim, which advertising must not use');
    expect(checkText('可治癒', { lexicons: [LEX] })[0]?.message).toBe('自定义说明：治癒（治愈）');
    expect(checkText('可治癒', { lexicons: [LEX], locale: 'en' })[0]?.message).toBe('Custom: 治癒 (治愈)');
  });

  it('lets the longest match win where hits overlap', () => {
    expect(hits('Best-Seller', { platform: 'amazon' })).toEqual(['Best-Seller@0']);
    expect(hits('best seller', { platform: 'taobao' })).toEqual(['best@0']);
  });

  it('applies platform-only terms to that platform, and to every check without a platform', () => {
    expect(hits('best seller')).toEqual(['best seller@0']);
    expect(hits('best seller', { platform: 'amazon' })).toEqual(['best seller@0']);
  });

  it('applies field-only terms to that field, and to every check without a field', () => {
    expect(hits('Free Shipping', { field: 'title' })).toEqual(['Free Shipping@0']);
    expect(hits('Free Shipping', { field: 'description' })).toEqual([]);
    expect(hits('Free Shipping')).toEqual(['Free Shipping@0']);
  });

  it('drops a hit inside an exception but reports the same term elsewhere', () => {
    expect(hits('最近的最佳和最后一天最')).toEqual(['最佳@3', '最@10']);
  });

  it('matches exceptions on normalized text (spaces, traditional, width)', () => {
    expect(hits('最 近')).toEqual([]);
    expect(hits('第 一 次')).toEqual([]);
  });

  it('silences hits inside allowlist entries only', () => {
    expect(hits('最佳拍档牌 最佳', { allow: ['最佳拍档'] })).toEqual(['最佳@6']);
    expect(hits('第一坊旗舰店', { allow: ['第一坊'] })).toEqual([]);
    expect(hits('No.1 Store and No.1', { allow: ['no.1 store'] })).toEqual(['No.1@15']);
  });

  it('merges custom terms, with category custom by default', () => {
    const findings = checkText('这款神器超值', { lexicons: [LEX], customTerms: [{ text: '神器' }, { text: '超值', category: 'price', severity: 'info' }] });
    expect(findings.map((f) => [f.match, f.ruleId, f.severity])).toEqual([
      ['神器', 'custom-term', 'warning'],
      ['超值', 'price-claim', 'info'],
    ]);
  });

  it('throws a readable LexiconError for an invalid custom term', () => {
    expect(() => checkText('x', { lexicons: [LEX], customTerms: [{ text: '神器', severity: 'fatal' } as never] })).toThrow(
      /user-custom term 0 \("神器"\): field "severity" must be error\|warning\|info/,
    );
  });

  it('orders findings by start, then end, then ruleId, and keeps one finding per rule on a span', () => {
    const other = lexicon([term('最佳', { category: 'custom', severity: 'info' }), term('最佳', { severity: 'warning' })], 'other');
    const findings = checkText('最佳 No1 最佳', { lexicons: [LEX, other] });
    expect(findings.map((f) => [f.start, f.end, f.ruleId, f.severity])).toEqual([
      [0, 2, 'absolute-term', 'error'],
      [0, 2, 'custom-term', 'info'],
      [3, 6, 'absolute-term', 'error'],
      [7, 9, 'absolute-term', 'error'],
      [7, 9, 'custom-term', 'info'],
    ]);
  });

  it('returns [] for empty text and for an empty lexicon set', () => {
    expect(checkText('', { lexicons: [LEX] })).toEqual([]);
    expect(checkText('最佳', { lexicons: [] })).toEqual([]);
  });

  it('survives lone surrogates around hits', () => {
    const text = '\ud800最佳\udc00 \ud83d';
    const findings = checkText(text, { lexicons: [LEX] });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['最佳']);
  });

  it('checks a 1 MB paste quickly and exactly', () => {
    const chunk = '这款产品质量很好，适合日常使用。Great for daily use. ';
    let text = '';
    while (text.length < 1_000_000) text += chunk;
    text += '最 佳';
    const start = performance.now();
    const findings = checkText(text, { lexicons: [LEX] });
    const ms = performance.now() - start;
    expect(findings.map((f) => f.match)).toEqual(['最 佳']);
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe('最 佳');
    expect(ms).toBeLessThan(2000);
  });

  it('compiles once and reuses the checker', () => {
    const checker = compileChecker({ lexicons: [LEX] });
    expect(checker.termCount).toBe(LEX.terms.length);
    expect(checker.check('最佳', { locale: 'en' })[0]?.ruleId).toBe('absolute-term');
    expect(checker.check('最佳')).toEqual(checker.check('最佳'));
  });
});

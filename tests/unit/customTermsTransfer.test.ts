import { describe, expect, it } from 'vitest';
import { exportCustomTerms, formatOfFile, parseCustomTerms } from '@/lib/lexicon/customTermsTransfer';

describe('custom terms import and export', () => {
  it('reads plain text, skipping blanks and comments', () => {
    expect(parseCustomTerms('\uFEFF秒杀价\n\n# note\n 爆款 \n', 'txt').terms).toEqual([{ text: '秒杀价' }, { text: '爆款' }]);
  });

  it('reads a tab-separated .txt (Excel "Unicode 文本") as a table with Chinese headers', () => {
    expect(parseCustomTerms('词语\t级别\t依据\n秒杀价\terror\t店铺规范\n', 'txt').terms).toEqual([{ text: '秒杀价', severity: 'error', basis: '店铺规范' }]);
  });

  it('reads CSV with quoted commas and reports an empty row by line, keeping the rest', () => {
    const csv = 'text,severity,basis,suggestions\n"秒杀,价",warning,平台规则,特惠价|限时价\n,error,,\n爆款,bogus,,\n';
    const result = parseCustomTerms(csv, 'csv');
    expect(result.terms).toEqual([{ text: '秒杀,价', severity: 'warning', basis: '平台规则', suggestions: ['特惠价', '限时价'] }, { text: '爆款' }]);
    expect(result.errors).toEqual([{ line: 3, message: 'the "text" column is empty' }]);
  });

  it('reads a JSON array or a lexicon file, and explains bad JSON', () => {
    expect(parseCustomTerms('["a", {"text": "b", "severity": "info"}, {"x": 1}]', 'json')).toEqual({
      terms: [{ text: 'a' }, { text: 'b', severity: 'info' }],
      errors: [{ line: 3, message: 'term 3: "text" is missing' }],
    });
    expect(parseCustomTerms('{"terms":[{"text":"c"}]}', 'json').terms).toEqual([{ text: 'c' }]);
    expect(parseCustomTerms('{oops', 'json').errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('round-trips through every format', () => {
    const terms = [{ text: '秒杀,价', severity: 'warning' as const, basis: '平台规则', suggestions: ['特惠价', '限时价'] }];
    for (const format of ['json', 'csv'] as const) expect(parseCustomTerms(exportCustomTerms(terms, format), format).terms).toEqual(terms);
    expect(parseCustomTerms(exportCustomTerms(terms, 'txt'), 'txt').terms).toEqual([{ text: '秒杀,价' }]);
    expect(formatOfFile('Terms.CSV')).toBe('csv');
  });
});

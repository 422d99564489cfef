import { describe, expect, it } from 'vitest';
import { auditSearchTerms } from '../../../lib/title/searchTerms';

describe('auditSearchTerms', () => {
  it('counts UTF-8 bytes against 250 and underlines the overflow', () => {
    const ok = auditSearchTerms('a'.repeat(250));
    expect(ok).toMatchObject({ bytes: 250, limit: 250, over: false, findings: [] });
    const cjk = '耳'.repeat(84); // 252 bytes
    const r = auditSearchTerms(cjk);
    expect(r.over).toBe(true);
    expect(r.findings[0]).toMatchObject({ ruleId: 'search-terms-length', start: 83, end: 84, match: '耳' });
  });

  it('flags words repeated in the field or already in the title', () => {
    const r = auditSearchTerms('headphones earphones Headphones gym', { title: 'Acme Wireless Earbuds for Gym' });
    expect(r.findings.map((f) => [f.match, f.start])).toEqual([
      ['Headphones', 21],
      ['gym', 32],
    ]);
  });
});

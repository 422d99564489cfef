import { describe, expect, it } from 'vitest';
import { auditTitle } from '../../../lib/title/audit';

// Real compliance engine and shipped lexicons (lib/compliance): banned terms reach the title report.
describe('auditTitle with the compliance engine', () => {
  it('flags absolute terms in a Taobao title at their original offsets', () => {
    const title = '最好的无线蓝牙耳机 全网第一';
    const r = auditTitle(title, { platform: 'taobao' });
    const terms = r.findings.filter((f) => f.ruleId !== 'title-length' && f.severity === 'error');
    expect(terms.map((f) => f.match)).toEqual(expect.arrayContaining(['最好', '全网第一']));
    for (const f of terms) expect(title.slice(f.start, f.end)).toBe(f.match);
    expect(r.scoreParts.find((p) => p.id === 'compliance')?.points).toBe(0);
  });

  it('flags promotional phrases in an Amazon title', () => {
    const r = auditTitle('Acme Wireless Earbuds Free Shipping', { platform: 'amazon' });
    expect(r.findings.some((f) => f.match === 'Free Shipping' && f.severity === 'error')).toBe(true);
  });

  it('leaves a clean title alone', () => {
    const r = auditTitle('无线蓝牙耳机 降噪 运动 入耳式', { platform: 'taobao' });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

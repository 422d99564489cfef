import { describe, expect, it } from 'vitest';
import { auditField } from '@/lib/audit/auditField';

describe('auditField', () => {
  it('checks ad copy with the shipped lexicons and honours the allowlist and custom terms', () => {
    const text = '顶级面料，下单秒发货';
    expect(auditField(text, { role: 'bullet', platform: 'jd' }).findings.map((f) => f.match)).toEqual(['顶级']);
    const tuned = auditField(text, { role: 'bullet', platform: 'jd', allow: ['顶级面料'], customTerms: [{ text: '秒发货' }] });
    expect(tuned.findings.map((f) => f.match)).toEqual(['秒发货']);
    expect(tuned.title).toBeUndefined();
  });

  it('adds the title report and title rules for titles, without duplicating lexicon findings', () => {
    const title = '最好的保温杯'.repeat(6);
    const audit = auditField(title, { role: 'title', platform: 'taobao', keywords: [{ keyword: '保温杯', volume: 100 }] });
    expect(audit.title?.length.over).toBe(true);
    expect(audit.findings.some((f) => f.ruleId === 'title-length')).toBe(true);
    const spans = audit.findings.map((f) => `${f.ruleId}:${f.start}:${f.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    expect(audit.findings.filter((f) => f.match === '最好')).toHaveLength(6);
    expect(audit.findings.map((f) => f.start)).toEqual([...audit.findings.map((f) => f.start)].sort((a, b) => a - b));
  });
});

import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../../../lib/types';
import { PLATFORMS } from '../../../lib/types';

// The compliance engine is another module's job; here we check that its findings reach the report and the score.
vi.mock('../../../lib/compliance', () => ({
  checkText: (text: string, options?: { platform?: string; field?: string }): Finding[] => {
    const at = text.indexOf('最好');
    if (at < 0 || options?.field !== 'title') return [];
    return [
      {
        ruleId: 'absolute-term',
        severity: 'error',
        start: at,
        end: at + 2,
        match: '最好',
        message: 'absolute term',
        basis: '广告法第九条第三项',
        suggestions: [''],
      },
    ];
  },
}));

const { auditTitle, TitleAuditError } = await import('../../../lib/title/audit');

const keywords = [
  { keyword: '无线蓝牙耳机', volume: 50000 },
  { keyword: '降噪耳机', volume: 30000 },
  { keyword: '运动耳机', volume: 9000 },
];

describe('auditTitle', () => {
  it('returns the documented JSON shape', () => {
    const r = auditTitle('无线蓝牙耳机 降噪', { platform: 'taobao', keywords });
    expect(Object.keys(r).sort()).toEqual(['bannedChars', 'findings', 'keywords', 'length', 'platform', 'repeatedWords', 'score', 'scoreCap', 'scoreParts']);
    expect(Object.keys(r.length).sort()).toEqual(['limit', 'over', 'unit', 'value']);
    expect(Object.keys(r.keywords).sort()).toEqual(['conflicting', 'coverage', 'missing', 'used']);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('passes compliance findings through and scores them', () => {
    const clean = auditTitle('无线蓝牙耳机 降噪', { platform: 'taobao', keywords });
    const bad = auditTitle('最好无线蓝牙耳机 降噪', { platform: 'taobao', keywords });
    expect(bad.findings.find((f) => f.ruleId === 'absolute-term')).toMatchObject({ start: 0, end: 2, match: '最好' });
    expect(bad.scoreParts.find((p) => p.id === 'compliance')?.points).toBe(0);
    expect(clean.scoreParts.find((p) => p.id === 'compliance')?.points).toBe(25);
  });

  it('score is the sum of its parts, within 0–100, for any title and platform', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom(...PLATFORMS), fc.boolean(), (title, platform, withKeywords) => {
        const r = auditTitle(title, { platform, ...(withKeywords ? { keywords } : {}) });
        expect(r.score).toBe(r.scoreParts.reduce((s, p) => s + p.points, 0));
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.scoreParts.reduce((s, p) => s + p.max, 0)).toBe(100);
        for (const p of r.scoreParts) {
          expect(p.points).toBeGreaterThanOrEqual(0);
          expect(p.points).toBeLessThanOrEqual(p.max);
          expect(p.reason.zh.length).toBeGreaterThan(0);
          expect(p.reason.en.length).toBeGreaterThan(0);
        }
        for (const f of r.findings) expect(title.slice(f.start, f.end)).toBe(f.match);
      }),
      { numRuns: 300 },
    );
  });

  it('a better title scores higher', () => {
    const good = auditTitle('无线蓝牙耳机降噪运动耳机 入耳式 超长续航 跑步 学生 图书馆', { platform: 'taobao', keywords });
    expect(good.length.over).toBe(false);
    const poor = auditTitle('【爆款】耳机★★ 耳机', { platform: 'taobao', keywords });
    expect(good.score).toBeGreaterThan(poor.score + 30);
  });

  it('rewards the core word near the front', () => {
    const front = auditTitle('无线蓝牙耳机 降噪 运动 入耳式 学生 考研', { platform: 'taobao', keywords });
    const late = auditTitle('入耳式学生考研图书馆降噪运动 无线蓝牙耳机', { platform: 'taobao', keywords });
    expect(front.scoreParts.find((p) => p.id === 'core-position')?.points).toBe(10);
    expect(late.scoreParts.find((p) => p.id === 'core-position')?.points).toBe(5);
    const f = late.findings.find((x) => x.ruleId === 'core-word-position');
    expect(f?.match).toBe('无线蓝牙耳机');
  });

  it('uses a given core word and reports it missing with an insertion', () => {
    const r = auditTitle('降噪耳机 运动', { platform: 'taobao', keywords, core: '头戴式' });
    const f = r.findings.find((x) => x.ruleId === 'core-word-position');
    expect(f).toMatchObject({ start: 0, end: 0, suggestions: ['头戴式'] });
  });

  it('lists high-volume missing keywords as findings with an insertion at the end', () => {
    const r = auditTitle('无线蓝牙耳机', { platform: 'taobao', keywords });
    const missing = r.findings.filter((f) => f.ruleId === 'keyword-missing');
    expect(missing.map((f) => f.suggestions[0])).toEqual(['降噪耳机', '运动耳机']);
    expect(missing.every((f) => f.start === 6 && f.end === 6)).toBe(true);
  });

  it('applies overrides, and a bad override is a readable error', () => {
    const r = auditTitle('无线蓝牙耳机降噪', { platform: 'taobao', overrides: { limit: 10 } });
    expect(r.length).toEqual({ value: 16, unit: 'bytes', limit: 10, over: true });
    expect(() => auditTitle('x', { platform: 'taobao', overrides: { limit: 0 } })).toThrow(TitleAuditError);
    expect(() => auditTitle('x', { platform: 'taobao', overrides: { limit: 0 } })).toThrow(/taobao override "limit"/);
  });

  it('writes Amazon messages in English and Taobao messages in Chinese by default', () => {
    expect(auditTitle('Acme Earbuds!', { platform: 'amazon' }).findings[0]?.message).toMatch(/Amazon titles must not contain "!"/);
    expect(auditTitle('耳机<', { platform: 'taobao' }).findings[0]?.message).toMatch(/^淘宝标题不能使用“<”。$/);
  });

  it('lists banned characters and repeated words in the report', () => {
    const r = auditTitle('Earbuds Earbuds Earbuds! Case?', { platform: 'amazon' });
    expect(r.bannedChars).toEqual(['!', '?']);
    expect(r.repeatedWords).toEqual([{ word: 'earbuds', count: 3 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { measureTitle, measureText, overflowOffset, utf8Bytes } from '../../../lib/title/length';
import { PLATFORM_RULES, resolveRules } from '../../../lib/platforms/rules';
import { PLATFORMS } from '../../../lib/types';

describe('measureTitle', () => {
  const cases: { text: string; platform: (typeof PLATFORMS)[number]; value: number; unit: 'bytes' | 'chars' }[] = [
    { text: '无线耳机', platform: 'taobao', value: 8, unit: 'bytes' },
    { text: 'TWS无线耳机 5.3', platform: 'taobao', value: 3 + 8 + 4, unit: 'bytes' },
    { text: 'ＴＷＳ', platform: 'tmall', value: 6, unit: 'bytes' }, // full-width letters count 2
    { text: '耳机😀', platform: 'pdd', value: 4 + 4, unit: 'bytes' }, // emoji = surrogate pair = 2 × 2
    { text: 'café 咖啡', platform: 'douyin', value: 5 + 4, unit: 'bytes' }, // é is Latin-1: 1
    { text: '【新款】', platform: 'jd', value: 8, unit: 'bytes' },
    { text: 'Wireless Earbuds 无线', platform: 'amazon', value: 19, unit: 'chars' },
    { text: 'Earbuds 👍🏽 👨‍👩‍👧', platform: 'amazon', value: 11, unit: 'chars' }, // graphemes, not UTF-16
    { text: 'Cafe\u0301', platform: 'shopify', value: 4, unit: 'chars' }, // combining accent: one grapheme
    { text: 'ab 中文', platform: 'generic', value: 7, unit: 'bytes' },
  ];
  it.each(cases)('$platform: "$text" = $value $unit', ({ text, platform, value, unit }) => {
    const m = measureTitle(text, platform);
    expect(m).toEqual({ value, unit, limit: PLATFORM_RULES[platform].limit, over: value > PLATFORM_RULES[platform].limit });
  });

  it('uses each platform limit: 30 Han fit Taobao, 31 do not; JD allows 45', () => {
    expect(measureTitle('好'.repeat(30), 'taobao').over).toBe(false);
    expect(measureTitle('好'.repeat(31), 'taobao')).toMatchObject({ value: 62, limit: 60, over: true });
    expect(measureTitle('好'.repeat(45), 'jd').over).toBe(false);
    expect(measureTitle('好'.repeat(46), 'jd').over).toBe(true);
    expect(measureTitle('a'.repeat(200), 'amazon').over).toBe(false);
    expect(measureTitle('a'.repeat(201), 'amazon').over).toBe(true);
    expect(measureTitle('a'.repeat(255), 'shopify').over).toBe(false);
  });

  it('UTF-16 length would differ from the grapheme count for emoji titles', () => {
    const t = '👨‍👩‍👧'.repeat(3);
    expect(t.length).toBe(24);
    expect(measureText(t, 'chars')).toBe(3);
    expect(measureText(t, 'bytes')).toBe(48);
  });
});

describe('overflowOffset', () => {
  it('points at the first character past the limit', () => {
    const t = 'a' + '好'.repeat(30);
    expect(overflowOffset(t, 'bytes', 60)).toBe(30); // a(1) + 29 × 2 = 59, the 30th Han makes 61
    expect(overflowOffset('abc', 'bytes', 60)).toBe(3);
  });
  it('never splits a surrogate pair', () => {
    expect(overflowOffset('a😀', 'bytes', 3)).toBe(1);
  });
  it('counts graphemes for chars', () => {
    expect(overflowOffset('ab👍🏽cd', 'chars', 3)).toBe(6);
  });
});

describe('utf8Bytes (Amazon search terms)', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('耳机')).toBe(6);
    expect(PLATFORM_RULES.amazon.searchTermsMaxBytes).toBe(250);
  });
});

describe('platform rules and overrides', () => {
  it('has one entry per platform with source and date', () => {
    for (const p of PLATFORMS) {
      expect(PLATFORM_RULES[p].platform).toBe(p);
      expect(PLATFORM_RULES[p].source.length).toBeGreaterThan(10);
      expect(PLATFORM_RULES[p].checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(PLATFORM_RULES.jd.verified).toBe(false);
  });
  it('applies a valid override', () => {
    const r = resolveRules('taobao', { limit: 40 });
    expect(r.ok && r.rules.limit).toBe(40);
    expect(r.ok && r.rules.idealMin).toBe(40); // clamped to the limit
  });
  it.each([
    [{ limit: -5 }, '"limit"'],
    [{ limit: 'sixty' }, '"limit"'],
    [{ bogus: 1 }, 'taobao override'],
    [{ unit: 'words' }, '"unit"'],
  ])('rejects %j with a readable error', (overrides, fragment) => {
    const r = resolveRules('taobao', overrides);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(fragment);
  });
});

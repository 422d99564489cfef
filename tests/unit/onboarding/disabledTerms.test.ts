import { describe, expect, it } from 'vitest';
import { auditField } from '@/lib/audit/auditField';
import { termId, withoutDisabledTerms } from '@/lib/audit/disabledTerms';
import { shippedLexicons } from '@/lib/lexicon/shipped';
import { parseTabState } from '@/lib/tabState';
import { withPause, isPaused } from '@/components/popup/pausedSites';

const matches = (text: string, disabledTerms?: string[]) => auditField(text, { role: 'ad-copy', platform: 'jd', disabledTerms }).findings.map((f) => f.match);

describe('disabled lexicon terms', () => {
  it('every shipped term has a unique id', () => {
    const ids = shippedLexicons().flatMap((lexicon) => lexicon.terms.map((term) => termId(lexicon, term)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a disabled term is not reported; the others still are, in ad copy and in titles', () => {
    const text = '本店最低价，国家级工艺';
    expect(matches(text)).toEqual(['最低价', '国家级']);
    expect(matches(text, ['zh-commerce:最低价'])).toEqual(['国家级']);
    const title = auditField(text, { role: 'title', platform: 'taobao', disabledTerms: ['zh-ad-law-absolute:国家级'] });
    expect(title.findings.map((f) => f.match)).not.toContain('国家级');
    expect(title.findings.map((f) => f.match)).toContain('最低价');
  });

  it('keeps the same filtered array for the same inputs, so the compiled checker is reused', () => {
    const lexicons = shippedLexicons();
    const a = withoutDisabledTerms(lexicons, ['zh-commerce:最低价']);
    expect(withoutDisabledTerms(lexicons, ['zh-commerce:最低价'])).toBe(a);
    expect(withoutDisabledTerms(lexicons, [])).toBe(lexicons);
    expect(a.reduce((sum, l) => sum + l.terms.length, 0)).toBe(lexicons.reduce((sum, l) => sum + l.terms.length, 0) - 1);
  });

  it('an unknown id changes nothing', () => {
    expect(matches('国家级工艺', ['zh-commerce:不存在的词'])).toEqual(['国家级']);
  });
});

describe('tab state and paused sites', () => {
  it('accepts a well-formed answer and rejects anything else', () => {
    const state = { platform: 'jd', siteName: { zh: '京东', en: 'JD.com' }, paused: false, fieldCount: 6, counts: { error: 2, warning: 0, info: 1 } };
    expect(parseTabState(state)).toEqual(state);
    expect(parseTabState({ ...state, platform: 'aliexpress' })).toBeNull();
    expect(parseTabState({ ...state, fieldCount: -1 })).toBeNull();
    expect(parseTabState({ ...state, extra: '<img>' })).toBeNull();
    expect(parseTabState(undefined)).toBeNull();
  });

  it('pauses and resumes one origin, leaving the others', () => {
    const paused = withPause(['https://a.example'], 'https://seller.jd.com', true);
    expect(isPaused(paused, 'https://seller.jd.com')).toBe(true);
    expect(withPause(paused, 'https://seller.jd.com', true)).toEqual(paused);
    expect(withPause(paused, 'https://seller.jd.com', false)).toEqual(['https://a.example']);
  });
});

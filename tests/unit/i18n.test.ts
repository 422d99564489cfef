import { describe, expect, it } from 'vitest';
import { resolveLocale, translator } from '@/lib/i18n';
import { en, zhCN } from '@/lib/i18n/messages';

describe('i18n', () => {
  it('defaults to zh-CN for Chinese and unknown browsers, English otherwise', () => {
    expect(resolveLocale('auto', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(resolveLocale('auto', [])).toBe('zh-CN');
    expect(resolveLocale('auto', ['en-US'])).toBe('en');
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
  });

  it('interpolates parameters and leaves unknown placeholders visible', () => {
    expect(translator('zh-CN')('overlay.fieldsFound', { count: 3 })).toBe('识别到 3 个字段');
    expect(translator('en')('overlay.fieldsFound', { count: 3 })).toBe('3 fields found');
    expect(translator('en')('providers.testOk', { model: 'm' })).toBe('Connected: m, {ms} ms');
  });

  it('has an English string for every Chinese key and none left empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const value of [...Object.values(en), ...Object.values(zhCN)]) expect(value.trim()).not.toBe('');
  });
});
